import type { IncomingMessage, ServerResponse } from 'node:http';
import restify, { type Request, type Response } from 'restify';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { Config } from './config.js';
import { loopbackOnly } from './channels/teams/bot-authentication.js';
import { hostOfHeader, isLoopbackHost } from './loopback.js';
import type { TeamsRequest, TeamsResponse, TurnLogic } from './channels/teams/teams-adapter.js';

/** A door that reads the raw request itself (Bolt checks Slack's signature over the raw bytes). */
export type RawHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

/** Requests being handled, so a shutdown can wait for turns in flight. */
export class InFlight {
  private readonly running = new Set<Promise<unknown>>();

  async track<T>(work: Promise<T>): Promise<T> {
    this.running.add(work);
    try {
      return await work;
    } finally {
      this.running.delete(work);
    }
  }

  /** Resolves once every request that was in flight when called (and since) has finished. */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }
}

export interface ServerOptions {
  /** `teams` decides whether /api/messages is loopback-only (development mode); without it, it is not. */
  config: Pick<Config, 'maxBodyBytes'> & { teams?: Config['teams'] };
  adapter: { handle(request: TeamsRequest, logic: TurnLogic): Promise<TeamsResponse> };
  bot: { run: TurnLogic };
  logger: Logger;
  /** The Slack endpoint; without it POST /slack/events is a 404. */
  slack?: RawHandler;
  /** Slack OAuth install (GET /slack/install and /slack/oauth_redirect); without it both are 404. */
  slackInstall?: RawHandler;
  /** True while the store is open, reachable and takes writes (GET /readyz). */
  isReady?: () => boolean | Promise<boolean>;
  /** True once a shutdown began: turns arriving on connections still open get 503. */
  isStopping?: () => boolean;
  inFlight?: InFlight;
  /** Served at GET /metrics (Prometheus text format); without it, no such route. */
  metrics?: Registry;
}

/**
 * The HTTP server, routes only: POST /api/messages (Teams, Emulator), POST /slack/events,
 * GET /healthz, GET /readyz, GET /metrics. Listening is main's job.
 */
export function createServer(options: ServerOptions): restify.Server {
  const { adapter, bot, logger } = options;
  const inFlight = options.inFlight ?? new InFlight();
  // restify 11 logs with pino; its types still say bunyan.
  const log = logger.child({ component: 'http' }) as unknown as NonNullable<restify.ServerOptions['log']>;
  const server = restify.createServer({ name: 'partner-support-bot', log, handleUncaughtExceptions: false });
  const accepting = refuseWhileStopping(options.isStopping ?? (() => false));

  server.get('/healthz', async (_req: Request, res: Response) => {
    res.send(200, { status: 'ok' });
  });
  server.get('/readyz', async (_req: Request, res: Response) => {
    const ready = (await options.isReady?.()) ?? true;
    res.send(ready ? 200 : 503, { status: ready ? 'ready' : 'not-ready' });
  });
  const registry = options.metrics;
  if (registry) {
    server.get('/metrics', async (_req: Request, res: Response) => {
      res.sendRaw(200, await registry.metrics(), { 'content-type': registry.contentType });
    });
  }

  // The Agents Playground probes the endpoint with HEAD on every page load: a quiet 204, no log line.
  server.head('/api/messages', async (_req: Request, res: Response) => {
    res.send(204);
  });

  // The body parser runs on this route only: over the limit → 413, malformed JSON → 400.
  const local = options.config.teams && loopbackOnly(options.config.teams) ? [refuseNonLoopbackHost] : [];
  server.post('/api/messages', ...local, accepting, refuseEncodedBodies, restify.plugins.bodyReader({ maxBodySize: options.config.maxBodyBytes }), ...restify.plugins.jsonBodyParser({ bodyReader: true, mapParams: false }), async (req: Request, res: Response) => {
    const authorization = req.headers.authorization;
    const result = await inFlight.track(adapter.handle({ body: req.body as unknown, authorization }, (context) => bot.run(context)));
    const { status, body } = result.status === 501 ? NOT_SUPPORTED : result;
    if (body === undefined) res.send(status);
    else res.send(status, body);
  });

  const slack = options.slack;
  if (slack) {
    // No body parser here: the handler reads the raw bytes.
    server.post('/slack/events', accepting, refuseFutureSlackTimestamps, async (req: Request, res: Response) => {
      await inFlight.track(Promise.resolve(slack(req, res)));
    });
  }

  const install = options.slackInstall;
  if (install) {
    for (const path of ['/slack/install', '/slack/oauth_redirect']) {
      server.get(path, accepting, async (req: Request, res: Response) => {
        await install(req, res);
      });
    }
  }

  server.on('restifyError', (req: Request, _res: Response, error: Error & { statusCode?: number }, callback: () => void) => {
    const status = error.statusCode ?? 500;
    // A client's mistake needs no stack trace; ours does.
    if (status >= 500) logger.error({ status, method: req.method, path: req.path(), err: error }, 'request failed');
    else logger.warn({ status, method: req.method, path: req.path(), reason: error.message }, 'request refused');
    callback();
  });
  return server;
}

/**
 * botbuilder answers an invoke the bot has no handler for (a made-up or unused name) with 501.
 * That is the caller asking for something this bot does not do, not our failure: a 4xx, so
 * 5xx stay a signal of our own faults in dashboards and alerts.
 */
const NOT_SUPPORTED = { status: 400, body: { code: 'NotSupported', message: 'this bot does not handle that invoke' } };

/** During a shutdown, turns on kept-alive connections get 503 (the channel retries elsewhere) and the connection closes. */
function refuseWhileStopping(isStopping: () => boolean): restify.RequestHandler {
  return (_req: Request, res: Response, next: restify.Next) => {
    if (!isStopping()) return next();
    res.setHeader('connection', 'close');
    res.send(503, { code: 'ServiceUnavailable', message: 'shutting down' });
    return next(false);
  };
}

/** Slack's rule is a timestamp within 5 minutes of now either way; Bolt refuses only the stale side. */
const SLACK_SKEW_SECONDS = 5 * 60;

function refuseFutureSlackTimestamps(req: Request, res: Response, next: restify.Next): void {
  const timestamp = Number(req.headers['x-slack-request-timestamp']);
  if (Number.isFinite(timestamp) && timestamp > Date.now() / 1000 + SLACK_SKEW_SECONDS) {
    req.log.warn({ status: 401, path: req.path(), reason: 'slack request timestamp in the future' }, 'request refused');
    res.send(401);
    next(false);
    return;
  }
  next();
}

/**
 * Development mode checks no tokens; a web page in the developer's browser could still reach a
 * loopback server through DNS rebinding (its own name resolving to 127.0.0.1), but the browser
 * then sends that name as Host. Only loopback names are accepted.
 */
function refuseNonLoopbackHost(req: Request, res: Response, next: restify.Next): void {
  const host = hostOfHeader(req.headers.host);
  if (host !== undefined && isLoopbackHost(host)) {
    next();
    return;
  }
  req.log.warn({ status: 403, path: req.path(), reason: 'development mode accepts loopback Host headers only' }, 'request refused');
  res.send(403, { code: 'Forbidden', message: 'development mode: loopback only' });
  next(false);
}

/**
 * restify's body reader inflates gzip with no limit on the inflated size (a small zip bomb would
 * fill memory), and Bot Framework channels send plain JSON anyway: refuse before reading.
 */
function refuseEncodedBodies(req: Request, res: Response, next: restify.Next): void {
  const encoding = req.headers['content-encoding'];
  if (encoding && encoding !== 'identity') {
    res.send(415, { code: 'UnsupportedMediaType', message: 'content encoding not supported' });
    next(false);
    return;
  }
  next();
}
