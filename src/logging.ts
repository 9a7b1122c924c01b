import { performance } from 'node:perf_hooks';
import type { Middleware, TurnContext } from 'botbuilder';
import { pino, type DestinationStream, type Level, type Logger } from 'pino';

/**
 * Logs must never carry an Access ID, a Contract ID, a credential or what users typed: they end
 * up in shared log stores that support staff and vendors read. Two layers:
 *  1. `redact` paths for the fields known to hold them (cheap, exact);
 *  2. a last-resort scrubber over every written line that replaces every ID the store holds
 *     and anything shaped like an Access ID (a GUID) or a Contract ID (exactly 10 digits),
 *     except in the fields listed in KEEP, which hold ids that are GUIDs by nature (tenants,
 *     AAD users, conversations).
 */
export const REDACT_PATHS: readonly string[] = [
  'accessId', 'contractId', '*.accessId', '*.contractId', '*.*.accessId', '*.*.contractId',
  'activity.text', 'activity.value', 'activity.attachments', 'activity.speak', 'activity.summary',
  'text', 'value', 'attachments',
  'authorization', 'headers.authorization', 'req.headers.authorization', '*.headers.authorization',
  'password', 'appPassword', 'signingSecret', 'botToken', '*.password', '*.appPassword', '*.signingSecret', '*.botToken',
  'teams.appPassword', 'config.teams.appPassword', 'slack.signingSecret', 'slack.botToken', 'config.slack.signingSecret', 'config.slack.botToken',
];

export const REDACTED = '[redacted]';

/** Fields whose GUID values are ids we want in logs (they are not secrets). */
const KEEP = new Set(['tenant', 'tenantId', 'aadObjectId', 'conversation', 'conversationId', 'activityId', 'replyToId', 'reqId', 'req_id']);
const GUID = /(?<![0-9a-f])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9a-f])/gi;
const CONTRACT_ID = /(?<!\d)\d{10}(?!\d)/g;

/**
 * Stored IDs the shapes above miss (data from before imports checked formats, a hand-edited
 * file): the store tells the scrubber every ID it holds (`learnSecrets`), and those of another
 * shape are matched literally. Process-wide, like the log stream it protects.
 */
const learned = new Set<string>();
let learnedPattern: RegExp | undefined;

/** Adds IDs the scrubber must remove from every log line, whatever their shape. */
export function learnSecrets(values: Iterable<string>): void {
  const before = learned.size;
  for (const value of values) {
    const v = value.trim();
    // Shorter than 4 characters would blank ordinary words; GUIDs and 10-digit ids are caught by shape anyway.
    if (v.length >= 4 && scrubShapes(v) === v) learned.add(v);
  }
  if (learned.size === before) return;
  const escaped = [...learned].sort((a, b) => b.length - a.length).map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  learnedPattern = new RegExp(escaped.join('|'), 'gi');
}

function scrubShapes(text: string): string {
  return text.replace(GUID, REDACTED).replace(CONTRACT_ID, REDACTED);
}

/** Replaces stored IDs, GUID-shaped and 10-digit values in free text (messages, error stacks). */
export function scrub(text: string): string {
  return scrubShapes(learnedPattern ? text.replace(learnedPattern, REDACTED) : text);
}

function clean(value: unknown, key: string | undefined): unknown {
  if (key !== undefined && KEEP.has(key)) return value;
  if (typeof value === 'string') return scrub(value);
  if (typeof value === 'number') return Number.isInteger(value) && Math.abs(value) >= 1e9 && Math.abs(value) < 1e10 ? REDACTED : value;
  if (Array.isArray(value)) return value.map((item) => clean(item, key));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clean(v, k)]));
  return value;
}

/** The safety net applied to each serialized log line (pino's `streamWrite` hook). */
export function scrubLine(line: string): string {
  try {
    return `${JSON.stringify(clean(JSON.parse(line), undefined))}\n`;
  } catch {
    return scrub(line);
  }
}

/**
 * Errors as name, code, status, message and stack only. pino's default copies every enumerable
 * property, and HTTP client errors carry the request (with its bearer token) and the response.
 */
export function errorFields(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const { code, statusCode } = error as Error & { code?: unknown; statusCode?: unknown };
  return { type: error.name, message: error.message, ...(code !== undefined ? { code } : {}), ...(statusCode !== undefined ? { statusCode } : {}), stack: error.stack };
}

export interface LoggerOptions {
  level?: Level | 'silent';
  /** Where lines go (default stdout); tests pass a stream that collects them. */
  destination?: DestinationStream;
}

/** The app's logger: JSON lines, secrets redacted by path and scrubbed by shape. */
export function createLogger(options: LoggerOptions = {}): Logger {
  const settings = {
    level: options.level ?? 'info',
    base: { app: 'partner-support-bot' },
    redact: { paths: [...REDACT_PATHS], censor: REDACTED },
    serializers: { err: errorFields, error: errorFields },
    hooks: { streamWrite: scrubLine },
  };
  return options.destination ? pino(settings, options.destination) : pino(settings);
}

const TURN_NOTES = Symbol('partner-support.turn-notes');

/** What parts of the app learn about a turn and the turn log line reports. */
export interface TurnNotes {
  intent?: string;
  outcome?: 'duplicate' | 'rejected' | 'unsupported';
}

/** Adds facts to the turn's log line (the recognizer's intent, a skipped redelivery). */
export function noteTurn(context: TurnContext, notes: TurnNotes): void {
  context.turnState.set(TURN_NOTES, { ...turnNotes(context), ...notes });
}

/** What was noted about the turn so far (the turn log line and the turn metrics read it). */
export function turnNotes(context: TurnContext): TurnNotes {
  return (context.turnState.get(TURN_NOTES) as TurnNotes | undefined) ?? {};
}

/**
 * One log line per turn: channel, activity type, scope, intent if known, replies sent, duration
 * and outcome. Never the user's text or the answers (they may hold IDs).
 */
export function turnLogger(logger: Logger): Middleware {
  return {
    async onTurn(context, next) {
      // At a level that drops the line (silent in the benchmark), nothing is counted or built for it.
      if (!logger.isLevelEnabled('info')) return next();
      const started = performance.now();
      let replies = 0;
      context.onSendActivities(async (_ctx, activities, send) => {
        replies += activities.filter((a) => a.type === 'message').length;
        return send();
      });
      let outcome = 'ok';
      try {
        await next();
      } catch (error) {
        outcome = 'error';
        throw error;
      } finally {
        const notes = turnNotes(context);
        const a = context.activity;
        logger.info({
          channel: a.channelId,
          activityType: a.type,
          activityId: a.id,
          scope: a.conversation?.conversationType ?? (a.conversation?.isGroup ? 'group' : 'personal'),
          ...(notes.intent ? { intent: notes.intent } : {}),
          replies,
          durationMs: Math.round(performance.now() - started),
          outcome: notes.outcome ?? outcome,
        }, 'turn');
      }
    },
  };
}
