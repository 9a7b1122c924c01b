import type { webApi } from '@slack/bolt';
import {
  ActivityTypes,
  BotAdapter,
  TurnContext,
  type Activity,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder';
import type { Logger } from 'pino';
import type { SlackChannelData } from './present-blocks.js';
import type { SlackClients } from './slack-clients.js';
import type { SlackInput } from './slack-inputs.js';
import { sendReply, type Destination, type SlackReply } from './slack-sender.js';

export interface SlackTurn {
  input: SlackInput;
  /** The user's Slack locale ("ko-KR"), when known. */
  locale?: string;
  /** The Web API client with the token of the input's workspace. */
  client: Pick<webApi.WebClient, 'chat'>;
  /** Takes the replies instead of posting them (the App Home view is built from them). */
  collect?: (reply: SlackReply) => void;
}

export interface SlackAdapterOptions {
  logger: Logger;
  /** Web API clients per workspace, for messages the bot starts itself (ticket replies, announcements). */
  clients?: Pick<SlackClients, 'for'>;
}

const BOT_ID = 'partner-support';
const DELIVER = Symbol('slack.deliver');

/** Posts a reply where the turn came from. */
type Deliver = (reply: SlackReply) => Promise<void>;
const PLACE = Symbol('slack.place');

/**
 * The conversation a turn belongs to, so a multi-turn dialog continues where the user answers:
 * one private conversation per user (ephemeral `/partner` replies, their buttons and the DM
 * share it), and per user within a channel thread (two people in one thread never answer each
 * other's prompts, and a prompt's identity checks always see the person who started it).
 */
export function conversationIdOf(input: Pick<SlackInput, 'team' | 'user' | 'place'> & { kind?: SlackInput['kind'] }): string {
  const { team, user, place } = input;
  // The App Home tab has its own conversation: building it never disturbs a dialog in the DM.
  if (input.kind === 'home') return `slack:${team}:${user}:home`;
  return place.private ? `slack:${team}:${user}:dm` : `slack:${team}:${place.channel}:${place.thread ?? '-'}:${user}`;
}

/** The Bot Framework activity for a Slack input: what `PartnerBot` reads (text or button value, identity, scope, locale). */
export function activityOf(input: SlackInput, locale?: string): Partial<Activity> {
  const conversationType = input.place.private ? 'personal' : 'channel';
  return {
    type: ActivityTypes.Message,
    id: input.id,
    timestamp: new Date(),
    channelId: 'slack',
    serviceUrl: 'https://slack.com/api/',
    from: { id: input.user, name: input.user, role: 'user' },
    recipient: { id: BOT_ID, name: BOT_ID, role: 'bot' },
    conversation: { id: conversationIdOf(input), conversationType, isGroup: !input.place.private, tenantId: input.team, name: input.place.channel },
    channelData: { team_id: input.team, channel: input.place.channel, ...(input.place.thread ? { thread_ts: input.place.thread } : {}), kind: input.kind },
    ...(input.choice !== undefined ? { value: { choice: input.choice } } : { text: input.text ?? '' }),
    ...(locale ? { locale } : {}),
  };
}

/**
 * A botbuilder `BotAdapter` that speaks Slack: it runs the same bot as Teams on activities made
 * from Slack inputs, and delivers the bot's replies (Block Kit from the `slack` presenter) through
 * the request's own route (response_url or chat.postMessage). A reply carrying Access/Contract
 * IDs is never delivered to a shared place, whatever the bot decided.
 */
export class SlackAdapter extends BotAdapter {
  constructor(private readonly options: SlackAdapterOptions) {
    super();
  }

  /** The last turn queued per conversation: turns of one conversation run one after the other. */
  private readonly queues = new Map<string, Promise<void>>();

  /**
   * Runs one turn through the middleware and `logic` (the bot's `run`); errors go to `onTurnError`.
   * Turns of the same conversation are serialized (a double click or two quick DMs would otherwise
   * race on the saved dialog state); different conversations run in parallel.
   */
  async processTurn(turn: SlackTurn, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const key = conversationIdOf(turn.input);
    const previous = this.queues.get(key) ?? Promise.resolve();
    const current = previous.catch(() => undefined).then(() => this.runTurn(turn, logic));
    this.queues.set(key, current);
    try {
      await current;
    } finally {
      if (this.queues.get(key) === current) this.queues.delete(key);
    }
  }

  /** Conversations with a turn running or waiting (an entry lives only while it has one). */
  get busyConversations(): number {
    return this.queues.size;
  }

  private async runTurn(turn: SlackTurn, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const context = new TurnContext(this, activityOf(turn.input, turn.locale));
    const to: Destination = { user: turn.input.user, route: turn.input.route, private: turn.input.place.private };
    const collect = turn.collect;
    context.turnState.set(DELIVER, collect ? async (reply: SlackReply) => collect(reply) : (reply: SlackReply) => sendReply(turn.client, to, reply));
    context.turnState.set(PLACE, turn.input.place);
    this.options.logger.debug({ kind: turn.input.kind, team: turn.input.team, user: turn.input.user, private: turn.input.place.private }, 'slack turn');
    await this.runMiddleware(context, logic);
  }

  override async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const deliver = context.turnState.get(DELIVER) as Deliver | undefined;
    const place = context.turnState.get(PLACE) as SlackInput['place'] | undefined;
    if (!deliver || !place) throw new Error('slack: a reply outside a Slack turn (proactive messages are not supported)');
    const responses: ResourceResponse[] = [];
    for (const [i, activity] of activities.entries()) {
      responses.push({ id: `${context.activity.id ?? 'reply'}:${i}` });
      if (activity.type !== ActivityTypes.Message) continue;
      const data = (activity.channelData ?? {}) as Partial<SlackChannelData>;
      if (data.sensitive && !place.private) {
        this.options.logger.warn({ team: context.activity.channelData?.team_id, channel: place.channel }, 'slack: a sensitive answer was withheld from a shared place');
        continue;
      }
      await deliver({ text: activity.text ?? '', ...(data.blocks ? { blocks: data.blocks } : {}), ...(data.personal ? { personal: true } : {}) });
    }
    return responses;
  }

  override updateActivity(): Promise<void> {
    return Promise.reject(new Error('slack: updating a sent message is not supported'));
  }

  override deleteActivity(): Promise<void> {
    return Promise.reject(new Error('slack: deleting a sent message is not supported'));
  }

  /**
   * A message the bot starts itself, into a conversation it had: a user's private conversation
   * becomes a DM (conversations.open), a thread conversation a reply in that thread.
   */
  override async continueConversation(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const parts = (reference.conversation?.id ?? '').split(':');
    const [kind, team = '', where = '', thread = '-'] = parts;
    const client = kind === 'slack' && parts.length >= 4 ? await this.options.clients?.for({ team }) : undefined;
    if (!client) throw new Error('slack: not a Slack conversation this adapter can reach');
    const dm = parts.at(-1) === 'dm';
    const channel = dm ? (await client.conversations.open({ users: where })).channel?.id : where;
    if (!channel) throw new Error('slack: could not open a DM');
    const inThread = dm || thread === '-' ? {} : { thread };
    const context = new TurnContext(this, TurnContext.applyConversationReference({ type: ActivityTypes.Event, name: 'proactive' }, reference, true));
    const to: Destination = { user: dm ? where : (parts[4] ?? ''), route: { via: 'chat', channel, ...inThread }, private: dm };
    context.turnState.set(PLACE, { private: dm, channel, ...inThread });
    context.turnState.set(DELIVER, (reply: SlackReply) => sendReply(client, to, reply));
    await this.runMiddleware(context, logic);
  }
}
