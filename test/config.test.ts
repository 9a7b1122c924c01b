import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from '@jest/globals';
import { CONFIG_VARIABLES, ConfigError, loadConfig } from '../src/config.js';
import { teamsStartNotes } from '../src/teams-env.js';

describe('configuration from the environment', () => {
  it('has working defaults: loopback, port 3978, the embedded store, Teams dev mode, Slack off', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ host: '127.0.0.1', port: 3978, dataFile: 'data/db.json', teams: { appType: 'SingleTenant' } });
    expect(c.teams.appId).toBeUndefined();
    expect(c.slack).toBeUndefined();
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('lists every missing or invalid variable at once', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud', MicrosoftAppId: 'abc', MicrosoftAppType: 'SingleTenant', SLACK_BOT_TOKEN: 'xoxb-1' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const v of ['PORT', 'LOG_LEVEL', 'MicrosoftAppPassword', 'MicrosoftAppTenantId', 'SLACK_SIGNING_SECRET']) expect(problems).toContain(v);
  });

  it('refuses a password without an app id (a misspelt variable would otherwise start unauthenticated)', () => {
    expect(() => loadConfig({ MicrosoftAppPasword: 'x', MicrosoftAppPassword: 'secret' })).toThrow(/MicrosoftAppId: required when MicrosoftAppPassword is set/);
    expect(() => loadConfig({ MicrosoftAppId: 'id', MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppPassword: 'x' })).toThrow(/must be empty for UserAssignedMSI[\s\S]*MicrosoftAppTenantId: required for UserAssignedMSI/);
  });

  it('bounds the turn queue: 64 turns at once and 1,000 waiting by default, nonsense refused', () => {
    expect(loadConfig({}).turnQueue).toEqual({ concurrency: 64, maxBacklog: 1000 });
    expect(loadConfig({ TURN_CONCURRENCY: '4', TURN_BACKLOG: '0' }).turnQueue).toEqual({ concurrency: 4, maxBacklog: 0 });
    const problems = problemsOf({ TURN_CONCURRENCY: '0', TURN_BACKLOG: 'lots' });
    expect(problems).toMatch(/TURN_CONCURRENCY/);
    expect(problems).toMatch(/TURN_BACKLOG/);
    expect(problemsOf({ TURN_BACKLOG: '1000000' })).toMatch(/TURN_BACKLOG/);
  });

  it('turns Slack on only with both secrets, and treats blank values as unset', () => {
    expect(loadConfig({ SLACK_SIGNING_SECRET: 's', SLACK_BOT_TOKEN: 'xoxb-1' }).slack).toEqual({ signingSecret: 's', botToken: 'xoxb-1' });
    expect(loadConfig({ SLACK_SIGNING_SECRET: '  ', SLACK_BOT_TOKEN: '' }).slack).toBeUndefined();
  });
});

const problemsOf = (env: Record<string, string>): string => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.join('\n');
    throw error;
  }
  return '';
};

const APP = '11111111-2222-4333-8444-555555555555';
const TENANT = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';

describe('Teams registration settings', () => {
  it.each([
    ['Bot Framework', { MicrosoftAppId: APP, MicrosoftAppPassword: 's3cret', MicrosoftAppTenantId: TENANT }],
    ['Azure portal / Teams samples', { CLIENT_ID: APP, CLIENT_SECRET: 's3cret', TENANT_ID: TENANT }],
    ['Agents Toolkit', { BOT_ID: APP, SECRET_BOT_PASSWORD: 's3cret', TENANT_ID: TENANT }],
  ])('accepts the %s names', (_tooling, env) => {
    expect(loadConfig(env).teams).toEqual({ appId: APP, appPassword: 's3cret', appType: 'SingleTenant', tenantId: TENANT, allowUnauthenticatedNetwork: false });
  });

  it('takes BOT_TYPE as MicrosoftAppType', () => {
    expect(loadConfig({ CLIENT_ID: APP, CLIENT_SECRET: 's', BOT_TYPE: 'MultiTenant' }).teams.appType).toBe('MultiTenant');
  });

  it('refuses two names of one setting with different values, and accepts them when they agree', () => {
    expect(problemsOf({ MicrosoftAppId: APP, CLIENT_ID: TENANT, MicrosoftAppPassword: 's', TENANT_ID: TENANT })).toMatch(/MicrosoftAppId, CLIENT_ID: the same setting with different values/);
    expect(loadConfig({ MicrosoftAppId: APP, CLIENT_ID: APP, BOT_ID: ` ${APP} `, SECRET_BOT_PASSWORD: 's', TENANT_ID: TENANT }).teams.appId).toBe(APP);
  });

  it('defaults to SingleTenant and says where the tenant id is when it is missing', () => {
    const problems = problemsOf({ CLIENT_ID: APP, CLIENT_SECRET: 's' });
    expect(problems).toContain('MicrosoftAppTenantId: required for a SingleTenant bot (the default)');
    expect(problems).toContain('also read from TENANT_ID');
    expect(problems).toContain('Directory (tenant) ID');
    expect(problemsOf({ CLIENT_ID: APP, TENANT_ID: TENANT })).toMatch(/MicrosoftAppPassword: required .*also read from CLIENT_SECRET or SECRET_BOT_PASSWORD/);
  });

  it('starts a MultiTenant app id without a tenant, with a note that explains the 2025 change and the fix', () => {
    const config = loadConfig({ MicrosoftAppId: APP, MicrosoftAppPassword: 's', MicrosoftAppType: 'MultiTenant' });
    const [note] = teamsStartNotes(config.teams);
    expect(note).toMatch(/only single-tenant bots since 31 July 2025/);
    expect(note).toMatch(/MicrosoftAppType=SingleTenant and MicrosoftAppTenantId/);
    expect(teamsStartNotes(loadConfig({ MicrosoftAppId: APP, MicrosoftAppPassword: 's', MicrosoftAppType: 'MultiTenant', MicrosoftAppTenantId: TENANT }).teams)).toEqual([]);
    expect(teamsStartNotes(loadConfig({}).teams)).toEqual([]);
  });
});

const root = fileURLToPath(new URL('..', import.meta.url));
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('.env and .env.example', () => {
  it('.env.example documents every variable the configuration reads, and .env is git-ignored', () => {
    const example = readFileSync(join(root, '.env.example'), 'utf8');
    for (const name of CONFIG_VARIABLES) expect(example).toMatch(new RegExp(`^# ${name}=`, 'm'));
    expect(readFileSync(join(root, '.gitignore'), 'utf8').split('\n')).toContain('.env');
  });

  it('loadEnvFileIfPresent (main, admin and chat call it) reads .env from the working directory, the real environment winning, and .env.example changes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'env-file-'));
    dirs.push(dir);
    const run = (env: Record<string, string>) => {
      const script = `void (async () => { const { loadEnvFileIfPresent } = await import(${JSON.stringify(join(root, 'src', 'env-file.ts'))}); const { loadConfig } = await import(${JSON.stringify(join(root, 'src', 'config.ts'))});
        loadEnvFileIfPresent(); const c = loadConfig(); console.log(JSON.stringify({ port: c.port, level: c.logLevel, teams: c.teams })); })();`;
      const child = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), ['--eval', script], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env } });
      if (child.status !== 0) throw new Error(child.stderr);
      return JSON.parse(child.stdout) as { port: number; level: string; teams: Record<string, string> };
    };
    expect(run({})).toEqual({ port: 3978, level: 'info', teams: { appType: 'SingleTenant', allowUnauthenticatedNetwork: false } });
    writeFileSync(join(dir, '.env'), readFileSync(join(root, '.env.example')));
    expect(run({})).toEqual({ port: 3978, level: 'info', teams: { appType: 'SingleTenant', allowUnauthenticatedNetwork: false } });
    writeFileSync(join(dir, '.env'), `# local\nPORT=4000\nLOG_LEVEL=debug\nCLIENT_ID=${APP}\nCLIENT_SECRET=from-file\nTENANT_ID=${TENANT}\n`);
    expect(run({ LOG_LEVEL: 'warn' })).toEqual({ port: 4000, level: 'warn', teams: { appId: APP, appPassword: 'from-file', appType: 'SingleTenant', tenantId: TENANT, allowUnauthenticatedNetwork: false } });
  });
});

describe('npm start with a MultiTenant app id and no tenant', () => {
  it('starts and logs why that is probably wrong and how to fix it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'multi-tenant-'));
    dirs.push(dir);
    const env = { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', DATA_FILE: join(dir, 'db.json'), MicrosoftAppId: APP, MicrosoftAppPassword: 's', MicrosoftAppType: 'MultiTenant' };
    const child = spawn(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'src', 'main.ts')], { cwd: dir, env });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      for (let waited = 0; !out.includes('"msg":"listening'); waited += 50) {
        if (waited > 30_000) throw new Error(`not listening:\n${out}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(out).toMatch(/"level":40,[^\n]*MicrosoftAppType is MultiTenant without MicrosoftAppTenantId/);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      child.kill('SIGKILL');
    }
  }, 40_000);
});
