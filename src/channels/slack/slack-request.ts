import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * What a Slack request is, read once from its raw bytes: pure functions, no Bolt, no I/O.
 * Socket Mode envelopes map onto the same kinds (events_api, slash_commands, interactive).
 */
export type SlackRequest =
  | { kind: 'url_verification'; challenge: string }
  | { kind: 'ssl_check' }
  | { kind: 'event'; body: Record<string, unknown>; retryNum?: number }
  | { kind: 'command'; body: Record<string, string> }
  | { kind: 'interactive'; body: Record<string, unknown> };

/** The headers a Slack request is judged by (lower-case names, as node gives them). */
export type SlackHeaders = Record<string, string | string[] | undefined>;

/** Slack's rule: the request timestamp within 5 minutes of now, either way. */
export const SIGNATURE_WINDOW_SECONDS = 5 * 60;

const header = (headers: SlackHeaders, name: string): string | undefined => {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/**
 * Slack's v0 signature: HMAC-SHA256 of `v0:<timestamp>:<raw body>` with the signing secret,
 * compared in constant time, and a timestamp inside the window (replays of old requests fail).
 */
export function isSignedBySlack(options: { headers: SlackHeaders; rawBody: Buffer; signingSecret: string; nowSeconds: number }): boolean {
  const { headers, rawBody, signingSecret, nowSeconds } = options;
  const timestamp = Number(header(headers, 'x-slack-request-timestamp'));
  const signature = header(headers, 'x-slack-signature') ?? '';
  if (!Number.isInteger(timestamp) || Math.abs(nowSeconds - timestamp) > SIGNATURE_WINDOW_SECONDS) return false;
  // Over the body as UTF-8 text, as Bolt checks it (Slack's bodies are UTF-8, so this is the bytes Slack signed).
  const expected = `v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:${rawBody.toString('utf8')}`).digest('hex')}`;
  const a = Buffer.from(signature);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** An Events API body: the challenge handshake, or a callback whose `event` is an object. */
function jsonRequest(body: unknown): SlackRequest | undefined {
  if (!isRecord(body)) return undefined;
  if (body['type'] === 'url_verification' && typeof body['challenge'] === 'string') return { kind: 'url_verification', challenge: body['challenge'] };
  if (body['type'] === 'event_callback' && isRecord(body['event'])) return { kind: 'event', body };
  return undefined;
}

/** An interactivity payload: any typed object; a block_actions one must list its actions. */
export function interactiveRequest(payload: unknown): SlackRequest | undefined {
  if (!isRecord(payload) || typeof payload['type'] !== 'string') return undefined;
  if (payload['type'] === 'block_actions' && !Array.isArray(payload['actions'])) return undefined;
  return { kind: 'interactive', body: payload };
}

/** A form: Slack's ssl_check, an interactivity `payload`, or a slash command's fields. */
function formRequest(text: string): SlackRequest | undefined {
  const form = new URLSearchParams(text);
  if (form.get('ssl_check') === '1') return { kind: 'ssl_check' };
  const payload = form.get('payload');
  if (payload !== null) return interactiveRequest(parseJson(payload));
  const fields = Object.fromEntries(form.entries());
  return typeof fields['command'] === 'string' ? { kind: 'command', body: fields } : undefined;
}

/**
 * Reads a signed body as Slack sends it: JSON for the Events API, a form for slash commands
 * and interactivity. Undefined for anything else (the door answers 400).
 */
export function parseSlackBody(rawBody: Buffer, contentType: string | undefined): SlackRequest | undefined {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase();
  const text = rawBody.toString('utf8');
  if (type === 'application/json') return jsonRequest(parseJson(text));
  if (type === 'application/x-www-form-urlencoded') return formRequest(text);
  return undefined;
}

/**
 * A Socket Mode envelope's payload as the same request kinds: an Events API callback, a slash
 * command's fields, or an interactivity payload. Undefined for anything else.
 */
export function socketRequest(payload: unknown, retryNum?: number): SlackRequest | undefined {
  const events = jsonRequest(payload);
  if (events) return events.kind === 'event' && retryNum ? { ...events, retryNum } : events;
  if (isRecord(payload) && typeof payload['command'] === 'string') {
    const fields = Object.fromEntries(Object.entries(payload).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : typeof v === 'boolean' ? [[k, String(v)]] : [])));
    return { kind: 'command', body: fields };
  }
  return interactiveRequest(payload);
}

/** `X-Slack-Retry-Num`: how many times Slack already tried to deliver this event. */
export function retryNumOf(headers: SlackHeaders): number | undefined {
  const value = Number(header(headers, 'x-slack-retry-num'));
  return Number.isInteger(value) && value > 0 ? value : undefined;
}
