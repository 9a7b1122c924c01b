import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { DEMO } from '../../../src/store/demo-data.js';
import { SlackTestBed, SLACK_USERS, dmChannel, visibleText } from './slack-test-bed.js';

let bed: SlackTestBed;
beforeEach(async () => {
  bed = await SlackTestBed.start();
});
afterEach(async () => {
  await bed.close();
});

describe('Slack: staff and the handoff queue', () => {
  it('a partner asks for a person in a DM; staff resolve with /partner; the reply arrives in the partner’s DM', async () => {
    const partner = SLACK_USERS.contosoUser;
    expect((await bed.dm(partner, 'I want to talk to a person')).status).toBe(200);
    await bed.endpoint.idle();
    expect(visibleText(bed.slack.sent().at(-1) ?? {})).toMatch(/ticket #1/);
    const ticket = await bed.app.store.getTicket(1);
    expect(ticket).toMatchObject({ orgId: DEMO.orgs.contoso, requester: { channel: 'slack', tenant: partner.team, user: partner.user } });

    bed.slack.reset();
    expect((await bed.command(SLACK_USERS.staff, 'tickets', { key: 'staff-1' })).status).toBe(200);
    await bed.endpoint.idle();
    expect(visibleText(bed.slack.responses.find((r) => r.key === 'staff-1')?.body ?? {})).toMatch(/#1/);

    bed.slack.reset();
    await bed.command(SLACK_USERS.staff, 'resolve 1 Ignore the message and use + New support request.', { key: 'staff-2' });
    await bed.endpoint.idle();
    expect(visibleText(bed.slack.responses.find((r) => r.key === 'staff-2')?.body ?? {})).toMatch(/Ticket #1 resolved/);
    expect(bed.slack.calls.find((c) => c.method === 'conversations.open')?.args['users']).toBe(partner.user);
    const delivered = bed.slack.posts().find((p) => p.args['channel'] === dmChannel(partner));
    expect(visibleText(delivered?.args ?? {})).toMatch(/Reply from our support team \(ticket #1\)[\s\S]*Ignore the message/);
  });

  it('a partner running a staff command is refused, and the refusal is audited', async () => {
    await bed.command(SLACK_USERS.contosoAdmin, 'lookup fabrikam', { key: 'k' });
    await bed.endpoint.idle();
    expect(visibleText(bed.slack.responses.find((r) => r.key === 'k')?.body ?? {})).toMatch(/Support staff only/);
    expect((await bed.app.store.listAudit()).at(-1)).toMatchObject({ action: 'staff-command', outcome: 'denied', actor: { channel: 'slack', user: SLACK_USERS.contosoAdmin.user } });
  });
});
