import { FakeSlack } from '../slack/fake-slack.js';
import { BOT_TOKEN, SIGNING_SECRET, dmChannel, sign, type Who } from '../slack/slack-test-bed.js';
import { FakeConnector } from '../support/fake-connector.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/** The real server with both doors open: Teams replies go to a fake connector, Slack calls to a fake Slack. */
export interface BothDoors {
  server: TestServer;
  connector: FakeConnector;
  slack: FakeSlack;
  close(): Promise<void>;
}

export async function startBothDoors(env: Record<string, string> = {}): Promise<BothDoors> {
  const connector = await FakeConnector.start();
  const slack = await FakeSlack.start();
  const server = await startTestServer({ env: { SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_API_URL: slack.apiUrl, ...env } });
  return {
    server,
    connector,
    slack,
    close: async () => {
      await server.close();
      await connector.close();
      await slack.close();
    },
  };
}

export interface Reply {
  status: number;
  body: string;
}

/** POSTs raw bytes to the Teams door. */
export async function postTeams(server: TestServer, body: string | Buffer, contentType: string | undefined = 'application/json'): Promise<Reply> {
  const res = await fetch(`${server.url}/api/messages`, { method: 'POST', headers: contentType ? { 'content-type': contentType } : {}, body });
  return { status: res.status, body: await res.text() };
}

export interface SlackPostOptions {
  contentType?: string;
  /** Seconds since the epoch the request claims (default now). */
  timestamp?: number;
  /** Replaces the signature; null leaves the header out. */
  signature?: string | null;
  /** Replaces the timestamp header; null leaves it out. */
  timestampHeader?: string | null;
}

export const nowSeconds = () => Math.floor(Date.now() / 1000);

/** POSTs raw bytes to the Slack door, signed as Slack signs them unless told otherwise. */
export async function postSlack(server: TestServer, body: string | Buffer, options: SlackPostOptions = {}): Promise<Reply> {
  const timestamp = options.timestamp ?? nowSeconds();
  const headers: Record<string, string> = {};
  if (options.contentType !== undefined) headers['content-type'] = options.contentType;
  const stamp = options.timestampHeader === undefined ? String(timestamp) : options.timestampHeader;
  if (stamp !== null) headers['x-slack-request-timestamp'] = stamp;
  const signature = options.signature === undefined ? sign(Buffer.from(body).toString('utf8'), timestamp) : options.signature;
  if (signature !== null) headers['x-slack-signature'] = signature;
  const res = await fetch(`${server.url}/slack/events`, { method: 'POST', headers, body });
  return { status: res.status, body: await res.text() };
}

let sequence = 0;

/** A `/partner` slash command as Slack posts it (form-encoded); the answer goes to the response_url keyed `key`. */
export function slashCommand(slack: FakeSlack, who: Who, text: string, key = `command-${++sequence}`): string {
  return new URLSearchParams({
    token: 'legacy-verification-token', team_id: who.team, team_domain: 'example', channel_id: 'C0GENERAL0', channel_name: 'general',
    user_id: who.user, user_name: who.user.toLowerCase(), command: '/partner', text, api_app_id: 'A0PARTNER0',
    response_url: slack.responseUrl(key), trigger_id: `trigger-${++sequence}`,
  }).toString();
}

/** An Events API callback around `event` (JSON). */
export function eventCallback(who: Who, event: unknown): string {
  return JSON.stringify({ token: 'legacy-verification-token', team_id: who.team, api_app_id: 'A0PARTNER0', type: 'event_callback', event_id: `EvHard${++sequence}`, event_time: nowSeconds(), event });
}

/** A direct message to the bot (`message.im`). */
export function directMessage(who: Who, text: string): string {
  const ts = `${1_700_100_000 + ++sequence}.000100`;
  return eventCallback(who, { type: 'message', channel_type: 'im', channel: dmChannel(who), user: who.user, team: who.team, text, ts, event_ts: ts });
}

/** A fresh activity id each time: the redelivery guard skips an id it has seen. */
export function activityId(): string {
  return `hardening-${++sequence}`;
}
