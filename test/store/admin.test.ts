import { afterAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DEMO } from '../../src/store/demo-data.js';
import { openFileStore } from '../../src/store/file-store.js';
import { SCHEMA_VERSION } from '../../src/store/schema.js';
import { adminContext, clock, demoJsonWith, removeTempDirs, tempDir } from './helpers.js';

afterAll(removeTempDirs);

const admin = adminContext;

async function writeJson(file: string, data: unknown): Promise<string> {
  await writeFile(file, JSON.stringify(data));
  return file;
}

const badFile = demoJsonWith(['orgs', 2, 'membership', 'offer'], 42);

describe('admin commands', () => {
  it('validates a good file with a summary (0) and a bad one with path-qualified errors (1)', async () => {
    const { dir, out, err, run } = await admin();
    const good = await writeJson(join(dir, 'good.json'), demoJsonWith(['state'], undefined));
    expect(await run('validate', good)).toBe(0);
    expect(out).toEqual([`${good}: valid (schema version ${SCHEMA_VERSION}): 7 orgs, 15 users, 4 activations, 1 links, 16 ledger entries, 0 state items`]);
    const bad = await writeJson(join(dir, 'bad.json'), badFile);
    expect(await run('validate', bad)).toBe(1);
    expect(err[0]).toContain(`${bad}: orgs[2].membership.offer: `);
  });

  it('validates the store data file by default and reports a missing one', async () => {
    const { ctx, err, run } = await admin();
    expect(await run('validate')).toBe(1);
    expect(err[0]).toContain(`${ctx.dataFile}: cannot read`);
    await (await openFileStore({ file: ctx.dataFile, clock })).close();
    expect(await run('validate')).toBe(0);
  });

  it('imports a good file, replacing records and keeping conversation state', async () => {
    const { dir, ctx, out, run } = await admin();
    const store = await openFileStore({ file: ctx.dataFile, clock });
    await store.writeState({ conv: { value: { step: 1 } } });
    await store.close();
    const file = await writeJson(join(dir, 'import.json'), demoJsonWith(['orgs', 0, 'name'], 'Contoso Renamed'));
    expect(await run('import', file)).toBe(0);
    expect(out[0]).toBe(`imported ${file} into ${ctx.dataFile}: 7 orgs, 15 users, 4 activations, 1 links, 16 ledger entries`);
    const reopened = await openFileStore({ file: ctx.dataFile, clock });
    expect((await reopened.getOrg(DEMO.orgs.contoso))?.org.name).toBe('Contoso Renamed');
    expect((await reopened.readState(['conv']))['conv']?.value).toEqual({ step: 1 });
    await reopened.close();
  });

  it('refuses a bad import file (1) and leaves the store file untouched', async () => {
    const { dir, ctx, err, run } = await admin();
    await (await openFileStore({ file: ctx.dataFile, clock })).close();
    const before = await readFile(ctx.dataFile);
    const bad = await writeJson(join(dir, 'bad.json'), badFile);
    expect(await run('import', bad)).toBe(1);
    expect(err.join('\n')).toContain('orgs[2].membership.offer');
    expect(await readFile(ctx.dataFile)).toEqual(before);
  });

  it.each([
    ['an offer the catalog lacks', ['orgs', 0, 'membership', 'offer'], 'platinum', /orgs\[0\]\.membership\.offer: unknown offer "platinum" in mpn-2021/],
    ['a competency the catalog lacks', ['orgs', 0, 'membership', 'competencies', 0], 'quantum', /orgs\[0\]\.membership\.competencies\[0\]: unknown competency "quantum"/],
    ['a program the catalog lacks', ['orgs', 0, 'membership', 'program'], 'mpn-1999', /orgs\[0\]\.membership\.program: unknown program "mpn-1999"/],
    ['a ledger line no offer has', ['ledger', 0, 'benefit'], 'free-lunch', /ledger\[0\]\.benefit: unknown entitlement line "free-lunch"/],
  ])('refuses %s in validate and import, naming the field', async (_what, path, value, message) => {
    const { dir, run, err } = await admin();
    const file = await writeJson(join(dir, 'bad-catalog.json'), demoJsonWith(path as (string | number)[], value));
    expect(await run('validate', file)).toBe(1);
    expect(await run('import', file)).toBe(1);
    expect(err.join('\n')).toMatch(message);
  });

  it('exports the records without state, to stdout or a file that imports again', async () => {
    const { dir, ctx, out, run } = await admin();
    const store = await openFileStore({ file: ctx.dataFile, clock });
    await store.writeState({ conv: { value: { secret: 'not exported' } } });
    await store.close();
    expect(await run('export')).toBe(0);
    const exported = JSON.parse(out.join('\n')) as Record<string, unknown>;
    const { state: _state, audit: _audit, tickets: _tickets, unanswered: _unanswered, ...records } = demoJsonWith([], undefined) as Record<string, unknown>;
    expect(exported).toEqual(records);
    const file = join(dir, 'export.json');
    expect(await run('export', file)).toBe(0);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(exported);
    expect(await run('import', file)).toBe(0);
  });

  it('prints usage for an unknown command or missing argument (2)', async () => {
    const { err, run } = await admin();
    expect(await run('frobnicate')).toBe(2);
    expect(await run('import')).toBe(2);
    expect(err[0]).toMatch(/^Usage: npm run admin -- <command>/);
  });
});

describe('the admin CLI process', () => {
  const cli = (args: string[], env: Record<string, string>) =>
    promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/admin/cli.ts', ...args], { env: { ...process.env, ...env } }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
    );

  it('exits 1 with the file and field path for a bad file, 0 for a good one', async () => {
    const dir = await tempDir();
    const bad = await writeJson(join(dir, 'bad.json'), badFile);
    const refused = await cli(['validate', bad], {});
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`${bad}: orgs[2].membership.offer: `);
    const dataFile = join(dir, 'db.json');
    await (await openFileStore({ file: dataFile, clock })).close();
    const accepted = await cli(['validate'], { DATA_FILE: dataFile });
    expect(accepted).toMatchObject({ code: 0, stdout: expect.stringContaining(`${dataFile}: valid`) });
  });

  it('exits 2 with usage for an unknown command', async () => {
    expect(await cli(['nope'], {})).toMatchObject({ code: 2, stderr: expect.stringContaining('Usage:') });
  });
});
