import { afterAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { StoreError } from '../../src/core/errors.js';
import { demoData } from '../../src/store/demo-data.js';
import { DurableJsonFile, readSealed } from '../../src/store/durable-json-file.js';
import { openFileStore } from '../../src/store/file-store.js';
import { snapshotOf } from '../../src/store/load-store.js';
import { clock, demoJsonWith, removeTempDirs, tempDir } from './helpers.js';

afterAll(removeTempDirs);

/** A file adapter that reports what `read` saw: the parsed data and whether the seal matched. */
async function sealedFile() {
  const file = join(await tempDir(), 'data.json');
  const seen: { sealed?: boolean } = {};
  const adapter = new DurableJsonFile<Record<string, unknown>>(file, (raw, sealed) => {
    seen.sealed = sealed;
    return raw as Record<string, unknown>;
  });
  return { file, adapter, seen };
}

describe('the seal of a data file', () => {
  it('is the last key of what the adapter writes, matches on read and is not part of the data', async () => {
    const { file, adapter, seen } = await sealedFile();
    const data = { schemaVersion: 3, list: [{ a: 1 }, { b: 'é' }], state: {} };
    await adapter.write(data);
    expect(await readFile(file, 'utf8')).toMatch(/\n {2}"state": \{\},\n {2}"sum": "[0-9a-f]{16}"\n\}\n$/);
    expect(await adapter.read()).toEqual(data);
    expect(seen.sealed).toBe(true);
  });

  it.each([
    ['one record changed', (text: string) => text.replace('"a":1', '"a":2')],
    ['a record removed', (text: string) => text.replace('{"a":1},', '')],
    ['the seal removed', (text: string) => text.replace(/,\n {2}"sum": "[0-9a-f]+"/, '')],
    ['rewritten by hand', (text: string) => `${JSON.stringify(JSON.parse(text), null, 2)}\n`],
  ])('does not match after the file was changed: %s', async (_name, change) => {
    const { file, adapter, seen } = await sealedFile();
    await adapter.write({ schemaVersion: 3, list: [{ a: 1 }, { b: 2 }] });
    const changed = change(await readFile(file, 'utf8'));
    await writeFile(file, changed);
    expect(await adapter.read()).not.toHaveProperty('sum');
    expect(seen.sealed).toBe(false);
  });
});

describe('reading a sealed file record by record', () => {
  it('reads records across the chunks it reads, multi-byte characters and lines longer than a chunk included', async () => {
    const { file, adapter, seen } = await sealedFile();
    // ~3 MB: lines of every length cross the 1 MB reads, some of them inside a Korean character; one line is 2.5 MB.
    const data = {
      schemaVersion: 3,
      list: Array.from({ length: 20_000 }, (_, i) => ({ i, text: '가나다 é'.repeat(i % 17), n: i % 7 === 0 ? null : i / 3 })),
      state: { big: { value: 'x'.repeat(2_500_000) }, 'k "quoted"': { value: '한국어' } },
    };
    await adapter.write(data);
    expect(await readSealed(file)).toEqual(data);
    expect(await adapter.read()).toEqual(data);
    expect(seen.sealed).toBe(true);
  });

  it('still reads a sealed file laid out otherwise (parsed whole)', async () => {
    const { file, adapter, seen } = await sealedFile();
    const data = { schemaVersion: 3, list: [{ a: 1 }], state: {} };
    const body = JSON.stringify(data).replace(/\}$/, '');
    const sum = createHash('sha256').update(body).digest('hex').slice(0, 16);
    await writeFile(file, `${body},\n  "sum": "${sum}"\n}\n`);
    expect(await readSealed(file)).toBeUndefined();
    expect(await adapter.read()).toEqual(data);
    expect(seen.sealed).toBe(true);
  });
});

describe('opening a data file the store sealed', () => {
  async function sealedStoreFile(raw: unknown): Promise<string> {
    const file = join(await tempDir(), 'db.json');
    await new DurableJsonFile(file, (x) => x as object).write(raw as object);
    return file;
  }

  it('opens it', async () => {
    const file = await sealedStoreFile(snapshotOf(demoData(clock), 0));
    const store = await openFileStore({ file, clock });
    expect((await store.findOrgs('contoso')).length).toBe(1);
    await store.close();
  });

  it.each([
    ['another schema version', demoJsonWith(['schemaVersion'], 99), /schemaVersion: unsupported schema version/],
    ['a section of the wrong type', demoJsonWith(['ledger'], {}), /: ledger: /],
    ['a missing section', demoJsonWith(['orgs'], undefined), /: orgs: /],
  ])('still refuses %s with the full check\'s message', async (_name, raw, message) => {
    const file = await sealedStoreFile(raw);
    const error = await openFileStore({ file, clock }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('SCHEMA_INVALID');
    expect((error as StoreError).message).toContain(file);
    expect((error as StoreError).message).toMatch(message);
  });
});
