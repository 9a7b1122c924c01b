import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { types as slack, webApi } from '@slack/bolt';
import type { SlackRoute } from './slack-inputs.js';

/** A reply as Slack takes it (chat.postMessage or a response_url body). */
export interface SlackReply {
  text: string;
  blocks?: slack.KnownBlock[];
  /** For the asker's eyes only (a refusal in a shared place): ephemeral, never posted to the channel. */
  personal?: boolean;
}

/** Where a reply goes: the route of the turn, and who asked (for an ephemeral message). */
export interface Destination {
  user: string;
  route: SlackRoute;
  /** The place is private (a DM or an ephemeral reply): nobody else sees it anyway. */
  private: boolean;
}

/**
 * The one place messages leave for Slack: a response_url POST (commands, clicks on ephemeral
 * replies), chat.postMessage (DMs and threads), or chat.postEphemeral (a personal reply in a
 * shared thread). Throws on a failed post, so the turn's error handler sees it.
 */
export async function sendReply(client: Pick<webApi.WebClient, 'chat'>, to: Destination, reply: SlackReply): Promise<void> {
  const { route } = to;
  const content = { text: reply.text, ...(reply.blocks ? { blocks: reply.blocks } : {}) };
  const personal = reply.personal === true && !to.private;
  if (route.via === 'response_url') {
    const responseType = personal ? 'ephemeral' : route.responseType;
    await postToResponseUrl(route.url, { response_type: responseType, replace_original: false, ...content });
    return;
  }
  const thread = route.thread ? { thread_ts: route.thread } : {};
  if (personal) await client.chat.postEphemeral({ channel: route.channel, user: to.user, ...thread, ...content });
  else await client.chat.postMessage({ channel: route.channel, ...thread, ...content });
}

/** How long a response_url post may take (Slack answers in well under a second). */
const RESPONSE_URL_TIMEOUT_MS = 10_000;

/** response_url answers 200 "ok"; anything else is a failed delivery. */
async function postToResponseUrl(url: string, body: Record<string, unknown>): Promise<void> {
  const status = await postJson(new URL(url), JSON.stringify(body));
  if (status < 200 || status > 299) throw Object.assign(new Error(`response_url answered ${status}`), { code: 'slack_response_url_failed' });
}

/**
 * One JSON POST with node:http(s) and their keep-alive agents. Node's fetch (undici, web
 * streams, an AbortSignal timer per request) cost a Slack turn more CPU than the rest of its
 * delivery: 13.6 % of the server's busy time under load in the benchmark's profile.
 */
function postJson(url: URL, body: string): Promise<number> {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return Promise.reject(Object.assign(new Error('response_url is not http(s)'), { code: 'slack_response_url_failed' }));
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<number>((resolve, reject) => {
    const settle = (done: () => void) => {
      clearTimeout(timer);
      done();
    };
    const req = send(url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.on('error', (error) => settle(() => reject(error)));
      res.on('end', () => settle(() => resolve(res.statusCode ?? 0)));
      res.resume();
    });
    const timer = setTimeout(() => req.destroy(Object.assign(new Error('response_url timed out'), { code: 'slack_response_url_failed' })), RESPONSE_URL_TIMEOUT_MS);
    req.on('error', (error) => settle(() => reject(error)));
    req.end(body);
  });
}
