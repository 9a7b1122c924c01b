import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SLACK_USERS, titleOf } from '../slack/slack-test-bed.js';
import { cardOf, cardText } from '../support/cards.js';
import { stranger, teamsMessage } from '../support/teams-activities.js';
import { removeTempDirs } from '../support/test-server.js';
import { activityId, directMessage, postSlack, slashCommand, startBothDoors, type BothDoors } from './both-doors.js';

/**
 * One message must never stall the bot. These inputs took seconds to minutes of event-loop time
 * each (quadratic and cubic work on user text) and froze every other conversation and /healthz.
 * Through the real server they now finish quickly, the user is told only the start was read,
 * and /healthz keeps answering meanwhile. (The < 100 ms recognition bound itself is measured
 * in-process, in test/language/bounded-work.test.ts.)
 */
let doors: BothDoors;

beforeAll(async () => {
  doors = await startBothDoors({ RATE_LIMIT_PER_MINUTE: '1000' });
});

afterAll(async () => {
  await doors?.close();
  await removeTempDirs();
});

const HANGUL_10K = Array.from({ length: 10_000 }, (_, i) => String.fromCharCode(0xac00 + ((i * 7919) % 11_172))).join('');
const INPUTS: [string, string][] = [
  ['10,000 unspaced Hangul syllables', HANGUL_10K],
  ['40,000 letters then " y!"', `${'a'.repeat(40_000)} y!`],
  ['"a" + 40,000 dashes + "x"', `a${'-'.repeat(40_000)}x`],
  ['40,000 characters of mixed scripts', Array.from({ length: 40_000 }, (_, i) => ['가', 'a', '-', ' ', '1', 'я', '+', '😀'][i % 8]).join('')],
];

/** Runs `turn` while polling /healthz; returns the turn's duration and the slowest /healthz answer. */
async function whileHealthPolled(turn: () => Promise<unknown>): Promise<{ turnMs: number; slowestHealthMs: number; polls: number }> {
  let done = false;
  let slowestHealthMs = 0;
  let polls = 0;
  const poll = async () => {
    while (!done) {
      const start = performance.now();
      const res = await fetch(`${doors.server.url}/healthz`);
      expect(res.status).toBe(200);
      slowestHealthMs = Math.max(slowestHealthMs, performance.now() - start);
      polls += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };
  const polling = poll();
  const start = performance.now();
  try {
    await turn();
  } finally {
    done = true;
  }
  const turnMs = performance.now() - start;
  await polling;
  return { turnMs, slowestHealthMs, polls };
}

describe('Teams: pathological messages', () => {
  it.each(INPUTS)('%s: answered quickly with a note that only the start was read; /healthz stays fast', async (_name, text) => {
    const before = doors.connector.messages().length;
    const activity = { ...teamsMessage({ serviceUrl: doors.connector.url, user: stranger, text }), id: activityId() };
    const timing = await whileHealthPolled(async () => expect((await doors.server.post(activity)).status).toBe(200));
    const cards = doors.connector.messages().slice(before).map((m) => cardText(cardOf(m)));
    expect(cards).toHaveLength(2);
    expect(cards[0]).toMatch(/read only the first 4000 characters|앞부분 4000자까지만/);
    expect(cards[1]).not.toContain('Sorry, something went wrong');
    // Before the fix: 4 minutes, 2.3 s, 4.3 s. A generous bound for a shared, busy test machine.
    expect(timing.turnMs).toBeLessThan(3000);
    expect(timing.polls).toBeGreaterThan(0);
    expect(timing.slowestHealthMs).toBeLessThan(1000);
  });
});

describe('Slack: pathological messages', () => {
  it('a DM of 10,000 unspaced Hangul syllables is answered in Korean after the note', async () => {
    doors.slack.reset();
    const timing = await whileHealthPolled(async () => {
      expect((await postSlack(doors.server, directMessage(SLACK_USERS.stranger, HANGUL_10K), { contentType: 'application/json' })).status).toBe(200);
      await doors.server.idle();
    });
    const sent = doors.slack.sent();
    expect(sent).toHaveLength(2);
    expect(titleOf(sent[0]!)).toContain('4000자');
    expect(timing.turnMs).toBeLessThan(3000);
    expect(timing.slowestHealthMs).toBeLessThan(1000);
  });

  it('a /partner command at Slack\'s 4,000-character limit is read whole: no note', async () => {
    doors.slack.reset();
    const text = `a${'-'.repeat(3_998)}x`;
    expect((await postSlack(doors.server, slashCommand(doors.slack, SLACK_USERS.contosoUser, text, 'dashes'), { contentType: 'application/x-www-form-urlencoded' })).status).toBe(200);
    await doors.server.idle();
    expect(doors.slack.responses).toHaveLength(1);
    expect(titleOf(doors.slack.responses[0]!.body)).not.toContain('4000');
  });
});
