import { createHmac, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runAdmin } from '../../src/admin/admin.js';
import { DEMO } from '../../src/store/demo-data.js';
import { openFileStore } from '../../src/store/file-store.js';
import { systemClock } from '../../src/store/ids.js';
import { FakeSlack } from './slack/fake-slack.js';
import { visibleText } from './slack/slack-test-bed.js';
import { cardOf, cardText } from './support/cards.js';
import { FakeConnector } from './support/fake-connector.js';
import { teamsMessage, type TeamsUser } from './support/teams-activities.js';
import { removeTempDirs, startTestServer, tempDir, type TestServer } from './support/test-server.js';

/**
 * Onboarding real people: an org linked to its Teams tenant and Slack workspace (admin CLI)
 * recognises everyone from there as its user over real HTTP, with nobody listed one by one;
 * higher roles still take a per-person link (staff chat command).
 */
const SECRET = 'onboarding-signing-secret-5a4b3c';
const CONTOSO_TENANT = '7e57a1b2-0000-4000-8000-00000000c0de';
const FABRIKAM_TENANT = '7e57a1b2-0000-4000-8000-0000000fab00';
const newcomer: TeamsUser = { aadObjectId: 'a1b2c3d4-0000-4000-8000-000000000101', tenant: CONTOSO_TENANT, name: 'Nora Newcomer' };
const fabrikamNewcomer: TeamsUser = { aadObjectId: 'a1b2c3d4-0000-4000-8000-000000000202', tenant: FABRIKAM_TENANT, name: 'Farid New' };
const outsider: TeamsUser = { ...newcomer, tenant: '7e57a1b2-0000-4000-8000-0000000ff0ff' };
const SLACK_NEWCOMER = { team: 'T0CONTOSONEW', user: 'U0NEWCOMER1' };
const ids = [new RegExp(DEMO.activation.accessId), new RegExp(DEMO.activation.contractId)];

let server: TestServer;
let connector: FakeConnector;
let slack: FakeSlack;

async function admin(...args: string[]): Promise<string> {
  const out: string[] = [];
  const code = await runAdmin(args, { dataFile: server?.dataFile ?? dataFile, clock: systemClock, io: { out: (t) => out.push(t), err: (t) => out.push(t) } });
  if (code !== 0) throw new Error(`admin ${args.join(' ')} -> ${code}: ${out.join('\n')}`);
  return out.join('\n');
}

async function teams(user: TeamsUser, text: string): Promise<string> {
  const before = connector.sent.length;
  const activity = teamsMessage({ serviceUrl: connector.url, user, text });
  expect((await server.post(activity)).status).toBe(200);
  return connector.sent.slice(before).filter((s) => s.activity.type === 'message').map((s) => cardText(cardOf(s.activity))).join('\n---\n');
}

async function slackDm(who: { team: string; user: string }, text: string): Promise<string> {
  const channel = `D${who.user.slice(1)}`;
  const here = () => slack.posts().filter((p) => p.args['channel'] === channel);
  const before = here().length;
  const ts = `${Math.floor(Date.now() / 1000)}.${randomUUID().slice(0, 6)}`;
  const event = { type: 'message', channel_type: 'im', channel, user: who.user, team: who.team, text, ts, event_ts: ts };
  const body = JSON.stringify({ token: 't', team_id: who.team, api_app_id: 'A0PARTNER0', type: 'event_callback', event_id: `Ev${randomUUID()}`, event_time: Math.floor(Date.now() / 1000), event });
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  const res = await fetch(`${server.url}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature }, body });
  expect(res.status).toBe(200);
  for (let waited = 0; here().length === before; waited += 20) {
    if (waited > 10_000) throw new Error('no Slack answer within 10 s');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return here().slice(before).map((p) => visibleText(p.args as { text?: string })).join('\n---\n');
}

let dataFile = '';

beforeAll(async () => {
  dataFile = join(await tempDir(), 'db.json');
  await (await openFileStore({ file: dataFile, clock: systemClock })).close(); // the demo data
  await admin('org', 'link', DEMO.orgs.contoso, 'teams-tenant', CONTOSO_TENANT.toUpperCase());
  await admin('org', 'link', DEMO.orgs.contoso, 'slack-team', SLACK_NEWCOMER.team);
  await admin('org', 'link', DEMO.orgs.fabrikam, 'teams-tenant', FABRIKAM_TENANT);
  [connector, slack] = await Promise.all([FakeConnector.start(), FakeSlack.start()]);
  server = await startTestServer({ dataFile, env: { SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: 'xoxb-onboarding', SLACK_API_URL: slack.apiUrl } });
});

afterAll(async () => {
  await server?.close();
  await Promise.all([connector?.close(), slack?.close()]);
  await removeTempDirs();
});

describe('an org recognised by its Teams tenant and Slack workspace', () => {
  it('gives a person of the linked Teams tenant, never listed, their org’s records and IDs', async () => {
    expect(await server.app.store.findUserByIdentity({ channel: 'msteams', tenant: newcomer.tenant, user: newcomer.aadObjectId })).toBeUndefined();
    expect(await teams(newcomer, 'How many incidents do we have left?')).toMatch(/18 left/);
    const answer = await teams(newcomer, 'Where are our Access ID and Contract ID?');
    for (const id of ids) expect(answer).toMatch(id);
  });

  it('does the same in Slack for a member of the linked workspace', async () => {
    expect(await slackDm(SLACK_NEWCOMER, 'How many incidents do we have left?')).toMatch(/18 left/);
    const answer = await slackDm(SLACK_NEWCOMER, 'Where are our Access ID and Contract ID?');
    for (const id of ids) expect(answer).toMatch(id);
  });

  it('gives the same person from another tenant only the general answers', async () => {
    const answer = await teams(outsider, 'Where are our Access ID and Contract ID?');
    for (const id of ids) expect(answer).not.toMatch(id);
    expect(await teams(outsider, 'how many incidents does gold give?')).toMatch(/20 incidents/);
  });

  it('keeps roles per person: a tenant member may not register the IDs until staff link them as an admin (audited)', async () => {
    expect(await teams(fabrikamNewcomer, 'Where are our Access ID and Contract ID?')).not.toMatch(/Register the IDs with me\?/);
    const staff = { team: DEMO.slackTeams.staff, user: 'U0PSSTAFF0' };
    const linked = await slackDm(staff, `link msteams:${FABRIKAM_TENANT}:${fabrikamNewcomer.aadObjectId.toUpperCase()} org:${DEMO.orgs.fabrikam} global-admin`);
    expect(linked).toMatch(new RegExp(`${fabrikamNewcomer.aadObjectId} is linked to Fabrikam`));
    expect(linked).toMatch(/a Global admin/);
    expect(await teams(fabrikamNewcomer, 'Where are our Access ID and Contract ID?')).toMatch(/Register the IDs with me\?/);
    const audit = await server.app.store.listAudit();
    expect(audit.filter((a) => a.action === 'staff-link')).toEqual([expect.objectContaining({ outcome: 'ok', orgId: DEMO.orgs.fabrikam, actor: expect.objectContaining({ userId: DEMO.users.staff }) })]);
  });

  it('refuses the link command to anyone but staff, and audits the refusal', async () => {
    const answer = await slackDm(SLACK_NEWCOMER, `link slack:${SLACK_NEWCOMER.team}:${SLACK_NEWCOMER.user} org:${DEMO.orgs.contoso} global-admin`);
    expect(answer).toMatch(/Support staff only/);
    expect(await server.app.store.findUserByIdentity({ channel: 'slack', tenant: SLACK_NEWCOMER.team, user: SLACK_NEWCOMER.user })).toBeUndefined();
    expect((await server.app.store.listAudit()).filter((a) => a.action === 'staff-command' && a.reason === 'not-staff: link')).toHaveLength(1);
  });

  it('tells staff how to write the command when the person or role is not understood', async () => {
    const staff = { team: DEMO.slackTeams.staff, user: 'U0PSSTAFF0' };
    expect(await slackDm(staff, `link somebody org:${DEMO.orgs.contoso}`)).toMatch(/How to link a person/);
    expect(await slackDm(staff, `link slack:T0X:U0Y org:${DEMO.orgs.contoso} staff`)).toMatch(/How to link a person/);
  });
});
