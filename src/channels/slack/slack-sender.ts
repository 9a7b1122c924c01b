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

/** response_url answers 200 "ok"; anything else is a failed delivery. */
async function postToResponseUrl(url: string, body: Record<string, unknown>): Promise<void> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(10_000) });
  await res.arrayBuffer();
  if (!res.ok) throw Object.assign(new Error(`response_url answered ${res.status}`), { code: 'slack_response_url_failed' });
}
