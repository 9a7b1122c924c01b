import { afterAll, beforeAll } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../../src/config.js';
import type { Clock, IdGenerator } from '../../../src/core/ports.js';
import { createLogger } from '../../../src/logging.js';
import { startServer, type RunningServer } from '../../../src/main.js';
import { FakeConnector } from './fake-connector.js';

export interface TestServerOptions {
  /** Environment on top of PORT=0, HOST=127.0.0.1, a temp DATA_FILE and LOG_LEVEL=debug. */
  env?: Record<string, string>;
  /** Reuse a data file (e.g. to restart on the same store); default a new temp file. */
  dataFile?: string;
  clock?: Clock;
  ids?: IdGenerator;
  typing?: { delayMs?: number; periodMs?: number };
}

export interface TestServer extends RunningServer {
  dataFile: string;
  /** Every log line the server wrote so far (JSON lines, as they would reach stdout). */
  logs(): string;
  /** POSTs an activity (JSON) to /api/messages. */
  post(activity: unknown, headers?: Record<string, string>): Promise<Response>;
}

const dirs: string[] = [];

/** The real server (src/main.ts startServer) on 127.0.0.1, a free port, a temp data file, logs captured. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dataFile = options.dataFile ?? join(await tempDir(), 'db.json');
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_FILE: dataFile, LOG_LEVEL: 'debug', ...options.env });
  const lines: string[] = [];
  const logger = createLogger({ level: 'debug', destination: { write: (line: string) => void lines.push(line) } });
  const running = await startServer({
    config,
    logger,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.ids ? { ids: options.ids } : {}),
    typing: options.typing ?? { delayMs: 60_000 },
  });
  return {
    ...running,
    dataFile,
    logs: () => lines.join(''),
    post: (activity, headers = {}) =>
      fetch(`${running.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(activity) }),
  };
}

export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'channel-test-'));
  dirs.push(dir);
  return dir;
}

export async function removeTempDirs(): Promise<void> {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

/**
 * The real server and a fake connector for the tests of one file: started before them, closed
 * (and temp files removed) after. Read them through the getters inside tests.
 */
export function useTeamsServer(options: TestServerOptions = {}): { server: () => TestServer; connector: () => FakeConnector } {
  let server: TestServer | undefined;
  let connector: FakeConnector | undefined;
  beforeAll(async () => {
    connector = await FakeConnector.start();
    server = await startTestServer(options);
  });
  afterAll(async () => {
    await server?.close();
    await connector?.close();
    await removeTempDirs();
  });
  const get = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('used outside a test');
    return value;
  };
  return { server: () => get(server), connector: () => get(connector) };
}
