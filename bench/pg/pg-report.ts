import { table } from '../report.js';
import type { StoreBenchResult } from '../store/store-bench.js';
import { verdict, type Verdict } from '../targets.js';
import type { PgHttpBenchResult, PgPoint } from './pg-http-bench.js';
import type { PgStoreMeasurement } from './pg-store-bench.js';

/** The `--store=postgres` part of the report: tables and the issue 14 targets. */

const fixed = (value: number | undefined, digits = 0) => (value !== undefined && Number.isFinite(value) ? value.toFixed(digits) : '-');

function point(points: PgPoint[], target: string, connections: number): PgPoint | undefined {
  return points.find((p) => p.target === target && p.connections === connections);
}

/** Per connection count: PostgreSQL (one instance) / file store, two instances / one, file store / echo bot. */
export function pgRatios(http: PgHttpBenchResult) {
  const connections = [...new Set(http.points.map((p) => p.connections))];
  return connections.map((c) => {
    const [echo, file, one, two] = (['teams-echo', 'teams-file', 'teams-pg1', 'teams-pg2'] as const).map((t) => point(http.points, t, c));
    const ratio = (a: number | undefined, b: number | undefined) => (a !== undefined && b !== undefined ? a / b : Number.NaN);
    return {
      connections: c,
      pgOverFileTurns: ratio(one?.turnsPerSecond, file?.turnsPerSecond),
      pgOverFileP99: ratio(one?.p99, file?.p99),
      pgOverFileCpu: ratio(one?.cpuMsPerTurn, file?.cpuMsPerTurn),
      twoOverOneTurns: ratio(two?.turnsPerSecond, one?.turnsPerSecond),
      twoOverOneCpu: ratio(two?.cpuMsPerTurn, one?.cpuMsPerTurn),
      fileOverEchoTurns: ratio(file?.turnsPerSecond, echo?.turnsPerSecond),
    };
  });
}

export function pgHttpTable(http: PgHttpBenchResult): string {
  const points = table(
    ['Teams door (--store=postgres)', 'Conns', 'Turns/s', 'Req/s', 'p50 ms', 'p99 ms', 'CPU ms/turn', 'Failed', 'Refused'],
    http.points.map((p) => [p.target, String(p.connections), fixed(p.turnsPerSecond), fixed(p.requestsPerSecond), fixed(p.p50), fixed(p.p99), fixed(p.cpuMsPerTurn, 2), String(p.failed), String(p.refused)]),
  );
  const ratios = table(
    ['Ratios', 'Conns', 'PG/file turns', 'PG/file p99', 'PG/file CPU', '2 inst./1 turns', '2 inst./1 CPU', 'file/echo turns'],
    pgRatios(http).map((r) => ['', String(r.connections), `${fixed(r.pgOverFileTurns, 2)}x`, `${fixed(r.pgOverFileP99, 2)}x`, `${fixed(r.pgOverFileCpu, 2)}x`, `${fixed(r.twoOverOneTurns, 2)}x`, `${fixed(r.twoOverOneCpu, 2)}x`, `${fixed(r.fileOverEchoTurns, 2)}x`]),
  );
  const proxy = Object.entries(http.proxyCpuMsPerTurn).map(([c, ms]) => `@${c}: ${fixed(ms, 2)} ms`).join(', ');
  const notes = [
    'teams-file: the product on the JSON file; teams-pg1: on PostgreSQL; teams-pg2: two instances on the same database behind a round-robin proxy (CPU: both instances summed).',
    `The proxy's own CPU per turn (not in teams-pg2's figure): ${proxy}. The PostgreSQL server's CPU is in no figure (it is shared with other users of the server).`,
  ];
  return `${points}\n\n${ratios}\n\n${notes.join('\n')}`;
}

export function pgStoreTable(pg: PgStoreMeasurement & { orgs: number; ledgerEntries: number }, file: StoreBenchResult | undefined): string {
  const rows = [
    ...(file ? [['JSON file (group commit)', file.concurrent], ['JSON file', file.single]] as const : []),
    ['PostgreSQL (pool of 10)', pg.concurrent],
    ['PostgreSQL', pg.single],
  ] as const;
  const runs = table(
    ['Durable updateOrg (append a ledger entry)', 'Writers', 'Mutations', 'Per second', 'p50 ms', 'p99 ms', 'max ms'],
    rows.map(([store, w]) => [store, String(w.writers), String(w.mutations), fixed(w.perSecond), fixed(w.p50, 1), fixed(w.p99, 1), fixed(w.max, 1)]),
  );
  return `PostgreSQL: ${pg.orgs} orgs and ${pg.ledgerEntries} ledger entries loaded in ${fixed(pg.loadMs)} ms (one transaction)\n${runs}`;
}

/** Issue 14's targets: PostgreSQL turns/s at least 0.8x the file store's on one instance; durable mutation p99 at most 25 ms with 50 writers. */
export function pgVerdicts(parts: { http?: PgHttpBenchResult; store?: PgStoreMeasurement }): Verdict[] {
  const out: Verdict[] = [];
  if (parts.http) {
    for (const r of pgRatios(parts.http)) out.push(verdict(`(issue 14) Teams turns/s, PostgreSQL / file store, one instance @${r.connections}`, r.pgOverFileTurns, 'x', '>=', 0.8));
  }
  const store = parts.store;
  if (store) out.push(verdict(`(issue 14) Durable mutation p99 on PostgreSQL, ${store.concurrent.writers} writers`, store.concurrent.p99, 'ms', '<=', 25));
  return out;
}
