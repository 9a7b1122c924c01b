import { describe, expect, it } from '@jest/globals';
import { caseSchema, type LoadedCase } from './cases.js';
import { formatReport, summarize } from './report.js';
import { checkReply, runCase, type CaseResult, type Talk } from './score.js';

describe('checkReply', () => {
  const reply = 'Gold gives 20 incidents of Microsoft Product Support.\nSource: docs';
  it.each([
    [{ all: ['(?<!\\d)20(?!\\d)', 'gold'] }, []],
    [{ all: ['(?<!\\d)15(?!\\d)'] }, ['all /(?<!\\d)15(?!\\d)/ not found']],
    [{ any: ['silver', 'GOLD'] }, []],
    [{ any: ['silver', 'action pack'] }, ['any [/silver/ /action pack/] none found']],
    [{ none: ['unlimited'] }, []],
    [{ none: ['product support'] }, ['none /product support/ matched "Product Support"']],
  ])('%j', (expectation, failures) => {
    expect(checkReply(reply, expectation, 'en')).toEqual(failures);
  });

  it('fails a reply in the wrong language even when the facts are there', () => {
    expect(checkReply(reply, { all: ['20'] }, 'ko')).toEqual(['lang ko: no Korean in the reply']);
  });
});

describe('the case schema', () => {
  const valid = { id: 'x-1', topic: 'entitlements', lang: 'en', turns: [{ say: 'gold?', expect: { all: ['20'] } }] };
  it.each([
    ['no expect on the last turn', { ...valid, turns: [{ say: 'gold?' }] }],
    ['an invalid regex', { ...valid, turns: [{ say: 'gold?', expect: { all: ['(unclosed'] } }] }],
    ['an empty expect', { ...valid, turns: [{ say: 'gold?', expect: {} }] }],
    ['an unknown user', { ...valid, user: 'mallory' }],
    ['a third language', { ...valid, lang: 'ja' }],
  ])('refuses %s', (_name, c) => {
    expect(caseSchema.safeParse(c).success).toBe(false);
  });
  it('accepts a valid case', () => {
    expect(caseSchema.safeParse(valid).success).toBe(true);
  });
});

describe('runCase', () => {
  const c: LoadedCase = { id: 'x-2', topic: 't', lang: 'en', set: 'dev', turns: [{ say: 'one' }, { say: 'two', expect: { all: ['second'] } }] };
  const scripted = (replies: (string | Error)[]): Talk & { closed: boolean } => {
    const talk = {
      closed: false,
      say: async () => {
        const next = replies.shift();
        if (next instanceof Error) throw next;
        return next ?? '';
      },
      close: async () => {
        talk.closed = true;
      },
    };
    return talk;
  };

  it('checks only turns with an expect and closes the conversation', async () => {
    const talk = scripted(['anything', 'the second answer']);
    const result = await runCase(c, async () => talk);
    expect(result).toMatchObject({ ok: true, multi: true, user: 'unknown' });
    expect(talk.closed).toBe(true);
  });

  it('turns a thrown error into a failed turn and stops the case', async () => {
    const talk = scripted([new Error('boom')]);
    const result = await runCase(c, async () => talk);
    expect(result.ok).toBe(false);
    expect(result.turns).toEqual([{ turn: 1, say: 'one', reply: '', failures: ['error: boom'] }]);
    expect(talk.closed).toBe(true);
  });
});

describe('the printed report', () => {
  const result = (id: string, set: LoadedCase['set'], say: string): CaseResult => ({
    id, set, topic: 'entitlements', lang: 'en', user: 'unknown', multi: false, ok: false,
    turns: [{ turn: 1, say, reply: 'some reply', failures: ['all /(?<!\\d)20(?!\\d)/ not found'] }],
  });
  const results = [result('d1-x', 'dev', 'dev question'), result('h1-x', 'held-out', 'held-out question')];

  it('prints dev failures and only counts held-out ones, unless asked', () => {
    const text = formatReport(results);
    expect(text).toContain('dev question');
    expect(text).not.toContain('held-out question');
    expect(text).not.toContain('h1-x');
    expect(text).toContain('held-out: 1 failed');
    expect(summarize(results).commonFailures).toEqual([{ topic: 'entitlements', check: 'all /(?<!\\d)20(?!\\d)/ not found', count: 1 }]);
    expect(formatReport(results, summarize(results), true)).toContain('held-out question');
  });
});
