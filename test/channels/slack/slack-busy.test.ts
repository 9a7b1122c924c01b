import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { TurnQueue } from '../../../src/channels/turn-queue.js';
import { SLACK_USERS, SlackTestBed, dmChannel, titleOf, type Who } from './slack-test-bed.js';

/**
 * The door acks every signed request at once and queues its turn; with the queue full it still
 * acks and tells the user to try again. The fake Slack holds `users.info` (every turn asks it for
 * a new user's locale) until the test lets go, so turns are blocked deterministically while the
 * burst arrives: one runs, two wait, the rest overflow.
 */
let bed: SlackTestBed;
const queue = new TurnQueue({ concurrency: 1, maxBacklog: 2 });
/** Lets the held users.info calls go (also after a failed assertion, so closing does not wait forever). */
let release: () => void = () => undefined;
beforeAll(async () => {
  bed = await SlackTestBed.start({ queue });
});
afterEach(() => release());
afterAll(async () => {
  await bed.close();
});

let seq = 0;
const newUser = (): Who => ({ team: SLACK_USERS.contosoUser.team, user: `U0BUSY${++seq}` });

describe('a burst beyond the turn queue', () => {
  it('gets an ack for every request, answers the queued turns, and tells each overflowing user "busy" once, in their language', async () => {
    const users = Array.from({ length: 6 }, newUser);
    bed.slack.locales[users[4]!.user] = 'ko-KR';
    // A turn before the burst: the bot knows this person's locale (the busy reply asks Slack nothing).
    await bed.command(users[4]!, 'help', { key: 'before' });
    await bed.endpoint.idle();
    bed.slack.reset();
    bed.slack.holdUsersInfo = new Promise<void>((resolve) => (release = resolve));

    const acks = [];
    for (const [i, who] of users.slice(0, 5).entries()) acks.push(await bed.command(who, 'help', { key: `burst-${i}` }));
    acks.push(await bed.dm(users[5]!, 'help'));
    // Every ack came back while no turn could finish.
    expect(acks.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect({ active: queue.active, waiting: queue.depth }).toEqual({ active: 1, waiting: 2 });
    expect(bed.slack.responses.filter((r) => titleOf(r.body) === 'How can I help?')).toHaveLength(0);

    release();
    bed.slack.holdUsersInfo = undefined;
    await bed.endpoint.idle();

    const byKey = new Map(bed.slack.responses.map((r) => [r.key, r.body]));
    expect(bed.slack.responses).toHaveLength(5); // one reply per command, none twice
    for (const key of ['burst-0', 'burst-1', 'burst-2']) expect(titleOf(byKey.get(key)!)).toBe('How can I help?');
    expect(titleOf(byKey.get('burst-3')!)).toBe('Busy right now');
    expect(byKey.get('burst-3')).toMatchObject({ response_type: 'ephemeral' });
    expect(byKey.get('burst-3')?.text).toMatch(/try again in a moment/);
    expect(titleOf(byKey.get('burst-4')!)).toBe('지금은 요청이 너무 많습니다');
    expect(byKey.get('burst-4')?.text).toMatch(/잠시 후 다시 시도해 주세요/);
    // The DM's busy reply goes where its answer would have gone: chat.postMessage to the DM.
    const posts = bed.slack.posts().map((p) => p.args as { channel: string; blocks?: never });
    expect(posts).toHaveLength(1);
    expect(posts[0]?.channel).toBe(dmChannel(users[5]!));
    expect(titleOf(posts[0]!)).toBe('Busy right now');
    expect({ active: queue.active, waiting: queue.depth }).toEqual({ active: 0, waiting: 0 });
    // users.info for the three turns only: under overload the door does not call Slack to learn a locale.
    expect(bed.slack.calls.filter((c) => c.method === 'users.info')).toHaveLength(3);
  });

  it('once the burst is over, turns are answered again', async () => {
    bed.slack.reset();
    const who = newUser();
    expect((await bed.command(who, 'help', { key: 'after' })).status).toBe(200);
    await bed.endpoint.idle();
    expect(bed.slack.responses.map((r) => [r.key, titleOf(r.body)])).toEqual([['after', 'How can I help?']]);
  });
});
