import { CloudAdapter, type Activity, type Middleware, type ResourceResponse, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { Config } from '../../config.js';
import { turnLogger } from '../../logging.js';
import { RedeliveryGuard, type RedeliveryGuardOptions } from '../dedupe.js';
import { isLoopbackUrl } from '../../loopback.js';
import { createBotAuthentication, isDevelopmentMode, type CredentialsFactory } from './bot-authentication.js';
import { quietBotbuilderAuthErrors, safeAuthReason } from './auth-noise.js';
import { ConnectorClients } from './connector-clients.js';
import { ConnectorSender, replyTarget } from './connector-sender.js';
import { invokeOutcome, notSupported, UNIVERSAL_ACTION_DONE, universalActionAsMessage } from './invokes.js';
import { typingIndicator } from './typing-indicator.js';
import { channelText } from '../channel-messages.js';
import { Tracker } from '../tracker.js';
import { DEFAULT_TURN_QUEUE, TurnQueue } from '../turn-queue.js';
import { detectLocale } from '../../language/locale.js';

type Authentication = ReturnType<typeof createBotAuthentication>;
type AuthenticatedRequest = Awaited<ReturnType<Authentication['authenticateRequest']>>;

/** What the HTTP layer hands over: the parsed JSON body and the Authorization header. */
export interface TeamsRequest {
  body: unknown;
  authorization?: string | undefined;
}

/** What the HTTP layer sends back. */
export interface TeamsResponse {
  status: number;
  body?: unknown;
}

export type TurnLogic = (context: TurnContext) => Promise<void>;

/**
 * The fields the adapter and the bot rely on; everything else passes through. Replies go to
 * `serviceUrl`, so it must be an http(s) URL (with authentication on, the token vouches for it).
 */
const optionalText = z.string().nullish();
/** Accounts are copied into every reply, where botbuilder's serializer throws on a wrongly typed field. */
const account = z.looseObject({ id: z.string(), name: optionalText, aadObjectId: optionalText, role: optionalText });
const activitySchema = z.looseObject({
  type: z.string().min(1),
  id: z.string().optional(),
  channelId: z.string().min(1),
  serviceUrl: z.url({ protocol: /^https?$/ }),
  conversation: z.looseObject({ id: z.string().min(1), conversationType: optionalText, tenantId: optionalText, name: optionalText, isGroup: z.boolean().nullish() }),
  from: account.optional(),
  recipient: account.optional(),
  membersAdded: z.array(account).optional(),
  membersRemoved: z.array(account).optional(),
  locale: optionalText,
  text: z.string().optional(),
});

/** As botbuilder's own CloudAdapter does: timestamps become Dates, the raw strings are kept. */
function toActivity(body: z.infer<typeof activitySchema>): Activity {
  const activity = { ...body } as Record<string, unknown>;
  for (const [field, raw] of [['timestamp', 'rawTimestamp'], ['localTimestamp', 'rawLocalTimestamp'], ['expiration', 'rawExpiration']] as const) {
    const value = activity[field];
    if (typeof value === 'string') Object.assign(activity, { [raw]: value, [field]: new Date(value) });
  }
  return activity as unknown as Activity;
}

/**
 * A token that fails any check is a 401, whatever botbuilder threw (a bad signature surfaces as
 * jsonwebtoken's JsonWebTokenError, which CloudAdapter.process would turn into a 500). Only a
 * failure to fetch the signing keys is ours: 503, so the channel retries later.
 */
function authFailureStatus(error: unknown): number {
  const { name, statusCode } = error as { name?: unknown; statusCode?: unknown };
  if (typeof statusCode === 'number' && statusCode >= 500) return 503;
  if (name === 'FetchError' || name === 'AbortError') return 503;
  return 401;
}

/**
 * botbuilder's CloudAdapter behind a pure `{ body, authorization } -> { status, body }` seam.
 * It authenticates first and answers 401 itself, so a request that fails authentication never
 * reaches the bot, then runs the turn through the middleware (turn log, redelivery guard, typing).
 */
export class TeamsAdapter extends CloudAdapter {
  /** One ConnectorClient per service URL for all turns, not one per turn (see ConnectorClients). */
  readonly connectorClients = new ConnectorClients();
  /** Turns that run after their response (Action.Execute clicks). */
  private readonly later = new Tracker();

  constructor(
    authentication: Authentication,
    private readonly logger: Logger,
    /** Development mode: no token vouches for the serviceUrl, so replies may only go to this machine. */
    private readonly loopbackServiceUrls = false,
    /** Where the turns of Action.Execute clicks wait for a slot (shared with the other doors). */
    private readonly queue = new TurnQueue(DEFAULT_TURN_QUEUE),
    /** Posts replies to the connector (tests shorten its retry delays); null: botbuilder's client posts them. */
    private readonly sender: ConnectorSender | null = new ConnectorSender(),
  ) {
    super(authentication);
  }

  /**
   * Replies go out through ConnectorSender (node:http) to the service URL and with the
   * credentials of the turn's ConnectorClient, as CloudAdapter's own sendActivities would send
   * them through the client. What only botbuilder handles (delays, invoke responses, traces) and
   * a turn without such a client take botbuilder's path, and so does everything behind an
   * outbound proxy (botbuilder's client honours HTTPS_PROXY and the like; ConnectorSender does not).
   */
  override async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const target = replyTarget(context.turnState.get(this.ConnectorClientKey));
    const sender = this.sender;
    if (!sender || !target || activities.length === 0 || activities.some((a) => BOTBUILDER_ONLY.has(a.type ?? ''))) return super.sendActivities(context, activities);
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      delete activity.id;
      responses.push(await sender.send(target, activity));
    }
    return responses;
  }

  /** Resolves once every turn started after its response has finished. */
  idle(): Promise<void> {
    return this.later.idle();
  }

  async handle(request: TeamsRequest, logic: TurnLogic): Promise<TeamsResponse> {
    const parsed = activitySchema.safeParse(request.body);
    if (!parsed.success) return { status: 400, body: { code: 'BadRequest', message: 'expected a Bot Framework activity' } };
    const activity = toActivity(parsed.data);
    if (this.loopbackServiceUrls && !isLoopbackUrl(activity.serviceUrl)) {
      this.logger.warn({ status: 400, channel: activity.channelId, activityType: activity.type }, 'activity rejected: development mode replies to loopback serviceUrls only');
      return { status: 400, body: { code: 'BadRequest', message: 'development mode: serviceUrl must be loopback' } };
    }
    let authenticated: AuthenticatedRequest;
    try {
      authenticated = await this.botFrameworkAuthentication.authenticateRequest(activity, request.authorization ?? '');
      if (authenticated.connectorFactory) authenticated = { ...authenticated, connectorFactory: this.connectorClients.reuse(authenticated.connectorFactory) };
    } catch (error) {
      const status = authFailureStatus(error);
      this.logger.warn({ status, channel: activity.channelId, activityType: activity.type, reason: safeAuthReason(error) }, 'activity rejected: authentication failed');
      return { status, body: { code: status === 401 ? 'Unauthorized' : 'ServiceUnavailable', message: status === 401 ? 'invalid or missing token' : 'cannot check tokens right now' } };
    }
    try {
      // An Action.Execute click runs as the Action.Submit click it stands for, after its answer.
      const click = universalActionAsMessage(activity);
      if (click) {
        this.afterResponse(authenticated, click, logic);
        return { status: 200, body: UNIVERSAL_ACTION_DONE };
      }
      const invoke = await this.processActivity(authenticated, activity, logic);
      if (invoke?.status === 501) return notSupported(activity.name);
      return invoke ? { status: invoke.status, body: invoke.body } : { status: 200 };
    } catch (error) {
      // Only when onTurnError itself failed (e.g. the channel is unreachable for the apology).
      this.logger.error({ err: error, channel: activity.channelId, activityType: activity.type }, 'turn failed and could not be answered');
      return { status: 500, body: { code: 'InternalServerError', message: 'the turn failed' } };
    }
  }

  /**
   * Teams waits for an invoke's response, and a Universal Actions click's is fixed (its replies
   * come as messages), so it is answered at once and its turn waits in the turn queue; with the
   * queue full, a turn of its own tells the user "busy, try again" instead.
   */
  private afterResponse(authenticated: AuthenticatedRequest, click: Activity, logic: TurnLogic): void {
    const run = async (turnLogic: TurnLogic) => {
      try {
        await this.processActivity(authenticated, click, turnLogic);
      } catch (error) {
        this.logger.error({ err: error, channel: click.channelId, activityType: 'invoke' }, 'turn failed and could not be answered');
      }
    };
    const queued = this.queue.offer(click.channelId, () => run(logic));
    this.later.track(queued ?? run(busyTurn));
  }
}

/** Activity types CloudAdapter's sendActivities does not post to the connector. */
const BOTBUILDER_ONLY = new Set(['delay', 'invokeResponse', 'trace']);

/** What a turn refused by the full turn queue says. */
async function busyTurn(context: TurnContext): Promise<void> {
  const locale = detectLocale('', context.activity.locale);
  await context.sendActivity(`**${channelText('busy.title', locale)}**\n\n${channelText('busy.text', locale)}`);
}

export interface TeamsAdapterOptions {
  config: Pick<Config, 'teams'>;
  logger: Logger;
  /** Where processed activity ids are remembered (the app's store). */
  store: RedeliveryGuardOptions['store'];
  /** Apologises and clears the broken dialog after an unhandled error. */
  bot: { handleTurnError(context: TurnContext, error?: unknown): Promise<void> };
  /** Typing indicator timing (tests shorten the delay). */
  typing?: { delayMs?: number; periodMs?: number };
  /** Runs before (around) the door's own middleware, so it also sees redeliveries (turn metrics). */
  middleware?: Middleware[];
  /** The turn queue shared with the other doors (default: one of the default size). */
  queue?: TurnQueue;
  /** How replies reach the connector (tests give one with short retry delays). */
  sender?: ConnectorSender;
  /** Reply tokens (tests fetch them from a fake token endpoint); default botbuilder's, from the app id and secret. */
  credentials?: CredentialsFactory;
}

/** The Teams door: authentication from config, the middleware, and the turn error handler. */
export function createTeamsAdapter(options: TeamsAdapterOptions): TeamsAdapter {
  const { logger, bot } = options;
  quietBotbuilderAuthErrors();
  const sender = options.config.teams.outboundProxy ? null : (options.sender ?? new ConnectorSender());
  const adapter = new TeamsAdapter(createBotAuthentication(options.config.teams, options.credentials), logger, isDevelopmentMode(options.config.teams), options.queue, sender);
  adapter.use(...(options.middleware ?? []), turnLogger(logger), invokeOutcome(), new RedeliveryGuard({ store: options.store, logger }), typingIndicator({ logger, ...options.typing }));
  adapter.onTurnError = async (context, error) => {
    const a = context.activity;
    // The error only: never the activity, whose text or card values may hold the IDs.
    logger.error({ err: error, channel: a.channelId, activityType: a.type, activityId: a.id }, 'turn failed');
    let apologized = false;
    context.onSendActivities(async (_context, _activities, send) => {
      const sent = await send();
      apologized = true;
      return sent;
    });
    try {
      await bot.handleTurnError(context, error);
    } catch (cleanup) {
      // The apology went out but the broken dialog could not be dropped (the store is closed):
      // the user has an answer, so the channel gets its 200, not a 500 and a redelivery.
      if (!apologized) throw cleanup;
      logger.error({ err: cleanup, channel: a.channelId, activityId: a.id }, 'turn error handler failed after the apology');
    }
  };
  return adapter;
}
