import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from '@jest/globals';
import { DEMO } from '../../../src/store/demo-data.js';
import { removeTempDirs, tempDir } from '../support/test-server.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const tsx = join(root, 'node_modules', '.bin', 'tsx');

interface Run {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

/** `npm start` as a real process, with only the given environment (plus PATH and HOME). */
function start(env: Record<string, string>): Run {
  const child = spawn(tsx, ['src/main.ts'], { cwd: root, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env } });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, stdout: () => out, stderr: () => err, exited };
}

/** Resolves with the URL from the "listening" log line. */
async function listeningUrl(run: Run): Promise<string> {
  for (;;) {
    const match = /"url":"(http:\/\/[^"]+)"/.exec(run.stdout());
    if (match?.[1]) return match[1];
    const exited = await Promise.race([run.exited.then(() => true), new Promise<false>((resolve) => setTimeout(() => resolve(false), 100))]);
    if (exited) throw new Error(`server exited before listening:\n${run.stdout()}\n${run.stderr()}`);
  }
}

afterAll(async () => {
  await removeTempDirs();
});

describe('npm start (src/main.ts)', () => {
  it('prints every configuration problem and exits 1', async () => {
    const run = start({ PORT: 'not-a-port', MicrosoftAppType: 'Sometimes', MicrosoftAppId: 'some-app' });
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toContain('invalid configuration');
    expect(run.stderr()).toMatch(/PORT:/);
    expect(run.stderr()).toMatch(/MicrosoftAppType:/);
    expect(run.stderr()).toMatch(/MicrosoftAppPassword:/);
  });

  it('starts on a new data file with the demo data, warns about development mode, and stops cleanly on SIGTERM', async () => {
    const dataFile = join(await tempDir(), 'data', 'db.json');
    const run = start({ PORT: '0', HOST: '127.0.0.1', DATA_FILE: dataFile, LOG_LEVEL: 'info' });
    try {
      const url = await listeningUrl(run);
      expect(await (await fetch(`${url}/healthz`)).json()).toEqual({ status: 'ok' });
      expect(run.stdout()).toContain('DEVELOPMENT MODE');
      expect(run.stdout()).toContain('"slack":"off"');
      run.child.kill('SIGTERM');
      expect(await run.exited).toBe(0);
      expect(run.stdout()).toContain('"msg":"stopped"');
      const data = JSON.parse(await readFile(dataFile, 'utf8')) as { orgs: { id: string }[] };
      expect(data.orgs.map((o) => o.id)).toContain(DEMO.orgs.contoso);
    } finally {
      run.child.kill('SIGKILL');
    }
  });
});
