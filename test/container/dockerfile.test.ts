import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from '@jest/globals';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
const compose = readFileSync(join(root, 'compose.yaml'), 'utf8');
const IMAGE = 'partner-support-bot:test';
/** `npm start`'s command (package.json): the node flags production runs with, then the compiled entry point. */
const startCommand = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start.split(/\s+/);

/** The Dockerfile's instructions, continuation lines joined, comments dropped. */
const instructions = dockerfile
  .replace(/\\\n\s*/g, ' ')
  .split('\n')
  .filter((line) => line.trim() && !line.trimStart().startsWith('#'));
const runtimeStage = instructions.slice(instructions.findLastIndex((line) => line.startsWith('FROM ')));

function docker(args: string[], timeoutMs = 60_000) {
  return spawnSync('docker', args, { cwd: root, encoding: 'utf8', timeout: timeoutMs });
}

/** Why the image cannot be built here, or undefined when a docker daemon answers. */
function noDaemon(): string | undefined {
  const info = docker(['info', '--format', '{{.ServerVersion}}'], 15_000);
  if (info.error) return `docker is not installed (${info.error.message})`;
  if (info.status !== 0) return `no docker daemon answers: ${(info.stderr || info.stdout).trim().split('\n').pop() ?? ''}`;
  return undefined;
}

describe('Dockerfile and compose.yaml (read)', () => {
  it('copies only files that exist into the build stage', () => {
    const sources = instructions.filter((line) => line.startsWith('COPY ') && !line.includes('--from=')).flatMap((line) => line.split(/\s+/).slice(1, -1));
    expect(sources.length).toBeGreaterThan(3);
    for (const source of sources) expect([source, existsSync(join(root, source))]).toEqual([source, true]);
  });

  it('runs compiled output as a non-root user, with a health check on /healthz and the data on a volume', () => {
    expect(runtimeStage.filter((line) => line.startsWith('COPY')).join('\n')).not.toMatch(/\bsrc\b|\btest\b/);
    expect(runtimeStage).toContain('USER node');
    expect(runtimeStage.find((line) => line.startsWith('HEALTHCHECK'))).toContain('/healthz');
    expect(runtimeStage).toContain('VOLUME ["/data"]');
    expect(runtimeStage.find((line) => line.startsWith('CMD'))).toBe(`CMD ${JSON.stringify(startCommand).replaceAll(',', ', ')}`);
  });

  it('starts node with the flags of `npm start`, which this node accepts', () => {
    expect(startCommand[0]).toBe('node');
    expect(startCommand.at(-1)).toBe('dist/src/main.js');
    const flags = startCommand.slice(1, -1);
    const run = spawnSync(process.execPath, [...flags, '-e', '0'], { encoding: 'utf8' });
    expect([run.status, run.stderr]).toEqual([0, '']);
  });

  it('compose runs the bot with PostgreSQL through DATABASE_URL', () => {
    expect(compose).toMatch(/DATABASE_URL: postgres:\/\/partner_bot:\$\{POSTGRES_PASSWORD[^}]*\}@db:5432\/partner_bot/);
    expect(compose).toMatch(/image: postgres:\d+/);
    expect(compose).toMatch(/condition: service_healthy/);
  });
});

const reason = noDaemon();
if (reason) console.log(`Skipping the docker image build: ${reason}.`);
const withDocker = reason ? describe.skip : describe;

withDocker('the image (docker build)', () => {
  let container = '';
  afterAll(() => {
    if (container) docker(['rm', '-f', container]);
  });

  it('builds, starts as a non-root user, answers /healthz and stops cleanly on docker stop', async () => {
    const build = docker(['build', '-t', IMAGE, '.'], 15 * 60_000);
    if (build.status !== 0) throw new Error(`docker build failed:\n${build.stderr.slice(-3000)}`);
    const run = docker(['run', '-d', '-p', '127.0.0.1::3978', IMAGE]);
    expect(run.status).toBe(0);
    container = run.stdout.trim();
    const port = docker(['port', container, '3978/tcp']).stdout.trim().split(':').pop();
    let health: Response | undefined;
    for (let i = 0; i < 60 && !health?.ok; i++) {
      health = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined);
      if (!health?.ok) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(health?.status).toBe(200);
    expect(docker(['exec', container, 'id', '-u']).stdout.trim()).not.toBe('0');
    expect(docker(['stop', container], 60_000).status).toBe(0);
    expect(docker(['inspect', '--format', '{{.State.ExitCode}}', container]).stdout.trim()).toBe('0');
  }, 20 * 60_000);
});
