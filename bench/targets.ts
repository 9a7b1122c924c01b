import type { HttpBenchResult, Point } from './http/http-bench.js';
import type { RecognitionResult } from './recognition.js';
import type { StoreBenchResult } from './store/store-bench.js';

/** One figure next to its target (issue 16's table; a few more from issue 7). */
export interface Verdict {
  figure: string;
  measured: number;
  unit: string;
  /** "<=" or ">=" than `limit`. */
  op: '<=' | '>=';
  limit: number;
  /** How the limit was set, when it depends on the run (e.g. "1.5x Bolt's 61 ms, at most 250"). */
  limitNote?: string;
  pass: boolean;
}

/** The connection count most targets are set at, and the higher one the throughput and ack targets also hold at. */
export const TARGET_CONNECTIONS = 16;
export const HIGH_CONNECTIONS = 64;

const MB = 1024 * 1024;

export function verdict(figure: string, measured: number, unit: string, op: '<=' | '>=', limit: number, limitNote?: string): Verdict {
  return { figure, measured, unit, op, limit, ...(limitNote ? { limitNote } : {}), pass: op === '<=' ? measured <= limit : measured >= limit };
}

function point(points: Point[], target: string, connections: number): Point | undefined {
  return points.find((p) => p.target === target && p.connections === connections);
}

/** Bot divided by minimal bot, per channel and connection count: requests/s, turns/s, latencies and CPU per turn. */
export function ratios(points: Point[]): { channel: string; connections: number; rps: number; turns: number; p50: number; p99: number; cpu: number }[] {
  const pairs = [['teams', 'teams-bot', 'teams-echo'], ['slack', 'slack-bot', 'slack-min']] as const;
  const connections = [...new Set(points.map((p) => p.connections))];
  return pairs.flatMap(([channel, bot, minimal]) =>
    connections.flatMap((c) => {
      const b = point(points, bot, c);
      const m = point(points, minimal, c);
      return b && m ? [{ channel, connections: c, rps: b.requestsPerSecond / m.requestsPerSecond, turns: b.turnsPerSecond / m.turnsPerSecond, p50: b.p50 / m.p50, p99: b.p99 / m.p99, cpu: b.cpuMsPerTurn / m.cpuMsPerTurn }] : [];
    }),
  );
}

/** Slack's ack target: at most 1.5x the minimal Bolt app's p99 at the same connections, and never over 250 ms. */
function slackAck(points: Point[], connections: number): Verdict | undefined {
  const bot = point(points, 'slack-bot', connections);
  const bolt = point(points, 'slack-min', connections);
  if (!bot || !bolt) return undefined;
  const limit = Math.min(1.5 * bolt.p99, 250);
  return verdict(`Slack ack p99 @${connections} (minimal Bolt ${bolt.p99} ms)`, bot.p99, 'ms', '<=', limit, `1.5x Bolt, <= 250 ms`);
}

function httpVerdicts(http: HttpBenchResult): Verdict[] {
  const out: Verdict[] = [];
  const all = ratios(http.points);
  const of = (channel: string, c: number) => all.find((r) => r.channel === channel && r.connections === c);
  const teams = of('teams', TARGET_CONNECTIONS);
  if (teams) out.push(verdict(`Teams CPU per turn, bot / echo @${TARGET_CONNECTIONS}`, teams.cpu, 'x', '<=', 1.25));
  for (const c of [TARGET_CONNECTIONS, HIGH_CONNECTIONS]) {
    const t = of('teams', c);
    if (t) out.push(verdict(`Teams turns/s, bot / echo @${c}`, t.turns, 'x', '>=', 0.8));
  }
  for (const c of [TARGET_CONNECTIONS, HIGH_CONNECTIONS]) {
    const v = slackAck(http.points, c);
    if (v) out.push(v);
  }
  const slack = of('slack', TARGET_CONNECTIONS);
  if (slack) out.push(verdict(`Slack CPU per turn, bot / minimal Bolt @${TARGET_CONNECTIONS}`, slack.cpu, 'x', '<=', 2));
  return out;
}

/** Every figure issue 16 (and issue 7, for the store and recognition) sets a target for, from whatever parts of the benchmark ran. */
export function verdicts(parts: { http?: HttpBenchResult; store?: StoreBenchResult; recognition?: RecognitionResult }): Verdict[] {
  const { http, store, recognition } = parts;
  const out: Verdict[] = http ? httpVerdicts(http) : [];
  const size = store ? `${store.orgs.toLocaleString('en-US')} orgs` : '';
  if (store) out.push(verdict(`RSS, whole server idle with ${size}`, store.server.rss / MB, 'MB', '<=', 200));
  const peak = http?.peakRss['teams-bot'];
  if (peak !== undefined) out.push(verdict('Peak RSS under load (the server, whole HTTP run)', peak / MB, 'MB', '<=', 350));
  if (store) {
    out.push(verdict(`Cold open, ${size} / ${store.ledgerEntries.toLocaleString('en-US')} ledger entries`, store.openMs, 'ms', '<=', 500));
    out.push(verdict(`(issue 7) Durable mutations/s, ${store.concurrent.writers} writers`, store.concurrent.perSecond, '/s', '>=', 500));
    out.push(verdict(`(issue 7) Durable mutation p99, ${store.concurrent.writers} writers`, store.concurrent.p99, 'ms', '<=', 25));
    out.push(verdict(`(issue 7) Peak RSS, store alone with ${size}`, store.peakRss / MB, 'MB', '<=', 200));
  }
  if (recognition) out.push(verdict('(issue 7) Intent recognition per utterance (mean)', recognition.meanMs, 'ms', '<=', 2));
  return out;
}
