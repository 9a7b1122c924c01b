import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from '../../../src/config.js';
import { isLoopbackHost, isLoopbackUrl } from '../../../src/loopback.js';
import { FakeConnector } from '../support/fake-connector.js';
import { stranger, teamsMessage } from '../support/teams-activities.js';
import { removeTempDirs, startTestServer, tempDir, type TestServer } from '../support/test-server.js';

/**
 * Development mode (no MicrosoftAppId) checks no tokens, so it stays on this machine: it will
 * not listen beyond loopback without a loud opt-out, it refuses requests whose Host is not a
 * loopback name (DNS rebinding from a web page), and it replies only to loopback serviceUrls
 * (the Access ID and Contract ID must never be POSTed to a URL a caller names).
 */
let connector: FakeConnector;
let server: TestServer;
let network: TestServer;

beforeAll(async () => {
  connector = await FakeConnector.start();
  server = await startTestServer();
  network = await startTestServer({ env: { ALLOW_UNAUTHENTICATED_NETWORK: 'true' } });
});

afterAll(async () => {
  await server?.close();
  await network?.close();
  await connector?.close();
  await removeTempDirs();
});

/** POST with a chosen Host header (fetch does not let a caller set it; a browser after DNS rebinding does). */
function postWithHost(url: string, host: string, body: unknown): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/api/messages`, { method: 'POST', headers: { host, 'content-type': 'application/json' } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

const ask = (serviceUrl: string) => teamsMessage({ serviceUrl, user: stranger, text: 'show our access id', conversationId: `a:1dev-${Math.random()}` });

describe('configuration', () => {
  it.each(['0.0.0.0', '::', '10.1.2.3', 'bot.example.com'])('refuses HOST=%s without an app id', (host) => {
    expect(() => loadConfig({ HOST: host })).toThrow(ConfigError);
    expect(() => loadConfig({ HOST: host })).toThrow(/HOST: without MicrosoftAppId .* loopback only/);
  });

  it.each(['127.0.0.1', 'localhost', '::1'])('accepts HOST=%s in development mode', (host) => {
    expect(loadConfig({ HOST: host }).teams.allowUnauthenticatedNetwork).toBe(false);
  });

  it('accepts a network HOST with an app id, or with ALLOW_UNAUTHENTICATED_NETWORK=true', () => {
    expect(loadConfig({ HOST: '0.0.0.0', MicrosoftAppId: 'app', MicrosoftAppPassword: 'secret', MicrosoftAppTenantId: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee' }).host).toBe('0.0.0.0');
    expect(loadConfig({ HOST: '0.0.0.0', ALLOW_UNAUTHENTICATED_NETWORK: 'true' }).teams.allowUnauthenticatedNetwork).toBe(true);
    expect(() => loadConfig({ HOST: '0.0.0.0', ALLOW_UNAUTHENTICATED_NETWORK: 'yes' })).toThrow(/ALLOW_UNAUTHENTICATED_NETWORK/);
  });

  it('npm start with HOST=0.0.0.0 and no app id exits 1 without listening', async () => {
    const root = fileURLToPath(new URL('../../../', import.meta.url));
    const child = spawn(join(root, 'node_modules', '.bin', 'tsx'), ['src/main.ts'], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', HOST: '0.0.0.0', PORT: '0', DATA_FILE: join(await tempDir(), 'db.json') },
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(out).toContain('HOST: without MicrosoftAppId');
    expect(out).not.toContain('listening');
  });
});

describe('loopback names', () => {
  it.each([['localhost', true], ['127.0.0.1', true], ['127.8.9.10', true], ['::1', true], ['[::1]', true], ['0.0.0.0', false], ['localhost.evil.example', false], ['127.0.0.1.nip.io', false], ['10.0.0.1', false]])('%s -> %s', (host, loopback) => {
    expect(isLoopbackHost(host)).toBe(loopback);
  });

  it.each([['http://localhost:5000/', true], ['http://127.0.0.1:1/x', true], ['http://[::1]:2/', true], ['https://smba.trafficmanager.net/emea/', false], ['http://localhost@evil.example/', false], ['file:///etc/passwd', false]])('serviceUrl %s -> %s', (url, loopback) => {
    expect(isLoopbackUrl(url)).toBe(loopback);
  });
});

describe('a development-mode server on loopback', () => {
  it('answers a loopback Host (the control)', async () => {
    const before = connector.sent.length;
    expect(await postWithHost(server.url, `localhost:${new URL(server.url).port}`, ask(connector.url))).toBe(200);
    expect(connector.sent.length).toBeGreaterThan(before);
  });

  it.each(['evil.example', `evil.example:${3978}`, '192.168.1.20', 'localhost.evil.example'])('refuses Host %j with 403 and sends nothing', async (host) => {
    const before = connector.sent.length;
    expect(await postWithHost(server.url, host, ask(connector.url))).toBe(403);
    expect(connector.sent.length).toBe(before);
  });

  it('refuses a non-loopback serviceUrl with 400: the IDs are never POSTed where a caller says', async () => {
    const before = connector.sent.length;
    const res = await server.post(ask('https://collector.evil.example/'));
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ code: 'BadRequest', message: 'development mode: serviceUrl must be loopback' });
    expect(connector.sent.length).toBe(before);
    expect(server.logs()).toContain('development mode replies to loopback serviceUrls only');
    expect(server.logs()).not.toContain('collector.evil.example');
  });

  it('with ALLOW_UNAUTHENTICATED_NETWORK=true, any Host is accepted but serviceUrls stay loopback', async () => {
    expect(await postWithHost(network.url, 'bot.lan.example', ask(connector.url))).toBe(200);
    expect((await network.post(ask('https://collector.evil.example/'))).status).toBe(400);
  });
});
