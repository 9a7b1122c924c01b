import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from '@jest/globals';
import { ActivityTypes, TestAdapter, type Activity } from 'botbuilder';
import { RedeliveryGuard } from '../../../src/channels/dedupe.js';
import { openFileStore, type FileStore } from '../../../src/store/file-store.js';
import { systemClock } from '../../../src/store/ids.js';
import { removeTempDirs, tempDir } from '../support/test-server.js';

let store: FileStore;
let handled: string[];

beforeEach(async () => {
  store = await openFileStore({ file: join(await tempDir(), 'db.json'), clock: systemClock, demo: false });
  handled = [];
});

afterAll(async () => {
  await store?.close();
  await removeTempDirs();
});

function adapterWith(guard: RedeliveryGuard, template?: Partial<Activity>): TestAdapter {
  return new TestAdapter(async (context) => {
    handled.push(context.activity.id || '(no id)');
  }, template).use(guard);
}

const activity = (id: string | undefined, extra: Partial<Activity> = {}): Partial<Activity> => ({ type: ActivityTypes.Message, text: 'hi', ...(id ? { id } : {}), ...extra });

describe('RedeliveryGuard', () => {
  it('remembers only the last `keep` ids of a conversation', async () => {
    const adapter = adapterWith(new RedeliveryGuard({ store, keep: 3 }));
    for (const id of ['a', 'b', 'c', 'd']) await adapter.processActivity(activity(id));
    await adapter.processActivity(activity('d'));
    await adapter.processActivity(activity('a'));
    expect(handled).toEqual(['a', 'b', 'c', 'd', 'a']);
    const [state] = Object.values(await store.readState([`dedupe/test/${adapter.conversation.conversation.id}`]));
    expect(state?.value).toEqual({ ids: ['c', 'd', 'a'] });
  });

  it('keeps conversations apart: the same id in another conversation is processed', async () => {
    const adapter = adapterWith(new RedeliveryGuard({ store }));
    await adapter.processActivity(activity('x'));
    await adapter.processActivity(activity('x', { conversation: { id: 'other', isGroup: false, conversationType: 'personal', name: '' } }));
    expect(handled).toEqual(['x', 'x']);
  });

  it('lets activities without an id through every time', async () => {
    // TestAdapter numbers activities unless its template says otherwise.
    const adapter = adapterWith(new RedeliveryGuard({ store }), { id: '' });
    await adapter.processActivity(activity(undefined));
    await adapter.processActivity(activity(undefined));
    expect(handled).toEqual(['(no id)', '(no id)']);
  });

  it('lets a repeated invoke through (the channel waits for its response)', async () => {
    const adapter = adapterWith(new RedeliveryGuard({ store }));
    await adapter.processActivity(activity('inv', { type: ActivityTypes.Invoke }));
    await adapter.processActivity(activity('inv', { type: ActivityTypes.Invoke }));
    expect(handled).toEqual(['inv', 'inv']);
  });

  it('starts over from a damaged record instead of failing the turn', async () => {
    const adapter = adapterWith(new RedeliveryGuard({ store }));
    await store.writeState({ [`dedupe/test/${adapter.conversation.conversation.id}`]: { value: { ids: 'not a list' } } });
    await adapter.processActivity(activity('y'));
    await adapter.processActivity(activity('y'));
    expect(handled).toEqual(['y']);
  });
});
