import { afterAll, describe, expect, it } from '@jest/globals';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEMO } from '../../src/store/demo-data.js';
import { openFileStore } from '../../src/store/file-store.js';
import { adminContext, clock, demoJsonWith, removeTempDirs, tempDir } from './helpers.js';

afterAll(removeTempDirs);

/** Index of the demo org on the current program (Woodgrove) and of a 2021 one (Contoso). */
const data = demoJsonWith(['state'], undefined) as { orgs: { id: string }[]; ledger: { orgId: string }[] };
const WOODGROVE = data.orgs.findIndex((o) => o.id === DEMO.orgs.woodgrove);
const CONTOSO = data.orgs.findIndex((o) => o.id === DEMO.orgs.contoso);
const WOODGROVE_LEDGER = data.ledger.findIndex((e) => e.orgId === DEMO.orgs.woodgrove);

async function validate(json: unknown) {
  const { dir, out, err, run } = await adminContext();
  const file = join(dir, 'import.json');
  await writeFile(file, JSON.stringify(json));
  return { code: await run('validate', file), out, err, file };
}

describe('org memberships on either program', () => {
  it('admin validate accepts the demo data, which holds orgs on both programs', async () => {
    const { code, out } = await validate(demoJsonWith(['state'], undefined));
    expect(code).toBe(0);
    expect(out[0]).toMatch(/valid/);
  });

  it.each([
    ['an unknown main offer', ['orgs', WOODGROVE, 'membership', 'offer'], 'gold', /orgs\[\d+\]\.membership\.offer: unknown offer "gold" in maicpp-2026/],
    ['an unknown further offer', ['orgs', WOODGROVE, 'membership', 'alsoHolds'], ['partner-success-platinum'], /orgs\[\d+\]\.membership\.alsoHolds\[0\]: unknown offer "partner-success-platinum" in maicpp-2026/],
    ['the same offer twice', ['orgs', WOODGROVE, 'membership', 'alsoHolds'], ['solutions-partner'], /orgs\[\d+\]\.membership\.alsoHolds: an offer is held twice/],
    ['several offers in the 2021 program', ['orgs', CONTOSO, 'membership', 'alsoHolds'], ['silver'], /orgs\[\d+\]\.membership\.alsoHolds: mpn-2021 allows one offer only/],
    ['an unknown program', ['orgs', WOODGROVE, 'membership', 'program'], 'maicpp-2030', /unknown program "maicpp-2030"/],
    ['a 2021 ledger line on a current-program org', ['ledger', WOODGROVE_LEDGER, 'benefit'], 'signature-cloud', /unknown entitlement line "signature-cloud" in maicpp-2026/],
  ])('admin validate refuses %s', async (_what, path, value, message) => {
    const { code, err } = await validate(demoJsonWith(path, value));
    expect(code).toBe(1);
    expect(err.join('\n')).toMatch(message);
  });

  it('a 2021 data file (single offer, no alsoHolds) loads unchanged and is written back without new fields', async () => {
    const file = join(await tempDir(), 'db.json');
    const old = demoJsonWith(['state'], undefined) as { orgs: { id: string; membership: unknown }[] };
    old.orgs = old.orgs.filter((o) => o.id !== DEMO.orgs.woodgrove);
    await writeFile(file, JSON.stringify({ ...old, activations: [], ledger: [], links: [], users: [] }));
    const store = await openFileStore({ file, clock });
    const contoso = await store.getOrg(DEMO.orgs.contoso);
    expect(contoso?.org.membership).toEqual(old.orgs.find((o) => o.id === DEMO.orgs.contoso)?.membership);
    expect(contoso?.org.membership && 'alsoHolds' in contoso.org.membership).toBe(false);
    await store.close();
  });
});
