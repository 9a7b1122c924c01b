import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import type { Logger } from 'pino';
import type { Server } from 'restify';
import { createApp, type App } from './app.js';
import { createSlackEndpoint } from './channels/slack/endpoint.js';
import { StoredInstallations, tokenKey, uninstallHooks } from './channels/slack/installations.js';
import { createSlackOAuth } from './channels/slack/oauth.js';
import type { Workspace } from './channels/slack/slack-clients.js';
import { startSocketMode, type SocketMode } from './channels/slack/socket-mode.js';
import { developmentModeWarning, isDevelopmentMode } from './channels/teams/bot-authentication.js';
import { createTeamsAdapter } from './channels/teams/teams-adapter.js';
import type { TurnQueue } from './channels/turn-queue.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import type { Clock, IdGenerator } from './core/ports.js';
import { loadEnvFileIfPresent } from './env-file.js';
import { createLogger, turnLogger } from './logging.js';
import { createMetrics, meteredTurnQueue, timedStore, turnMetrics, type Metrics } from './metrics.js';
import { createServer, InFlight } from './server.js';
import { teamsStartNotes } from './teams-env.js';

export interface StartOptions {
  config: Readonly<Config>;
  /** Default: a logger at the configured level on stdout. */
  logger?: Logger;
  clock?: Clock;
  ids?: IdGenerator;
  /** Typing indicator timing (tests shorten the delay). */
  typing?: { delayMs?: number; periodMs?: number };
}

export interface RunningServer {
  /** Base URL, e.g. http://127.0.0.1:3978 */
  url: string;
  app: App;
  /** This server's Prometheus registry and metrics (also served at GET /metrics). */
  metrics: Metrics;
  /** Resolves once every request received so far has finished its turn (Slack turns run after the ack). */
  idle(): Promise<void>;
  /** Stops accepting, waits for turns in flight, closes the store. Safe to call twice. */
  close(): Promise<void>;
}

/** If connections are still open this long after the last turn, they are cut. */
const CLOSE_GRACE_MS = 10_000;

/**
 * Opens the store (demo data on first start), builds the bot and its doors, and listens on
 * HOST:PORT (port 0 picks a free one). The tests run exactly this, in-process.
 */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const { config } = options;
  const logger = options.logger ?? createLogger({ level: config.logLevel });
  const metrics = createMetrics();
  const app = await createApp({
    dataFile: config.dataFile,
    databaseUrl: config.databaseUrl,
    logger,
    rateLimit: { turns: config.rateLimitPerMinute, windowMs: 60_000 },
    retention: config.retention,
    decorateStore: (store) => timedStore(store, metrics),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.ids ? { ids: options.ids } : {}),
  });
  let open = true;
  let socket: SocketMode | undefined;
  try {
    const queue = meteredTurnQueue(metrics, config.turnQueue);
    const adapter = createTeamsAdapter({ config, logger, store: app.store, bot: app.bot, queue, middleware: [turnMetrics(metrics)], ...(options.typing ? { typing: options.typing } : {}) });
    // Ticket replies and staff announcements reach Teams (and Emulator) conversations later, proactively.
    for (const channel of ['msteams', 'emulator']) app.bot.registerChannel(channel, (reference, logic) => adapter.continueConversationAsync(config.teams.appId ?? '', reference, logic));
    const slackParts = config.slack ? slackDoor(config.slack, app, logger, queue) : undefined;
    const slack = slackParts?.endpoint;
    // Slack turns get the same turn metrics and log line as Teams turns (Slack redeliveries are skipped before the turn).
    slack?.adapter.use(turnMetrics(metrics), turnLogger(logger));
    const inFlight = new InFlight();
    const server = createServer({ config, adapter, bot: app.bot, logger, inFlight, metrics: metrics.registry, isReady: async () => open && (await app.ready()), isStopping: () => !open, ...slackParts?.routes });
    socket = await slackParts?.startSocket();
    const url = await listen(server, config);
    const warning = developmentModeWarning(config);
    if (warning) logger.warn({ developmentMode: true }, warning);
    logger.info({ url, store: app.storeDescription, teams: isDevelopmentMode(config.teams) ? 'development (no authentication)' : 'authenticated', slack: slack ? (socket ? 'socket mode' : 'on') : 'off' }, `listening on ${url} (Teams/Emulator: ${url}/api/messages${slack ? `, Slack: ${url}/slack/events` : ', Slack: off'})`);
    const idle = async () => {
      await inFlight.idle();
      await adapter.idle();
      await slack?.idle();
    };
    let closing: Promise<void> | undefined;
    const close = async () => {
      open = false;
      await socket?.stop();
      const stopped = stopAccepting(server);
      await idle();
      server.server.closeIdleConnections();
      await stopped;
      await app.close();
    };
    return { url, app, metrics, idle, close: () => (closing ??= close()) };
  } catch (error) {
    await socket?.stop();
    await app.close();
    throw error;
  }
}

/**
 * The Slack door: one workspace's SLACK_BOT_TOKEN, or OAuth installs (tokens per workspace,
 * encrypted in the store, removed on uninstall) with the install pages.
 */
function slackDoor(config: NonNullable<Config['slack']>, app: App, logger: Logger, queue: TurnQueue) {
  const oauth = config.oauth;
  const installations = oauth ? new StoredInstallations(app.store, tokenKey(oauth.tokenKey)) : undefined;
  const single = config.botToken;
  const tokens = installations && { tokenFor: async (w: Workspace) => (await installations.tokenFor(w)) ?? single };
  const endpoint = createSlackEndpoint({ config, bot: app.bot, store: app.store, logger, queue, ...(tokens && installations ? { tokens, hooks: uninstallHooks(installations, logger) } : {}) });
  const api = config.apiUrl ? { apiUrl: config.apiUrl } : {};
  const install = oauth && installations ? createSlackOAuth({ ...oauth, installations, logger, ...api }) : undefined;
  // Requests signed by Slack come over HTTP; with an app token, over Socket Mode (or both).
  const routes = { ...(config.signingSecret ? { slack: endpoint.handler } : {}), ...(install ? { slackInstall: install } : {}) };
  const appToken = config.appToken;
  const startSocket = async () => (appToken ? startSocketMode({ appToken, door: endpoint.door, logger, ...api }) : undefined);
  return { endpoint, routes, startSocket };
}

async function listen(server: Server, config: Pick<Config, 'host' | 'port'>): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.server.off('error', reject);
      resolve();
    });
  });
  const { address, port, family } = server.address() as AddressInfo;
  return `http://${family === 'IPv6' ? `[${address}]` : address}:${port}`;
}

/** Stops accepting connections; resolves when all are closed (cut after a grace period). */
function stopAccepting(server: Server): Promise<void> {
  return new Promise<void>((resolve) => {
    const cut = setTimeout(() => server.server.closeAllConnections(), CLOSE_GRACE_MS);
    cut.unref();
    server.close(() => {
      clearTimeout(cut);
      resolve();
    });
  });
}

/** `npm start`: configuration from the environment (and `.env`), stop cleanly on SIGTERM / SIGINT. */
async function main(): Promise<void> {
  let config: Readonly<Config>;
  try {
    loadEnvFileIfPresent();
    config = loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  const logger = createLogger({ level: config.logLevel });
  for (const note of teamsStartNotes(config.teams)) logger.warn(note);
  let running: RunningServer;
  try {
    running = await startServer({ config, logger });
  } catch (error) {
    logger.fatal({ err: error }, 'could not start');
    logger.flush();
    process.exit(1);
  }
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) process.exit(1); // a second Ctrl-C: don't wait any longer
    stopping = true;
    logger.info({ signal }, 'stopping: waiting for turns in flight');
    await running.close();
    logger.info('stopped');
    logger.flush();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(entry).href) await main();
