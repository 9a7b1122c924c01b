import type { CaseResult } from './score.js';

export interface Tally {
  total: number;
  passed: number;
}

export interface EvalSummary {
  overall: Tally;
  bySet: Record<string, Tally>;
  byLang: Record<string, Tally>;
  byShape: Record<string, Tally>;
  byTopic: Record<string, Tally>;
  byUser: Record<string, Tally>;
  /** Failed checks of the dev set grouped by topic and check, most frequent first (a first view of the failure patterns; held-out checks are never listed). */
  commonFailures: { topic: string; check: string; count: number }[];
}

function add(map: Record<string, Tally>, key: string, ok: boolean): void {
  const t = (map[key] ??= { total: 0, passed: 0 });
  t.total += 1;
  if (ok) t.passed += 1;
}

/** A failed check without the matched text, so the same check on different replies groups together. */
function checkKey(failure: string): string {
  return failure.replace(/ matched ".*"$/, ' matched').replace(/^lang (en|ko): .*/, 'lang $1: wrong language');
}

export function summarize(results: CaseResult[]): EvalSummary {
  const s: EvalSummary = { overall: { total: 0, passed: 0 }, bySet: {}, byLang: {}, byShape: {}, byTopic: {}, byUser: {}, commonFailures: [] };
  const checks = new Map<string, { topic: string; check: string; count: number }>();
  for (const r of results) {
    s.overall.total += 1;
    if (r.ok) s.overall.passed += 1;
    add(s.bySet, r.set, r.ok);
    add(s.byLang, r.lang, r.ok);
    add(s.byShape, r.multi ? 'multi-turn' : 'single-turn', r.ok);
    add(s.byTopic, r.topic, r.ok);
    add(s.byUser, r.user, r.ok);
    if (r.set === 'held-out') continue;
    for (const failure of r.turns.flatMap((t) => t.failures)) {
      const key = `${r.topic}\u0000${checkKey(failure)}`;
      const entry = checks.get(key) ?? { topic: r.topic, check: checkKey(failure), count: 0 };
      entry.count += 1;
      checks.set(key, entry);
    }
  }
  s.commonFailures = [...checks.values()].sort((a, b) => b.count - a.count);
  return s;
}

const pct = (t: Tally) => (t.total === 0 ? '  -  ' : `${((100 * t.passed) / t.total).toFixed(1).padStart(5)}%`);

function table(title: string, map: Record<string, Tally>): string[] {
  const keys = Object.keys(map).sort();
  const width = Math.max(...keys.map((k) => k.length), 8);
  return [title, ...keys.map((k) => {
    const t = map[k] as Tally;
    return `  ${k.padEnd(width)}  ${pct(t)}  ${String(t.passed).padStart(4)}/${t.total}`;
  })];
}

const excerpt = (text: string, max = 400) => {
  const flat = text.replace(/\s*\n\s*/g, ' ⏎ ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
};

/**
 * Every failure: case id, turn, what was said, which check failed, and an excerpt of the reply.
 * Held-out failures are only counted by topic unless `showHeldOut`: a person tuning the bot must
 * not read those questions by accident (the JSON output keeps them for a reviewer).
 */
export function failureLines(results: CaseResult[], showHeldOut = false): string[] {
  const lines: string[] = [];
  const hidden = results.filter((x) => !x.ok && x.set === 'held-out' && !showHeldOut);
  if (hidden.length > 0) {
    const byTopic = new Map<string, number>();
    for (const r of hidden) byTopic.set(r.topic, (byTopic.get(r.topic) ?? 0) + 1);
    const topics = [...byTopic].sort(([a], [b]) => a.localeCompare(b)).map(([topic, n]) => `${topic} ${n}`);
    lines.push(`✗ held-out: ${hidden.length} failed (not printed; --show-held-out prints them): ${topics.join(', ')}`);
  }
  for (const r of results.filter((x) => !x.ok && (x.set !== 'held-out' || showHeldOut))) {
    for (const t of r.turns.filter((x) => x.failures.length > 0)) {
      lines.push(`✗ ${r.id} [${r.set} ${r.topic} ${r.lang} ${r.user}] turn ${t.turn}: ${JSON.stringify(t.say)}`);
      for (const f of t.failures) lines.push(`    - ${f}`);
      lines.push(`    reply: ${excerpt(t.reply)}`);
    }
  }
  return lines;
}

export function formatReport(results: CaseResult[], summary: EvalSummary = summarize(results), showHeldOut = false): string {
  return [
    '== Failures ==',
    ...failureLines(results, showHeldOut),
    '',
    '== Most frequent failed checks (topic · check · count) ==',
    ...summary.commonFailures.slice(0, 15).map((f) => `  ${String(f.count).padStart(3)}  ${f.topic} · ${excerpt(f.check, 140)}`),
    '',
    ...table('== By set ==', summary.bySet),
    ...table('== By language ==', summary.byLang),
    ...table('== Single / multi-turn ==', summary.byShape),
    ...table('== By user ==', summary.byUser),
    ...table('== By topic ==', summary.byTopic),
    '',
    `Overall: ${pct(summary.overall)} (${summary.overall.passed}/${summary.overall.total} cases)`,
  ].join('\n');
}
