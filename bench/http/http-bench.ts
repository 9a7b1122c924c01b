import { randomBytes } from 'node:crypto';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { systemClock } from '../../src/store/ids.js';
import { benchData } from '../bench-users.js';
import { Child, startFlags } from '../child.js';
import { median } from '../stats.js';
import { slackRequest, teamsRequest } from './requests.js';
import { runTarget, type Sample, type Target } from './run-target.js';

export interface HttpBenchOptions {
  connections: number[];
  rounds: number;
  seconds: number;
  /**
   * Requests per Slack run. The Slack door acks before its turn runs, so a timed closed loop
   * would pile up turns faster than they run (thousands in a few seconds, then a long drain);
   * a fixed number of requests keeps the backlog, the drain and the bench's time bounded.
   */
  slackRequests: number;
  warmupSeconds: number;
  /** Run only these targets (default all four). */
  only?: string[];
  /** Targets whose first measured run at each connection count is CPU-profiled, and where the profiles go. */
  profile?: { targets: string[]; dir: string };
  log?: (line: string) => void;
}

/** Medians over the rounds of one target at one connection count. */
export interface Point {
  target: string;
  channel: 'teams' | 'slack';
  kind: 'bot' | 'minimal';
  connections: number;
  requestsPerSecond: number;
  /** Lowest and highest requests/s of the rounds. */
  rpsRange: [number, number];
  p50: number;
  p99: number;
  /** Turns answered per second, from the first request to the last reply (Slack: after the acks). */
  turnsPerSecond: number;
  /** Time after the last ack until the last reply (the backlog of turns still running). */
  drainMs: number;
  cpuMsPerTurn: number;
  systemMsPerTurn: number;
  failed: number;
  refused: number;
}

export interface HttpBenchResult {
  points: Point[];
  samples: Sample[];
  /** The last reply each target sent (the body the sink received), to check what the turns answered. */
  lastReplies: Record<string, string>;
  /** Peak RSS (bytes) of each server process over the whole run, by target. */
  peakRss: Record<string, number>;
}

type Ready = { url: string };

/** The base build's node flags in an A/B run: BENCH_AB_BASE_NODE_FLAGS, else the same as the product's. */
function baseFlags(): string[] {
  const own = process.env['BENCH_AB_BASE_NODE_FLAGS'];
  return own === undefined ? startFlags() : own.split(/\s+/).filter(Boolean);
}

async function startTargets(sink: Child<Ready>, secret: string, dataFile: string): Promise<Target[]> {
  const env = { BENCH_SLACK_SECRET: secret, BENCH_SINK_URL: sink.ready.url, BENCH_DATA_FILE: dataFile };
  // The product serves both doors from one process, as in production; all three on plain node (compiled product, with the flags of `npm start`).
  // BENCH_AB_BASE=<another checkout, built>: its product takes the echo bot's slot, on a copy of the data file of its own,
  // so "bot / echo" reads "this build / that build" in one interleaved run (A/B of a change; the ratios' names stay).
  const base = process.env['BENCH_AB_BASE'];
  const baseData = `${dataFile}.base.json`;
  if (base) await copyFile(dataFile, baseData);
  const [product, echo, bolt] = await Promise.all([
    Child.start<Ready>('./targets/product.mjs', { env, plain: true, nodeFlags: startFlags() }),
    base
      ? Child.start<Ready>(pathToFileURL(join(base, 'bench/targets/product.mjs')).href, { env: { ...env, BENCH_DATA_FILE: baseData }, plain: true, nodeFlags: baseFlags() })
      : Child.start<Ready>('./targets/echo-bot.mjs', { env, plain: true }),
    Child.start<Ready>('./targets/bolt-minimal.mjs', { env, plain: true }),
  ]);
  const to = (name: string) => `${sink.ready.url}/${name}`;
  return [
    { name: 'teams-bot', channel: 'teams', kind: 'bot', child: product, request: () => teamsRequest(to('teams-bot')) },
    { name: 'teams-echo', channel: 'teams', kind: 'minimal', child: echo, request: () => teamsRequest(to('teams-echo')) },
    { name: 'slack-bot', channel: 'slack', kind: 'bot', child: product, request: () => slackRequest(secret, `${to('slack-bot')}/respond/partner`) },
    { name: 'slack-min', channel: 'slack', kind: 'minimal', child: bolt, request: () => slackRequest(secret, `${to('slack-min')}/respond/partner`) },
  ];
}

function summarize(targets: Target[], samples: Sample[]): Point[] {
  const connections = [...new Set(samples.map((s) => s.connections))];
  return connections.flatMap((c) =>
    targets.map((t) => {
      const mine = samples.filter((s) => s.target === t.name && s.connections === c);
      const rps = mine.map((s) => s.requestsPerSecond);
      return {
        target: t.name, channel: t.channel, kind: t.kind, connections: c,
        requestsPerSecond: median(rps), rpsRange: [Math.min(...rps), Math.max(...rps)] as [number, number],
        p50: median(mine.map((s) => s.p50)), p99: median(mine.map((s) => s.p99)),
        turnsPerSecond: median(mine.map((s) => s.turnsPerSecond)), drainMs: median(mine.map((s) => s.drainMs)),
        cpuMsPerTurn: median(mine.map((s) => s.cpuMsPerTurn)), systemMsPerTurn: median(mine.map((s) => s.systemMsPerTurn)),
        failed: mine.reduce((n, s) => n + s.non2xx + s.errors + Math.max(0, s.ok - s.replies), 0), refused: mine.reduce((n, s) => n + s.refused, 0),
      };
    }),
  );
}

/** The measured runs in order: per connection count, round after round, each bot next to its minimal twin, the order flipping every round. */
function* schedule(targets: Target[], options: Pick<HttpBenchOptions, 'connections' | 'rounds'>): Generator<{ target: Target; connections: number; round: number }> {
  const pairs = [targets.filter((t) => t.channel === 'teams'), targets.filter((t) => t.channel === 'slack')];
  for (const connections of options.connections) {
    for (let round = 1; round <= options.rounds; round++) {
      for (const pair of pairs) for (const target of round % 2 === 1 ? pair : [...pair].reverse()) yield { target, connections, round };
    }
  }
}

function describe(s: Sample): string {
  return `  ${s.target.padEnd(10)} c=${String(s.connections).padStart(2)} round ${s.round}: ${s.requestsPerSecond.toFixed(0)} req/s, ${s.turnsPerSecond.toFixed(0)} turns/s (drain ${s.drainMs} ms), p50 ${s.p50} ms, p99 ${s.p99} ms, ${s.cpuMsPerTurn.toFixed(2)} ms CPU/turn${s.refused ? `, ${s.refused} refused` : ''}`;
}

/**
 * The HTTP benchmark: the product and the two minimal bots in child processes, one shared sink,
 * a warm-up per target, then for each connection count `rounds` rounds in which each bot runs
 * right next to its minimal twin, the order flipping every round (A B, B A, ...) so drift in
 * the machine's load hits both alike.
 */
export async function httpBench(options: HttpBenchOptions): Promise<HttpBenchResult> {
  const log = options.log ?? (() => undefined);
  const secret = randomBytes(16).toString('hex');
  const dir = await mkdtemp(join(tmpdir(), 'bench-http-'));
  const dataFile = join(dir, 'db.json');
  await writeFile(dataFile, JSON.stringify(benchData(systemClock)));
  const sink = await Child.start<Ready>('./sink.ts');
  const targets = await startTargets(sink, secret, dataFile);
  const driven = targets.filter((t) => !options.only || options.only.includes(t.name));
  const samples: Sample[] = [];
  const lastReplies: Record<string, string> = {};
  const peakRss: Record<string, number> = {};
  try {
    const amount = (target: Target, seconds: number) => (target.channel === 'slack' ? { requests: Math.round((options.slackRequests * seconds) / options.seconds) } : { seconds });
    for (const target of driven) await runTarget({ target, sink, connections: 16, ...amount(target, options.warmupSeconds), round: 0 });
    for (const { target, connections, round } of schedule(driven, options)) {
      const run = () => runTarget({ target, sink, connections, ...amount(target, options.seconds), round });
      const profile = options.profile && round === 1 && options.profile.targets.includes(target.name) ? options.profile : undefined;
      const sample = profile ? await target.child.profiled(`${profile.dir}/${target.name}-c${connections}.cpuprofile`, run) : await run();
      log(describe(sample));
      samples.push(sample);
    }
    // BENCH_METRICS_FILE: the product's Prometheus text after the run (turn and store write latencies), for a closer look.
    const metricsFile = process.env['BENCH_METRICS_FILE'];
    const product = targets.find((t) => t.name === 'teams-bot');
    if (metricsFile && product) await writeFile(metricsFile, await (await fetch(`${product.child.ready.url}/metrics`)).text());
    // In an A/B run the echo slot is the base build's product: its metrics go beside, in <file>.base.
    const base = targets.find((t) => t.name === 'teams-echo');
    if (metricsFile && base && process.env['BENCH_AB_BASE']) await writeFile(`${metricsFile}.base`, await (await fetch(`${base.child.ready.url}/metrics`)).text());
    for (const target of driven) {
      lastReplies[target.name] = await sink.call<string>('lastReply', target.name);
      peakRss[target.name] = (await target.child.usage()).maxRssBytes;
    }
  } finally {
    await Promise.all([...new Set(targets.map((t) => t.child))].map((child) => child.stop()));
    await sink.stop();
    await rm(dir, { recursive: true, force: true });
  }
  return { points: summarize(driven, samples), samples, lastReplies, peakRss };
}
