import { afterAll, describe, expect, it } from '@jest/globals';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createLogger, learnSecrets, scrub } from '../../src/logging.js';
import { DEMO, demoData } from '../../src/store/demo-data.js';
import { openFileStore } from '../../src/store/file-store.js';
import { adminContext, clock, removeTempDirs } from './helpers.js';

/**
 * An import must not let one org's IDs reach another org's users, nor let two spellings of one
 * id become two orgs, nor store IDs the log scrubber cannot recognize.
 */
afterAll(removeTempDirs);

type Data = ReturnType<typeof demoData>;
const demo = (): Data => JSON.parse(JSON.stringify(demoData(clock))) as Data;

async function importing(edit: (data: Data) => void) {
  const admin = await adminContext();
  await (await openFileStore({ file: admin.ctx.dataFile, clock })).close();
  const data = demo();
  edit(data);
  const file = join(admin.dir, 'import.json');
  await writeFile(file, JSON.stringify(data));
  return { ...admin, code: await admin.run('import', file) };
}

describe('admin import', () => {
  it('refuses an Access ID that another org already has (its users would see the first org’s IDs)', async () => {
    const { code, err } = await importing((d) => {
      d.activations[1]!.accessId = ` ${d.activations[0]!.accessId.toUpperCase()} `;
    });
    expect(code).toBe(1);
    expect(err.join('\n')).toContain('activations[1].accessId: duplicate Access ID (each belongs to one org only) (first at index 0)');
  });

  it('refuses a Contract ID that another org already has', async () => {
    const { code, err } = await importing((d) => {
      d.activations[2]!.contractId = d.activations[0]!.contractId;
    });
    expect(code).toBe(1);
    expect(err.join('\n')).toContain('activations[2].contractId: duplicate Contract ID');
  });

  it.each([
    ['an org id differing only in case', (d: Data) => d.orgs.push({ ...d.orgs[0]!, id: 'ORG-CONTOSO' }), 'duplicate org id'],
    ['an org id differing only in spaces', (d: Data) => d.orgs.push({ ...d.orgs[0]!, id: 'org-contoso ' }), 'duplicate org id'],
    ['a user id differing only in case', (d: Data) => d.users.push({ ...d.users[0]!, id: d.users[0]!.id.toUpperCase(), identities: [] }), 'duplicate user id'],
  ])('refuses %s', async (_name, edit, message) => {
    const { code, err } = await importing(edit);
    expect(code).toBe(1);
    expect(err.join('\n')).toContain(message);
  });

  it.each([
    ['an Access ID that is not a GUID', (d: Data) => (d.activations[0]!.accessId = 'contoso-access-1'), 'activations[0].accessId: an Access ID is a GUID'],
    ['a Contract ID that is not digits', (d: Data) => (d.activations[0]!.contractId = 'C-77412'), 'activations[0].contractId: a Contract ID is 8 to 15 digits'],
    ['a Contract ID of 7 digits', (d: Data) => (d.activations[0]!.contractId = '7741203'), 'activations[0].contractId: a Contract ID is 8 to 15 digits'],
  ])('refuses %s', async (_name, edit, message) => {
    const { code, err } = await importing(edit);
    expect(code).toBe(1);
    expect(err.join('\n')).toContain(message);
  });

  it('stores ids in one spelling: trimmed and lower case, references included', async () => {
    const { code, ctx } = await importing((d) => {
      const shout = (id: string) => ` ${id.toUpperCase()} `;
      d.orgs[0]!.id = shout(d.orgs[0]!.id);
      for (const u of d.users) if (u.orgId === DEMO.orgs.contoso) u.orgId = shout(u.orgId);
      for (const r of [...d.activations, ...d.links, ...d.ledger]) if (r.orgId === DEMO.orgs.contoso) r.orgId = shout(r.orgId);
      d.activations[0]!.accessId = d.activations[0]!.accessId.toUpperCase();
    });
    expect(code).toBe(0);
    const store = await openFileStore({ file: ctx.dataFile, clock });
    const record = await store.getOrg(DEMO.orgs.contoso);
    expect(record?.activation?.accessId).toBe(DEMO.activation.accessId);
    expect((await store.listUsers(DEMO.orgs.contoso)).length).toBeGreaterThan(0);
    await store.close();
  });
});

describe('the log scrubber knows the stored IDs', () => {
  it('redacts an ID of any shape once a store holding it is opened', async () => {
    const { ctx } = await adminContext();
    const store = await openFileStore({ file: ctx.dataFile, clock });
    // An ID from before imports checked formats, written as the running bot writes activations.
    const odd = { accessId: 'LEGACY-ACCESS-4711', contractId: 'CT-99-42', activatedAt: clock.now().toISOString(), expiresAt: clock.now().toISOString(), activatedBy: DEMO.users.fabrikamAdmin };
    expect(scrub('id LEGACY-ACCESS-4711 and CT-99-42')).toBe('id LEGACY-ACCESS-4711 and CT-99-42');
    await store.updateOrg(DEMO.orgs.fabrikam, () => ({ result: null, changes: { activation: odd } }));
    const lines: string[] = [];
    const logger = createLogger({ destination: { write: (line: string) => void lines.push(line) } });
    logger.info({ note: 'pasted legacy-access-4711 / CT-99-42' }, 'user said LEGACY-ACCESS-4711');
    expect(lines.join('')).not.toMatch(/4711|CT-99-42/i);
    expect(lines.join('')).toContain('[redacted]');
    await store.close();
  });

  it('does not learn short or GUID/10-digit values (caught by shape) and escapes regex characters', () => {
    learnSecrets(['ab', 'a.b*c(d)']);
    expect(scrub('ab axbyc(d) a.b*c(d)')).toBe('ab axbyc(d) [redacted]');
  });
});
