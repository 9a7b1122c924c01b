import { afterAll, describe, expect, it } from '@jest/globals';
import { readFile, writeFile } from 'node:fs/promises';
import { DEMO } from '../../src/store/demo-data.js';
import { openFileStore } from '../../src/store/file-store.js';
import { adminContext, clock, removeTempDirs } from './helpers.js';

afterAll(removeTempDirs);

/** An admin context whose data file exists (demo data). */
async function admin() {
  const a = await adminContext();
  await (await openFileStore({ file: a.ctx.dataFile, clock })).close();
  return a;
}

describe('admin: audit log and staff', () => {
  it('prints the audit log: when, who through which channel, what, outcome, on what', async () => {
    const { ctx, out, run } = await admin();
    const store = await openFileStore({ file: ctx.dataFile, clock });
    await store.appendAudit({ id: 'a1', at: '2021-06-15T09:00:00.000Z', actor: { channel: 'slack', tenant: 'T0CONTOSO', user: 'U0CONTUSER', userId: DEMO.users.contosoUser }, action: 'view-ids', outcome: 'denied', reason: 'shared-scope', orgId: DEMO.orgs.contoso });
    await store.close();
    expect(await run('audit')).toBe(0);
    expect(out).toEqual([`2021-06-15T09:00:00.000Z\tslack:T0CONTOSO:U0CONTUSER (${DEMO.users.contosoUser})\tview-ids\tdenied\tshared-scope\torg ${DEMO.orgs.contoso}`]);
    expect(await run('audit', 'many')).toBe(2);
  });

  it('adds a staff user with channel identities, grants and revokes the role, and lists staff', async () => {
    const { ctx, out, run } = await admin();
    expect(await run('staff', 'add', 'Kim', 'slack:T0PSUPPORT:U0KIM', 'console:local:kim')).toBe(0);
    expect(await run('staff', 'grant', DEMO.users.fabrikamUser)).toBe(0);
    expect(await run('staff', 'revoke', DEMO.users.staff)).toBe(0);
    out.splice(0);
    expect(await run('staff', 'list')).toBe(0);
    expect(out.map((l) => l.split('\t')[0])).toEqual([DEMO.users.fabrikamUser, 'staff-kim']);
    const store = await openFileStore({ file: ctx.dataFile, clock });
    expect(await store.findUserByIdentity({ channel: 'slack', tenant: 'T0PSUPPORT', user: 'U0KIM' })).toMatchObject({ id: 'staff-kim', roles: ['staff'], orgId: null });
    await store.close();
  });

  it('refuses bad staff commands with usage (2) or an error (1)', async () => {
    const { run, err } = await admin();
    expect(await run('staff', 'add', 'Kim', 'not-an-identity')).toBe(2);
    expect(await run('staff', 'grant', 'nobody')).toBe(1);
    expect(err.join('\n')).toMatch(/no user "nobody"/);
  });
});

describe('admin validate reads the journal beside the data file', () => {
  it('counts what the journal adds, and refuses a damaged journal', async () => {
    const { ctx, out, err, run } = await admin();
    const store = await openFileStore({ file: ctx.dataFile, clock });
    for (const id of ['j1', 'j2', 'j3']) {
      await store.updateOrg(DEMO.orgs.contoso, () => ({ result: null, changes: { ledger: [{ id, benefit: 'product-support', kind: 'opened', at: '2021-06-15T09:00:00.000Z' }] } }));
    }
    await store.whenIdle();
    expect(await run('validate')).toBe(0);
    expect(out.at(-1)).toMatch(/19 ledger entries/);
    const journal = `${ctx.dataFile}.journal`;
    const lines = (await readFile(journal, 'utf8')).split('\n');
    lines[0] = lines[0]!.replace('"j1"', '"jX"');
    await writeFile(journal, lines.join('\n'));
    expect(await run('validate')).toBe(1);
    expect(err.join('\n')).toMatch(/journal/);
  });
});
