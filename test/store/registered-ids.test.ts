import { afterAll, describe, expect, it } from '@jest/globals';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEMO } from '../../src/store/demo-data.js';
import { openFileStore } from '../../src/store/file-store.js';
import { clock, demoJsonWith, removeTempDirs, tempDir } from './helpers.js';

afterAll(removeTempDirs);

const NEW = { accessId: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', contractId: '8801234567', activatedAt: '2021-06-15T09:00:00.000Z', expiresAt: '2022-03-16T00:00:00.000Z', activatedBy: DEMO.users.staff };

describe('registered IDs in the data file', () => {
  it('an older file whose audit says "activate" (the bot that made IDs up) still loads', async () => {
    const file = join(await tempDir(), 'db.json');
    const old = { id: 'a-1', at: '2021-03-15T09:00:00.000Z', actor: { channel: 'console', tenant: 'local', user: 'contoso-admin' }, action: 'activate', outcome: 'ok', reason: 'activated', orgId: DEMO.orgs.contoso };
    await writeFile(file, JSON.stringify(demoJsonWith(['audit'], [old])));
    const store = await openFileStore({ file, clock, demo: false });
    expect(await store.listAudit()).toEqual([old]);
    await store.close();
  });

  it('a replacement is one activation per org, in memory and after a restart (journal replay and compaction)', async () => {
    const file = join(await tempDir(), 'db.json');
    const store = await openFileStore({ file, clock });
    await store.updateOrg(DEMO.orgs.contoso, () => ({ result: null, changes: { replaceActivation: NEW } }));
    expect((await store.getOrg(DEMO.orgs.contoso))?.activation).toEqual(NEW);
    await store.close();
    // Reopened twice: first from the journal (and compacting after one more write), then from the new snapshot.
    for (let round = 0; round < 2; round++) {
      const reopened = await openFileStore({ file, clock, compactAfter: { bytes: 1, batches: 1 } });
      expect((await reopened.getOrg(DEMO.orgs.contoso))?.activation).toEqual(NEW);
      expect((await reopened.exportData()).activations.filter((a) => a.orgId === DEMO.orgs.contoso)).toEqual([{ orgId: DEMO.orgs.contoso, ...NEW }]);
      await reopened.recordUnanswered({ at: NEW.activatedAt, text: `round ${round}`, locale: 'en' });
      await reopened.close();
    }
  });

  it('setting an activation where one exists is still refused: only an explicit replacement replaces', async () => {
    const store = await openFileStore({ file: join(await tempDir(), 'db.json'), clock });
    await expect(store.updateOrg(DEMO.orgs.contoso, () => ({ result: null, changes: { activation: NEW } }))).rejects.toMatchObject({ code: 'CONFLICT' });
    await store.close();
  });
});
