import type { HttpBenchResult } from './http/http-bench.js';
import type { RecognitionResult } from './recognition.js';
import type { StoreBenchResult } from './store/store-bench.js';
import { ratios, type Verdict } from './targets.js';

/** Plain-text tables of what the benchmark measured. */

const MB = 1024 * 1024;

export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const fixed = (value: number, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : '-');

function shown(value: number, unit: string): string {
  if (unit === 'x') return `${fixed(value, 2)}x`;
  if (unit === 'ms') return `${fixed(value, value < 10 ? 2 : 0)} ms`;
  return `${fixed(value, 0)} ${unit}`;
}

export function verdictTable(verdicts: Verdict[]): string {
  return table(
    ['Target (issue 16)', 'Measured', 'Target', 'Result'],
    verdicts.map((v) => [v.figure, shown(v.measured, v.unit), `${v.op} ${shown(v.limit, v.unit)}${v.limitNote ? ` (${v.limitNote})` : ''}`, v.pass ? 'PASS' : 'MISS']),
  );
}

export function httpTable(http: HttpBenchResult): string {
  const points = table(
    ['Target', 'Conns', 'Req/s', 'Req/s range', 'Turns/s', 'Drain ms', 'p50 ms', 'p99 ms', 'CPU ms/turn', '(kernel)', 'Failed', 'Refused'],
    http.points.map((p) => [p.target, String(p.connections), fixed(p.requestsPerSecond), `${fixed(p.rpsRange[0])}-${fixed(p.rpsRange[1])}`, fixed(p.turnsPerSecond), fixed(p.drainMs), fixed(p.p50), fixed(p.p99), fixed(p.cpuMsPerTurn, 2), fixed(p.systemMsPerTurn, 2), String(p.failed), String(p.refused)]),
  );
  const pairs = table(
    ['Bot / minimal', 'Conns', 'Req/s', 'Turns/s', 'p50', 'p99', 'CPU/turn'],
    ratios(http.points).map((r) => [r.channel, String(r.connections), `${fixed(r.rps, 2)}x`, `${fixed(r.turns, 2)}x`, `${fixed(r.p50, 2)}x`, `${fixed(r.p99, 2)}x`, `${fixed(r.cpu, 2)}x`]),
  );
  const answers = Object.entries(http.lastReplies).map(([target, body]) => `${target.padEnd(10)} answered: ${firstTexts(body)}  (server peak RSS ${fixed((http.peakRss[target] ?? 0) / MB)} MB)`);
  return `${points}\n\n${pairs}\n\n${answers.join('\n')}`;
}

/** The first few texts of a reply (card TextBlocks, Block Kit texts, a plain text), to show what a turn answered. */
function firstTexts(body: string): string {
  const texts = [...body.matchAll(/"text":"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1] ?? '').filter((t) => t.trim());
  const shown = [...new Set(texts)].slice(0, 3).join(' | ');
  return shown.length > 110 ? `${shown.slice(0, 110)}…` : shown || '(no text)';
}

export function storeTable(store: StoreBenchResult): string {
  const runs = table(
    ['Durable updateOrg (append a ledger entry)', 'Writers', 'Mutations', 'Per second', 'p50 ms', 'p99 ms', 'max ms'],
    [store.concurrent, store.single].map((w) => [w.writers > 1 ? 'concurrent writers (group commit)' : 'single writer', String(w.writers), String(w.mutations), fixed(w.perSecond), fixed(w.p50, 1), fixed(w.p99, 1), fixed(w.max, 1)]),
  );
  const file = `${store.orgs} orgs, ${store.ledgerEntries} ledger entries, ${fixed(store.fileBytes / MB, 1)} MB file: opened in ${fixed(store.openMs)} ms (median of ${store.openRuns.map((ms) => fixed(ms)).join(', ')}; unsealed, validated in full: ${fixed(store.unsealedOpenMs)} ms); RSS ${fixed(store.rssBeforeOpen / MB)} MB before opening (runtime and imports), ${fixed(store.rssAfterOpen / MB)} MB after, peak ${fixed(store.peakRss / MB)} MB. The whole server on this file: RSS ${fixed(store.server.rss / MB)} MB when idle after start (${fixed(store.server.startMs)} ms to listen)`;
  return `${file}\n${runs}`;
}

export function recognitionLine(r: RecognitionResult): string {
  return `Intent recognition over ${r.utterances} labelled utterances x ${r.passes} passes: mean ${fixed(r.meanMs, 2)} ms, p50 ${fixed(r.p50Ms, 2)} ms, p99 ${fixed(r.p99Ms, 2)} ms, max ${fixed(r.maxMs, 1)} ms (recognizer built in ${fixed(r.buildMs)} ms)`;
}
