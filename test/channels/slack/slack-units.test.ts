import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import { pino } from 'pino';
import type { Answer } from '../../../src/core/answer.js';
import { presentBlocks } from '../../../src/channels/slack/present-blocks.js';
import { SeenEvents } from '../../../src/channels/slack/seen-events.js';
import { SlackAdapter, activityOf } from '../../../src/channels/slack/slack-adapter.js';
import type { SlackReply } from '../../../src/channels/slack/slack-sender.js';
import { clickInput, commandInput, eventInput, plainText, type SlackInput } from '../../../src/channels/slack/slack-inputs.js';
import { openFileStore } from '../../../src/store/file-store.js';
import { systemClock } from '../../../src/store/ids.js';

const command = (text: string) => ({ team_id: 'T1', user_id: 'U1', channel_id: 'C1', text, trigger_id: 'tr1', response_url: 'https://hooks.slack.com/commands/T1/1/x' });

describe('Slack inputs', () => {
  it.each([
    ['ids public', 'ids', true],
    ['public benefits gold', 'benefits gold', true],
    ['공개 혜택', '혜택', true],
    ['why the public preview fails', 'why the public preview fails', false],
    ['public', '', true],
    ['  help  ', 'help', false],
  ])('/partner %j → text %j, in the channel: %s', (text, expected, isPublic) => {
    const input = commandInput(command(text));
    expect(input.text).toBe(expected);
    expect(input.place.private).toBe(!isPublic);
    expect(input.route).toEqual({ via: 'response_url', url: command(text).response_url, responseType: isPublic ? 'in_channel' : 'ephemeral' });
  });

  it('turns Slack markup back into what the user typed (mentions dropped, links and escapes decoded)', () => {
    expect(plainText('<@U0BOT> why &lt;Access ID&gt; &amp; <https://portal.azure.com|portal> in <#C1|general>')).toBe('why <Access ID> & portal in #general');
  });

  it('rejects a slash command without a response_url (zod at the edge)', () => {
    expect(() => commandInput({ ...command('help'), response_url: undefined })).toThrow();
  });

  it('a DM thread stays private and is answered in its thread; mentions open a thread at the message', () => {
    const envelope = (event: Record<string, unknown>) => ({ team_id: 'T1', event_id: 'Ev1', event });
    const dm = eventInput(envelope({ type: 'message', channel_type: 'im', channel: 'D1', user: 'U1', text: 'hi', ts: '2.0', thread_ts: '1.0' }));
    expect(dm).toMatchObject({ kind: 'dm', place: { private: true, channel: 'D1' }, route: { via: 'chat', channel: 'D1', thread: '1.0' } });
    const mention = eventInput(envelope({ type: 'app_mention', channel: 'C1', user: 'U1', text: '<@U0BOT> hi', ts: '3.0' }));
    expect(mention).toMatchObject({ kind: 'mention', text: 'hi', place: { private: false, channel: 'C1', thread: '3.0' }, route: { via: 'chat', channel: 'C1', thread: '3.0' } });
    expect(eventInput(envelope({ type: 'message', channel_type: 'channel', channel: 'C1', user: 'U1', text: 'hi', ts: '4.0' }))).toBeUndefined();
  });

  it('a click on an ephemeral reply is private; on a top-level channel message it goes back through the response_url', () => {
    const click = (container: Record<string, unknown>) => ({
      type: 'block_actions', user: { id: 'U1', team_id: 'T1' }, container, trigger_id: 't', response_url: 'https://hooks.slack.com/actions/x', actions: [{ action_id: 'choice:0', value: 'yes' }],
    });
    expect(clickInput(click({ channel_id: 'C1', is_ephemeral: true }))).toMatchObject({ choice: 'yes', place: { private: true }, route: { responseType: 'ephemeral' } });
    expect(clickInput(click({ channel_id: 'C1', is_ephemeral: false }))).toMatchObject({ place: { private: false }, route: { via: 'response_url', responseType: 'in_channel' } });
    expect(clickInput(click({ channel_id: 'D1', is_ephemeral: false }))).toMatchObject({ place: { private: true }, route: { via: 'chat', channel: 'D1' } });
  });
});

/** A Web API client that records chat.postMessage / chat.postEphemeral bodies. */
function recordingClient(delivered: SlackReply[] = []) {
  const record = async (args: unknown) => {
    delivered.push(args as SlackReply);
    return { ok: true };
  };
  return { client: { chat: { postMessage: record, postEphemeral: record } } as unknown as Parameters<SlackAdapter['processTurn']>[0]['client'], delivered };
}

describe('SlackAdapter', () => {
  const sensitive: Answer = { kind: 'ids', locale: 'en', title: 'Your IDs', facts: [{ label: 'Access ID', value: 'SECRET-ACCESS-ID' }], sensitive: true };
  const shared: SlackInput = { kind: 'mention', id: 'Ev1', team: 'T1', user: 'U1', text: 'ids', place: { private: false, channel: 'C1', thread: '1.0' }, route: { via: 'chat', channel: 'C1', thread: '1.0' } };

  it('withholds a sensitive answer from a shared place even if the bot sends one', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'trace' }, new Writable({ write: (c: Buffer, _e, done) => { lines.push(c.toString()); done(); } }));
    const { client, delivered } = recordingClient();
    const adapter = new SlackAdapter({ logger });
    await adapter.processTurn({ input: shared, client }, async (context) => {
      await context.sendActivity(presentBlocks(sensitive));
      await context.sendActivity(presentBlocks({ ...sensitive, facts: [], title: 'General', sensitive: false }));
    });
    expect(delivered.map((r) => r.text)).toEqual(['General']);
    expect(lines.join('')).toContain('withheld');
    expect(lines.join('')).not.toContain('SECRET-ACCESS-ID');
  });

  it('delivers a sensitive answer in a private place', async () => {
    const { client, delivered } = recordingClient();
    const adapter = new SlackAdapter({ logger: pino({ level: 'silent' }) });
    const input: SlackInput = { ...shared, kind: 'dm', place: { private: true, channel: 'D1' }, route: { via: 'chat', channel: 'D1' } };
    await adapter.processTurn({ input, client }, async (context) => {
      await context.sendActivity(presentBlocks(sensitive));
    });
    expect(JSON.stringify(delivered)).toContain('SECRET-ACCESS-ID');
  });

  it('runs the turns of one conversation one after the other', async () => {
    const adapter = new SlackAdapter({ logger: pino({ level: 'silent' }) });
    const order: string[] = [];
    let release: () => void = () => undefined;
    let started: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const aStarted = new Promise<void>((resolve) => (started = resolve));
    const turn = (name: string, wait?: Promise<void>) =>
      adapter.processTurn({ input: { ...shared, id: name }, client: recordingClient().client }, async () => {
        order.push(`${name} start`);
        if (wait) started();
        await wait;
        order.push(`${name} end`);
      });
    const first = turn('a', gate);
    const second = turn('b');
    await aStarted;
    // "b" is queued behind "a", which waits for the gate: nothing of "b" has run yet.
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual(['a start']);
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(['a start', 'a end', 'b start', 'b end']);
  });

  it('makes the activity PartnerBot reads: Slack identity, scope, button value without text', () => {
    const click: SlackInput = { kind: 'click', id: 't', team: 'T1', user: 'U1', choice: 'yes', place: { private: true, channel: 'C1' }, route: { via: 'response_url', url: 'https://hooks.slack.com/actions/x', responseType: 'ephemeral' } };
    expect(activityOf(click, 'ko-KR')).toMatchObject({
      channelId: 'slack', from: { id: 'U1' }, channelData: { team_id: 'T1' }, value: { choice: 'yes' }, locale: 'ko-KR',
      conversation: { id: 'slack:T1:U1:dm', conversationType: 'personal' },
    });
    expect(activityOf(click).text).toBeUndefined();
    expect(activityOf(shared).conversation).toMatchObject({ id: 'slack:T1:C1:1.0:U1', conversationType: 'channel' });
  });
});

describe('SeenEvents', () => {
  it('claims an event id once, and still knows it after the store is reopened (a restart)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'seen-events-'));
    try {
      const file = join(dir, 'db.json');
      const first = await openFileStore({ file, clock: systemClock });
      const seen = new SeenEvents({ store: first });
      expect(await Promise.all([seen.claim('Ev1'), seen.claim('Ev1')])).toEqual([true, false]);
      expect(await seen.claim('Ev2')).toBe(true);
      await first.close();

      const second = await openFileStore({ file, clock: systemClock });
      const afterRestart = new SeenEvents({ store: second });
      expect(await afterRestart.claim('Ev1')).toBe(false);
      expect(await afterRestart.claim('Ev3')).toBe(true);
      await second.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('forgets the oldest ids beyond its limit', async () => {
    const state = new Map<string, { eTag: string; value: Record<string, unknown> }>();
    const store = {
      readState: async (keys: string[]) => Object.fromEntries(keys.flatMap((k) => (state.has(k) ? [[k, state.get(k)!]] : []))),
      writeState: async (items: Record<string, { value: Record<string, unknown> }>) => {
        for (const [k, v] of Object.entries(items)) state.set(k, { eTag: '1', value: v.value });
      },
    };
    const seen = new SeenEvents({ store, limit: 2 });
    for (const id of ['a', 'b', 'c']) expect(await seen.claim(id)).toBe(true);
    expect(state.get('slack/seen-events')?.value).toEqual({ ids: ['b', 'c'] });
    expect(await seen.claim('a')).toBe(true);
    expect(await seen.claim('c')).toBe(false);
  });

  it('shares one write among the claims made while a write is under way, each resolved only once its id is written', async () => {
    const writes: string[][] = [];
    let release: () => void = () => undefined;
    const store = {
      readState: async () => ({}),
      writeState: async (items: Record<string, { value: Record<string, unknown> }>) => {
        writes.push([...(items['slack/seen-events']?.value['ids'] as string[])]);
        await new Promise<void>((resolve) => (release = resolve));
      },
    };
    const seen = new SeenEvents({ store });
    const resolved: string[] = [];
    const claim = (id: string) => seen.claim(id).then(() => void resolved.push(id));
    const first = claim('a');
    await new Promise((resolve) => setImmediate(resolve));
    const later = ['b', 'c', 'd'].map(claim);
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes).toEqual([['a']]);
    expect(resolved).toEqual([]);
    release();
    await first;
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes).toEqual([['a'], ['a', 'b', 'c', 'd']]);
    expect(resolved).toEqual(['a']);
    release();
    await Promise.all(later);
    expect(resolved).toEqual(['a', 'b', 'c', 'd']);
    expect(writes).toHaveLength(2);
  });
});
