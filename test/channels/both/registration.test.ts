import { describe, expect, it } from '@jest/globals';
import { DEMO } from '../../../src/store/demo-data.js';
import { useChannel } from './drivers.js';

const FIRST = { accessId: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', contractId: '8801234567' };
const SECOND = { accessId: 'f0e1d2c3-b4a5-4968-8776-655443322110', contractId: '5512349876' };
const paste = (ids: typeof FIRST) => `Access ID: ${ids.accessId}\nContract ID: ${ids.contractId}`;

/**
 * Registering the IDs Partner Center shows, through both real doors (signed Slack requests,
 * Teams activities to the real server): who may, the format check, the confirmation, the
 * replacement, staff on a partner's behalf, and the audit lines. The steps run in order on one
 * server per channel.
 */
describe.each(['teams', 'slack'] as const)('registering the IDs over %s', (channel) => {
  const { driver, server } = useChannel(channel);
  const store = () => server().app.store;
  const lastAudit = async () => (await store().listAudit()).at(-1);

  it('an ordinary user and a CSP-only admin are refused, and the refusals are audited', async () => {
    expect(await driver().say(DEMO.users.fabrikamUser, 'register')).toMatch(/Only an admin can activate/);
    expect(await lastAudit()).toMatchObject({ action: 'register-ids', outcome: 'denied', reason: 'not-admin', orgId: DEMO.orgs.fabrikam });
    expect(await driver().say(DEMO.users.contosoCspOnly, 'register')).toMatch(/You are not authorized for this action/);
    expect(await lastAudit()).toMatchObject({ action: 'register-ids', outcome: 'denied', reason: 'not-authorized', orgId: DEMO.orgs.contoso });
  });

  it('malformed IDs are refused, nothing is stored, and the refusal is audited', async () => {
    expect(await driver().say(DEMO.users.fabrikamAdmin, 'register')).toMatch(/Paste the Access ID and the Contract ID/);
    expect(await driver().say(DEMO.users.fabrikamAdmin, 'Access ID: 0a1b2c3d-4e5f Contract ID: 8801234567')).toMatch(/That isn't an Access ID/);
    expect(await lastAudit()).toMatchObject({ action: 'register-ids', outcome: 'denied', reason: 'malformed-accessId' });
    expect((await store().getOrg(DEMO.orgs.fabrikam))?.activation).toBeNull();
  });

  it('in a shared conversation the bot refuses to take the IDs', async () => {
    expect(await driver().say(DEMO.users.fabrikamAdmin, 'register', 'shared')).toMatch(/Register the IDs only in a private chat/);
  });

  it('an admin registers after confirming; any user of the org then gets them, in private', async () => {
    expect(await driver().say(DEMO.users.fabrikamAdmin, 'register')).toMatch(/Paste the Access ID/);
    const confirm = await driver().say(DEMO.users.fabrikamAdmin, paste(FIRST));
    expect(confirm).toMatch(/Register these IDs for Fabrikam Solutions\?[\s\S]*••••4567/);
    expect(confirm).not.toContain(FIRST.contractId);
    expect(await driver().click(DEMO.users.fabrikamAdmin, 'yes')).toMatch(/IDs registered for Fabrikam Solutions/);
    expect(await lastAudit()).toMatchObject({ action: 'register-ids', outcome: 'ok', reason: 'registered', orgId: DEMO.orgs.fabrikam, actor: { userId: DEMO.users.fabrikamAdmin } });
    const seen = await driver().say(DEMO.users.fabrikamUser, 'What are our Access ID and Contract ID?');
    expect(seen).toContain(FIRST.accessId);
    expect(seen).toContain(FIRST.contractId);
    expect(await driver().say(DEMO.users.fabrikamUser, 'What are our Access ID and Contract ID?', 'shared')).not.toContain(FIRST.contractId);
  });

  it('re-registration shows what it replaces and replaces only after confirmation, audited', async () => {
    await driver().say(DEMO.users.fabrikamAdmin, 'register');
    expect(await driver().say(DEMO.users.fabrikamAdmin, paste(SECOND))).toMatch(/Replace the registered IDs of Fabrikam Solutions\?[\s\S]*••••4567/);
    expect(await driver().click(DEMO.users.fabrikamAdmin, 'yes')).toMatch(/IDs replaced for Fabrikam Solutions/);
    expect((await store().getOrg(DEMO.orgs.fabrikam))?.activation).toMatchObject(SECOND);
    expect(await lastAudit()).toMatchObject({ action: 'register-ids', outcome: 'ok', reason: 'replaced' });
  });

  it('staff register on a partner’s behalf (replacement only when told), audited as such; never any ID in the audit', async () => {
    const command = `register org:fabrikam ${FIRST.accessId} ${FIRST.contractId}`;
    expect(await driver().say(DEMO.users.staff, command)).toMatch(/Fabrikam Solutions already has IDs registered/);
    expect(await driver().say(DEMO.users.staff, `${command} replace`)).toMatch(/IDs replaced for Fabrikam Solutions/);
    expect(await lastAudit()).toMatchObject({ action: 'register-ids', outcome: 'ok', reason: 'replaced (on behalf)', orgId: DEMO.orgs.fabrikam, actor: { userId: DEMO.users.staff } });
    expect(await driver().say(DEMO.users.staff, `register org:tailspin ${SECOND.accessId} ${SECOND.contractId}`)).toMatch(/Tailspin Labs has no active membership offer/);
    expect(await driver().say(DEMO.users.contosoAdmin, command)).toMatch(/Support staff only/);
    const audit = JSON.stringify(await store().listAudit());
    for (const secret of [FIRST.accessId, FIRST.contractId, SECOND.accessId, SECOND.contractId]) expect(audit).not.toContain(secret);
  });
});
