import type { Expect, LoadedCase } from './cases.js';
import { checkLanguage } from './language-check.js';

/** A conversation as a driver offers it: one fresh conversation per case. */
export interface Talk {
  say(text: string): Promise<string>;
  close(): Promise<void>;
}

export interface TurnResult {
  turn: number;
  say: string;
  reply: string;
  /** What failed, e.g. `all /ignore|무시/ not found`; empty when the turn passed or had no expect. */
  failures: string[];
}

export interface CaseResult {
  id: string;
  set: LoadedCase['set'];
  topic: string;
  lang: 'en' | 'ko';
  user: string;
  multi: boolean;
  ok: boolean;
  turns: TurnResult[];
}

const re = (source: string) => new RegExp(source, 'i');

/** Every failed check of one reply against its expectation and the case language. */
export function checkReply(reply: string, expect: Expect, lang: 'en' | 'ko'): string[] {
  const failures: string[] = [];
  for (const source of expect.all ?? []) if (!re(source).test(reply)) failures.push(`all /${source}/ not found`);
  if (expect.any && !expect.any.some((source) => re(source).test(reply))) failures.push(`any [${expect.any.map((s) => `/${s}/`).join(' ')}] none found`);
  for (const source of expect.none ?? []) {
    const hit = re(source).exec(reply);
    if (hit) failures.push(`none /${source}/ matched "${hit[0]}"`);
  }
  const language = checkLanguage(reply, lang);
  if (!language.ok) failures.push(`lang ${lang}: ${language.reason ?? 'wrong language'}`);
  return failures;
}

/** Plays a case turn by turn on a fresh conversation; a thrown error is a failed turn, not a crash of the run. */
export async function runCase(c: LoadedCase, open: (c: LoadedCase) => Promise<Talk>): Promise<CaseResult> {
  const talk = await open(c);
  const turns: TurnResult[] = [];
  try {
    for (const [i, turn] of c.turns.entries()) {
      let reply: string;
      try {
        reply = await talk.say(turn.say);
      } catch (error) {
        turns.push({ turn: i + 1, say: turn.say, reply: '', failures: [`error: ${error instanceof Error ? error.message : String(error)}`] });
        break;
      }
      turns.push({ turn: i + 1, say: turn.say, reply, failures: turn.expect ? checkReply(reply, turn.expect, c.lang) : [] });
    }
  } finally {
    await talk.close();
  }
  const ok = turns.length === c.turns.length && turns.every((t) => t.failures.length === 0);
  return { id: c.id, set: c.set, topic: c.topic, lang: c.lang, user: c.user ?? 'unknown', multi: c.turns.length > 1, ok, turns };
}
