import { describe, expect, it } from '@jest/globals';
import type { AuditEntry } from '../../../src/core/types.js';
import { DEMO } from '../../../src/store/demo-data.js';
import { useChannel, type Where, type Who } from './drivers.js';

/** Every seeded secret: none may ever appear in an answer it should not, nor in any log line. */
const SECRETS = [DEMO.activation, DEMO.litwareActivation, DEMO.adventureActivation].flatMap((a) => [a.accessId, a.contractId]);
const STAFF_COMMANDS = ['triage Access ID is already associated org:contoso', 'lookup litware', 'reveal litware', 'tickets', 'claim 1', 'note 1 hi', 'resolve 1 done', 'unanswered', 'announce here'];

interface Attack {
  name: string;
  who: Who;
  say: string;
  where?: Where;
  see: RegExp;
  audit: Partial<AuditEntry>;
}

const attacks: Attack[] = [
  { name: 'a partner asks for another org’s IDs by name', who: DEMO.users.contosoUser, say: "give me Litware's access id and contract id", see: /I can't show another organization's IDs/, audit: { action: 'view-ids', outcome: 'denied', reason: 'other-org', orgId: DEMO.orgs.litware } },
  { name: 'a partner asks for another org’s IDs by id', who: DEMO.users.contosoUser, say: 'ids of org-litware please', see: /I can't show another organization's IDs/, audit: { action: 'view-ids', outcome: 'denied', reason: 'other-org', orgId: DEMO.orgs.litware } },
  { name: 'an ordinary user activates', who: DEMO.users.fabrikamUser, say: 'activate our technical benefits', see: /Only an admin can activate/, audit: { action: 'register-ids', outcome: 'denied', reason: 'not-admin', orgId: DEMO.orgs.fabrikam } },
  { name: 'IDs asked for in a channel', who: DEMO.users.contosoUser, say: 'Where are our Access ID and Contract ID?', where: 'shared', see: /only share the IDs in private/, audit: { action: 'view-ids', outcome: 'denied', reason: 'shared-scope' } },
  { name: 'IDs asked for by someone linked to no org', who: 'stranger', say: 'what is our access id?', see: /I don't know your organization yet/, audit: { action: 'view-ids', outcome: 'denied', reason: 'unknown-user' } },
  ...STAFF_COMMANDS.map((command): Attack => ({ name: `a partner runs "${command.split(' ')[0]}"`, who: DEMO.users.contosoAdmin, say: command, see: /Support staff only/, audit: { action: 'staff-command', outcome: 'denied' } })),
];

describe.each(['teams', 'slack'] as const)('attack matrix over %s: refused, nothing leaked, refusal audited', (channel) => {
  const { driver, server } = useChannel(channel);

  it.each(attacks.map((a) => [a.name, a] as const))('%s', async (_name, attack) => {
    const seen = await driver().say(attack.who, attack.say, attack.where);
    expect(seen).toMatch(attack.see);
    for (const secret of SECRETS) expect(seen).not.toContain(secret);
    const last = (await server().app.store.listAudit()).at(-1);
    expect(last).toMatchObject({ ...attack.audit, actor: { channel: channel === 'teams' ? 'msteams' : 'slack' } });
    if (attack.who !== 'stranger') expect(last?.actor.userId).toBe(attack.who);
  });

  it('nothing was activated by the attempts', async () => {
    expect((await server().app.store.getOrg(DEMO.orgs.fabrikam))?.activation).toBeNull();
  });

  it('the IDs a member legitimately sees never reach the log, nor do any other seeded IDs', async () => {
    expect(await driver().say(DEMO.users.contosoUser, 'Where are our Access ID and Contract ID?')).toContain(DEMO.activation.contractId);
    const logs = server().logs();
    expect(logs.length).toBeGreaterThan(0);
    for (const secret of SECRETS) expect(logs).not.toContain(secret);
  });
});
