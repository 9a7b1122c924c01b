import { randomUUID } from 'node:crypto';
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { createRequire } from 'node:module';
import type { Activity, ResourceResponse } from 'botbuilder';

/**
 * botframework-connector's own request-body serializer and Activity mapper, loaded from where
 * botbuilder finds them, so a reply's body is byte for byte what ConnectorClient sent (unknown
 * fields dropped, Dates as ISO strings, a wrongly typed field refused with the same error).
 */
const fromBotbuilder = createRequire(createRequire(import.meta.url).resolve('botbuilder'));
const fromConnector = createRequire(fromBotbuilder.resolve('botframework-connector'));
interface Serializer {
  serialize(mapper: unknown, object: unknown, name: string): unknown;
}
const { createSerializer } = fromConnector('botbuilder-stdlib/lib/azureCoreHttpCompat') as { createSerializer(mappers: unknown): Serializer };
const mappers = fromConnector('./connectorApi/models/conversationsMappers') as { Activity: object };
const serializer = createSerializer(mappers);
const ACTIVITY = { ...mappers.Activity, required: true };
const { USER_AGENT } = fromConnector('./auth/connectorFactoryImpl') as { USER_AGENT: string };

interface PropertyMapper {
  serializedName: string;
  required?: boolean;
  readOnly?: boolean;
  isConstant?: boolean;
  defaultValue?: unknown;
}
interface CompositeMapper {
  type: { modelProperties?: Record<string, PropertyMapper>; polymorphicDiscriminator?: unknown; uberParent?: unknown; additionalProperties?: unknown };
}

/**
 * The Activity's properties, when the serializer would do nothing for an absent one: none is
 * required, constant, defaulted, read-only or renamed, and nothing is polymorphic or kept beyond
 * them (true of every botframework-connector release so far). Else undefined: the serializer walks
 * the whole activity itself.
 */
function plainProperties({ type }: CompositeMapper): [string, PropertyMapper][] | undefined {
  const properties = Object.entries(type.modelProperties ?? {});
  const plain = (key: string, p: PropertyMapper) => p.serializedName === key && !p.required && !p.readOnly && !p.isConstant && p.defaultValue === undefined;
  const simple = type.polymorphicDiscriminator === undefined && type.uberParent === undefined && type.additionalProperties === undefined;
  return simple && properties.length > 0 && properties.every(([key, p]) => plain(key, p)) ? properties : undefined;
}
const PROPERTIES = plainProperties(mappers.Activity as CompositeMapper);

/**
 * What `serializer.serialize(ACTIVITY, activity, 'activity')` returns, field for field (the same
 * calls for every field present), without its walk over the 42 fields an activity may have: that
 * walk built names, option objects and path arrays for each absent field too, about 30 KB of
 * garbage per reply.
 */
function serializeActivity(activity: Partial<Activity>): unknown {
  if (!PROPERTIES || typeof activity !== 'object' || activity === null) return serializer.serialize(ACTIVITY, activity, 'activity');
  const out: Record<string, unknown> = {};
  for (const [key, mapper] of PROPERTIES) {
    const value: unknown = activity[key as keyof Activity];
    if (value !== undefined) out[key] = serializer.serialize(mapper, value, `activity.${key}`);
  }
  return out;
}

/** The request body, or the error ms-rest's serialization policy threw for it (a wrongly typed field). */
function serialize(activity: Partial<Activity>): unknown {
  try {
    return serializeActivity(activity);
  } catch (error) {
    throw new Error(`Error "${(error as Error).message}" occurred in serializing the payload - "Activity".`, { cause: error });
  }
}

/** What a reply needs from the turn's ConnectorClient: where it posts and how it signs. */
export interface ReplyTarget {
  baseUri: string;
  credentials: { signRequest(resource: SignableRequest): Promise<unknown> };
}

/** The part of ms-rest's WebResource that botframework's credentials write the token into. */
interface SignableRequest {
  headers: { set(name: string, value: string): void };
}

/** The service URL and credentials of a botbuilder ConnectorClient; undefined for anything else. */
export function replyTarget(client: unknown): ReplyTarget | undefined {
  if (!client || typeof client !== 'object') return undefined;
  const baseUri: unknown = Reflect.get(client, 'baseUri');
  const credentials: unknown = Reflect.get(client, 'credentials');
  if (typeof baseUri !== 'string' || !/^https?:\/\//i.test(baseUri)) return undefined;
  if (!credentials || typeof (credentials as Partial<ReplyTarget['credentials']>).signRequest !== 'function') return undefined;
  return { baseUri, credentials: credentials as ReplyTarget['credentials'] };
}

/** A reply the connector refused, or could not be sent (after the retries). */
export class ConnectorError extends Error {
  override readonly name = 'ConnectorError';

  constructor(
    message: string,
    readonly statusCode: number | undefined,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

/** ms-rest's defaults (core-rest-pipeline's exponential retry): 3 retries, 1 s base, 64 s cap. */
export interface RetryOptions {
  retries: number;
  delayMs: number;
  maxDelayMs: number;
}
export const CONNECTOR_RETRY: RetryOptions = { retries: 3, delayMs: 1000, maxDelayMs: 64_000 };

/** Network errors core-rest-pipeline retries (its `isSystemError`). */
const RETRIED_ERRORS = new Set(['ETIMEDOUT', 'ESOCKETTIMEDOUT', 'ECONNREFUSED', 'ECONNRESET', 'ENOENT', 'ENOTFOUND']);

/** Kept-alive connections to the connector, as ms-rest's Node HTTP client keeps them. */
const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };

interface Answer {
  status: number;
  headers: IncomingMessage['headers'];
  body: string;
}

/** `POST {serviceUrl}/v3/conversations/{id}/activities[/{replyToId}]`, the path as ms-rest builds it. */
export function activityUrl(baseUri: string, activity: Partial<Activity>): URL {
  const conversation = encodeURIComponent(activity.conversation?.id ?? '');
  const path = `v3/conversations/${conversation}/activities${activity.replyToId ? `/${encodeURIComponent(activity.replyToId)}` : ''}`;
  const url = new URL(baseUri);
  url.pathname = `${url.pathname.replace(/\/$/, '')}/${path}`;
  return url;
}

/**
 * Sends a turn's activities to the Bot Framework connector over node:http, as botbuilder's
 * ConnectorClient does (same URL, body, token, retries), without its per-request pipeline,
 * which cost about as much CPU per Teams turn as the rest of the adapter (docs/performance.md).
 */
export class ConnectorSender {
  constructor(private readonly retry: RetryOptions = CONNECTOR_RETRY) {}

  /** Posts one activity; resolves with the connector's resource id, throws ConnectorError. */
  async send(target: ReplyTarget, activity: Partial<Activity>): Promise<ResourceResponse> {
    const body = JSON.stringify(serialize(activity));
    const url = activityUrl(target.baseUri, activity);
    const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', accept: 'application/json', 'user-agent': USER_AGENT.trim() };
    await target.credentials.signRequest({ headers: { set: (name, value) => (headers[name.toLowerCase()] = value) } });
    const answer = await this.withRetries(() => post(url, headers, body));
    if (answer.status >= 200 && answer.status < 300) return { id: resourceId(answer.body) ?? '' };
    throw refusal(answer);
  }

  private async withRetries(attempt: () => Promise<Answer>): Promise<Answer> {
    for (let retry = 1; ; retry += 1) {
      let answer: Answer | undefined;
      let failure: unknown;
      try {
        answer = await attempt();
      } catch (error) {
        failure = error;
      }
      const wait = retry <= this.retry.retries ? this.retryDelay(retry, answer, failure) : undefined;
      if (wait === undefined) {
        if (answer) return answer;
        const { message, code } = failure as Partial<NodeJS.ErrnoException>;
        throw new ConnectorError(String(message), undefined, code);
      }
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }

  /** How long to wait before retry number `retry`, or undefined when the outcome is final. */
  private retryDelay(retry: number, answer: Answer | undefined, failure: unknown): number | undefined {
    if (!answer) return RETRIED_ERRORS.has((failure as NodeJS.ErrnoException | undefined)?.code ?? '') ? this.backoff(retry) : undefined;
    const throttled = answer.status === 429 || answer.status === 503 ? retryAfterMs(answer.headers) : undefined;
    if (throttled !== undefined) return throttled;
    const retried = (answer.status >= 500 || answer.status === 408) && answer.status !== 501 && answer.status !== 505;
    return retried ? this.backoff(retry) : undefined;
  }

  /** core-rest-pipeline's calculateRetryDelay (its attempts count from 0): half the clamped exponential delay, plus up to half again. */
  private backoff(retry: number): number {
    const clamped = Math.min(this.retry.maxDelayMs, this.retry.delayMs * 2 ** (retry - 1));
    return clamped / 2 + Math.floor(Math.random() * (clamped / 2 + 1));
  }
}

function post(url: URL, headers: Record<string, string>, body: string): Promise<Answer> {
  const https = url.protocol === 'https:';
  const send = https ? httpsRequest : httpRequest;
  return new Promise<Answer>((resolve, reject) => {
    const req = send(url, { method: 'POST', agent: https ? agents.https : agents.http, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)), 'x-ms-client-request-id': randomUUID() } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Retry-After (seconds or an HTTP date) or retry-after-ms, as core-rest-pipeline's throttling retry reads them. */
function retryAfterMs(headers: IncomingMessage['headers']): number | undefined {
  for (const name of ['retry-after-ms', 'x-ms-retry-after-ms']) {
    const ms = Number(headers[name]);
    if (headers[name] !== undefined && Number.isFinite(ms)) return Math.max(0, ms);
  }
  const after = headers['retry-after'];
  if (after === undefined) return undefined;
  const seconds = Number(after);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(after);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function parse(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

function resourceId(body: string): string | undefined {
  const parsed = parse(body) as { id?: unknown } | undefined;
  return typeof parsed?.id === 'string' ? parsed.id : undefined;
}

/** The connector's error body (`{ error: { code, message } }`) as ms-rest's RestError showed it. */
function refusal(answer: Answer): ConnectorError {
  const { error } = (parse(answer.body) ?? {}) as { error?: { code?: unknown; message?: unknown } };
  const message = typeof error?.message === 'string' ? error.message : `the connector answered ${answer.status}`;
  return new ConnectorError(message, answer.status, typeof error?.code === 'string' ? error.code : undefined);
}
