/**
 * The answer-level evaluation set: the case schema (zod), loading and validating the case files.
 * A case is a conversation with the real bot; each turn may list regexes its rendered reply must
 * (all / any) and must not (none) match, case-insensitive, and `lang` is the language every
 * checked reply must be in. `held-out.json` is never used to tune the bot; `dev.json` may be.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** Console ids of src/store/demo-data.ts, or "unknown" (a chat account no org knows). */
export const EVAL_USERS = [
  'contoso-admin', 'contoso-mpn', 'contoso-agent', 'contoso-user', 'contoso-csp',
  'fabrikam-admin', 'fabrikam-user', 'northwind-admin', 'northwind-user',
  'tailspin-admin', 'litware-admin', 'adventure-user', 'woodgrove-admin', 'woodgrove-user', 'staff', 'unknown',
] as const;
export type EvalUser = (typeof EVAL_USERS)[number];

const pattern = z.string().min(1).refine((source) => {
  try {
    new RegExp(source, 'i');
    return true;
  } catch {
    return false;
  }
}, 'not a valid regular expression');

export const expectSchema = z
  .object({ all: z.array(pattern).optional(), any: z.array(pattern).min(1).optional(), none: z.array(pattern).optional() })
  .strict()
  .refine((e) => (e.all?.length ?? 0) + (e.any?.length ?? 0) + (e.none?.length ?? 0) > 0, 'an expect needs at least one regex');

export const turnSchema = z.object({ say: z.string().min(1), expect: expectSchema.optional() }).strict();

export const caseSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    topic: z.string().regex(/^[a-z0-9-]+$/),
    lang: z.enum(['en', 'ko']),
    user: z.enum(EVAL_USERS).optional(),
    turns: z.array(turnSchema).min(1),
  })
  .strict()
  .refine((c) => c.turns.at(-1)?.expect !== undefined, 'the last turn must have an expect');

export type EvalCase = z.infer<typeof caseSchema>;
export type Expect = z.infer<typeof expectSchema>;
export const SETS = ['held-out', 'dev'] as const;
export type EvalSet = (typeof SETS)[number];
export interface LoadedCase extends EvalCase {
  set: EvalSet;
}

/** Reads and validates one set; throws with the zod issues (file and case index) when invalid. */
export function loadSet(set: EvalSet): LoadedCase[] {
  const file = new URL(`./${set}.json`, import.meta.url);
  const parsed = z.array(caseSchema).safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${set}.json: ${z.prettifyError(parsed.error)}`);
  return parsed.data.map((c) => ({ ...c, set }));
}

/** Both sets; case ids must be unique across them. */
export function loadCases(sets: readonly EvalSet[] = SETS): LoadedCase[] {
  const cases = sets.flatMap(loadSet);
  const seen = new Set<string>();
  for (const c of cases) {
    if (seen.has(c.id)) throw new Error(`duplicate case id ${c.id}`);
    seen.add(c.id);
  }
  return cases;
}
