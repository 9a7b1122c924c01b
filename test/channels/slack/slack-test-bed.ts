import { createHmac } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { types as slack } from '@slack/bolt';
import { pino } from 'pino';
import { createApp, type App } from '../../../src/app.js';
import { createSlackEndpoint, type SlackEndpoint } from '../../../src/channels/slack/endpoint.js';
import type { TurnQueue } from '../../../src/channels/turn-queue.js';
import { DEMO } from '../../../src/store/demo-data.js';
import { FakeSlack } from './fake-slack.js';

export const SIGNING_SECRET = 'test-signing-secret-8f14e45fceea167a';
export const BOT_TOKEN = 'xoxb-test-token';

/** A Slack user: team (workspace) id and user id, as in the demo data. */
export interface Who {
  team: string;
  user: string;
}

/** Demo people's Slack identities (src/store/demo-data.ts). */
export const SLACK_USERS = {
  contosoAdmin: { team: DEMO.slackTeams.contoso, user: 'U0CONTADMN' },
  contosoUser: { team: DEMO.slackTeams.contoso, user: 'U0CONTUSER' },
  fabrikamAdmin: { team: DEMO.slackTeams.fabrikam, user: 'U0FABADMIN' },
  fabrikamUser: { team: DEMO.slackTeams.fabrikam, user: 'U0FABUSER0' },
  stranger: { team: 'T0STRANGER', user: 'U0NOBODY00' },
  staff: { team: DEMO.slackTeams.staff, user: 'U0PSSTAFF0' },
} as const satisfies Record<string, Who>;

/** Slack's request signature: v0=HMAC-SHA256(secret, `v0:${ts}:${body}`). */
export function sign(body: string, timestamp: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface PostOptions {
  /** Headers replacing the signed ones (to send unsigned, stale or wrongly signed requests). */
  headers?: Record<string, string>;
  /** Headers sent along with the signed ones (e.g. `x-slack-retry-num`). */
  extraHeaders?: Record<string, string>;
  timestamp?: number;
  secret?: string;
}

export interface HttpResult {
  status: number;
  body: string;
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

/**
 * The Slack door on a real HTTP server on 127.0.0.1, running the real bot (createApp on a temp
 * data file) against a fake Slack on loopback. Requests are signed like Slack signs them.
 */
export class SlackTestBed {
  private eventSeq = 0;
  private tsSeq = 0;

  private constructor(
    readonly app: App,
    readonly slack: FakeSlack,
    readonly endpoint: SlackEndpoint,
    private readonly server: Server,
    private readonly dir: string,
    /** Every log line the Slack door wrote (pino JSON, level trace). */
    readonly logs: string[],
  ) {}

  /** `queue`: the turn queue the door uses (default: one of the default size). */
  static async start(options: { queue?: TurnQueue } = {}): Promise<SlackTestBed> {
    const dir = await mkdtemp(join(tmpdir(), 'slack-test-'));
    const app = await createApp({ dataFile: join(dir, 'db.json') });
    const slack = await FakeSlack.start();
    const logs: string[] = [];
    const sink = new Writable({ write: (chunk: Buffer, _enc, done) => { logs.push(chunk.toString('utf8')); done(); } });
    const logger = pino({ level: 'trace' }, sink);
    const endpoint = createSlackEndpoint({ config: { signingSecret: SIGNING_SECRET, botToken: BOT_TOKEN, apiUrl: slack.apiUrl }, bot: app.bot, store: app.store, logger, ...options });
    const server = createServer((req, res) => {
      if (req.method === 'POST' && req.url?.split('?')[0] === '/slack/events') return void endpoint.handler(req, res);
      res.writeHead(404);
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return new SlackTestBed(app, slack, endpoint, server, dir, logs);
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/slack/events`;
  }

  async close(): Promise<void> {
    await this.endpoint.idle();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    await this.slack.close();
    await this.app.close();
    await rm(this.dir, { recursive: true, force: true });
  }

  /** POSTs a body signed with the test secret (unless `headers` says otherwise). */
  async post(body: string, contentType: string, options: PostOptions = {}): Promise<HttpResult> {
    const timestamp = options.timestamp ?? nowSeconds();
    const signed = { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': sign(body, timestamp, options.secret) };
    const res = await fetch(this.url, { method: 'POST', headers: { 'content-type': contentType, ...(options.headers ?? signed), ...options.extraHeaders }, body });
    return { status: res.status, body: await res.text() };
  }

  /** `/partner <text>`; the answer goes to the response_url keyed `key`. */
  command(who: Who, text: string, options: PostOptions & { channel?: string; key?: string } = {}): Promise<HttpResult> {
    const form = new URLSearchParams({
      token: 'legacy-verification-token', team_id: who.team, team_domain: 'example', channel_id: options.channel ?? 'C0GENERAL0',
      channel_name: 'general', user_id: who.user, user_name: who.user.toLowerCase(), command: '/partner', text, api_app_id: 'A0PARTNER0',
      is_enterprise_install: 'false', response_url: this.slack.responseUrl(options.key ?? 'command'), trigger_id: `trigger-${++this.eventSeq}`,
    });
    return this.post(form.toString(), 'application/x-www-form-urlencoded', options);
  }

  /** An Events API callback around `event`. */
  event(who: Who, event: Record<string, unknown>, options: PostOptions & { eventId?: string } = {}): Promise<HttpResult> {
    const body = JSON.stringify({
      token: 'legacy-verification-token', team_id: who.team, api_app_id: 'A0PARTNER0', type: 'event_callback',
      event_id: options.eventId ?? `Ev${++this.eventSeq}`, event_time: nowSeconds(), event,
      authorizations: [{ team_id: who.team, user_id: 'U0PARTNERBOT', is_bot: true, is_enterprise_install: false }],
    });
    return this.post(body, 'application/json', options);
  }

  nextTs(): string {
    return `${1_700_000_000 + ++this.tsSeq}.000200`;
  }

  /** A direct message to the bot (`message.im`) in the user's DM channel. */
  dm(who: Who, text: string, options: PostOptions & { eventId?: string; channel?: string; ts?: string } = {}): Promise<HttpResult> {
    const ts = options.ts ?? this.nextTs();
    const event = { type: 'message', channel_type: 'im', channel: options.channel ?? dmChannel(who), user: who.user, team: who.team, text, ts, event_ts: ts };
    return this.event(who, event, options);
  }

  /** `@partner-support <text>` in a channel (a new thread at the mention unless `thread` is given). */
  mention(who: Who, text: string, options: { channel?: string; thread?: string } = {}): Promise<HttpResult> {
    const ts = this.nextTs();
    const event = { type: 'app_mention', channel: options.channel ?? 'C0GENERAL0', user: who.user, team: who.team, text: `<@U0PARTNERBOT> ${text}`, ts, event_ts: ts, ...(options.thread ? { thread_ts: options.thread } : {}) };
    return this.event(who, event);
  }

  /** A click on a choice button: of an ephemeral `/partner` reply, or of a message in `channel`. */
  click(who: Who, button: slack.Button, where: { ephemeral: true; key?: string } | { channel: string; ts: string; thread?: string }, options: PostOptions = {}): Promise<HttpResult> {
    const channel = 'channel' in where ? where.channel : 'C0GENERAL0';
    const messageTs = 'ts' in where ? where.ts : this.nextTs();
    const container = { type: 'message', message_ts: messageTs, channel_id: channel, is_ephemeral: 'ephemeral' in where, ...('thread' in where && where.thread ? { thread_ts: where.thread } : {}) };
    const payload = {
      type: 'block_actions', team: { id: who.team, domain: 'example' }, user: { id: who.user, team_id: who.team }, api_app_id: 'A0PARTNER0',
      container, channel: { id: channel, name: channel.startsWith('D') ? 'directmessage' : 'general' }, trigger_id: `trigger-${++this.eventSeq}`,
      response_url: this.slack.responseUrl('ephemeral' in where ? (where.key ?? 'click') : 'click'),
      ...('ephemeral' in where ? {} : { message: { type: 'message', ts: messageTs, ...(where.thread ? { thread_ts: where.thread } : {}) } }),
      actions: [{ type: 'button', action_id: button.action_id, block_id: 'choices', value: button.value, text: button.text, action_ts: `${nowSeconds()}.1` }],
    };
    return this.post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded', options);
  }
}

/** A user's DM channel with the bot (IM channel ids start with D). */
export function dmChannel(who: Who): string {
  return `D${who.user.slice(1)}`;
}

/** Everything a user sees in a Block Kit message: header, sections, fields, context, button labels. */
export function visibleText(message: { text?: string; blocks?: slack.KnownBlock[] }): string {
  const parts = (message.blocks ?? []).flatMap((b): string[] => {
    if (b.type === 'header') return [b.text.text];
    if (b.type === 'section') return [b.text?.text ?? '', ...(b.fields ?? []).map((f) => f.text)];
    if (b.type === 'context') return b.elements.flatMap((el) => ('text' in el ? [el.text] : []));
    if (b.type === 'actions') return b.elements.flatMap((el) => (el.type === 'button' ? [el.text.text] : []));
    return [];
  });
  return parts.join('\n');
}

/** The choice buttons of a message. */
export function buttonsOf(message: { blocks?: slack.KnownBlock[] }): slack.Button[] {
  return (message.blocks ?? []).flatMap((b) => (b.type === 'actions' ? b.elements.filter((el): el is slack.Button => el.type === 'button') : []));
}

/** The header (title) of a message. */
export function titleOf(message: { blocks?: slack.KnownBlock[] }): string {
  const header = (message.blocks ?? []).find((b): b is slack.HeaderBlock => b.type === 'header');
  return header?.text.text ?? '';
}
