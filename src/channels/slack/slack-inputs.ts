import { z } from 'zod';

/**
 * Slack payloads (slash command, Events API messages / `app_mention`, `block_actions`)
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
  | { via: 'response_url'; url: string; responseType: 'ephemeral' | 'in_channel' }
  | { via: 'chat'; channel: string; thread?: string };

export interface SlackInput {
  /** `thread-reply`: a message in a channel thread without an @mention (answered only to the bot's open question). */
  kind: 'command' | 'dm' | 'mention' | 'thread-reply' | 'click' | 'home';
  /**
   * One per thing the user did: the trigger id of a command or click, the message (team,
   * channel, ts) of an event, so a retry, a replay and the app_mention twin of a DM are one.
   */
  id: string;
  team: string;
  /** The Enterprise Grid org, for an org-wide install's token. */
  enterprise?: string;
  user: string;
  /** What the user typed (Slack markup removed); absent for a button click. */
  text?: string;
  /** The clicked button's value. */
  choice?: string;
  /** A message with files and no words: the bot cannot read files. */
  filesOnly?: boolean;
  /** A click in the App Home tab: answered in the user's DM (the door opens it). */
  fromHome?: boolean;
  place: SlackPlace;
  route: SlackRoute;
}

const id = z.string().min(1).max(255);

const commandSchema = z.object({
  team_id: id,
  enterprise_id: id.optional(),
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
  files: z.array(z.unknown()).optional(),
});

const envelopeSchema = z.object({
  team_id: id,
  enterprise_id: id.nullish(),
  event_id: id,
  authorizations: z.array(z.object({ user_id: id.optional() })).optional(),
});

const actionSchema = z.object({
  type: z.literal('block_actions'),
  team: z.object({ id }).nullish(),
  enterprise: z.object({ id }).nullish(),
  user: z.object({ id, team_id: id.optional() }),
  container: z.object({ type: z.string().optional(), channel_id: id.optional(), is_ephemeral: z.boolean().optional(), thread_ts: id.optional() }),
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
    // Line breaks stay (a quoted line, a numbered list, a forwarded mail's header end there).
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n\s*/g, '\n')
    .trim();
}

/** `/partner <text>`: ephemeral by default; "public" as the first or last word answers in the channel. */
export function commandInput(body: unknown): SlackInput {
  const c = commandSchema.parse(body);
  let words = plainText(c.text).split(/\s+/).filter(Boolean);
  const isPublic = words.length > 0 && (PUBLIC_WORD.test(words[0] ?? '') || PUBLIC_WORD.test(words[words.length - 1] ?? ''));
  if (isPublic) words = PUBLIC_WORD.test(words[words.length - 1] ?? '') ? words.slice(0, -1) : words.slice(1);
  const text = words.join(' ');
  return {
    kind: 'command',
    id: c.trigger_id,
    team: c.team_id,
    ...(c.enterprise_id ? { enterprise: c.enterprise_id } : {}),
    user: c.user_id,
    text,
    place: isPublic ? { private: false, channel: c.channel_id } : { private: true, channel: c.channel_id },
    route: { via: 'response_url', url: c.response_url, responseType: isPublic ? 'in_channel' : 'ephemeral' },
  };
}

/** Message subtypes a person sends: a file with a comment, a thread reply also sent to the channel. */
const ANSWERED_SUBTYPES = new Set([undefined, 'file_share', 'thread_broadcast']);

/** Whether the text @mentions the bot (any user mention when the bot's user id is unknown). */
function mentionsBot(markup: string, botUser: string | undefined): boolean {
  return botUser ? markup.includes(`<@${botUser}`) : /<@[UW]/.test(markup);
}

/**
 * An Events API callback: a DM (`message.im`, or its `app_mention` twin: the same input), an
 * `app_mention` in a channel (answered in its thread), or a reply without mention in a channel
 * thread (`message.channels` / `message.groups`; the door answers it only to the bot's open
 * question). Undefined for what the bot must not answer: bots (itself included), edits and
 * other subtypes, channel messages outside threads, and messages that mention the bot (their
 * `app_mention` twin is the one answered).
 */
export function eventInput(body: unknown): SlackInput | undefined {
  const envelope = envelopeSchema.parse(body);
  const parsed = eventSchema.safeParse((body as { event?: unknown }).event);
  if (!parsed.success) return undefined;
  const e = parsed.data;
  if (!ANSWERED_SUBTYPES.has(e.subtype) || e.bot_id !== undefined || e.user === undefined) return undefined;
  const team = e.user_team ?? e.team ?? envelope.team_id;
  const text = plainText(e.text);
  const base = {
    id: `${team}:${e.channel}:${e.ts}`,
    team,
    user: e.user,
    text,
    ...(envelope.enterprise_id ? { enterprise: envelope.enterprise_id } : {}),
    ...(text === '' && e.files?.length ? { filesOnly: true } : {}),
  };
  if (e.channel_type === 'im' || (e.type === 'app_mention' && isDmChannel(e.channel))) {
    const thread = e.thread_ts ? { thread: e.thread_ts } : {};
    return { ...base, kind: 'dm', place: { private: true, channel: e.channel, ...thread }, route: { via: 'chat', channel: e.channel, ...thread } };
  }
  const where = (thread: string) => ({ place: { private: false, channel: e.channel, thread }, route: { via: 'chat' as const, channel: e.channel, thread } });
  if (e.type === 'app_mention') return { ...base, kind: 'mention', ...where(e.thread_ts ?? e.ts) };
  const botUser = envelope.authorizations?.[0]?.user_id;
  if (e.type === 'message' && e.thread_ts && !mentionsBot(e.text, botUser)) return { ...base, kind: 'thread-reply', ...where(e.thread_ts) };
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
  if (!action || action.value === undefined) return undefined;
  const enterprise = a.enterprise?.id ? { enterprise: a.enterprise.id } : {};
  const base = { kind: 'click' as const, id: a.trigger_id, team: a.user.team_id ?? a.team?.id ?? '', user: a.user.id, choice: action.value, ...enterprise };
  // The DM channel is not in a view's payload: the door opens it (conversations.open).
  if (a.container.type === 'view') return { ...base, fromHome: true, place: { private: true, channel: '' }, route: { via: 'chat', channel: '' } };
  if (!channel) return undefined;
  if (a.container.is_ephemeral) {
    return a.response_url ? { ...base, place: { private: true, channel }, route: { via: 'response_url', url: a.response_url, responseType: 'ephemeral' } } : undefined;
  }
  const thread = a.message?.thread_ts ?? a.container.thread_ts;
  const where = thread ? { channel, thread } : { channel };
  if (isDmChannel(channel) || thread) return { ...base, place: { private: isDmChannel(channel), ...where }, route: { via: 'chat', ...where } };
  // A top-level channel message from the bot is a public command's reply: answer the same way.
  return a.response_url ? { ...base, place: { private: false, channel }, route: { via: 'response_url', url: a.response_url, responseType: 'in_channel' } } : undefined;
}
