import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { ClaimPort, StorePort } from '../../core/ports.js';
import { ConfigError } from '../../config.js';
import { SeenEvents } from './seen-events.js';
import { SlackAdapter } from './slack-adapter.js';
import { SlackClients, singleToken, type BotTokens } from './slack-clients.js';
import type { TurnQueue } from '../turn-queue.js';
import { errorSummary, SlackDoor, type EventHook, type SlackBot, type SlackHttpRequest, type SlackHttpResponse } from './slack-door.js';

export type { SlackBot } from './slack-door.js';

export interface SlackEndpointOptions {
  /** `signingSecret` for HTTP (absent in Socket Mode only); `botToken` for one workspace (absent with OAuth installs). */
  config: { signingSecret?: string; botToken?: string; apiUrl?: string };
  bot: SlackBot;
  /** Conversation state: where the ids of actions already answered are remembered. */
  store: Pick<StorePort, 'readState' | 'writeState'> & Partial<ClaimPort>;
  logger: Logger;
  /** Bot tokens per workspace (OAuth installs); default: `config.botToken` for every workspace. */
  tokens?: BotTokens;
  /** Events handled by the door itself (App Home, uninstall), by event type. */
  hooks?: Record<string, EventHook>;
  now?: () => number;
  /** The turn queue shared with the other doors (default: one of the default size for this door). */
  queue?: TurnQueue;
}

export interface SlackEndpoint {
  /** Mount at `POST /slack/events` with no body parser: the signature is checked over the raw body. */
  handler(req: IncomingMessage, res: ServerResponse): Promise<void>;
  /** The pure seam under `handler`. */
  http(request: SlackHttpRequest): SlackHttpResponse;
  door: SlackDoor;
  adapter: SlackAdapter;
  clients: SlackClients;
  /** Resolves once every request received so far has finished its turn (graceful shutdown, tests). */
  idle(): Promise<void>;
}

/** The path Slack posts to; the server routes it here. */
export const SLACK_EVENTS_PATH = '/slack/events';

/** Slack's payloads are far smaller; the limit keeps a signed-but-huge body out of memory. */
export const MAX_SLACK_BODY_BYTES = 4 * 1024 * 1024;

function checkConfig(options: SlackEndpointOptions): void {
  const { config } = options;
  const problems = [
    ...(config.signingSecret === undefined || config.signingSecret.trim() ? [] : ['SLACK_SIGNING_SECRET: must not be empty (requests could not be verified)']),
    ...(options.tokens || config.botToken?.trim() ? [] : ['SLACK_BOT_TOKEN: must not be empty']),
  ];
  if (problems.length) throw new ConfigError(problems);
}

/**
 * Builds the Slack door (see {@link SlackDoor}) with its adapter, Web API clients and guard, and
 * registers it with the bot for proactive messages. No network call at construction (no
 * auth.test). Throws ConfigError for an empty secret or token.
 */
export function createSlackEndpoint(options: SlackEndpointOptions): SlackEndpoint {
  checkConfig(options);
  const { config, bot, store } = options;
  const logger = options.logger.child({ channel: 'slack' });
  const tokens = options.tokens ?? singleToken(config.botToken ?? '');
  const clients = new SlackClients({ tokens, logger, ...(config.apiUrl ? { apiUrl: config.apiUrl } : {}) });
  const adapter = new SlackAdapter({ logger, clients });
  adapter.onTurnError = async (context, error) => {
    logger.error({ err: errorSummary(error), conversationType: context.activity.conversation?.conversationType }, 'slack turn failed');
    await bot.handleTurnError(context, error);
  };
  const door = new SlackDoor({
    ...(config.signingSecret ? { signingSecret: config.signingSecret } : {}),
    bot, adapter, clients, store, logger,
    seen: new SeenEvents({ store }),
    ...(options.hooks ? { hooks: options.hooks } : {}),
    ...(options.now ? { now: options.now } : {}),
    ...(options.queue ? { queue: options.queue } : {}),
  });
  bot.registerChannel('slack', (reference, logic) => adapter.continueConversation(reference, logic));
  return { door, adapter, clients, http: (request) => door.http(request), idle: () => door.idle(), handler: (req, res) => serve(door, req, res) };
}

/** Reads the raw body (413 over the limit), asks the door, writes its answer. */
async function serve(door: SlackDoor, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size <= MAX_SLACK_BODY_BYTES) chunks.push(chunk);
    }
  } catch {
    res.destroy(); // the client went away in the middle of the body
    return;
  }
  const { status, body } = size > MAX_SLACK_BODY_BYTES ? { status: 413, body: undefined } : door.http({ headers: req.headers, rawBody: Buffer.concat(chunks) });
  if (body === undefined) {
    res.writeHead(status);
    res.end();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
