import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { TurnContext } from 'botbuilder';
import type { Server } from 'restify';
import { createLogger } from '../../../src/logging.js';
import { createServer, type RawHandler } from '../../../src/server.js';
import { exchange } from '../support/conversation.js';
import { FakeConnector } from '../support/fake-connector.js';
import { stranger, teamsMessage } from '../support/teams-activities.js';
import { startTestServer, useTeamsServer, type TestServer } from '../support/test-server.js';

const harness = useTeamsServer();
let server: TestServer;
let connector: FakeConnector;

beforeAll(() => {
  server = harness.server();
  connector = harness.connector();
});

const postRaw = (body: string | Buffer, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  fetch(`${server.url}/api/messages`, { method: 'POST', headers, body });

/** The server still works: health check and a real turn. */
async function stillAnswers(): Promise<void> {
  expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  expect(await exchange(server, connector, teamsMessage({ serviceUrl: connector.url, user: stranger, text: 'help' }))).toHaveLength(1);
}

describe('the HTTP server', () => {
  it('answers GET /healthz and GET /readyz', async () => {
    const health = await fetch(`${server.url}/healthz`);
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  });

  it('answers malformed JSON with 400, not 500, and keeps working', async () => {
    const res = await postRaw('{"type": "message", ');
    expect(res.status).toBe(400);
    await stillAnswers();
  });

  it('answers a body over MAX_BODY_BYTES with 413 and keeps working', async () => {
    const huge = JSON.stringify({ ...teamsMessage({ serviceUrl: connector.url, user: stranger, text: 'x'.repeat(300 * 1024) }) });
    const before = connector.sent.length;
    const res = await postRaw(huge);
    expect(res.status).toBe(413);
    expect(connector.sent.length).toBe(before);
    await stillAnswers();
  });

  it.each([
    ['a JSON array', '[]'],
    ['a JSON string', '"hello"'],
    ['an object without a type', JSON.stringify({ text: 'hi' })],
    ['an activity without serviceUrl', JSON.stringify({ ...teamsMessage({ serviceUrl: 'x', user: stranger, text: 'hi' }), serviceUrl: undefined })],
    ['an activity with a file: serviceUrl', JSON.stringify(teamsMessage({ serviceUrl: 'file:///etc/passwd', user: stranger, text: 'hi' }))],
  ])('answers %s with 400 and sends nothing', async (_name, body) => {
    const before = connector.sent.length;
    const res = await postRaw(body);
    expect(res.status).toBe(400);
    expect(connector.sent.length).toBe(before);
  });

  it('refuses a gzip-encoded body (its inflated size would be unbounded)', async () => {
    const body = gzipSync(JSON.stringify(teamsMessage({ serviceUrl: connector.url, user: stranger, text: 'help' })));
    const res = await postRaw(body, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    expect(res.status).toBe(415);
  });

  it('has no Slack endpoint when Slack is not configured', async () => {
    const res = await fetch(`${server.url}/slack/events`, { method: 'POST', body: 'token=x' });
    expect(res.status).toBe(404);
    expect(server.logs()).toContain('"slack":"off"');
  });
});

describe('createServer with a Slack handler and a store that is not open', () => {
  let http: Server;
  let url: string;
  const seen: { contentType?: string; sha256: string }[] = [];
  const slack: RawHandler = async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    seen.push({ ...(req.headers['content-type'] ? { contentType: req.headers['content-type'] } : {}), sha256: createHash('sha256').update(Buffer.concat(chunks)).digest('hex') });
    res.statusCode = 200;
    res.end('');
  };

  beforeAll(async () => {
    const adapter = { handle: async () => ({ status: 200 }) };
    const bot = { run: async (_context: TurnContext) => undefined };
    http = createServer({ config: { maxBodyBytes: 1024 }, adapter, bot, logger: createLogger({ level: 'silent' }), slack, isReady: () => false });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => http.close(() => resolve()));
  });

  it('hands POST /slack/events the exact raw bytes, JSON or form, whatever their size', async () => {
    const bodies = ['{ "type" :"url_verification",  "challenge":"x" }\n', 'payload=%7B%22type%22%3A%22block_actions%22%7D&x=1', `{"pad":"${'y'.repeat(4096)}"}`];
    for (const [i, body] of bodies.entries()) {
      const contentType = i === 1 ? 'application/x-www-form-urlencoded' : 'application/json';
      const res = await fetch(`${url}/slack/events`, { method: 'POST', headers: { 'content-type': contentType }, body });
      expect(res.status).toBe(200);
    }
    expect(seen.map((s) => s.sha256)).toEqual(bodies.map((b) => createHash('sha256').update(b).digest('hex')));
  });

  it('answers GET /readyz with 503 while the store is not open', async () => {
    const res = await fetch(`${url}/readyz`);
    expect([res.status, await res.json()]).toEqual([503, { status: 'not-ready' }]);
  });
});

describe('the server with Slack configured', () => {
  let withSlack: TestServer;
  beforeAll(async () => {
    withSlack = await startTestServer({ env: { SLACK_SIGNING_SECRET: 'test-signing-secret', SLACK_BOT_TOKEN: 'xoxb-test', SLACK_API_URL: 'http://127.0.0.1:9/api/' } });
  });
  afterAll(async () => {
    await withSlack?.close();
  });

  it('routes POST /slack/events to the Slack endpoint, which refuses an unsigned request', async () => {
    const res = await fetch(`${withSlack.url}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 'url_verification', challenge: 'c' }) });
    expect(res.status).toBe(401);
    expect(withSlack.logs()).toContain('"slack":"on"');
  });
});
