import { performance } from 'node:perf_hooks';
import type { Middleware, TurnContext } from 'botbuilder';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { StoreError } from './core/errors.js';
import type { StorePort } from './core/ports.js';
import { turnNotes } from './logging.js';
import { TurnQueue, type TurnQueueOptions } from './channels/turn-queue.js';

/**
 * Prometheus metrics of one running server. Each server has its own `Registry` (not prom-client's
 * global one), so several servers in one process (tests, the benchmark) count separately.
 */
export interface Metrics {
  readonly registry: Registry;
  readonly turns: Counter<'channel' | 'intent' | 'outcome'>;
  readonly turnSeconds: Histogram<'channel'>;
  readonly storeWriteSeconds: Histogram<'operation'>;
  readonly errors: Counter<'channel' | 'kind'>;
  /** Turns the full turn queue refused (the user was told "busy, try again"). */
  readonly turnsRefused: Counter<'channel'>;
}

/** Turn latency buckets (s): a turn is a few ms of bot plus one or two durable writes (fsync). */
const TURN_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Durable write buckets (s): one fsync'd group commit, from sub-millisecond to a slow disk. */
const WRITE_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1];

/** A fresh registry with the bot's metrics and Node's default process metrics. */
export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    turns: new Counter({ name: 'bot_turns_total', help: 'Bot turns by channel, recognized intent and outcome (ok, error, duplicate, rejected, unsupported).', labelNames: ['channel', 'intent', 'outcome'], registers }),
    turnSeconds: new Histogram({ name: 'bot_turn_duration_seconds', help: 'Time from the activity entering the middleware to the end of its turn.', labelNames: ['channel'], buckets: TURN_BUCKETS, registers }),
    storeWriteSeconds: new Histogram({ name: 'store_write_duration_seconds', help: 'Latency of durable store mutations, until the change is on disk.', labelNames: ['operation'], buckets: WRITE_BUCKETS, registers }),
    errors: new Counter({ name: 'bot_errors_total', help: 'Turns that failed, by channel and kind (store: a store error failed the turn; turn: anything else).', labelNames: ['channel', 'kind'], registers }),
    turnsRefused: new Counter({ name: 'bot_turn_queue_refused_total', help: 'Turns refused because the turn queue was full (the user was told to try again), by channel.', labelNames: ['channel'], registers }),
  };
}

/**
 * Label values must come from a small fixed set: the channel id and activity fields are
 * whatever a caller sent (in development mode, unauthenticated), and every new value would
 * be a new time series held in memory forever.
 */
const CHANNELS = new Set(['msteams', 'emulator', 'slack', 'webchat', 'directline', 'console', 'test']);
const INTENT = /^[a-z][a-z0-9:-]{0,47}$/i;

/** The channel label: a known channel id, else "other". */
export function channelLabel(channelId: unknown): string {
  return typeof channelId === 'string' && CHANNELS.has(channelId) ? channelId : 'other';
}

/** The intent label: what the bot noted ("-" when it noted none: not a message, a duplicate). */
function intentLabel(context: TurnContext): string {
  const intent = turnNotes(context).intent;
  if (intent === undefined) return '-';
  return INTENT.test(intent) ? intent : 'other';
}

/**
 * Counts every turn and times it. Runs outermost, so turns the redelivery guard skips are
 * counted too (outcome "duplicate"). Errors pass through unchanged to the adapter's turn error
 * handler, which apologises.
 */
export function turnMetrics(metrics: Metrics): Middleware {
  return {
    async onTurn(context, next) {
      const started = performance.now();
      let failure: unknown;
      let failed = false;
      try {
        await next();
      } catch (error) {
        failed = true;
        failure = error;
        throw error;
      } finally {
        const channel = channelLabel(context.activity.channelId);
        const outcome = turnNotes(context).outcome ?? (failed ? 'error' : 'ok');
        metrics.turns.inc({ channel, intent: intentLabel(context), outcome });
        metrics.turnSeconds.observe({ channel }, (performance.now() - started) / 1000);
        if (failed) metrics.errors.inc({ channel, kind: failure instanceof StoreError ? 'store' : 'turn' });
      }
    },
  };
}

/** The store port's mutations: each resolves once the change is durable. */
const MUTATIONS: ReadonlySet<PropertyKey> = new Set<keyof StorePort>(['updateOrg', 'writeState', 'deleteState', 'appendAudit', 'createTicket', 'updateTicket', 'recordUnanswered']);

/**
 * The same store, with the latency of each successful mutation observed (failed ones, such as
 * an optimistic-concurrency CONFLICT, return before any disk work and would skew the figure).
 * A proxy rather than a hand-written decorator: the store's other methods (and extras such as
 * FileStore's export) pass through untouched, bound to the real store.
 */
export function timedStore<S extends StorePort>(store: S, metrics: Pick<Metrics, 'storeWriteSeconds'>): S {
  return new Proxy(store, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key, target);
      if (typeof value !== 'function') return value;
      const method = value as (...args: unknown[]) => unknown;
      if (!MUTATIONS.has(key)) return method.bind(target);
      return async (...args: unknown[]) => {
        const started = performance.now();
        const result = await method.apply(target, args);
        metrics.storeWriteSeconds.observe({ operation: String(key) }, (performance.now() - started) / 1000);
        return result;
      };
    },
  });
}

/** The turn queue, its refusals counted and its depth and running turns read at each scrape. */
export function meteredTurnQueue(metrics: Metrics, options: Omit<TurnQueueOptions, 'onRefused'>): TurnQueue {
  const queue = new TurnQueue({ ...options, onRefused: (channel) => metrics.turnsRefused.inc({ channel: channelLabel(channel) }) });
  const registers = [metrics.registry];
  new Gauge({ name: 'bot_turn_queue_depth', help: 'Turns waiting in the turn queue for a slot.', registers, collect() { this.set(queue.depth); } });
  new Gauge({ name: 'bot_turn_queue_active', help: 'Turns of the turn queue running now.', registers, collect() { this.set(queue.active); } });
  return queue;
}
