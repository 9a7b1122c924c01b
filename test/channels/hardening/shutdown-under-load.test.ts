import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { openFileStore } from '../../../src/store/file-store.js';
import { systemClock } from '../../../src/store/ids.js';
import { cardOf, cardText } from '../support/cards.js';
import { FakeConnector } from '../support/fake-connector.js';
import { stranger, teamsMessage, type TeamsUser } from '../support/teams-activities.js';
import { removeTempDirs, tempDir } from '../support/test-server.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** `npm start` as a real process: node with tsx, only the given environment (plus PATH and HOME). */
class ServerProcess {
  private out = '';
  readonly exited: Promise<number | null>;
  private readonly child: ChildProcess;

  constructor(env: Record<string, string>) {
    this.child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: root, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    this.child.stdout?.on('data', (chunk: Buffer) => (this.out += chunk.toString()));
    this.exited = new Promise((resolve) => this.child.once('exit', (code) => resolve(code)));
  }

  /** Resolves with the first match of `pattern` in stdout; rejects if the process exits first. */
  async stdout(pattern: RegExp): Promise<RegExpExecArray> {
    const found = () => pattern.exec(this.out);
    return new Promise((resolve, reject) => {
      const check = () => {
        const match = found();
        if (!match) return;
        this.child.stdout?.off('data', check);
        resolve(match);
      };
      this.child.stdout?.on('data', check);
      void this.exited.then(() => reject(new Error(`exited before printing ${pattern}:\n${this.out}`)));
      check();
    });
  }

  signal(name: NodeJS.Signals): void {
    this.child.kill(name);
  }
}

const TURNS = 30;
/** Replies held at the connector when SIGTERM arrives: turns certainly in flight. */
const HELD = 10;

let connector: FakeConnector;
let server: ServerProcess | undefined;

beforeAll(async () => {
  connector = await FakeConnector.start();
});

afterAll(async () => {
  connector.release();
  server?.signal('SIGKILL');
  await connector.close();
  await removeTempDirs();
});

interface Sent {
  conversationId: string;
  activityId: string;
  status: number | 'failed';
}

/** One partner per turn, each asking for a person in their own chat: every turn files a ticket. */
function askForPeople(url: string): Promise<Sent>[] {
  return Array.from({ length: TURNS }, async (_, i) => {
    const user: TeamsUser = { ...stranger, aadObjectId: randomUUID(), name: `Partner ${i}` };
    const activity = teamsMessage({ serviceUrl: connector.url, user, text: 'I want to talk to a person', id: `load-${i}`, conversationId: `a:1load-${i}` });
    const sent = { conversationId: activity.conversation.id, activityId: activity.id };
    try {
      const res = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
      return { ...sent, status: res.status };
    } catch {
      return { ...sent, status: 'failed' as const };
    }
  });
}

describe('SIGTERM while turns are in flight', () => {
  it('stops accepting, finishes the turns in flight, exits 0, and loses no acknowledged ticket', async () => {
    const dataFile = join(await tempDir(), 'db.json');
    server = new ServerProcess({ PORT: '0', HOST: '127.0.0.1', DATA_FILE: dataFile, LOG_LEVEL: 'info' });
    const [, url = ''] = await server.stdout(/"url":"(http:\/\/[^"]+)"/);

    connector.hold();
    const turns = askForPeople(url);
    await connector.waiting(HELD); // these turns filed their ticket and are sending the reply
    server.signal('SIGTERM');
    await server.stdout(/"msg":"stopping: waiting for turns in flight"/);
    // Still running (replies are held), but no longer accepting.
    await expect(fetch(`${url}/healthz`, { headers: { connection: 'close' } })).rejects.toThrow();
    connector.release();

    expect(await server.exited).toBe(0);
    const sent = await Promise.all(turns);

    // Acknowledged: the partner saw "ticket #N". Each such ticket is in the data file.
    const acknowledged = connector.sent.filter((s) => s.activity.type === 'message').map((s) => ({ ...s, number: Number(/#(\d+)/.exec(cardText(cardOf(s.activity)))?.[1]) }));
    expect(acknowledged.length).toBeGreaterThanOrEqual(HELD);
    const store = await openFileStore({ file: dataFile, clock: systemClock });
    try {
      const tickets = await store.listTickets();
      for (const { conversationId, replyToId, number } of acknowledged) {
        expect(tickets.find((t) => t.id === number)?.sourceKey).toBe(`msteams/${conversationId}/${replyToId}`);
      }
    } finally {
      await store.close();
    }
    // A turn the server answered 200 was acknowledged; the others were refused or cut, never half-done.
    const answered = new Set(acknowledged.map((a) => a.conversationId));
    expect(sent.filter((s) => s.status === 200 && !answered.has(s.conversationId))).toEqual([]);
    expect(sent.filter((s) => s.status !== 200 && s.status !== 503 && s.status !== 'failed')).toEqual([]);
  });
});
