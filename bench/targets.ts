import type { HttpBenchResult, Point } from './http/http-bench.js';
import type { RecognitionResult } from './recognition.js';
import type { StoreBenchResult } from './store/store-bench.js';

/** One figure next to its target from issue 7. */
export interface Verdict {
  figure: string;
  measured: number;
  unit: string;
  /** "<=" or ">=" than `limit`. */
  op: '<=' | '>=';
  limit: number;
  pass: boolean;
}

/** The connection count the targets are set at. */
export const TARGET_CONNECTIONS = 16;

const MB = 1024 * 1024;

function verdict(figure: string, measured: number, unit: string, op: '<=' | '>=', limit: number): Verdict {
  return { figure, measured, unit, op, limit, pass: op === '<=' ? measured <= limit : measured >= limit };
}

function point(points: Point[], target: string, connections: number): Point | undefined {
  return points.find((p) => p.target === target && p.connections === connections);
}

/** Bot divided by minimal bot, per channel and connection count: requests/s, p99 and CPU per turn. */
export function ratios(points: Point[]): { channel: string; connections: number; rps: number; p50: number; p99: number; cpu: number }[] {
  const pairs = [['teams', 'teams-bot', 'teams-echo'], ['slack', 'slack-bot', 'slack-min']] as const;
  const connections = [...new Set(points.map((p) => p.connections))];
  return pairs.flatMap(([channel, bot, minimal]) =>
    connections.flatMap((c) => {
      const b = point(points, bot, c);
      const m = point(points, minimal, c);
      return b && m ? [{ channel, connections: c, rps: b.requestsPerSecond / m.requestsPerSecond, p50: b.p50 / m.p50, p99: b.p99 / m.p99, cpu: b.cpuMsPerTurn / m.cpuMsPerTurn }] : [];
    }),
  );
}

/** Every figure issue 7 sets a target for, from whatever parts of the benchmark ran. */
export function verdicts(parts: { http?: HttpBenchResult; store?: StoreBenchResult; recognition?: RecognitionResult }): Verdict[] {
  const out: Verdict[] = [];
  const { http, store, recognition } = parts;
  const teams = http ? ratios(http.points).find((r) => r.channel === 'teams' && r.connections === TARGET_CONNECTIONS) : undefined;
  if (teams) {
    out.push(verdict(`Teams turns/s, bot / echo bot @${TARGET_CONNECTIONS}`, teams.rps, 'x', '>=', 0.8));
    out.push(verdict(`Teams p99, bot / echo bot @${TARGET_CONNECTIONS}`, teams.p99, 'x', '<=', 1.5));
  }
  const slack = http ? point(http.points, 'slack-bot', TARGET_CONNECTIONS) : undefined;
  if (slack) out.push(verdict(`Slack ack p99 @${TARGET_CONNECTIONS}`, slack.p99, 'ms', '<=', 50));
  if (store) {
    const size = `${store.orgs.toLocaleString('en-US')} orgs`;
    out.push(verdict(`Open ${size} / ${store.ledgerEntries.toLocaleString('en-US')} ledger entries`, store.openMs, 'ms', '<=', 1000));
    out.push(verdict(`Durable mutations/s, ${store.concurrent.writers} writers`, store.concurrent.perSecond, '/s', '>=', 500));
    out.push(verdict(`Durable mutation p99, ${store.concurrent.writers} writers`, store.concurrent.p99, 'ms', '<=', 25));
    out.push(verdict(`Peak RSS, store alone with ${size}`, store.peakRss / MB, 'MB', '<=', 200));
    out.push(verdict(`RSS, whole server idle with ${size}`, store.server.rss / MB, 'MB', '<=', 200));
  }
  if (recognition) out.push(verdict('Intent recognition per utterance (mean)', recognition.meanMs, 'ms', '<=', 2));
  return out;
}
