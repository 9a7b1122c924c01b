import { afterAll, beforeAll } from '@jest/globals';
import { createHmac, randomUUID } from 'node:crypto';
import type { types as slack } from '@slack/bolt';
import type { StorePort } from '../../../src/core/ports.js';
import { FakeSlack } from '../slack/fake-slack.js';
import { visibleText } from '../slack/slack-test-bed.js';
import { cardIssues, cardOf, cardText, submitData, type Json } from '../support/cards.js';
import { FakeConnector } from '../support/fake-connector.js';
import { botMention, stranger, teamsMessage, teamsUser, type TeamsUser } from '../support/teams-activities.js';
import { removeTempDirs, startTestServer, type TestServer } from '../support/test-server.js';

/** A demo user id (src/store/demo-data.ts DEMO.users) or someone no org knows. */
export type Who = string | 'stranger';
export type Where = 'private' | 'shared';

/**
 * One way to talk to the bot: what a person types, in a private or shared conversation, and
 * what they see back. The same conversation table runs through each driver.
 */
export interface ChannelDriver {
  readonly name: 'teams' | 'slack';
  say(who: Who, text: string, where?: Where): Promise<string>;
  /** Clicks the button with this value on the last answer `who` got privately. */
  click(who: Who, value: string): Promise<string>;
  /** What reached `who`'s private conversation without them asking (a proactive message), so far. */
  unprompted(who: Who): Promise<string>;
}

export const SIGNING_SECRET = 'shared-table-signing-secret-1f2e3d';

/** The real server with both doors open: Teams (fake connector) and Slack (fake Web API, signed requests). */
export async function startBothChannels(): Promise<{ server: TestServer; teams: ChannelDriver; slack: ChannelDriver; close(): Promise<void> }> {
  const connector = await FakeConnector.start();
  const fakeSlack = await FakeSlack.start();
  const server = await startTestServer({ env: { SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_BOT_TOKEN: 'xoxb-shared-table', SLACK_API_URL: fakeSlack.apiUrl } });
  return {
    server,
    teams: new TeamsDriver(server, connector),
    slack: new SlackDriver(server, fakeSlack),
    close: async () => {
      await server.close();
      await connector.close();
      await fakeSlack.close();
    },
  };
}

type Both = Awaited<ReturnType<typeof startBothChannels>>;

/**
 * For a `describe.each(['teams', 'slack'])` block: a fresh server (and data file) for the block,
 * since the tables change records. Returns the block's driver and server, read inside tests.
 */
export function useChannel(channel: 'teams' | 'slack'): { driver: () => ChannelDriver; server: () => TestServer } {
  let both: Both | undefined;
  beforeAll(async () => {
    both = await startBothChannels();
  });
  afterAll(async () => {
    await both?.close();
    await removeTempDirs();
  });
  const get = (): Both => {
    if (!both) throw new Error('used outside a test');
    return both;
  };
  return { driver: () => get()[channel], server: () => get().server };
}

export class TeamsDriver implements ChannelDriver {
  readonly name = 'teams';
  private readonly last = new Map<string, Json>();
  constructor(
    private readonly server: TestServer,
    private readonly connector: FakeConnector,
  ) {}

  private user(who: Who): Promise<TeamsUser> {
    return who === 'stranger' ? Promise.resolve(stranger) : teamsUser(this.server.app.store, who);
  }

  async say(who: Who, text: string, where: Where = 'private'): Promise<string> {
    const user = await this.user(who);
    const shared = where === 'shared';
    const activity = teamsMessage({
      serviceUrl: this.connector.url,
      user,
      text: shared ? `<at>Partner Support</at> ${text}` : text,
      conversationType: shared ? 'channel' : 'personal',
      ...(shared ? { entities: [botMention()] } : {}),
    });
    return this.send(who, activity);
  }

  async click(who: Who, value: string): Promise<string> {
    const card = this.last.get(who);
    if (!card) throw new Error(`no card for ${who}`);
    // A card submit: the button's data and no text, exactly as Teams posts it.
    return this.send(who, teamsMessage({ serviceUrl: this.connector.url, user: await this.user(who), value: submitData(card, value) }));
  }

  async unprompted(who: Who): Promise<string> {
    const user = await this.user(who);
    const answered = new Set(this.answeredIds);
    return this.connector.sent
      .filter((s) => s.conversationId === `a:1personal-${user.aadObjectId}` && s.activity.type === 'message' && !answered.has(s))
      .map((s) => cardText(cardOf(s.activity)))
      .join('\n---\n');
  }

  private readonly answeredIds: unknown[] = [];

  private async send(who: Who, activity: Json): Promise<string> {
    const before = this.connector.sent.length;
    const res = await this.server.post(activity);
    if (res.status !== 200) throw new Error(`teams answered ${res.status}`);
    // Only the replies in the speaker's conversation: a turn may also reach someone else (a ticket reply).
    const conversationId = (activity.conversation as { id: string }).id;
    const replies = this.connector.sent.slice(before).filter((s) => s.conversationId === conversationId && s.activity.type === 'message');
    this.answeredIds.push(...replies);
    for (const reply of replies) {
      const issues = cardIssues(cardOf(reply.activity));
      if (issues.length) throw new Error(`invalid card: ${issues.join('; ')}`);
    }
    const cards = replies.map((r) => cardOf(r.activity));
    const card = cards.at(-1);
    if (card && (activity.conversation as { conversationType: string }).conversationType === 'personal') this.last.set(who, card);
    return cards.map(cardText).join('\n---\n');
  }
}

export class SlackDriver implements ChannelDriver {
  readonly name = 'slack';
  private seq = 0;
  constructor(
    private readonly server: TestServer,
    private readonly fake: FakeSlack,
  ) {}

  private async user(who: Who): Promise<{ team: string; user: string }> {
    if (who === 'stranger') return { team: 'T0STRANGER', user: 'U0NOBODY00' };
    return slackUser(this.server.app.store, who);
  }

  async say(who: Who, text: string, where: Where = 'private'): Promise<string> {
    const { team, user } = await this.user(who);
    const ts = this.ts();
    const event =
      where === 'private'
        ? { type: 'message', channel_type: 'im', channel: `D${user.slice(1)}`, user, team, text, ts, event_ts: ts }
        : { type: 'app_mention', channel: 'C0GENERAL0', user, team, text: `<@U0PARTNERBOT> ${text}`, ts, event_ts: ts };
    const body = JSON.stringify({ token: 't', team_id: team, api_app_id: 'A0PARTNER0', type: 'event_callback', event_id: `Ev${randomUUID()}`, event_time: Math.floor(Date.now() / 1000), event });
    return this.send(body, 'application/json', event.channel);
  }

  async click(who: Who, value: string): Promise<string> {
    const { team, user } = await this.user(who);
    const channel = `D${user.slice(1)}`;
    const message = this.fake.posts().filter((p) => p.args['channel'] === channel).at(-1)?.args as { blocks?: slack.KnownBlock[] } | undefined;
    const button = (message?.blocks ?? []).flatMap((b) => (b.type === 'actions' ? (b.elements as slack.Button[]) : [])).find((e) => e.value === value);
    if (!button) throw new Error(`no button "${value}" in ${who}'s last DM`);
    const ts = this.ts();
    const payload = {
      type: 'block_actions', team: { id: team, domain: 'example' }, user: { id: user, team_id: team }, api_app_id: 'A0PARTNER0',
      container: { type: 'message', message_ts: ts, channel_id: channel, is_ephemeral: false }, channel: { id: channel, name: 'directmessage' },
      trigger_id: `trigger-${this.seq}`, response_url: this.fake.responseUrl('click'), message: { type: 'message', ts },
      actions: [{ type: 'button', action_id: button.action_id, block_id: 'choices', value: button.value, text: button.text, action_ts: `${Math.floor(Date.now() / 1000)}.1` }],
    };
    return this.send(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded', channel);
  }

  private ts(): string {
    return `${1_700_000_000 + ++this.seq}.000300`;
  }

  private readonly answered = new Set<unknown>();

  async unprompted(who: Who): Promise<string> {
    const { user } = await this.user(who);
    return this.fake
      .posts()
      .filter((p) => p.args['channel'] === `D${user.slice(1)}` && !this.answered.has(p))
      .map((p) => visibleText(p.args as { text?: string }))
      .join('\n---\n');
  }

  /** Posts a signed request and waits for the turn it started, then (bounded) for the answer in `channel`: Slack requests are acked before the turn runs. */
  private async send(body: string, contentType: string, channel: string): Promise<string> {
    // What the user sees in the channel: messages, and those shown to them alone (ephemeral refusals).
    const here = () => [...this.fake.posts(), ...this.fake.ephemerals()].filter((p) => p.args['channel'] === channel);
    const before = here().length;
    const timestamp = Math.floor(Date.now() / 1000);
    const signature = `v0=${createHmac('sha256', SIGNING_SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
    const res = await fetch(`${this.server.url}/slack/events`, { method: 'POST', headers: { 'content-type': contentType, 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature }, body });
    if (res.status !== 200) throw new Error(`slack answered ${res.status}`);
    // The ack comes before the turn runs: wait for the server's turns to finish, so a turn that sends
    // several messages (a partner's records, then the answer) is read whole, not just its first message.
    await this.server.idle();
    for (let waited = 0; here().length === before; waited += 20) {
      if (waited > 10_000) throw new Error('no Slack answer within 10 s');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const replies = here().slice(before);
    for (const p of replies) this.answered.add(p);
    return replies.map((p) => visibleText(p.args as { text?: string })).join('\n---\n');
  }
}

/** A demo user's Slack identity, read from the store. */
export async function slackUser(store: Pick<StorePort, 'getUser'>, userId: string): Promise<{ team: string; user: string }> {
  const identity = (await store.getUser(userId))?.identities.find((i) => i.channel === 'slack');
  if (!identity) throw new Error(`no Slack identity for ${userId}`);
  return { team: identity.tenant, user: identity.user };
}

