import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { TurnContext } from 'botbuilder';
import { ConnectorClients } from '../../../src/channels/teams/connector-clients.js';
import { createTeamsAdapter } from '../../../src/channels/teams/teams-adapter.js';
import { createLogger } from '../../../src/logging.js';
import { FakeConnector } from '../support/fake-connector.js';
import { memoryStateStore } from '../support/memory-state.js';
import { stranger, teamsMessage } from '../support/teams-activities.js';

describe('Teams: one connector client per service URL, reused by every turn', () => {
  let connectors: FakeConnector[];
  const adapter = createTeamsAdapter({
    config: { teams: { appType: 'MultiTenant', allowUnauthenticatedNetwork: false } },
    logger: createLogger({ level: 'silent' }),
    store: memoryStateStore(),
    bot: { handleTurnError: async () => undefined },
  });

  beforeAll(async () => {
    connectors = await Promise.all([FakeConnector.start(), FakeConnector.start()]);
  });
  afterAll(async () => Promise.all(connectors.map((c) => c.close())));

  /** Runs one turn that replies, and returns the connector client the turn was given. */
  async function turnVia(connector: FakeConnector, text: string, key: symbol = adapter.ConnectorClientKey): Promise<unknown> {
    let client: unknown;
    const logic = async (context: TurnContext) => {
      client = context.turnState.get(key);
      await context.sendActivity(`echo ${text}`);
    };
    const response = await adapter.handle({ body: teamsMessage({ serviceUrl: connector.url, user: stranger, text }) }, logic);
    expect(response.status).toBe(200);
    return client;
  }

  it('gives turns to the same service URL the same client, and they still reach the channel', async () => {
    const [a, b] = connectors as [FakeConnector, FakeConnector];
    const first = await turnVia(a, 'one');
    const second = await turnVia(a, 'two');
    expect(first).toBeDefined();
    expect(second).toBe(first);
    expect(a.messages().map((m) => m.text)).toEqual(['echo one', 'echo two']);

    const other = await turnVia(b, 'three');
    expect(other).not.toBe(first);
    expect(b.messages().map((m) => m.text)).toEqual(['echo three']);
    expect(adapter.connectorClients.size).toBe(2);
  });

  it('gives every turn of the app the same user token client (CloudAdapter built one per turn)', async () => {
    const [a, b] = connectors as [FakeConnector, FakeConnector];
    const first = await turnVia(a, 'four', adapter.UserTokenClientKey);
    expect(first).toBeDefined();
    expect(await turnVia(b, 'five', adapter.UserTokenClientKey)).toBe(first);
  });
});

describe('ConnectorClients', () => {
  /** A factory shaped like botbuilder's (it carries its app id) that counts the clients it builds. */
  function countingFactory(fail = 0) {
    const built: string[] = [];
    let failures = fail;
    const factory = {
      appId: 'app-1',
      create: async (serviceUrl: string) => {
        if (failures-- > 0) throw new Error('credentials unavailable');
        built.push(serviceUrl);
        return { serviceUrl } as never;
      },
    };
    return { factory, built };
  }

  it('keeps at most `max` clients, dropping the oldest', async () => {
    const clients = new ConnectorClients(2);
    const { factory, built } = countingFactory();
    const reused = clients.reuse(factory);
    for (const url of ['https://a', 'https://b', 'https://a', 'https://c', 'https://a']) await reused.create(url);
    expect(built).toEqual(['https://a', 'https://b', 'https://c', 'https://a']);
    expect(clients.size).toBe(2);
  });

  it('does not remember a client that failed to build', async () => {
    const clients = new ConnectorClients();
    const { factory, built } = countingFactory(1);
    await expect(clients.reuse(factory).create('https://a')).rejects.toThrow('credentials unavailable');
    await expect(clients.reuse(factory).create('https://a')).resolves.toEqual({ serviceUrl: 'https://a' });
    expect(built).toEqual(['https://a']);
  });

  it('keeps clients apart by app id and audience, and leaves a factory that does not name its app id alone', async () => {
    const clients = new ConnectorClients();
    const { factory, built } = countingFactory();
    await clients.reuse(factory).create('https://a', 'aud-1');
    await clients.reuse(factory).create('https://a', 'aud-2');
    const app2 = { ...factory, appId: 'app-2' };
    const noApp = { ...factory, appId: undefined };
    await clients.reuse(app2).create('https://a', 'aud-1');
    await clients.reuse(noApp).create('https://a', 'aud-1');
    expect(built).toHaveLength(4);
    const anonymous = { create: factory.create };
    expect(clients.reuse(anonymous)).toBe(anonymous);
  });
});
