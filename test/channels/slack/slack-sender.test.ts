import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sendReply } from '../../../src/channels/slack/slack-sender.js';

/** A response_url on loopback: records what it is sent, answers with the status the path names. */
let server: Server;
let base: string;
const received: { path: string; contentType?: string; body: unknown }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ path: req.url ?? '', ...(req.headers['content-type'] ? { contentType: req.headers['content-type'] } : {}), body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
      res.statusCode = Number(/\/status\/(\d+)/.exec(req.url ?? '')?.[1] ?? 200);
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const noClient = { chat: {} as never };
const to = (url: string) => ({ user: 'U1', private: true, route: { via: 'response_url' as const, url, responseType: 'ephemeral' as const } });

describe('sendReply to a response_url', () => {
  it('posts each reply as JSON', async () => {
    for (const n of [1, 2, 3]) await sendReply(noClient, to(`${base}/respond/${n}`), { text: `answer ${n}` });
    expect(received.slice(-3)).toEqual([1, 2, 3].map((n) => ({ path: `/respond/${n}`, contentType: 'application/json', body: { response_type: 'ephemeral', replace_original: false, text: `answer ${n}` } })));
  });

  it('fails the delivery when Slack answers anything but 2xx, or cannot be reached', async () => {
    await expect(sendReply(noClient, to(`${base}/status/404`), { text: 'x' })).rejects.toMatchObject({ code: 'slack_response_url_failed' });
    await expect(sendReply(noClient, to('http://127.0.0.1:9/respond'), { text: 'x' })).rejects.toThrow();
    await expect(sendReply(noClient, to('ftp://127.0.0.1/respond'), { text: 'x' })).rejects.toMatchObject({ code: 'slack_response_url_failed' });
  });
});
