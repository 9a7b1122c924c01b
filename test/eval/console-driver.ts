import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../src/app.js';
import { ConsoleAdapter } from '../../src/channels/console/console-adapter.js';
import { FixedClock, SequentialIds } from '../fakes/ports.js';
import type { EvalUser } from './cases.js';

/** The clock every case runs at (demo data is relative to it): the date of the seed article's localisation. */
export const EVAL_NOW = new Date('2021-06-15T09:00:00.000Z');

/** A console id no demo org knows. */
export const UNKNOWN_USER = 'guest-partner';

/** One fresh conversation with the real bot: its own data file (demo data), app and console adapter. */
export interface Conversation {
  /** Sends one line; returns every reply of that turn as the console prints it, joined by a blank line. */
  say(text: string): Promise<string>;
  close(): Promise<void>;
}

export function consoleId(user: EvalUser | undefined): string {
  return user === undefined || user === 'unknown' ? UNKNOWN_USER : user;
}

/** `npm run chat` for one case: createApp (the composition root) + ConsoleAdapter, nothing stubbed. */
export async function consoleConversation(user: EvalUser | undefined, now: Date = EVAL_NOW): Promise<Conversation> {
  const dir = await mkdtemp(join(tmpdir(), 'psb-eval-'));
  const app = await createApp({ dataFile: join(dir, 'db.json'), clock: new FixedClock(now), ids: new SequentialIds() });
  let replies: string[] = [];
  const adapter = new ConsoleAdapter(consoleId(user), (text) => replies.push(text));
  adapter.onTurnError = async (context, error) => {
    replies.push(`[turn error: ${error instanceof Error ? error.message : String(error)}]`);
    await app.bot.handleTurnError(context);
  };
  return {
    async say(text) {
      replies = [];
      await adapter.say(text, (context) => app.bot.run(context));
      return replies.join('\n\n');
    },
    async close() {
      await app.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
