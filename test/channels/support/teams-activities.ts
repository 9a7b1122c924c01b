import { randomUUID } from 'node:crypto';
import type { StorePort } from '../../../src/core/ports.js';

/** The bot as Teams addresses it (28:<app id>). */
export const BOT = { id: '28:partner-support-bot', name: 'Partner Support' };

/** Who speaks: a Teams user (AAD object id) in a tenant. */
export interface TeamsUser {
  aadObjectId: string;
  tenant: string;
  name: string;
}

/** A demo user's Teams identity, read from the store (the demo data keeps the AAD ids private). */
export async function teamsUser(store: Pick<StorePort, 'getUser'>, userId: string): Promise<TeamsUser> {
  const user = await store.getUser(userId);
  const identity = user?.identities.find((i) => i.channel === 'msteams');
  if (!user || !identity) throw new Error(`no Teams identity for ${userId}`);
  return { aadObjectId: identity.user, tenant: identity.tenant, name: user.name };
}

/** Someone the store does not know, in a tenant it does not know. */
export const stranger: TeamsUser = { aadObjectId: 'a11ce000-0000-4000-8000-000000000001', tenant: 'c0ffee00-0000-4000-8000-0000000000aa', name: 'Alice Stranger' };

export interface MessageOptions {
  serviceUrl: string;
  user: TeamsUser;
  text?: string;
  /** A card submit's data (activity.value), as Teams sends it for an Action.Submit. */
  value?: Record<string, unknown>;
  id?: string;
  locale?: string;
  /** personal (default), channel or groupChat. */
  conversationType?: 'personal' | 'channel' | 'groupChat';
  conversationId?: string;
  entities?: unknown[];
}

function conversationFor(options: Pick<MessageOptions, 'conversationType' | 'conversationId' | 'user'>) {
  const type = options.conversationType ?? 'personal';
  const id = options.conversationId ?? (type === 'personal' ? `a:1personal-${options.user.aadObjectId}` : `19:${randomUUID().replace(/-/g, '')}@thread.tacv2`);
  return { id, conversationType: type, tenantId: options.user.tenant, ...(type === 'personal' ? {} : { isGroup: true }) };
}

function base(options: MessageOptions) {
  const { user } = options;
  return {
    id: options.id ?? `1${Date.now()}${Math.floor(Math.random() * 1e6)}`,
    channelId: 'msteams',
    serviceUrl: options.serviceUrl,
    timestamp: new Date().toISOString(),
    locale: options.locale ?? 'en-US',
    from: { id: `29:${user.aadObjectId}`, name: user.name, aadObjectId: user.aadObjectId },
    recipient: BOT,
    conversation: conversationFor(options),
    channelData: { tenant: { id: user.tenant } },
  };
}

/** A message activity shaped like the ones Teams posts to a bot. */
export function teamsMessage(options: MessageOptions) {
  return {
    ...base(options),
    type: 'message',
    textFormat: 'plain',
    ...(options.text !== undefined ? { text: options.text } : {}),
    ...(options.value ? { value: options.value } : {}),
    ...(options.entities ? { entities: options.entities } : {}),
  };
}

/** The @mention entity Teams adds when the bot is mentioned in a channel. */
export function botMention() {
  return { type: 'mention', text: `<at>${BOT.name}</at>`, mentioned: BOT };
}

/** The conversationUpdate Teams sends when a user adds the bot to a personal chat. */
export function botAddedToPersonalChat(options: Pick<MessageOptions, 'serviceUrl' | 'user' | 'locale'>) {
  return {
    ...base({ ...options, conversationType: 'personal' }),
    type: 'conversationUpdate',
    membersAdded: [{ id: BOT.id }, { id: `29:${options.user.aadObjectId}`, aadObjectId: options.user.aadObjectId }],
  };
}
