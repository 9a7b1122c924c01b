import { afterAll, describe, expect, it } from '@jest/globals';
import { ConversationState, TestAdapter } from 'botbuilder';
import { join } from 'node:path';
import { StoreError } from '../../src/core/errors.js';
import { ConversationStorage } from '../../src/store/conversation-storage.js';
import { openFileStore } from '../../src/store/file-store.js';
import { clock, removeTempDirs, tempDir } from './helpers.js';

afterAll(removeTempDirs);

async function open(file?: string) {
  const path = file ?? join(await tempDir(), 'db.json');
  const store = await openFileStore({ file: path, clock });
  return { file: path, store, storage: new ConversationStorage(store) };
}

describe('ConversationStorage (botbuilder Storage on the store)', () => {
  it('round-trips items with an eTag and without undefined fields', async () => {
    const { store, storage } = await open();
    await storage.write({ 'conv/1': { topic: 'benefits', skipped: undefined, nested: { n: 1, gone: undefined } } });
    const items = await storage.read(['conv/1', 'conv/none']);
    expect(Object.keys(items)).toEqual(['conv/1']);
    expect(items['conv/1']).toEqual({ topic: 'benefits', nested: { n: 1 }, eTag: expect.any(String) });
    await store.close();
  });

  it('follows botbuilder eTag rules: none or "*" overwrites, the current one writes, a stale one fails', async () => {
    const { store, storage } = await open();
    await storage.write({ k: { v: 1 } });
    const stale = (await storage.read(['k']))['k'];
    await storage.write({ k: { v: 2 } });
    await storage.write({ k: { v: 3, eTag: '*' } });
    await expect(storage.write({ k: { ...stale, v: 4 } })).rejects.toThrow(StoreError);
    expect((await storage.read(['k']))['k']).toMatchObject({ v: 3 });
    const current = (await storage.read(['k']))['k'];
    await storage.write({ k: { ...current, v: 5 } });
    expect((await storage.read(['k']))['k'].v).toBe(5);
    await store.close();
  });

  it('deletes items', async () => {
    const { store, storage } = await open();
    await storage.write({ a: { x: 1 }, b: { x: 2 } });
    await storage.delete(['a', 'missing']);
    expect(Object.keys(await storage.read(['a', 'b']))).toEqual(['b']);
    await store.close();
  });

  it('keeps conversation state of a real bot across a restart', async () => {
    const first = await open();
    const turns = async (storage: ConversationStorage, says: string[]) => {
      const state = new ConversationState(storage);
      const count = state.createProperty<number>('count');
      const adapter = new TestAdapter(async (context) => {
        const n = (await count.get(context, 0)) + 1;
        await count.set(context, n);
        await context.sendActivity(`turn ${n}`);
        await state.saveChanges(context);
      });
      for (const say of says) await adapter.send('hi').assertReply(say);
    };
    await turns(first.storage, ['turn 1', 'turn 2']);
    await first.store.close();
    const second = await open(first.file);
    await turns(second.storage, ['turn 3']);
    await second.store.close();
  });
});
