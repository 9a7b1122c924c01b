/**
 * Evaluates the recognizer on the labelled utterance set (`npm run eval:nlu`): accuracy per
 * intent, per language and per split, plus every miss. The jest test imports `evaluate`.
 * The utterances are never used for training; "heldout" marks the part the test asserts on,
 * "train" the part that may be looked at while improving training data and normalization.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { programSchema } from '../../src/core/catalog-schema.js';
import { mpn2021 } from '../../src/core/programs/mpn-2021.js';
import { INTENT_IDS } from '../../src/language/intents.js';
import { createRecognizer, type Recognizer } from '../../src/language/recognizer.js';

const utteranceSchema = z.object({
  text: z.string().min(1),
  intent: z.enum([...INTENT_IDS, 'none']),
  locale: z.enum(['en', 'ko']),
  split: z.enum(['heldout', 'train']),
});
export type LabelledUtterance = z.infer<typeof utteranceSchema>;

interface Tally {
  total: number;
  correct: number;
}

export interface Miss {
  text: string;
  locale: string;
  split: string;
  expected: string;
  got: string;
  score: number;
}

export interface EvalReport {
  overall: Tally;
  byIntent: Record<string, Tally>;
  byLocale: Record<string, Tally>;
  bySplit: Record<string, Tally>;
  /** Utterances whose detected locale differs from the label. */
  localeMisses: string[];
  misses: Miss[];
  /** Mean recognition time per utterance, milliseconds (informational only). */
  msPerUtterance: number;
}

/** The labelled set, validated. */
export function loadUtterances(): LabelledUtterance[] {
  const raw: unknown = JSON.parse(readFileSync(new URL('./utterances.json', import.meta.url), 'utf8'));
  return z.array(utteranceSchema).parse(raw);
}

function count(map: Record<string, Tally>, key: string, ok: boolean): void {
  const t = (map[key] ??= { total: 0, correct: 0 });
  t.total += 1;
  if (ok) t.correct += 1;
}

/** Runs every utterance through the recognizer (no locale hint: the text alone decides). */
export async function evaluate(recognizer: Recognizer, utterances: readonly LabelledUtterance[]): Promise<EvalReport> {
  const report: EvalReport = { overall: { total: 0, correct: 0 }, byIntent: {}, byLocale: {}, bySplit: {}, localeMisses: [], misses: [], msPerUtterance: 0 };
  const started = performance.now();
  for (const u of utterances) {
    const r = await recognizer.recognize(u.text);
    const ok = r.intent === u.intent;
    report.overall.total += 1;
    if (ok) report.overall.correct += 1;
    count(report.byIntent, u.intent, ok);
    count(report.byLocale, u.locale, ok);
    count(report.bySplit, u.split, ok);
    if (r.locale !== u.locale) report.localeMisses.push(u.text);
    if (!ok) report.misses.push({ text: u.text, locale: u.locale, split: u.split, expected: u.intent, got: r.intent, score: r.score });
  }
  report.msPerUtterance = utterances.length === 0 ? 0 : (performance.now() - started) / utterances.length;
  return report;
}

/** Accuracy 0..1 (1 for an empty tally, so an absent group never looks like a failure it is not). */
export function accuracy(t: Tally | undefined): number {
  return !t || t.total === 0 ? 1 : t.correct / t.total;
}

function line(label: string, t: Tally): string {
  return `${label.padEnd(22)} ${(accuracy(t) * 100).toFixed(1).padStart(6)}%  (${t.correct}/${t.total})`;
}

/** Human-readable report. */
export function formatReport(r: EvalReport): string {
  const out = [line('overall', r.overall), '', 'by split:'];
  for (const [k, t] of Object.entries(r.bySplit)) out.push(`  ${line(k, t)}`);
  out.push('by language:');
  for (const [k, t] of Object.entries(r.byLocale)) out.push(`  ${line(k, t)}`);
  out.push('by intent:');
  for (const [k, t] of Object.entries(r.byIntent).sort(([a], [b]) => a.localeCompare(b))) out.push(`  ${line(k, t)}`);
  out.push('', `misclassified (${r.misses.length}):`);
  for (const m of r.misses) out.push(`  [${m.locale} ${m.split}] "${m.text}" expected ${m.expected}, got ${m.got} (${m.score.toFixed(2)})`);
  out.push('', `locale detection misses: ${r.localeMisses.length}${r.localeMisses.length ? ` (${r.localeMisses.join(' | ')})` : ''}`);
  out.push(`mean recognition time: ${r.msPerUtterance.toFixed(2)} ms/utterance`);
  return out.join('\n');
}

async function main(): Promise<void> {
  const started = performance.now();
  const recognizer = await createRecognizer(programSchema.parse(mpn2021));
  const trainedMs = performance.now() - started;
  const utterances = loadUtterances();
  await recognizer.recognize('warm up');
  const report = await evaluate(recognizer, utterances);
  console.log(`training: ${trainedMs.toFixed(0)} ms, utterances: ${utterances.length}\n`);
  console.log(formatReport(report));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
