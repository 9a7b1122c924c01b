import { cp } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from '@jest/globals';
import { ActivityTypes, TestAdapter, type Activity, type TurnContext } from 'botbuilder';
import { PersonConversationState } from '../../../dialogs/person-state.js';
import { RedeliveryGuard } from '../../../src/channels/dedupe.js';
import { ConversationStorage } from '../../../src/store/conversation-storage.js';
import { openFileStore, type FileStore } from '../../../src/store/file-store.js';
import { systemClock } from '../../../src/store/ids.js';
import { removeTempDirs, tempDir } from '../support/test-server.js';

let store: FileStore;
let storeFile: string;
let handled: string[];

beforeEach(async () => {
  storeFile = join(await tempDir(), 'db.json');
  store = await openFileStore({ file: storeFile, clock: systemClock, demo: false });
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

/**
 * The bot's shape of a turn: it loads its conversation state, replies, then saves the state
 * (with the guard's claim) at the end. `stall` holds a turn after its reply, before its save.
 */
function statefulTurn(target: FileStore, writes: string[][], stall?: { id: string; replied: () => void; until: Promise<void> }) {
  const counted = { readState: (keys: string[]) => target.readState(keys), writeState: (items: Parameters<FileStore['writeState']>[0]) => (writes.push(Object.keys(items).sort()), target.writeState(items)), deleteState: (keys: string[]) => target.deleteState(keys) };
  const state = new PersonConversationState(new ConversationStorage(counted));
  const said = state.createProperty<string[]>('said');
  const logic = async (context: TurnContext) => {
    (await said.get(context, [])).push(context.activity.text ?? '');
    handled.push(context.activity.id ?? '(no id)');
    await context.sendActivity(`got ${context.activity.text ?? ''}`);
    if (stall && stall.id === context.activity.id) {
      stall.replied();
      await stall.until;
    }
    await state.saveChanges(context);
  };
  return { guard: new RedeliveryGuard({ store: counted }), logic, said };
}

/** What a crash leaves: the store's files as they are now (the copy is opened as after a restart). */
async function filesAsAfterCrash(file: string): Promise<string> {
  const copy = join(await tempDir(), 'db.json');
  await cp(dirname(file), dirname(copy), { recursive: true, filter: (source) => !source.endsWith('.lock') });
  return copy;
}

describe('RedeliveryGuard on the file store: one durable commit per turn', () => {
  it('writes the claim in the same store write as the turn\'s conversation state', async () => {
    const writes: string[][] = [];
    const { guard, logic } = statefulTurn(store, writes);
    const adapter = new TestAdapter(logic).use(guard);
    const conversation = adapter.conversation.conversation.id;
    await adapter.send(activity('m1', { text: 'one' })).assertReply('got one');
    await adapter.send(activity('m2', { text: 'two' })).assertReply('got two');
    await adapter.processActivity(activity('m2', { text: 'two' }));
    expect(handled).toEqual(['m1', 'm2']);
    expect(writes).toEqual([[`dedupe/test/${conversation}`, `test/conversations/${conversation}/`], [`dedupe/test/${conversation}`, `test/conversations/${conversation}/`]]);
    const stored = await store.readState([`dedupe/test/${conversation}`]);
    expect(stored[`dedupe/test/${conversation}`]?.value).toEqual({ ids: ['m1', 'm2'] });
  });

  it('skips a redelivery after a restart once the turn committed', async () => {
    const { guard, logic } = statefulTurn(store, []);
    const adapter = new TestAdapter(logic).use(guard);
    await adapter.send(activity('c1', { text: 'one' })).assertReply('got one');
    const restarted = await openFileStore({ file: await filesAsAfterCrash(storeFile), clock: systemClock, demo: false });
    try {
      const again = statefulTurn(restarted, []);
      await new TestAdapter(again.logic).use(again.guard).processActivity(activity('c1', { text: 'one' }));
      expect(handled).toEqual(['c1']);
    } finally {
      await restarted.close();
    }
  });

  it('answers a redelivery again after a crash between the reply and the commit (at least once), from the state before it', async () => {
    let release = () => {};
    let replied = () => {};
    const stall = { id: 'k2', replied: () => replied(), until: new Promise<void>((resolve) => (release = resolve)) };
    const repliedToK2 = new Promise<void>((resolve) => (replied = resolve));
    const { guard, logic } = statefulTurn(store, [], stall);
    const adapter = new TestAdapter(logic).use(guard);
    await adapter.send(activity('k1', { text: 'first' })).assertReply('got first');
    const turn = adapter.processActivity(activity('k2', { text: 'second' }));
    await repliedToK2;
    // The reply to k2 is out; the process "dies" before k2's commit.
    const crashed = await filesAsAfterCrash(storeFile);
    release();
    await turn;

    const restarted = await openFileStore({ file: crashed, clock: systemClock, demo: false });
    try {
      const again = statefulTurn(restarted, []);
      const replies: string[] = [];
      const next = new TestAdapter(async (context) => {
        await again.logic(context);
        replies.push((await again.said.get(context, [])).join(','));
      }).use(again.guard);
      await next.processActivity(activity('k1', { text: 'first' }));
      await next.processActivity(activity('k2', { text: 'second' }));
      expect(handled).toEqual(['k1', 'k2', 'k2']);
      // k2's first run left nothing: its redelivery continues from the state k1 committed.
      expect(replies).toEqual(['first,second']);
    } finally {
      await restarted.close();
    }
  });
});

describe('RedeliveryGuard: overlapping turns of one conversation', () => {
  it('fails a turn before it runs when the store takes no writes (the user gets only the apology, no answer)', async () => {
    const closed = await openFileStore({ file: join(await tempDir(), 'db.json'), clock: systemClock, demo: false });
    await closed.close();
    const guard = new RedeliveryGuard({ store: closed });
    const context = { activity: { id: 'z1', type: 'message', channelId: 'msteams', conversation: { id: 'c' } }, turnState: new Map() } as unknown as TurnContext;
    await expect(guard.onTurn(context, async () => void handled.push('z1'))).rejects.toMatchObject({ code: 'WRITE_FAILED' });
    expect(handled).toEqual([]);
    expect(guard.pending).toBe(0);
  });


  it('answers each id once and remembers the last `keep`, however many turns overlap', async () => {
    const guard = new RedeliveryGuard({ store, keep: 3 });
    const context = (id: string) => ({ activity: { id, type: 'message', channelId: 'msteams', conversation: { id: 'busy' } }, turnState: new Map() }) as unknown as TurnContext;
    let open = () => {};
    const gate = new Promise<void>((resolve) => (open = resolve));
    const turn = (id: string) => guard.onTurn(context(id), async () => {
      handled.push(id);
      await gate;
    });
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const running = [...ids, 'c', 'f'].map(turn);
    while (handled.length < ids.length) await new Promise((resolve) => setImmediate(resolve));
    open();
    await Promise.all(running);
    expect(handled).toEqual(ids);
    expect(guard.pending).toBe(0);
    expect((await store.readState(['dedupe/msteams/busy']))['dedupe/msteams/busy']?.value).toEqual({ ids: ['d', 'e', 'f'] });
    await turn('f');
    expect(handled).toEqual(ids);
  });
});
