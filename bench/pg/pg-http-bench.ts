import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '../../src/store/ids.js';
import { openPgStore } from '../../src/store/pg/open-pg-store.js';
import { benchData } from '../bench-users.js';
import { Child, type Usage } from '../child.js';
import { teamsRequest } from '../http/requests.js';
import { runTarget, type Measured, type Sample, type Target } from '../http/run-target.js';
import { median } from '../stats.js';
import { createBenchDatabase } from './bench-database.js';

export interface PgHttpBenchOptions {
  connections: number[];
  rounds: number;
  seconds: number;
  warmupSeconds: number;
  /** Targets (one process each: not teams-pg2) whose first measured run at each connection count is CPU-profiled, and where the profiles go. */
  profile?: { targets: string[]; dir: string };
  log?: (line: string) => void;
}

/** Medians over the rounds of one target at one connection count. */
export interface PgPoint {
  target: string;
  connections: number;
  requestsPerSecond: number;
  turnsPerSecond: number;
  p50: number;
  p99: number;
  /** CPU of the bot processes per answered turn (both instances for two; the proxy apart). */
  cpuMsPerTurn: number;
  failed: number;
  refused: number;
}

export interface PgHttpBenchResult {
  points: PgPoint[];
  samples: Sample[];
  /** The round-robin proxy's own CPU per turn through it (medians by connection count). */
  proxyCpuMsPerTurn: Record<number, number>;
}

/** The targets, in the order of the first round: the echo bot, the product on the file, on PostgreSQL alone, and two instances behind the proxy. */
export const PG_TARGETS = ['teams-echo', 'teams-file', 'teams-pg1', 'teams-pg2'] as const;

type Ready = { url: string };

/** Two instances as one target: the proxy's URL, the instances' CPU summed. */
function pair(proxy: Child<Ready>, a: Child<Ready>, b: Child<Ready>): Measured {
  return {
    ready: proxy.ready,
    async usage(): Promise<Usage> {
      const [x, y] = await Promise.all([a.usage(), b.usage()]);
      return { userMicros: x.userMicros + y.userMicros, systemMicros: x.systemMicros + y.systemMicros, rssBytes: x.rssBytes + y.rssBytes, maxRssBytes: Math.max(x.maxRssBytes, y.maxRssBytes) };
    },
  };
}

/** Loads the benchmark's users (demo data plus the pool) into a fresh database (migrated here, once). */
async function loadBenchData(url: string): Promise<void> {
  const store = await openPgStore({ url, clock: systemClock, demo: false, poolSize: 1 });
  try {
    await store.load(benchData(systemClock), 'bench data');
  } finally {
    await store.close();
  }
}

function summarize(names: readonly string[], samples: Sample[]): PgPoint[] {
  const connections = [...new Set(samples.map((s) => s.connections))];
  return connections.flatMap((c) =>
    names.map((target) => {
      const mine = samples.filter((s) => s.target === target && s.connections === c);
      const at = (pick: (s: Sample) => number) => median(mine.map(pick));
      return {
        target, connections: c, requestsPerSecond: at((s) => s.requestsPerSecond), turnsPerSecond: at((s) => s.turnsPerSecond), p50: at((s) => s.p50), p99: at((s) => s.p99),
        cpuMsPerTurn: at((s) => s.cpuMsPerTurn), failed: mine.reduce((n, s) => n + s.non2xx + s.errors + Math.max(0, s.ok - s.replies), 0), refused: mine.reduce((n, s) => n + s.refused, 0),
      };
    }),
  );
}

/** Every target once per round, the order rotating each round so drift in the machine's load hits all alike. */
function* schedule<T>(targets: T[], options: Pick<PgHttpBenchOptions, 'connections' | 'rounds'>): Generator<{ target: T; connections: number; round: number }> {
  for (const connections of options.connections) {
    for (let round = 1; round <= options.rounds; round++) {
      const shift = (round - 1) % targets.length;
      for (const target of [...targets.slice(shift), ...targets.slice(0, shift)]) yield { target, connections, round };
    }
  }
}

/**
 * The Teams door of the HTTP benchmark on the PostgreSQL store (`--store=postgres`): the echo
 * bot, the compiled product on the JSON file, the product on PostgreSQL (one instance), and two
 * product instances on the same database behind a round-robin proxy, all driven alike in one
 * run. The database is created for the run and dropped after it.
 */
export async function pgHttpBench(options: PgHttpBenchOptions): Promise<PgHttpBenchResult> {
  const log = options.log ?? (() => undefined);
  const dir = await mkdtemp(join(tmpdir(), 'bench-pg-http-'));
  const dataFile = join(dir, 'db.json');
  await writeFile(dataFile, JSON.stringify(benchData(systemClock)));
  const database = await createBenchDatabase('http');
  const children: Child<Ready>[] = [];
  const start = async (script: string, env: Record<string, string>) => {
    const child = await Child.start<Ready>(script, { env, plain: true });
    children.push(child);
    return child;
  };
  try {
    await loadBenchData(database.url);
    const sink = await Child.start<Ready>('./sink.ts');
    children.push(sink);
    const base = { BENCH_SLACK_SECRET: 'unused-here', BENCH_SINK_URL: sink.ready.url, BENCH_DATA_FILE: dataFile };
    const onPg = { ...base, BENCH_DATA_FILE: join(dir, 'unused.json'), BENCH_DATABASE_URL: database.url };
    const [echo, file, pg1, pgA, pgB] = await Promise.all([
      start('./targets/echo-bot.mjs', base), start('./targets/product.mjs', base),
      start('./targets/product.mjs', onPg), start('./targets/product.mjs', onPg), start('./targets/product.mjs', onPg),
    ]);
    const proxy = await start('./pg/round-robin.mjs', { BENCH_UPSTREAMS: `${pgA!.ready.url},${pgB!.ready.url}` });
    const measured: Record<(typeof PG_TARGETS)[number], Measured> = { 'teams-echo': echo!, 'teams-file': file!, 'teams-pg1': pg1!, 'teams-pg2': pair(proxy, pgA!, pgB!) };
    const processes: Record<string, Child<Ready>> = { 'teams-echo': echo!, 'teams-file': file!, 'teams-pg1': pg1! };
    const targets: Target<Measured>[] = PG_TARGETS.map((name) => ({ name, channel: 'teams', kind: name === 'teams-echo' ? 'minimal' : 'bot', child: measured[name], request: () => teamsRequest(`${sink.ready.url}/${name}`) }));
    for (const target of targets) await runTarget({ target, sink, connections: 16, seconds: options.warmupSeconds, round: 0 });
    const samples: Sample[] = [];
    const proxyCpu: { connections: number; msPerTurn: number }[] = [];
    for (const { target, connections, round } of schedule(targets, options)) {
      const before = target.name === 'teams-pg2' ? await proxy.usage() : undefined;
      const run = () => runTarget({ target, sink, connections, seconds: options.seconds, round });
      const profiled = round === 1 && options.profile?.targets.includes(target.name) ? processes[target.name] : undefined;
      const sample = profiled && options.profile ? await profiled.profiled(`${options.profile.dir}/${target.name}-c${connections}.cpuprofile`, run) : await run();
      if (before) {
        const after = await proxy.usage();
        proxyCpu.push({ connections, msPerTurn: (after.userMicros - before.userMicros + after.systemMicros - before.systemMicros) / 1000 / Math.max(1, sample.replies) });
      }
      log(`  ${sample.target.padEnd(10)} c=${String(connections).padStart(2)} round ${round}: ${sample.turnsPerSecond.toFixed(0)} turns/s, p50 ${sample.p50} ms, p99 ${sample.p99} ms, ${sample.cpuMsPerTurn.toFixed(2)} ms CPU/turn${sample.refused ? `, ${sample.refused} refused` : ''}`);
      samples.push(sample);
    }
    const proxyCpuMsPerTurn = Object.fromEntries(options.connections.map((c) => [c, median(proxyCpu.filter((p) => p.connections === c).map((p) => p.msPerTurn))]));
    return { points: summarize(PG_TARGETS, samples), samples, proxyCpuMsPerTurn };
  } finally {
    await Promise.all(children.map((child) => child.stop()));
    await database.drop();
    await rm(dir, { recursive: true, force: true });
  }
}
