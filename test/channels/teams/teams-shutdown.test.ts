import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { StoreError } from '../../../src/core/errors.js';
import { FakeConnector } from '../support/fake-connector.js';
import { stranger, teamsMessage } from '../support/teams-activities.js';
import { removeTempDirs, startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let connector: FakeConnector;

beforeAll(async () => {
  connector = await FakeConnector.start();
  server = await startTestServer();
});

afterAll(async () => {
  connector?.release();
  await server?.close();
  await connector?.close();
  await removeTempDirs();
});

describe('stopping the server', () => {
  it('stops accepting, lets the turn in flight finish, then closes the store', async () => {
    connector.hold();
    const inFlight = server.post(teamsMessage({ serviceUrl: connector.url, user: stranger, text: 'help' }));
    await connector.waiting(1); // the turn is sending its reply

    let closed = false;
    const closing = server.close().then(() => (closed = true));
    await expect(fetch(`${server.url}/healthz`, { headers: { connection: 'close' } })).rejects.toThrow();
    expect(closed).toBe(false);

    connector.release();
    expect((await inFlight).status).toBe(200);
    await closing;
    expect(connector.messages()).toHaveLength(1);
    await expect(server.app.store.writeState({ after: { value: {} } })).rejects.toThrow(StoreError);
  });
});
