import autocannon from 'autocannon';
import type { Child, Usage } from '../child.js';
import type { SinkCounts } from '../sink.js';
import { sleep } from '../stats.js';

/** What a run drives and measures: a URL, and the CPU of whatever serves it (one child, or several behind a proxy). */
export interface Measured {
  ready: { url: string };
  usage(): Promise<Usage>;
}

/** One benchmark target: a server in a child process and the request autocannon repeats. */
export interface Target<C extends Measured = Child<{ url: string }>> {
  name: string;
  channel: 'teams' | 'slack';
  kind: 'bot' | 'minimal';
  child: C;
  /** A fresh request definition (unique ids per request). */
  request(): autocannon.Request;
}

/** One autocannon run against one target. Latencies in ms, CPU in ms per answered turn. */
export interface Sample {
  target: string;
  connections: number;
  round: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Turns answered (refusals not counted) per second, from the first request until the last reply reached the sink. */
  turnsPerSecond: number;
  ok: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** CPU (user + system) the target spent on the run, including turns finished after the response (Slack), per answered turn (refusals not counted as turns; their CPU is in). */
  cpuMsPerTurn: number;
  /** The part of it spent in the kernel (sockets, file writes, fsync). */
  systemMsPerTurn: number;
  /** Answers the sink received for the run, and how many of them were refusals or apologies. */
  replies: number;
  refused: number;
  /** Time after autocannon stopped until the last answer reached the sink. */
  drainMs: number;
  /** The target process's RSS after the run, bytes (to see whether it keeps growing). */
  rssAfter: number;
}

/** How long to wait for turns still running after the run (Slack acks before its turn). */
const DRAIN_LIMIT_MS = 30_000;

async function drain(sink: Child, target: string, expected: number): Promise<{ counts: SinkCounts; ms: number }> {
  const start = performance.now();
  for (;;) {
    const counts = await sink.call<SinkCounts>('counts', target);
    const ms = performance.now() - start;
    if (counts.replies >= expected || ms > DRAIN_LIMIT_MS) return { counts, ms };
    await sleep(10);
  }
}

/**
 * Drives `target` with `connections` connections for `seconds` (or `requests` requests), waits until every answered
 * request's reply reached the sink, and reads the target's CPU time around it all.
 */
export async function runTarget(options: { target: Target<Measured>; sink: Child; connections: number; seconds?: number; requests?: number; round: number }): Promise<Sample> {
  const { target, sink, connections } = options;
  const before = await target.child.usage();
  const counted = await sink.call<SinkCounts>('counts', target.name);
  const limit = options.requests ? { amount: options.requests } : { duration: options.seconds ?? 4 };
  const started = performance.now();
  let lastResponse = started;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const run = autocannon({ url: target.child.ready.url, connections, ...limit, timeout: 20, requests: [target.request()] }, (error: unknown, done) => (error ? reject(error as Error) : resolve(done)));
    run.on('response', () => void (lastResponse = performance.now()));
  });
  // autocannon ends a run on its one-second tick: a run of a fixed number of requests lasts until its last response.
  const seconds = (lastResponse - started) / 1000;
  const ok = result['2xx'];
  const { counts, ms } = await drain(sink, target.name, counted.replies + ok);
  const after = await target.child.usage();
  const systemMs = (after.systemMicros - before.systemMicros) / 1000;
  const cpuMs = (after.userMicros - before.userMicros) / 1000 + systemMs;
  const replies = counts.replies - counted.replies;
  const refused = counts.refused - counted.refused;
  // Refusals (the full turn queue's "busy", the rate limit) are cheap replies, not turns: counting them would flatter the figures.
  const answered = replies - refused;
  return {
    target: target.name,
    connections,
    round: options.round,
    requestsPerSecond: ok / seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    turnsPerSecond: answered / (seconds + ms / 1000),
    ok,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    cpuMsPerTurn: answered > 0 ? cpuMs / answered : Number.NaN,
    systemMsPerTurn: answered > 0 ? systemMs / answered : Number.NaN,
    replies,
    refused,
    drainMs: Math.round(ms),
    rssAfter: after.rssBytes,
  };
}
