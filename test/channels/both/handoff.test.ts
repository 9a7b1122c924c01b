import { describe, expect, it } from '@jest/globals';
import { DEMO } from '../../../src/store/demo-data.js';
import { useChannel } from './drivers.js';

describe.each(['teams', 'slack'] as const)('handoff over %s: a partner’s request reaches staff, and staff’s reply reaches the partner', (channel) => {
  const { driver, server } = useChannel(channel);

  it('talk to a person → ticket → claim → resolve → reply in the partner’s own conversation', async () => {
    const partner = DEMO.users.northwindUser;
    expect(await driver().say(partner, 'Azure says my access id is already associated')).toMatch(/There is no cloud benefit to link/);
    expect(await driver().say(partner, 'I want to talk to a person')).toMatch(/ticket #1/);
    expect(await server().app.store.getTicket(1)).toMatchObject({
      orgId: DEMO.orgs.northwind,
      triage: { leaf: 'no-cloud-benefit' },
      requester: { channel: channel === 'teams' ? 'msteams' : 'slack' },
      problem: 'Azure says my access id is already associated',
      answers: [expect.stringMatching(/^There is no cloud benefit to link/)],
    });
    expect(await driver().say(partner, 'ticket')).toMatch(/Ticket #1: waiting for a person[\s\S]*Azure says my access id is already associated/);

    expect(await driver().say(DEMO.users.staff, 'tickets')).toMatch(/#1 · open[\s\S]*Miriam Graham[\s\S]*Azure says my access id/);
    const claimed = await driver().say(DEMO.users.staff, 'claim 1');
    expect(claimed).toMatch(/You have ticket #1[\s\S]*Problem[\s\S]*Azure says my access id is already associated/);
    expect(claimed).toMatch(/Microsoft Action Pack, which has no cloud \(Signature\) support/);
    expect(await driver().say(DEMO.users.staff, 'resolve 1 Action Pack has no cloud benefit; use Support for Business for on-premises products.')).toMatch(/Ticket #1 resolved\n/);
    expect(await driver().unprompted(partner)).toMatch(/Reply from our support team \(ticket #1\)[\s\S]*Action Pack has no cloud benefit/);
    expect((await server().app.store.getTicket(1))?.status).toBe('resolved');
    expect(await driver().say(partner, 'ticket')).toMatch(/Ticket #1 is resolved[\s\S]*Action Pack has no cloud benefit/);
  });

  it('staff triage with the records, in Korean', async () => {
    const reply = await driver().say(DEMO.users.staff, '분류 이 액세스 ID는 이미 계정에 연결되어 있습니다. 조직:org-adventure');
    expect(reply).toMatch(/계약이 만료되었거나 남은 인시던트가 없습니다/);
    expect(reply).toMatch(/만료됨 \(기록 기준\)/);
  });
});
