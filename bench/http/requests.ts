import { createHmac } from 'node:crypto';
import type autocannon from 'autocannon';
import { CONTOSO, poolAad, poolSlackUser } from '../bench-users.js';

/**
 * What autocannon sends: a Teams message activity or a signed `/partner` slash command, rebuilt
 * for every request (`setupRequest`) so that each one is new: a unique activity id (the bot drops
 * redelivered ids), a unique trigger_id, a fresh Slack timestamp and signature, and the next user
 * of the pool (the per-user rate limit).
 */

export const TEAMS_TEXT = 'how many incidents for gold?';
export const SLACK_TEXT = 'help';

const BOT = { id: '28:partner-support-bot', name: 'Partner Support' };
let sequence = 0;
/** The next pool user: counts on across runs, so every user's turns stay spread out in time. */
let speaker = 0;

/** A Teams message from the n-th pool user, with replies going to `serviceUrl`. */
export function teamsActivity(n: number, serviceUrl: string): Record<string, unknown> {
  const aad = poolAad(n);
  return {
    type: 'message',
    id: `bench-${process.pid}-${++sequence}`,
    channelId: 'msteams',
    serviceUrl,
    timestamp: new Date().toISOString(),
    locale: 'en-US',
    from: { id: `29:${aad}`, name: `Bench User ${n}`, aadObjectId: aad },
    recipient: BOT,
    conversation: { id: `a:1personal-${aad}`, conversationType: 'personal', tenantId: CONTOSO.teamsTenant },
    channelData: { tenant: { id: CONTOSO.teamsTenant } },
    textFormat: 'plain',
    text: TEAMS_TEXT,
  };
}

/** Slack's request signature: v0=HMAC-SHA256(secret, `v0:${ts}:${body}`). */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** The form body of `/partner <text>` from the n-th pool user, answered at `responseUrl`. */
export function slackCommand(n: number, responseUrl: string): string {
  const user = poolSlackUser(n);
  return new URLSearchParams({
    token: 'legacy-verification-token', team_id: CONTOSO.slackTeam, team_domain: 'contoso', channel_id: 'C0GENERAL0', channel_name: 'general',
    user_id: user, user_name: user.toLowerCase(), command: '/partner', text: SLACK_TEXT, api_app_id: 'A0PARTNER0', is_enterprise_install: 'false',
    response_url: responseUrl, trigger_id: `bench.${process.pid}.${++sequence}`,
  }).toString();
}

/** The one request autocannon repeats against a Teams target. */
export function teamsRequest(serviceUrl: string): autocannon.Request {
  return {
    method: 'POST',
    path: '/api/messages',
    setupRequest: (request) => ({ ...request, headers: { 'content-type': 'application/json' }, body: JSON.stringify(teamsActivity(speaker++, serviceUrl)) }),
  };
}

/** The one request autocannon repeats against a Slack target. */
export function slackRequest(secret: string, responseUrl: string): autocannon.Request {
  return {
    method: 'POST',
    path: '/slack/events',
    setupRequest: (request) => {
      const body = slackCommand(speaker++, responseUrl);
      const timestamp = Math.floor(Date.now() / 1000);
      const headers = { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': slackSignature(secret, timestamp, body) };
      return { ...request, headers, body };
    },
  };
}
