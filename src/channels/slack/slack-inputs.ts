import { z } from 'zod';

/**
 * Slack payloads (slash command, Events API `message.im` / `app_mention`, `block_actions`)
 * checked with zod and turned into one channel-neutral shape the Slack adapter makes an
 * activity of. Pure functions: no Bolt, no I/O.
 */

/** Where a turn happens: private (an ephemeral reply or a DM) or shared (a channel, maybe a thread). */
export interface SlackPlace {
  private: boolean;
  /** The Slack channel (C…, G…, D…) the user spoke in. */
  channel: string;
  /** The thread the conversation lives in (channels and DM threads). */
  thread?: string;
}

/** How replies get back to the user. */
export type SlackRoute =
  | { via: 'response_url'; responseType: 'ephemeral' | 'in_channel' }
  | { via: 'chat'; channel: string; thread?: string };

export interface SlackInput {
  kind: 'command' | 'dm' | 'mention' | 'click';
  /** Unique per Slack request: event_id, or the trigger id of a command or click. */
  id: string;
  team: string;
  user: string;
  /** What the user typed (Slack markup removed); absent for a button click. */
  text?: string;
  /** The clicked button's value. */
  choice?: string;
  place: SlackPlace;
  route: SlackRoute;
}

const id = z.string().min(1).max(255);

const commandSchema = z.object({
  team_id: id,
  user_id: id,
  channel_id: id,
  text: z.string().max(4000).default(''),
  trigger_id: id,
  response_url: z.url(),
});

const eventSchema = z.object({
  type: z.string(),
  subtype: z.string().optional(),
  bot_id: z.string().optional(),
  user: id.optional(),
  team: id.optional(),
  user_team: id.optional(),
  channel: id,
  channel_type: z.string().optional(),
  text: z.string().max(40_000).default(''),
  ts: id,
  thread_ts: id.optional(),
});

const envelopeSchema = z.object({ team_id: id, event_id: id });

const actionSchema = z.object({
  type: z.literal('block_actions'),
  team: z.object({ id }).nullish(),
  user: z.object({ id, team_id: id.optional() }),
  container: z.object({ channel_id: id.optional(), is_ephemeral: z.boolean().optional(), thread_ts: id.optional() }),
  channel: z.object({ id }).optional(),
  message: z.object({ ts: id, thread_ts: id.optional() }).optional(),
  trigger_id: id,
  response_url: z.url().optional(),
  actions: z.array(z.object({ action_id: id, value: z.string().max(2000).optional() })).min(1),
});

/** A trailing or leading "public" / "공개" asks for an in-channel reply instead of an ephemeral one. */
const PUBLIC_WORD = /^(public|공개)$/i;

/** IM channel ids start with D; anything else (C, G) is seen by others. */
const isDmChannel = (channel: string): boolean => channel.startsWith('D');

/**
 * Slack message markup to plain words: mentions dropped, channel and link labels kept, the three
 * escaped characters decoded (a pasted error message must reach the bot as the user sees it).
 */
export function plainText(markup: string): string {
  // No "<" inside a tag (Slack escapes it as &lt;): each match attempt stops at the next "<", so
  // text of many "<" is linear work, not quadratic (40,000 of them took 5 s).
  return markup
    .replace(/<[@!][^<>]*>/g, ' ')
    .replace(/<#[A-Z0-9]+\|([^<>]*)>/g, '#$1')
    .replace(/<([^<>|]+)\|([^<>]*)>/g, '$2')
    .replace(/<([^<>]+)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `/partner <text>`: ephemeral by default; "public" as the first or last word answers in the channel. */
export function commandInput(body: unknown): SlackInput {
  const c = commandSchema.parse(body);
  let words = plainText(c.text).split(' ').filter(Boolean);
  const isPublic = words.length > 0 && (PUBLIC_WORD.test(words[0] ?? '') || PUBLIC_WORD.test(words[words.length - 1] ?? ''));
  if (isPublic) words = PUBLIC_WORD.test(words[words.length - 1] ?? '') ? words.slice(0, -1) : words.slice(1);
  const text = words.join(' ');
  return {
    kind: 'command',
    id: c.trigger_id,
    team: c.team_id,
    user: c.user_id,
    text,
    place: isPublic ? { private: false, channel: c.channel_id } : { private: true, channel: c.channel_id },
    route: { via: 'response_url', responseType: isPublic ? 'in_channel' : 'ephemeral' },
  };
}

/**
 * An Events API callback: a user's DM (`message.im`) or an `app_mention` in a channel, answered
 * in its thread. Undefined for what the bot must not answer: bot messages (its own included),
 * edits and other subtypes, and message events outside DMs.
 */
export function eventInput(body: unknown): SlackInput | undefined {
  const envelope = envelopeSchema.parse(body);
  const parsed = eventSchema.safeParse((body as { event?: unknown }).event);
  if (!parsed.success) return undefined;
  const e = parsed.data;
  if (e.subtype !== undefined || e.bot_id !== undefined || e.user === undefined) return undefined;
  const base = { id: envelope.event_id, team: e.user_team ?? e.team ?? envelope.team_id, user: e.user, text: plainText(e.text) };
  if (e.type === 'message' && e.channel_type === 'im') {
    const thread = e.thread_ts ? { thread: e.thread_ts } : {};
    return { ...base, kind: 'dm', place: { private: true, channel: e.channel, ...thread }, route: { via: 'chat', channel: e.channel, ...thread } };
  }
  if (e.type === 'app_mention') {
    const thread = e.thread_ts ?? e.ts;
    const place = { private: isDmChannel(e.channel), channel: e.channel, thread };
    return { ...base, kind: 'mention', place, route: { via: 'chat', channel: e.channel, thread } };
  }
  return undefined;
}

/**
 * A button click (`block_actions`): the button's value continues the dialog in the place the
 * clicked message lives: an ephemeral reply (answered the same way), a DM, a thread, or a
 * channel message posted through a response_url.
 */
export function clickInput(body: unknown): SlackInput | undefined {
  const a = actionSchema.parse(body);
  const action = a.actions[0];
  const channel = a.container.channel_id ?? a.channel?.id;
  if (!action || action.value === undefined || !channel) return undefined;
  const base = { kind: 'click' as const, id: a.trigger_id, team: a.user.team_id ?? a.team?.id ?? '', user: a.user.id, choice: action.value };
  if (a.container.is_ephemeral) {
    return a.response_url ? { ...base, place: { private: true, channel }, route: { via: 'response_url', responseType: 'ephemeral' } } : undefined;
  }
  const thread = a.message?.thread_ts ?? a.container.thread_ts;
  const where = thread ? { channel, thread } : { channel };
  if (isDmChannel(channel) || thread) return { ...base, place: { private: isDmChannel(channel), ...where }, route: { via: 'chat', ...where } };
  // A top-level channel message from the bot is a public command's reply: answer the same way.
  return a.response_url ? { ...base, place: { private: false, channel }, route: { via: 'response_url', responseType: 'in_channel' } } : undefined;
}
