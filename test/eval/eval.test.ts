import { describe, expect, it } from '@jest/globals';
import { demoData } from '../../src/store/demo-data.js';
import { FixedClock } from '../fakes/ports.js';
import { EVAL_USERS, loadCases, loadSet } from './cases.js';
import { openOn, sampleCases, type Channel } from './channel-sample.js';
import { checkLanguage } from './language-check.js';
import { runCase, type CaseResult } from './score.js';

describe('the evaluation case files', () => {
  const all = loadCases();
  const heldOut = loadSet('held-out');

  it('validate, and are big and varied enough', () => {
    expect(all.length).toBeGreaterThanOrEqual(600);
    expect(heldOut.length).toBeGreaterThanOrEqual(350);
    expect(loadSet('dev').length).toBeGreaterThanOrEqual(250);
    expect(all.filter((c) => c.turns.length > 1).length).toBeGreaterThanOrEqual(100);
    const korean = all.filter((c) => c.lang === 'ko').length / all.length;
    expect(korean).toBeGreaterThan(0.4);
    expect(korean).toBeLessThan(0.6);
  });

  it('cover every demo role and someone unknown, and every topic in both languages', () => {
    const users = new Set(all.map((c) => c.user ?? 'unknown'));
    for (const user of EVAL_USERS) expect([user, users.has(user)]).toEqual([user, true]);
    const topics = new Set(all.map((c) => c.topic));
    for (const topic of topics) expect([topic, new Set(all.filter((c) => c.topic === topic).map((c) => c.lang)).size]).toEqual([topic, 2]);
  });

  it('name only console ids that exist in the demo data', () => {
    const consoleIds = new Set(demoData(new FixedClock(new Date())).users.flatMap((u) => u.identities.filter((i) => i.channel === 'console').map((i) => i.user)));
    for (const user of EVAL_USERS.filter((u) => u !== 'unknown')) expect([user, consoleIds.has(user)]).toEqual([user, true]);
  });
});

describe('the language check', () => {
  it.each([
    ['Gold gives 20 incidents of Microsoft Product Support.', 'en', true],
    ['골드 역량은 Microsoft Product Support 인시던트 20개를 받습니다.', 'ko', true],
    ['Gold gives 20 incidents.', 'ko', false],
    ['골드 역량은 인시던트 20개를 받습니다.', 'en', false],
    ['The portal says "이 작업에 대한 권한이 없습니다." Sign in with your membership account.', 'en', true],
    ['How can I help?\n한국어로 물어보셔도 됩니다.\nAsk me about incidents.', 'en', true],
    ['Azure 포털의 Help + support에서 Link support benefits를 여세요.', 'ko', true],
    ['How can I help?\n한국어로 물어보셔도 됩니다.\n필요하면 언제든지 말씀하세요.', 'en', false],
  ] as const)('%s → %s is %s', (text, lang, ok) => {
    expect(checkLanguage(text, lang).ok).toBe(ok);
  });
});

/**
 * The same facts on every channel: a spread of dev cases (never the held-out set) played on the
 * console, on Teams and on Slack over real HTTP; each turn's checks must pass or fail alike.
 */
describe('console, Teams and Slack give the same facts', () => {
  // Plus a message that asks two things (two answers in one turn, on every channel).
  const sample = [...sampleCases(loadSet('dev'), 14, 6), ...loadSet('dev').filter((c) => c.id === 'd10-mixed-4')];
  const verdicts = (r: CaseResult) => r.turns.map((t) => ({ turn: t.turn, failures: t.failures }));

  it.each(sample.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    const results = {} as Record<Channel, CaseResult>;
    for (const channel of ['console', 'teams', 'slack'] as const) results[channel] = await runCase(c, (x) => openOn(channel, x));
    for (const channel of ['console', 'teams', 'slack'] as const) expect([channel, results[channel].turns.every((t) => t.reply.trim().length > 0)]).toEqual([channel, true]);
    expect(verdicts(results.teams)).toEqual(verdicts(results.console));
    expect(verdicts(results.slack)).toEqual(verdicts(results.console));
  }, 120_000);
});
