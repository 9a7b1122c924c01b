import type { webApi } from '@slack/bolt';
import type { ConversationReference, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { StorePort } from '../../core/ports.js';
import { detectLocale } from '../../language/locale.js';
import { channelAnswer } from '../channel-messages.js';
import { Tracker } from '../tracker.js';
import { DEFAULT_TURN_QUEUE, TurnQueue } from '../turn-queue.js';
import { renderBlocks } from './render-blocks.js';
import { conversationIdOf, type SlackAdapter } from './slack-adapter.js';
import type { SlackClients } from './slack-clients.js';
import { clickInput, commandInput, eventInput, type SlackInput } from './slack-inputs.js';
import { isSignedBySlack, parseSlackBody, retryNumOf, type SlackHeaders, type SlackRequest } from './slack-request.js';
import { sendReply, type SlackReply } from './slack-sender.js';
import { homeInput, homeView } from './app-home.js';
import type { SeenEvents } from './seen-events.js';
import { UserLocales } from './user-locales.js';

/** The bot as the Slack door needs it (`PartnerBot`). */
export interface SlackBot {
  run(context: TurnContext): Promise<void>;
  handleTurnError(context: TurnContext, error?: unknown): Promise<void>;
  /** Lets the bot reach Slack conversations later (ticket replies, staff announcements). */
  registerChannel(channelId: string, resume: (reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>) => Promise<void>): void;
}

/** The door's pure HTTP seam: what came in, and what to answer at once. */
export interface SlackHttpRequest {
  headers: SlackHeaders;
  rawBody: Buffer;
}
export interface SlackHttpResponse {
  status: number;
  body?: unknown;
}

/** Events the door handles itself, not as a turn of the bot (App Home, uninstall). */
export type EventHook = (body: Record<string, unknown>, event: Record<string, unknown>) => Promise<void>;

export interface SlackDoorOptions {
  /** Absent in Socket Mode, where the WebSocket carries no signatures. */
  signingSecret?: string;
  bot: SlackBot;
  adapter: SlackAdapter;
  clients: Pick<SlackClients, 'for'>;
  /** The one redelivery guard: retries, replays and twins of the same user action are claimed once. */
  seen: SeenEvents;
  /** Conversation state, where the bot's open question in a thread is read. */
  store: Pick<StorePort, 'readState'>;
  logger: Logger;
  hooks?: Record<string, EventHook>;
  /** Milliseconds since the epoch (tests move the clock for the signature window). */
  now?: () => number;
  /** Where turns wait for a slot (shared with the other doors); default: a queue of the default size. */
  queue?: TurnQueue;
}

/** A request's work: its turn, or (the queue being full) the "busy, try again" reply in its place. */
type Mode = 'turn' | 'busy';

/** Error name and code only: messages of Web API errors can echo request fields. */
export const errorSummary = (err: unknown) => ({ name: (err as Error)?.name, code: (err as { code?: unknown })?.code });

/**
 * The Slack door: each request is read once ({@link parseSlackBody}), acknowledged at once, and
 * then becomes at most one turn of the bot: one guard claims each user action (a retry, a
 * replay inside the signature window, the app_mention twin of a DM are the same action), the
 * adapter's one queue per conversation runs it, and one sender posts the replies. Unknown
 * interactivity and events are acknowledged and ignored (Slack shows an error otherwise).
 */
export class SlackDoor {
  private readonly work = new Tracker();
  private readonly locales: UserLocales;
  private readonly queue: TurnQueue;

  constructor(private readonly options: SlackDoorOptions) {
    this.locales = new UserLocales({ logger: options.logger });
    this.queue = options.queue ?? new TurnQueue(DEFAULT_TURN_QUEUE);
  }

  /** `{headers, rawBody} -> {status, body}`: 401 unsigned, 400 unreadable, else the ack; the turn runs after. */
  http(request: SlackHttpRequest): SlackHttpResponse {
    const { signingSecret, logger } = this.options;
    const nowSeconds = Math.floor((this.options.now ?? Date.now)() / 1000);
    if (!signingSecret || !isSignedBySlack({ headers: request.headers, rawBody: request.rawBody, signingSecret, nowSeconds })) {
      logger.warn({ status: 401 }, 'slack request refused: signature or timestamp invalid');
      return { status: 401 };
    }
    const contentType = request.headers['content-type'];
    const parsed = parseSlackBody(request.rawBody, Array.isArray(contentType) ? contentType[0] : contentType);
    if (!parsed) return { status: 400 };
    const retryNum = retryNumOf(request.headers);
    return this.accept(parsed.kind === 'event' && retryNum ? { ...parsed, retryNum } : parsed);
  }

  /**
   * The ack for a request already verified (HTTP or Socket Mode), at once whatever the load: its
   * turn is queued, or, the queue being full, the user is told at once to try again in a moment.
   */
  accept(request: SlackRequest): SlackHttpResponse {
    if (request.kind === 'url_verification') return { status: 200, body: { challenge: request.challenge } };
    if (request.kind === 'ssl_check') return { status: 200 };
    const queued = this.queue.offer('slack', () => this.safely(request, 'turn'));
    this.work.track(queued ?? this.safely(request, 'busy'));
    return { status: 200 };
  }

  /** Resolves once every request accepted so far has finished its turn. */
  idle(): Promise<void> {
    return this.work.idle();
  }

  private async safely(request: SlackRequest, mode: Mode): Promise<void> {
    try {
      await this.handle(request, mode);
    } catch (err) {
      this.options.logger.error({ err: errorSummary(err), kind: request.kind, mode }, 'slack request failed after the ack');
    }
  }

  private async handle(request: SlackRequest, mode: Mode): Promise<void> {
    if (request.kind === 'event') {
      const event = request.body['event'] as Record<string, unknown>;
      const hook = this.options.hooks?.[String(event['type'])];
      // Hooks (uninstall) are no conversation: they run even when turns are refused.
      if (hook) return hook(request.body, event);
      if (event['type'] === 'app_home_opened') return mode === 'turn' ? this.publishHome(request.body, event) : this.busyHome();
      return this.take(readInput(() => eventInput(request.body)), mode, request.retryNum);
    }
    if (request.kind === 'command') return this.take(readInput(() => commandInput(request.body)), mode);
    if (request.kind === 'interactive' && isChoiceClick(request.body)) return this.take(readInput(() => clickInput(request.body)), mode);
    this.options.logger.info({ kind: request.kind, type: request.kind === 'interactive' ? String(request.body['type']) : undefined }, 'slack: acknowledged and ignored');
  }

  /** The Home tab keeps the view it has (there is nobody to tell); the log says why it was not refreshed. */
  private busyHome(): void {
    this.options.logger.warn({ event: 'app_home_opened' }, 'slack: turn queue full; the home tab was not refreshed');
  }

  /**
   * One user action becomes one turn: claimed first, then run with the workspace's client. Under
   * overload (`busy`) the action is claimed the same way and answered "busy, try again" instead
   * of running the bot, so a retry or a twin of it is not answered twice.
   */
  private async take(taken: SlackInput | undefined, mode: Mode, retryNum?: number): Promise<void> {
    let input = taken;
    const { logger, adapter, bot } = this.options;
    if (!input) return;
    if (input.kind === 'thread-reply' && !(await this.awaitsReply(input))) return;
    if (!(await this.claim(input.id))) {
      logger.info({ kind: input.kind, retryNum }, 'slack: already handled, delivery ignored');
      return;
    }
    const client = await this.options.clients.for({ team: input.team, ...(input.enterprise ? { enterprise: input.enterprise } : {}) });
    if (!client) {
      logger.warn({ team: input.team }, 'slack: the app is not installed in this workspace');
      return;
    }
    // Under overload no users.info call (a Web API rate limit of its own): the locale known already, else the text's.
    const locale = mode === 'busy' ? this.locales.known(input.team, input.user) : await this.locales.of(input.team, input.user, (args) => client.users.info(args));
    if (input.fromHome) input = await this.inDm(input, client);
    const notice = input.filesOnly ? 'files-unreadable' : mode === 'busy' ? 'busy' : undefined;
    if (notice) {
      if (mode === 'busy') logger.warn({ kind: input.kind }, 'slack: turn queue full; told the user to try again');
      const reply = renderBlocks(channelAnswer(notice, detectLocale(input.text ?? '', locale)));
      await sendReply(client, { user: input.user, route: input.route, private: input.place.private }, mode === 'busy' ? { ...reply, personal: true } : reply);
      return;
    }
    await adapter.processTurn({ input, client, ...(locale ? { locale } : {}) }, (context) => bot.run(context));
  }

  /** A click in the home tab continues in the user's DM. */
  private async inDm(input: SlackInput, client: webApi.WebClient): Promise<SlackInput> {
    const channel = (await client.conversations.open({ users: input.user })).channel?.id;
    if (!channel) throw Object.assign(new Error('could not open the DM'), { code: 'slack_dm_unavailable' });
    return { ...input, place: { private: true, channel }, route: { via: 'chat', channel } };
  }

  /** app_home_opened (Home tab): views.publish with the bot's own answers, in the user's language. */
  private async publishHome(body: Record<string, unknown>, event: Record<string, unknown>): Promise<void> {
    const { user, tab } = event;
    const team = typeof body['team_id'] === 'string' ? body['team_id'] : undefined;
    if (tab !== 'home' || typeof user !== 'string' || !team) return;
    const enterprise = typeof body['enterprise_id'] === 'string' ? body['enterprise_id'] : undefined;
    const client = await this.options.clients.for({ team, ...(enterprise ? { enterprise } : {}) });
    if (!client) return;
    const locale = await this.locales.of(team, user, (args) => client.users.info(args));
    const ask = async (text: string): Promise<SlackReply[]> => {
      const replies: SlackReply[] = [];
      const input = homeInput(team, user, text, enterprise);
      await this.options.adapter.processTurn({ input, client, collect: (r) => void replies.push(r), ...(locale ? { locale } : {}) }, (context) => this.options.bot.run(context));
      return replies;
    };
    await client.views.publish({ user_id: user, view: await homeView(ask) });
  }

  /**
   * True when the action is new. A store that cannot record it (a failing disk) does not silence
   * the bot: the turn runs, and its own failure gets the user an apology.
   */
  private async claim(id: string): Promise<boolean> {
    try {
      return await this.options.seen.claim(id);
    } catch (err) {
      this.options.logger.warn({ err: errorSummary(err) }, 'slack: could not record the action; answering anyway');
      return true;
    }
  }

  /**
   * Whether the bot's last word to this person in this thread asked them something: a dialog
   * waiting for a reply, or buttons they may answer by typing (botbuilder's ConversationState
   * key, with its empty namespace, and the bot's `dialogState` / `memory.menu` properties).
   */
  private async awaitsReply(input: SlackInput): Promise<boolean> {
    const key = `slack/conversations/${conversationIdOf(input)}/`;
    const state = (await this.options.store.readState([key]))[key]?.value as { dialogState?: { dialogStack?: unknown[] }; memory?: { menu?: unknown[] } } | undefined;
    return (state?.dialogState?.dialogStack?.length ?? 0) > 0 || (state?.memory?.menu?.length ?? 0) > 0;
  }
}

/** The bot's own buttons (action_id `choice:<n>`); any other action is acknowledged and ignored. */
function isChoiceClick(body: Record<string, unknown>): boolean {
  const actions = body['actions'];
  const first = Array.isArray(actions) ? (actions[0] as { action_id?: unknown } | undefined) : undefined;
  return body['type'] === 'block_actions' && typeof first?.action_id === 'string' && /^choice:\d+$/.test(first.action_id);
}

/** A payload missing what a turn needs (no user, no trigger id) is acknowledged and not answered. */
function readInput(read: () => SlackInput | undefined): SlackInput | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
