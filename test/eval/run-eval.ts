/**
 * `npm run eval`: the answer-level evaluation (issue 12). Plays every case of test/eval/*.json
 * through the real bot on the console channel (fresh data file and conversation per case), checks
 * each reply against the case's regexes and language, prints scores and every dev failure (held-out
 * failures as counts by topic; --show-held-out prints them too, for a reviewer, not for tuning).
 * Options: --set held-out|dev|all, --filter <topic>, --batch <id prefix, e.g. d8->, --ids <id,id,…> (those cases only), --json <file>, --min <ratio> (exit 1 if missed),
 * --now <ISO date> (the bot's clock; default EVAL_NOW, the seed article's date).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadCases, SETS, type EvalSet, type LoadedCase } from './cases.js';
import { consoleConversation, EVAL_NOW } from './console-driver.js';
import { formatReport, summarize } from './report.js';
import { runCase, type CaseResult } from './score.js';

function selected(set: string, filter: string | undefined, batch: string | undefined, ids: string | undefined): LoadedCase[] {
  if (set !== 'all' && !SETS.includes(set as EvalSet)) throw new Error(`--set must be held-out, dev or all (got ${set})`);
  const cases = loadCases(set === 'all' ? SETS : [set as EvalSet]);
  const only = ids ? new Set(ids.split(',').map((id) => id.trim())) : undefined;
  return cases.filter((c) => (!filter || c.topic.startsWith(filter)) && (!batch || c.id.startsWith(batch)) && (!only || only.has(c.id)));
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { set: { type: 'string', default: 'all' }, json: { type: 'string' }, filter: { type: 'string' }, batch: { type: 'string' }, ids: { type: 'string' }, min: { type: 'string' }, now: { type: 'string' }, 'show-held-out': { type: 'boolean', default: false } } });
  const now = values.now ? new Date(values.now) : EVAL_NOW;
  if (Number.isNaN(now.getTime())) throw new Error('--now must be an ISO date, e.g. 2026-11-30');
  const cases = selected(values.set ?? 'all', values.filter, values.batch, values.ids);
  const started = Date.now();
  const results: CaseResult[] = [];
  for (const [i, c] of cases.entries()) {
    results.push(await runCase(c, (x) => consoleConversation(x.user, now)));
    if (process.stderr.isTTY && i % 25 === 24) process.stderr.write(`  ${i + 1}/${cases.length}\r`);
  }
  const summary = summarize(results);
  process.stdout.write(`${formatReport(results, summary, values['show-held-out'])}\n(${cases.length} cases in ${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  if (values.json) writeFileSync(values.json, `${JSON.stringify({ summary, results }, null, 1)}\n`);
  if (values.min === undefined) return 0;
  const min = Number(values.min);
  if (!(min >= 0 && min <= 1)) throw new Error('--min must be a ratio between 0 and 1');
  return summary.overall.passed / Math.max(summary.overall.total, 1) >= min ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
