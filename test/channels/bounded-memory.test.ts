import { describe, expect, it } from '@jest/globals';
import type { TurnContext } from 'botbuilder';
import { pino } from 'pino';
import { RedeliveryGuard } from '../../src/channels/dedupe.js';
import { SeenEvents } from '../../src/channels/slack/seen-events.js';
import { SlackAdapter } from '../../src/channels/slack/slack-adapter.js';
import type { SlackInput } from '../../src/channels/slack/slack-inputs.js';
import { UserLocales } from '../../src/channels/slack/user-locales.js';
import type { StorePort } from '../../src/core/ports.js';
import { loadCatalog, programOf } from '../../src/core/catalog.js';
import { DEFAULT_MAX_KEYS, RateLimiter } from '../../src/core/rate-limit.js';
import { createRecognizer, NLU_CACHE_RUNS } from '../../src/language/recognizer.js';

/**
 * Every per-user map in src/ has a hard bound: 50,000 distinct users go through each, and what
 * it holds never exceeds its bound (sizes, not heap bytes: those are the bench's business).
 * The turn queue's own bound is tested in turn-queue.test.ts, the connector clients' in
 * connector-clients.test.ts. The recognizer's cache of prepared texts is bounded the same way.
 */
const USERS = 50_000;
const user = (i: number) => `U${String(i).padStart(8, '0')}`;
const logger = pino({ level: 'silent' });

/** Conversation state in memory: what the guards need from the store. */
function stateStore(): Pick<StorePort, 'readState' | 'writeState'> {
  const items = new Map<string, Record<string, unknown>>();
  return {
    readState: async (keys) => Object.fromEntries(keys.flatMap((k) => (items.has(k) ? [[k, { value: items.get(k)!, eTag: '1' }]] : []))),
    writeState: async (changes) => void Object.entries(changes).forEach(([k, v]) => items.set(k, v.value)),
  };
}

/** Runs `task` for every user, `batch` at a time, and returns the largest `size()` seen after each batch. */
async function drive(task: (i: number) => Promise<unknown>, size: () => number, batch = 1000): Promise<number> {
  let largest = 0;
  for (let start = 0; start < USERS; start += batch) {
    await Promise.all(Array.from({ length: batch }, (_, k) => task(start + k)));
    largest = Math.max(largest, size());
  }
  return largest;
}

describe('50,000 distinct users leave every per-user map within its bound', () => {
  it('the rate limiter, all of them within one minute, remembers at most its bound, and still limits the latest', () => {
    const limiter = new RateLimiter(2, 60_000);
    const at = new Date('2026-01-01T00:00:00Z');
    let largest = 0;
    let refused = 0;
    for (let i = 0; i < USERS; i += 1) {
      if (!limiter.allow(user(i), at)) refused += 1;
      largest = Math.max(largest, limiter.size);
    }
    expect({ largest, refused }).toEqual({ largest: DEFAULT_MAX_KEYS, refused: 0 });
    const latest = user(USERS - 1);
    expect([limiter.allow(latest, at), limiter.allow(latest, at)]).toEqual([true, false]);
  });

  it('the Slack user locales keep at most 5,000 users, and the latest are still cached', async () => {
    const locales = new UserLocales({ logger });
    let lookUps = 0;
    const usersInfo = async () => {
      lookUps += 1;
      return { user: { locale: 'ko-KR' } };
    };
    const largest = await drive((i) => locales.of('T1', user(i), usersInfo), () => locales.size);
    expect(largest).toBeLessThanOrEqual(5000);
    expect(await locales.of('T1', user(USERS - 1), usersInfo)).toBe('ko-KR');
    expect(lookUps).toBe(USERS);
  });

  it('the Slack redelivery guard remembers at most 2,000 actions, and a recent one is still a duplicate', async () => {
    const seen = new SeenEvents({ store: stateStore() });
    const largest = await drive((i) => seen.claim(`trigger-${user(i)}`), () => seen.size);
    expect(largest).toBeLessThanOrEqual(2000);
    expect(await seen.claim(`trigger-${user(USERS - 1)}`)).toBe(false);
  });

  it('the Teams redelivery guard and the Slack adapter hold a conversation only while its turn runs', async () => {
    const guard = new RedeliveryGuard({ store: stateStore() });
    const context = (i: number) => ({ activity: { id: `act-${i}`, type: 'message', channelId: 'msteams', conversation: { id: `a:${user(i)}` } }, turnState: new Map() }) as unknown as TurnContext;
    let turns = 0;
    expect(await drive((i) => guard.onTurn(context(i), async () => void turns++), () => guard.pending)).toBe(0);
    expect(turns).toBe(USERS);

    const adapter = new SlackAdapter({ logger });
    const input = (i: number): SlackInput => ({ kind: 'dm', id: `ev-${i}`, team: 'T1', user: user(i), text: 'hi', place: { private: true, channel: `D${i}` }, route: { via: 'chat', channel: `D${i}` } });
    const client = { chat: {} } as never;
    expect(await drive((i) => adapter.processTurn({ input: input(i), client }, async () => undefined), () => adapter.busyConversations)).toBe(0);
  });
});

describe('distinct messages leave the recognizer within its bound', () => {
  it("NLP.js's cache of prepared texts never holds more than NLU_CACHE_RUNS texts once they have passed, and recognition is unchanged by dropping it", async () => {
    const recognizer = await createRecognizer(programOf(loadCatalog(), 'mpn-2021'));
    const ask = (i: number) => (i % 2 === 0 ? `how many support incidents does account ${i} have left?` : `${i}번 계정 인시던트 몇 개 남았어요?`);
    const first = await recognizer.recognize(ask(0), 'en');
    let largest = 0;
    for (let i = 1; i <= 3 * NLU_CACHE_RUNS; i += 1) {
      await recognizer.recognize(ask(i), i % 2 === 0 ? 'en' : 'ko');
      if (i > NLU_CACHE_RUNS) largest = Math.max(largest, recognizer.preparedTexts());
    }
    expect(largest).toBeGreaterThan(NLU_CACHE_RUNS / 2);
    expect(largest).toBeLessThanOrEqual(NLU_CACHE_RUNS);
    expect(await recognizer.recognize(ask(0), 'en')).toEqual(first);
    expect(first.intent).toBe('remaining-incidents');
  });
});
