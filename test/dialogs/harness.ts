import { TestAdapter, TurnContext, type Activity, type ConversationReference } from 'botbuilder';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PartnerBot } from '../../dialogs/bot.js';
import type { Translate } from '../../dialogs/turn.js';
import { presentText } from '../../src/channels/console/present-text.js';
import { loadCatalog } from '../../src/core/catalog.js';
import { EntitlementService } from '../../src/core/service.js';
import { StaffService } from '../../src/core/staff-service.js';
import type { Locale } from '../../src/core/types.js';
import { createI18n } from '../../src/language/i18n.js';
import { createRecognizer, type Recognizer } from '../../src/language/recognizer.js';
import { ConversationStorage } from '../../src/store/conversation-storage.js';
import { openFileStore, type FileStore } from '../../src/store/file-store.js';
import { FixedClock, SequentialIds } from '../fakes/ports.js';

const catalog = loadCatalog();
let shared: Promise<{ recognizer: Recognizer; translator: (l: Locale) => Translate }> | undefined;

/** The recognizer is trained once per test file; i18n is loaded once. */
function language() {
  shared ??= (async () => {
    const [i18n, recognizer] = await Promise.all([createI18n(), createRecognizer(catalog.defaultProgram)]);
    return { recognizer, translator: (l: Locale) => i18n.getFixedT(l) as unknown as Translate };
  })();
  return shared;
}

export const NOW = new Date('2021-06-15T09:00:00.000Z');

export function tempDataFile(): string {
  return join(mkdtempSync(join(tmpdir(), 'psb-dialogs-')), 'db.json');
}

/** The real bot on a real data file (demo data), a fixed clock and predictable ids. */
export async function makeBot(options: { file?: string; store?: FileStore; rateLimit?: { turns: number; windowMs: number }; recognizer?: (real: Recognizer) => Recognizer } = {}) {
  const clock = new FixedClock(NOW);
  const store = options.store ?? (await openFileStore({ file: options.file ?? tempDataFile(), clock }));
  const deps = { store, catalog, clock, ids: new SequentialIds() };
  const service = new EntitlementService(deps);
  const staff = new StaffService({ ...deps, entitlements: service });
  const { recognizer: real, translator } = await language();
  const recognizer = options.recognizer ? options.recognizer(real) : real;
  const bot = new PartnerBot({
    service,
    staff,
    clock,
    recognizer,
    storage: new ConversationStorage(store),
    translator,
    presenters: { default: presentText },
    ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}),
  });
  return { bot, store, service, staff, clock };
}

/** A TestAdapter conversation as a console user (demo console ids, e.g. "contoso-user"). */
export function chatAs(bot: PartnerBot, user: string, extra: Partial<Activity> = {}): TestAdapter {
  const adapter = new TestAdapter(async (context: TurnContext) => bot.run(context), {
    channelId: 'console',
    from: { id: user, name: user },
    recipient: { id: 'bot', name: 'Partner Support' },
    conversation: { id: `conv-${user}`, isGroup: false, conversationType: 'personal', name: 'chat' },
    ...extra,
  } as Partial<Activity>);
  adapter.onTurnError = async (context, error) => {
    await bot.handleTurnError(context);
    throw error;
  };
  return adapter;
}

/** Sends each line and returns the text replies, one array per turn. */
export async function converse(adapter: TestAdapter, lines: string[]): Promise<string[][]> {
  const turns: string[][] = [];
  for (const line of lines) {
    adapter.activeQueue.splice(0);
    await adapter.send(line).startTest();
    turns.push(adapter.activeQueue.splice(0).map((a) => a.text ?? ''));
  }
  return turns;
}

/** The last reply text of a conversation. */
export async function ask(adapter: TestAdapter, ...lines: string[]): Promise<string> {
  const turns = await converse(adapter, lines);
  return turns.at(-1)?.join('\n---\n') ?? '';
}

/** How a channel resumes a conversation, for the TestAdapter (which has no continueConversation): replies land in its queue. */
export function resumeOn(adapter: TestAdapter) {
  return async (reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> => {
    await logic(new TurnContext(adapter, TurnContext.applyConversationReference({ type: 'event', name: 'proactive' }, reference, true)));
  };
}
