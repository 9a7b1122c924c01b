/* global process */
/**
 * Child process: the minimal Bolt slash-command app, the baseline the Slack door is compared
 * with. An HTTPReceiver that verifies signatures, a `/partner` command that acks and answers
 * "ok" at its response_url. botId/botUserId are given so Bolt never calls auth.test. Plain
 * JavaScript on plain node, like the compiled product.
 */
import bolt from '@slack/bolt';
import { serveParent } from '../child-side.mjs';

const { App, HTTPReceiver, LogLevel } = bolt;
const signingSecret = process.env['BENCH_SLACK_SECRET'] ?? '';
const receiver = new HTTPReceiver({ signingSecret, endpoints: '/slack/events' });
const app = new App({ receiver, token: 'xoxb-bench', botId: 'B0BENCH000', botUserId: 'U0BENCHBOT', logLevel: LogLevel.ERROR });
app.command('/partner', async ({ ack, respond }) => {
  await ack();
  await respond({ response_type: 'ephemeral', text: 'ok' });
});
const server = await app.start({ port: 0, host: '127.0.0.1' });
serveParent({
  ready: { url: `http://127.0.0.1:${server.address().port}` },
  stop: async () => {
    server.closeAllConnections();
    await app.stop();
  },
});
