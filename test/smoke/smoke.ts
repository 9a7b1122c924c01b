/**
 * Start-up smoke test of the compiled server (`npm run build` first) on any Node binary:
 * starts `dist/src/main.js` as a real process, checks GET /healthz, one Teams turn over HTTP
 * (development mode, replies to a fake connector on loopback), one signed `/partner` command
 * (fake Slack API on loopback), a clean exit on SIGTERM, and that Node printed no warning
 * (deprecations included) on stderr.
 *
 *   npx tsx test/smoke/smoke.ts [--node <path to a node binary>]   # default: this Node
 *
 * Prints one PASS/FAIL line per check and exits 1 when one failed. `.ci/run` runs it on Node 22
 * and 24; test/smoke/production-start.test.ts runs it on the Node that runs the tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { FakeSlack } from '../channels/slack/fake-slack.js';
import { BOT_TOKEN, sign, SIGNING_SECRET, SLACK_USERS, visibleText } from '../channels/slack/slack-test-bed.js';
import { cardOf, cardText } from '../channels/support/cards.js';
import { FakeConnector } from '../channels/support/fake-connector.js';
import { stranger, teamsMessage } from '../channels/support/teams-activities.js';

export const MAIN_JS = fileURLToPath(new URL('../../dist/src/main.js', import.meta.url));
/** The node flags of `npm start` (package.json), so the smoke test runs the server as production does. */
const START_FLAGS = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: { start: string } }).scripts.start.split(/\s+/).filter((word) => word.startsWith('--'));

export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

interface Child {
  process: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

function startMain(node: string, cwd: string, env: Record<string, string>): Child {
  // --trace-deprecation: a deprecation warning comes with the stack that shows whose it is.
  const child = spawn(node, ['--trace-deprecation', ...START_FLAGS, MAIN_JS], { cwd, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env } });
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { process: child, stdout: () => out, stderr: () => err, exited };
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls `probe` until it returns a value or `ms` pass (the child logs and Slack turns are asynchronous). */
async function waitFor<T>(probe: () => T | undefined, ms: number, what: string): Promise<T> {
  for (const end = Date.now() + ms; Date.now() < end; await pause(50)) {
    const value = probe();
    if (value !== undefined) return value;
  }
  throw new Error(`timed out after ${ms} ms waiting for ${what}`);
}

async function check(checks: Check[], name: string, run: () => Promise<string>): Promise<void> {
  try {
    checks.push({ name, ok: true, detail: await run() });
  } catch (error) {
    checks.push({ name, ok: false, detail: error instanceof Error ? error.message : String(error) });
  }
}

async function teamsTurn(url: string, connector: FakeConnector): Promise<string> {
  const activity = teamsMessage({ serviceUrl: connector.url, user: stranger, text: 'how many incidents does gold give?' });
  const res = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  if (res.status !== 200) throw new Error(`POST /api/messages answered ${res.status}`);
  const reply = await waitFor(() => connector.messages(activity.conversation.id)[0], 10_000, 'the Teams reply');
  const text = cardText(cardOf(reply));
  if (!/20 incidents/.test(text)) throw new Error(`unexpected card: ${text.slice(0, 200)}`);
  return 'a stranger asked about Gold and got the 20-incident table as an Adaptive Card';
}

async function slackCommand(url: string, slack: FakeSlack): Promise<string> {
  const who = SLACK_USERS.stranger;
  const body = new URLSearchParams({ team_id: who.team, channel_id: 'C0GENERAL0', user_id: who.user, command: '/partner', text: 'how many incidents for silver?', api_app_id: 'A0PARTNER0', response_url: slack.responseUrl('smoke'), trigger_id: 'trigger-smoke' }).toString();
  const timestamp = Math.floor(Date.now() / 1000);
  const headers = { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': sign(body, timestamp) };
  const ack = await fetch(`${url}/slack/events`, { method: 'POST', headers, body });
  if (ack.status !== 200) throw new Error(`POST /slack/events answered ${ack.status}`);
  const reply = await waitFor(() => slack.responses.find((r) => r.key === 'smoke'), 10_000, 'the Slack reply');
  const text = visibleText(reply.body);
  if (!/15 incidents/.test(text)) throw new Error(`unexpected reply: ${text.slice(0, 200)}`);
  return 'a signed /partner command got the 15-incident Silver answer on its response_url';
}

async function sigterm(child: Child): Promise<string> {
  child.process.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const code = await Promise.race([child.exited, new Promise<string>((resolve) => (timer = setTimeout(() => resolve('timeout'), 15_000)))]);
  clearTimeout(timer);
  if (code !== 0) throw new Error(`exit ${code} after SIGTERM`);
  if (!child.stdout().includes('"msg":"stopped"')) throw new Error('no "stopped" log line');
  return 'exit 0, "stopped" logged';
}

function noWarnings(child: Child): Promise<string> {
  const warnings = child.stderr().split('\n').filter((line) => /Warning|DEP\d{4}/.test(line));
  if (warnings.length > 0) return Promise.reject(new Error(child.stderr().slice(0, 2000)));
  return Promise.resolve('nothing on stderr');
}

/** Runs every check against `node dist/src/main.js`; never throws, the checks say what failed. */
export async function runSmoke(node: string = process.execPath): Promise<Check[]> {
  const dir = await mkdtemp(join(tmpdir(), 'smoke-'));
  const connector = await FakeConnector.start();
  const slack = await FakeSlack.start();
  const env = { PORT: '0', HOST: '127.0.0.1', DATA_FILE: join(dir, 'db.json'), LOG_LEVEL: 'info', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_API_URL: slack.apiUrl };
  const child = startMain(node, dir, env);
  const checks: Check[] = [];
  try {
    let url = '';
    await check(checks, 'starts', async () => {
      url = await waitFor(() => /"url":"(http:\/\/[^"]+)"/.exec(child.stdout())?.[1], 30_000, `the "listening" line (stderr: ${child.stderr().slice(0, 500)})`);
      return `listening on ${url}`;
    });
    if (url) {
      await check(checks, 'GET /healthz', async () => JSON.stringify(await (await fetch(`${url}/healthz`)).json()));
      await check(checks, 'Teams turn over HTTP', () => teamsTurn(url, connector));
      await check(checks, 'signed Slack command', () => slackCommand(url, slack));
      await check(checks, 'clean SIGTERM', () => sigterm(child));
    }
    await check(checks, 'no warnings at start', () => noWarnings(child));
  } finally {
    child.process.kill('SIGKILL');
    await Promise.all([connector.close(), slack.close()]);
    await rm(dir, { recursive: true, force: true });
  }
  return checks;
}

async function cli(): Promise<void> {
  const { values } = parseArgs({ options: { node: { type: 'string' } } });
  const node = values.node ?? process.execPath;
  const version = await new Promise<string>((resolve) => {
    const child = spawn(node, ['--version']);
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', () => resolve(out.trim()));
  });
  const checks = await runSmoke(node);
  for (const c of checks) console.log(`${c.ok ? 'PASS' : 'FAIL'}  ${c.name}: ${c.detail}`);
  const failed = checks.filter((c) => !c.ok).length;
  console.log(failed ? `smoke FAILED on Node ${version} (${failed} of ${checks.length} checks)` : `smoke passed on Node ${version} (${checks.length} checks)`);
  process.exitCode = failed ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await cli();
