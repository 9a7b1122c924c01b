import type { IncomingMessage, ServerResponse } from 'node:http';
import { App, AuthorizationError, defaultBodyLimit, HTTPModuleFunctions, HTTPReceiver, webApi, type ReceiverEvent, type ReceiverProcessEventErrorHandlerArgs, type RespondFn } from '@slack/bolt';
import type { ConversationReference, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { ClaimPort, StorePort } from '../../core/ports.js';
import { ConfigError } from '../../config.js';
import { boltLogger } from './bolt-logger.js';
import { SeenEvents } from './seen-events.js';
import { SlackAdapter, type Deliver } from './slack-adapter.js';
import { clickInput, commandInput, eventInput, type SlackInput } from './slack-inputs.js';
import { UserLocales } from './user-locales.js';

/** The bot as the Slack door needs it (`PartnerBot`). */
export interface SlackBot {
  run(context: TurnContext): Promise<void>;
  handleTurnError(context: TurnContext, error?: unknown): Promise<void>;
  /** Lets the bot reach Slack conversations later (ticket replies, staff announcements). */
  registerChannel(channelId: string, resume: (reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>) => Promise<void>): void;
}

export interface SlackEndpointOptions {
  config: { signingSecret: string; botToken: string; apiUrl?: string };
  bot: SlackBot;
  /** Conversation state: where the ids of events already answered are remembered. */
  store: Pick<StorePort, 'readState' | 'writeState'> & Partial<ClaimPort>;
  logger: Logger;
}

export interface SlackEndpoint {
  /** Mount at `POST /slack/events` with no body parser: Bolt reads the raw body to check the signature. */
  handler(req: IncomingMessage, res: ServerResponse): Promise<void>;
  adapter: SlackAdapter;
  /** Resolves once every request received so far has finished its turn (graceful shutdown, tests). */
  idle(): Promise<void>;
}

/** The path Bolt answers; the server routes it here. */
export const SLACK_EVENTS_PATH = '/slack/events';

/** Keeps the promises of running requests, so `idle()` can wait for them. */
function tracker() {
  const running = new Set<Promise<unknown>>();
  return {
    track<T>(work: Promise<T>): Promise<T> {
      running.add(work);
      const forget = () => void running.delete(work);
      work.then(forget, forget);
      return work;
    },
    async idle(): Promise<void> {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
}

/** Error name and code only: messages of Web API errors can echo request fields. */
const errorSummary = (err: unknown) => ({ name: (err as Error)?.name, code: (err as { code?: unknown })?.code });

function checkConfig(config: SlackEndpointOptions['config']): void {
  const problems = [
    ...(config.signingSecret?.trim() ? [] : ['SLACK_SIGNING_SECRET: must not be empty (requests could not be verified)']),
    ...(config.botToken?.trim() ? [] : ['SLACK_BOT_TOKEN: must not be empty']),
  ];
  if (problems.length) throw new ConfigError(problems);
}

/** Runs a Slack input as a turn of the bot: the user's locale, then the turn with its delivery. */
type RunTurn = (input: SlackInput, client: webApi.WebClient, respond?: RespondFn) => Promise<void>;

function turnRunner(options: { bot: SlackBot; adapter: SlackAdapter; logger: Logger }): RunTurn {
  const { bot, adapter, logger } = options;
  const locales = new UserLocales({ logger });
  return async (input, client, respond) => {
    const locale = await locales.of(input.team, input.user, (args) => client.users.info(args));
    const deliver = deliveryFor(input, client, respond);
    if (!deliver) return;
    await adapter.processTurn({ input, deliver, ...(locale ? { locale } : {}) }, (context) => bot.run(context));
  };
}

/** Bolt listeners: ack first (an empty 200), then the turn; events already seen are skipped. */
function listen(app: App, options: { run: RunTurn; seen: SeenEvents; logger: Logger }): void {
  const { run, seen, logger } = options;
  const safely = async (what: string, work: () => Promise<void>): Promise<void> => {
    try {
      await work();
    } catch (err) {
      logger.error({ err: errorSummary(err), what }, 'slack request failed after the ack');
    }
  };
  app.command('/partner', async ({ ack, body, client, respond }) => {
    await ack();
    await safely('command', () => run(commandInput(body), client, respond));
  });
  // Bolt acks Events API requests itself, before any listener runs.
  const onEvent = async ({ body, client, context }: { body: unknown; client: webApi.WebClient; context: { retryNum?: number } }) => {
    await safely('event', async () => {
      const input = eventInput(body);
      if (!input) return;
      if (await seen.claim(input.id)) return run(input, client);
      logger.info({ eventId: input.id, retryNum: context.retryNum }, 'slack: event already handled, delivery ignored');
    });
  };
  app.event('message', onEvent);
  app.event('app_mention', onEvent);
  app.action({ type: 'block_actions', action_id: /^choice:\d+$/ }, async ({ ack, body, client, respond }) => {
    await ack();
    await safely('click', async () => {
      const input = clickInput(body);
      if (input) await run(input, client, respond);
    });
  });
  app.error(async (error) => {
    logger.error({ err: errorSummary(error) }, 'slack: Bolt error');
  });
}

/**
 * The Slack door: a Bolt `App` on an `HTTPReceiver` that verifies every request's signature and
 * timestamp (401 otherwise, before any listener), acknowledges at once, and then runs the turn
 * on the shared bot through the {@link SlackAdapter}. `/partner` answers through its
 * response_url (ephemeral unless "public"), DMs and mention threads through chat.postMessage,
 * button clicks where the clicked message is. Events already seen (Slack retries) are skipped.
 * No network call at construction (no auth.test). Throws ConfigError for an empty secret or token.
 */
export function createSlackEndpoint(options: SlackEndpointOptions): SlackEndpoint {
  const { config, bot, store } = options;
  checkConfig(config);
  const logger = options.logger.child({ channel: 'slack' });
  const apiUrl = config.apiUrl ? (config.apiUrl.endsWith('/') ? config.apiUrl : `${config.apiUrl}/`) : undefined;
  const client = new webApi.WebClient(config.botToken, { ...(apiUrl ? { slackApiUrl: apiUrl } : {}), retryConfig: { retries: 2, maxTimeout: 2000 }, logger: boltLogger(logger) });
  const adapter = new SlackAdapter({ logger, client });
  adapter.onTurnError = async (context, error) => {
    logger.error({ err: errorSummary(error), conversationType: context.activity.conversation?.conversationType }, 'slack turn failed');
    await bot.handleTurnError(context, error);
  };
  const work = tracker();
  const log = boltLogger(logger);
  const receiver = new HTTPReceiver({ signingSecret: config.signingSecret, endpoints: SLACK_EVENTS_PATH, processBeforeResponse: false, logger: log, processEventErrorHandler: refuseMalformed(logger) });
  class TrackedApp extends App {
    // Tracked from the moment the receiver hands the request over, before the ack is sent.
    override processEvent(event: ReceiverEvent): Promise<void> {
      return work.track(super.processEvent(event));
    }
  }
  const app = new TrackedApp({
    receiver,
    logger: log,
    // A single workspace token; handing it out here keeps Bolt from calling auth.test at start-up.
    authorize: async () => ({ botToken: config.botToken }),
    clientOptions: { ...(apiUrl ? { slackApiUrl: apiUrl } : {}), retryConfig: { retries: 2, maxTimeout: 2000 } },
  });
  listen(app, { run: turnRunner({ bot, adapter, logger }), seen: new SeenEvents({ store }), logger });
  bot.registerChannel('slack', (reference, logic) => adapter.continueConversation(reference, logic));
  return {
    adapter,
    idle: () => work.idle(),
    handler: (req, res) =>
      new Promise<void>((resolve) => {
        res.once('close', () => resolve());
        refuseUnparsable(req, res).then(
          (refused) => {
            if (!refused) receiver.requestListener(req, res);
          },
          () => res.destroy(), // the client went away in the middle of the body
        );
      }),
  };
}

/**
 * Bolt failed on a request before any listener acknowledged it. Our listeners ack first and catch
 * their own errors, so this is Bolt choking on a signed body of an unexpected shape (an `event`
 * that is null, `actions` that is not a list): the sender's fault, 400 rather than Bolt's 500.
 */
function refuseMalformed(logger: Logger) {
  return async (args: ReceiverProcessEventErrorHandlerArgs): Promise<boolean> => {
    if (args.response.headersSent || args.error instanceof AuthorizationError) return HTTPModuleFunctions.defaultProcessEventErrorHandler(args);
    logger.warn({ err: errorSummary(args.error) }, 'slack: a request Bolt could not process was refused');
    args.response.writeHead(400);
    args.response.end();
    return false;
  };
}

/**
 * Reads the body for Bolt, which takes a `rawBody` already read as it is. Bolt reads
 * `body.ssl_check` of whatever a signed body parses to, outside any error handler: a body of
 * JSON `null` would end the process. Such a body is answered 400 here; true when answered.
 */
async function refuseUnparsable(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= defaultBodyLimit) chunks.push(chunk);
  }
  const raw = Buffer.concat(chunks);
  const status = size > defaultBodyLimit ? 413 : parsesToNull(raw, req.headers['content-type']) ? 400 : undefined;
  if (status === undefined) {
    Object.assign(req, { rawBody: raw });
    return false;
  }
  res.writeHead(status);
  res.end();
  return true;
}

/** As Bolt parses a body: a form's `payload` field, or else the whole body, as JSON. */
function parsesToNull(raw: Buffer, contentType: string | undefined): boolean {
  try {
    const text = raw.toString();
    if (contentType !== 'application/x-www-form-urlencoded') return JSON.parse(text) === null;
    const payload = new URLSearchParams(text).get('payload');
    return payload !== null && JSON.parse(payload) === null;
  } catch {
    return false; // Bolt answers malformed bodies itself (400)
  }
}

/** Where the replies of a turn go: its response_url, or chat.postMessage to the DM or thread. */
function deliveryFor(input: SlackInput, client: webApi.WebClient, respond?: RespondFn): Deliver | undefined {
  const route = input.route;
  if (route.via === 'response_url') {
    if (!respond) return undefined;
    return async (reply) => {
      await respond({ response_type: route.responseType, replace_original: false, text: reply.text, ...(reply.blocks ? { blocks: reply.blocks } : {}) });
    };
  }
  return async (reply) => {
    await client.chat.postMessage({ channel: route.channel, text: reply.text, ...(route.thread ? { thread_ts: route.thread } : {}), ...(reply.blocks ? { blocks: reply.blocks } : {}) });
  };
}
