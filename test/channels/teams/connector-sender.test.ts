import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Activity, TurnContext } from 'botbuilder';
import { ClaimsIdentity, MicrosoftAppCredentials, type ServiceClientCredentials } from 'botframework-connector';
import { createBotAuthentication } from '../../../src/channels/teams/bot-authentication.js';
import { ConnectorError, ConnectorSender, replyTarget, type ReplyTarget } from '../../../src/channels/teams/connector-sender.js';
import { createTeamsAdapter } from '../../../src/channels/teams/teams-adapter.js';
import { loadConfig, type Config } from '../../../src/config.js';
import { createLogger } from '../../../src/logging.js';
import { CHANNEL_ISSUER, FakeOpenId } from '../support/fake-openid.js';
import { memoryStateStore } from '../support/memory-state.js';
import { stranger, teamsMessage } from '../support/teams-activities.js';

/** One request as it reached the wire. */
interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

type Reply = (seen: Seen, res: ServerResponse) => void;

/** Plain node:http calls only: restify, loaded by other suites in this process, replaces ServerResponse.prototype.writeHead. */
function answer(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.statusCode = status;
  for (const [name, value] of Object.entries({ 'content-type': 'application/json', ...headers })) res.setHeader(name, value);
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}
const ok: Reply = (_seen, res) => answer(res, 200, { id: `sent-${Math.random()}` });

/** A connector (or token endpoint) on loopback that records raw requests and answers as scripted. */
class Wire {
  readonly seen: Seen[] = [];
  readonly script: Reply[] = [];
  private readonly server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const seen = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      this.seen.push(seen);
      (this.script.shift() ?? ok)(seen, res);
    });
  });

  static async start(): Promise<Wire> {
    const wire = new Wire();
    await new Promise<void>((resolve) => wire.server.listen(0, '127.0.0.1', resolve));
    return wire;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

const fast = new ConnectorSender({ retries: 3, delayMs: 2, maxDelayMs: 8 });
const anonymous = createBotAuthentication({ appType: 'MultiTenant', allowUnauthenticatedNetwork: false });

/** The ConnectorClient botbuilder builds for a turn (development mode: no app id). */
async function botbuilderClient(serviceUrl: string) {
  return anonymous.createConnectorFactory(new ClaimsIdentity([{ type: 'aud', value: '' }, { type: 'appid', value: '' }])).create(serviceUrl, undefined);
}

/** Replies of every shape the bot sends, plus fields botbuilder's serializer drops or converts. */
function replies(): Partial<Activity>[] {
  // As the bot sends them: loosely typed (botbuilder's ConversationAccount wants a name Teams does not always give).
  const conversation = { id: '19:abc/def ghi?j#k;messageid=1650000000000', conversationType: 'channel', tenantId: 't-1', isGroup: true };
  const account = { id: '29:user', name: '민지 Kim', aadObjectId: 'a11ce000-0000-4000-8000-000000000001', role: 'user' };
  const shapes: unknown[] = [
    { type: 'message', text: 'hello', textFormat: 'markdown', locale: 'ko-KR', conversation, from: { id: '28:bot', name: 'Bot' }, recipient: account, replyToId: '1:reply/to?id', channelId: 'msteams', serviceUrl: 'x' },
    { type: 'typing', conversation, recipient: account, channelId: 'msteams' },
    // Null and undefined fields at the top, an empty list, fields in another order than the schema's.
    { text: null, speak: undefined, attachments: [], type: 'message', conversation, inputHint: null, localTimestamp: null },
    {
      type: 'message',
      conversation: { ...conversation, id: 'a:1personal' },
      summary: 'Benefits',
      attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: '→ ✓', wrap: true }], actions: [{ type: 'Action.Submit', title: 'Yes', data: { choice: 'yes' } }] } }],
      entities: [{ type: 'mention', text: '<at>x</at>', mentioned: { id: '1', name: 'x', extra: 'dropped' } } as never],
      channelData: { tenant: { id: 't-1' }, nested: { none: null } },
      timestamp: new Date('2026-11-30T10:00:00.123Z'),
      rawTimestamp: '2026-11-30T10:00:00.123Z',
      notInTheSchema: 1,
      from: { ...account, extra: 'dropped', properties: { kept: true } } as never,
      value: { choice: 'yes', gone: undefined },
    },
  ];
  return shapes as Partial<Activity>[];
}

describe('ConnectorSender: what reaches the connector is what botbuilder sent', () => {
  let wire: Wire;
  beforeAll(async () => {
    wire = await Wire.start();
  });
  afterAll(async () => wire.close());

  it.each(['', '/', '/teams-bot', '/teams-bot/', '/amer/'])('same method, URL, body and no token, service URL path %j', async (path) => {
    const serviceUrl = `${wire.url}${path}`;
    const client = await botbuilderClient(serviceUrl);
    const target = replyTarget(client);
    expect(target).toBeDefined();
    // Fresh copies for each side (botbuilder deletes and sets fields on what it sends).
    for (const [i, activity] of replies().entries()) {
      wire.seen.length = 0;
      const copy = replies()[i] as Activity;
      const before = activity.replyToId ? await client.conversations.replyToActivity(copy.conversation.id, copy.replyToId!, copy) : await client.conversations.sendToConversation(copy.conversation.id, copy);
      const now = await fast.send(target!, activity);
      const [old, ours] = wire.seen as [Seen, Seen];
      expect(ours.method).toBe(old.method);
      expect(ours.url).toBe(old.url);
      expect(ours.body).toBe(old.body);
      expect(ours.headers['content-type']).toBe(old.headers['content-type']);
      expect(ours.headers.authorization).toBeUndefined();
      expect(old.headers.authorization).toBeUndefined();
      expect(now.id).toMatch(/^sent-/);
      expect(before.id).toMatch(/^sent-/);
    }
  });

  it('refuses a wrongly typed field as botbuilder did, before anything is sent', async () => {
    const client = await botbuilderClient(wire.url);
    const bad = { type: 'message', text: 42, conversation: { id: 'c' } } as unknown as Activity;
    wire.seen.length = 0;
    const old = await client.conversations.sendToConversation('c', bad).catch((e: Error) => e);
    const ours = await fast.send(replyTarget(client)!, bad).catch((e: Error) => e);
    expect(ours).toBeInstanceOf(Error);
    expect((ours as Error).message).toBe((old as Error).message);
    expect(wire.seen).toHaveLength(0);
  });
});

describe('ConnectorSender: retries and errors as ms-rest handled them', () => {
  let wire: Wire;
  let target: ReplyTarget;
  const message: Partial<Activity> = { type: 'message', text: 'hi', conversation: { id: 'c-1' } as never };
  const status = (code: number, body: unknown = {}, headers: Record<string, string> = {}): Reply => (_s, res) => answer(res, code, body, headers);
  const hangUp: Reply = (_s, res) => res.socket?.destroy();

  beforeAll(async () => {
    wire = await Wire.start();
    target = replyTarget(await botbuilderClient(wire.url))!;
  });
  afterAll(async () => wire.close());

  it('retries 5xx, 408, throttling and dropped connections, then delivers once', async () => {
    wire.seen.length = 0;
    wire.script.push(status(503), status(408), hangUp);
    await expect(fast.send(target, message)).resolves.toEqual({ id: expect.stringMatching(/^sent-/) });
    expect(wire.seen).toHaveLength(4);
    wire.script.push(status(429, {}, { 'retry-after': '0' }));
    await fast.send(target, message);
    expect(wire.seen).toHaveLength(6);
  });

  it('gives up after 3 retries with the connector\'s status and error, and never retries 4xx, 501 or 505', async () => {
    wire.seen.length = 0;
    wire.script.push(...Array.from({ length: 4 }, () => status(500, { error: { code: 'ServiceError', message: 'upstream down' } })));
    await expect(fast.send(target, message)).rejects.toMatchObject({ name: 'ConnectorError', statusCode: 500, code: 'ServiceError', message: 'upstream down' });
    expect(wire.seen).toHaveLength(4);
    for (const code of [403, 404, 429, 501, 505]) {
      wire.seen.length = 0;
      wire.script.push(status(code, { error: { code: 'BotNotInConversationRoster', message: 'not in roster' } }));
      const failure = await fast.send(target, message).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(ConnectorError);
      expect(failure).toMatchObject({ statusCode: code, code: 'BotNotInConversationRoster' });
      expect(wire.seen).toHaveLength(1);
    }
  });

  it('rejects (no crash) when the connector cannot be reached at all', async () => {
    const closed = await Wire.start();
    const url = closed.url;
    await closed.close();
    const unreachable = replyTarget(await botbuilderClient(url))!;
    await expect(fast.send(unreachable, message)).rejects.toMatchObject({ name: 'ConnectorError', code: 'ECONNREFUSED' });
  });
});

/**
 * Reply credentials as botbuilder builds them (MicrosoftAppCredentials: its signRequest decides
 * whether a token goes on the request), the token fetched from a fake endpoint instead of Entra.
 */
class LoopbackCredentials extends MicrosoftAppCredentials {
  constructor(appId: string, private readonly tokenUrl: string) {
    super(appId, 'not-a-real-secret', 'tenant');
  }

  override async getToken(): Promise<string> {
    const answer = (await (await fetch(this.tokenUrl, { method: 'POST' })).json()) as { access_token: string };
    return answer.access_token;
  }
}

/** Counts what goes through it, so a test can tell the adapter used it (botbuilder's client would deliver too). */
class CountingSender extends ConnectorSender {
  sent = 0;

  override async send(...args: Parameters<ConnectorSender['send']>): ReturnType<ConnectorSender['send']> {
    this.sent += 1;
    return super.send(...args);
  }
}

describe('Teams adapter: replies over ConnectorSender, with an app id', () => {
  const sender = new CountingSender({ retries: 3, delayMs: 2, maxDelayMs: 8 });
  const APP_ID = '00000000-0000-4000-8000-00000000b07b';
  const ACCESS_ID = '5b9c1e2a-3f4d-4e5f-8a6b-7c8d9e0f1a2b';
  const CONTRACT_ID = '1234567890';
  let connector: Wire;
  let tokens: Wire;
  let openId: FakeOpenId;
  const lines: string[] = [];
  let adapter: ReturnType<typeof createTeamsAdapter>;

  beforeAll(async () => {
    [connector, tokens, openId] = await Promise.all([Wire.start(), Wire.start(), FakeOpenId.start()]);
    tokens.script.push(...Array.from({ length: 5 }, () => status({ access_token: 'token-from-the-fake-endpoint', expires_in: 3600 })));
    const teams: Config['teams'] = { appId: APP_ID, appPassword: 'not-a-real-secret', appType: 'MultiTenant', openIdMetadata: openId.metadataUrl, allowUnauthenticatedNetwork: false };
    const credentials = {
      isValidAppId: async (id: string) => id === APP_ID,
      isAuthenticationDisabled: async () => false,
      createCredentials: async (id: string): Promise<ServiceClientCredentials> => new LoopbackCredentials(id, tokens.url),
    };
    adapter = createTeamsAdapter({
      config: { teams },
      logger: createLogger({ level: 'debug', destination: { write: (line: string) => void lines.push(line) } }),
      store: memoryStateStore(),
      bot: { handleTurnError: async () => undefined },
      sender,
      credentials: credentials as never,
    });
  });
  afterAll(async () => Promise.all([connector.close(), tokens.close(), openId.close()]));

  function status(body: unknown): Reply {
    return (_s, res) => answer(res, 200, body);
  }

  async function turn(text: string): Promise<number> {
    const activity = teamsMessage({ serviceUrl: connector.url, user: stranger, text });
    const authorization = `Bearer ${openId.token({ iss: CHANNEL_ISSUER, aud: APP_ID, serviceurl: connector.url })}`;
    const echo = async (context: TurnContext) => {
      await context.sendActivity(`you said ${context.activity.text ?? ''}`);
    };
    return (await adapter.handle({ body: activity, authorization }, echo)).status;
  }

  it('sends the token of the app\'s credentials in the Authorization header', async () => {
    connector.seen.length = 0;
    expect(await turn('hello')).toBe(200);
    expect(connector.seen).toHaveLength(1);
    expect(connector.seen[0]!.headers.authorization).toBe('Bearer token-from-the-fake-endpoint');
    expect(JSON.parse(connector.seen[0]!.body)).toMatchObject({ type: 'message', text: 'you said hello' });
    expect(tokens.seen).toHaveLength(1);
    expect(sender.sent).toBe(1);
  });

  it('logs a reply the connector keeps failing (5xx) as a failed turn, without the IDs it carried', async () => {
    connector.seen.length = 0;
    const echoing: Reply = (seen, res) => answer(res, 502, { error: { code: 'BadGateway', message: `could not deliver ${seen.body}` } });
    connector.script.push(echoing, echoing, echoing, echoing);
    expect(await turn(`access id ${ACCESS_ID} contract ${CONTRACT_ID}`)).toBe(200);
    expect(connector.seen).toHaveLength(4);
    const log = lines.join('');
    expect(log).toContain('"msg":"turn failed"');
    expect(log).toContain('"statusCode":502');
    expect(log).not.toContain(ACCESS_ID);
    expect(log).not.toContain(CONTRACT_ID);
    expect(log).not.toContain('token-from-the-fake-endpoint');
    expect(log).not.toContain('not-a-real-secret');
  });
});

describe('Teams adapter behind an outbound proxy', () => {
  it('reads HTTPS_PROXY, HTTP_PROXY and ALL_PROXY (either case) into the configuration', () => {
    expect(loadConfig({}).teams.outboundProxy).toBeUndefined();
    for (const name of ['HTTPS_PROXY', 'http_proxy', 'ALL_PROXY']) expect(loadConfig({ [name]: 'http://proxy.example:3128' }).teams.outboundProxy).toBe(true);
  });

  it('leaves replies to botbuilder\'s client, which honours the proxy variables', async () => {
    const connector = await Wire.start();
    const sender = new CountingSender();
    const adapter = createTeamsAdapter({
      config: { teams: { appType: 'MultiTenant', allowUnauthenticatedNetwork: false, outboundProxy: true } },
      logger: createLogger({ level: 'silent' }),
      store: memoryStateStore(),
      bot: { handleTurnError: async () => undefined },
      sender,
    });
    const echo = async (context: TurnContext) => {
      await context.sendActivity('via botbuilder');
    };
    expect((await adapter.handle({ body: teamsMessage({ serviceUrl: connector.url, user: stranger, text: 'hi' }) }, echo)).status).toBe(200);
    expect(connector.seen.map((s) => JSON.parse(s.body).text)).toEqual(['via botbuilder']);
    expect(sender.sent).toBe(0);
    await connector.close();
  });
});
