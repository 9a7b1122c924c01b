import type { Logger } from 'pino';
import { loadCatalog } from './core/catalog.js';
import type { Clock, IdGenerator } from './core/ports.js';
import { EntitlementService } from './core/service.js';
import { StaffService } from './core/staff-service.js';
import { PartnerBot } from '../dialogs/bot.js';
import { presentText } from './channels/console/present-text.js';
import { presentBlocks } from './channels/slack/present-blocks.js';
import { presentCard } from './channels/teams/present-card.js';
import { createI18n, memoizedTranslators } from './language/i18n.js';
import { createRecognizer } from './language/recognizer.js';
import { ConversationStorage } from './store/conversation-storage.js';
import { openFileStore, type FileStore } from './store/file-store.js';
import { randomIds, systemClock } from './store/ids.js';
import type { Retention } from './store/retention.js';

export interface AppOptions {
  dataFile: string;
  clock?: Clock;
  ids?: IdGenerator;
  logger?: Logger;
  /** Per-user turn limit (default 30 a minute). */
  rateLimit?: { turns: number; windowMs: number };
  /** What the store keeps and for how long (default: DEFAULT_RETENTION). */
  retention?: Partial<Retention>;
  /** Wraps the opened store before anything uses it (main times its writes for /metrics). */
  decorateStore?: (store: FileStore) => FileStore;
}

/** The channel-independent part of the product: store, entitlement core, language, and the bot. */
export interface App {
  store: FileStore;
  service: EntitlementService;
  staff: StaffService;
  bot: PartnerBot;
  close(): Promise<void>;
}

/** The one place that builds the concrete objects and wires them together (channels add their doors). */
export async function createApp(options: AppOptions): Promise<App> {
  const clock = options.clock ?? systemClock;
  const catalog = loadCatalog();
  const opened = await openFileStore({ file: options.dataFile, clock, ...(options.retention ? { retention: options.retention } : {}) });
  const store = options.decorateStore ? options.decorateStore(opened) : opened;
  const deps = { store, catalog, clock, ids: options.ids ?? randomIds };
  const service = new EntitlementService(deps);
  const staff = new StaffService({ ...deps, entitlements: service });
  const [i18n, recognizer] = await Promise.all([createI18n(), createRecognizer(catalog.defaultProgram)]);
  const bot = new PartnerBot({
    service,
    staff,
    clock,
    ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}),
    recognizer,
    storage: new ConversationStorage(store),
    translator: memoizedTranslators(i18n),
    presenters: { default: presentText, msteams: presentCard, slack: presentBlocks },
  });
  return { store, service, staff, bot, close: () => store.close() };
}
