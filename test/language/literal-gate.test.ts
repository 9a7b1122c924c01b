import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { inlineGate, literalGates, requiredText } from '../../src/language/literal-gate.js';
import { SIGNALS } from '../../src/language/signals.js';

describe('requiredText', () => {
  const sorted = (branches: string[][][] | undefined) => branches?.map((clauses) => clauses.map((c) => [...c].sort()));
  it.each([
    [/\bhow many\b/, [[['how many']]]],
    [/\b(incidents?|cases?)\b.{0,30}\blimit/, [[['incident', 'case'], ['limit']]]],
    [/\b(incidents?|cases?)\b.{0,30}\b(cap|limit)/, [[['incident', 'case'], ['cap', 'limit']]]],
    [/(foo)?bar|baz/, [[['bar']], [['baz']]]],
    [/x?yz+/, [[['y'], ['z']]]],
    [/(a|bc)(def|gh)/, [[['a', 'bc'], ['def', 'gh']]]],
    [/남은 ?(인시던트|건)/, [[['남은'], ['인시던트', '건']]]],
    [/ABC/i, [[['abc']]]],
    [/(a)\1*/u, [[['a']]]],
    // A group of one branch gives all its clauses; a group of several, each branch's best one.
    [/x(ab.{0,3}cd)y/, [[['x'], ['ab'], ['cd'], ['y']]]],
    [/(how many.{0,9}left|remaining)/i, [[['how many', 'remaining']]]],
  ])('%s needs, per branch, one piece of each clause: %j', (re, branches) => {
    expect(sorted(requiredText(re))).toEqual(sorted(branches));
  });

  it.each([[/.{0,3}/], [/\d+/], [/(ab)?/], [/a|\d/], [/s/iu]])('%s needs no plain text', (re) => {
    expect(requiredText(re)).toBeUndefined();
  });
});

/** Small expressions over a small alphabet, so that matches are frequent. */
const { re: expression } = fc.letrec<{ re: string; piece: string }>((tie) => ({
  re: fc.tuple(fc.array(tie('piece'), { minLength: 1, maxLength: 4 }), fc.option(tie('re'), { freq: 3, depthSize: 'small' })).map(([seq, alt]) => seq.join('') + (alt === null ? '' : `|${alt}`)),
  piece: fc.oneof(
    { depthSize: 'small', maxDepth: 3 },
    fc.constantFrom('\\b', '(?=a)', '(?<!b)', '^', '$'),
    fc.tuple(fc.oneof({ depthSize: 'small', maxDepth: 3 }, fc.constantFrom('a', 'b', 'c', ' ', '가', 'A', '.', '[ab]', '\\s'), tie('re').map((r) => `(${r})`)), fc.constantFrom('', '', '?', '*', '+', '{0,2}', '{1,2}')).map(([atom, q]) => atom + q),
  ),
}));

describe('literalGates', () => {
  it('never rules out an expression that matches (random expressions and texts)', () => {
    fc.assert(
      fc.property(fc.array(expression, { minLength: 1, maxLength: 5 }), fc.constantFrom('', 'i', 'u', 'iu'), fc.array(fc.stringMatching(/^[abc 가A]{0,12}$/), { minLength: 1, maxLength: 20 }), (sources, flags, texts) => {
        const patterns = sources.map((s) => new RegExp(s, flags));
        const gates = literalGates(patterns);
        for (const raw of texts) {
          const text = flags.includes('i') ? raw.toLowerCase() : raw;
          const open = gates(text);
          patterns.forEach((re, i) => {
            if (re.test(text)) expect({ re: re.toString(), text, open: open[i] }).toEqual({ re: re.toString(), text, open: true });
          });
        }
      }),
      { numRuns: 400 },
    );
  });

  it('leaves every concept signal that matches a real message open, and rules most of the others out', () => {
    const dev = JSON.parse(readFileSync(new URL('../eval/dev.json', import.meta.url), 'utf8')) as { turns: { say: string }[] }[];
    const texts = dev.flatMap((c) => c.turns.map((t) => t.say.toLowerCase())).filter((_, i) => i % 7 === 0);
    const patterns = SIGNALS.map((s) => s.pattern);
    const gates = literalGates(patterns);
    let ruledOut = 0;
    let wrong = 0;
    for (const text of texts) {
      const open = gates(text);
      patterns.forEach((re, i) => {
        if (!open[i]) ruledOut += 1;
        if (!open[i] && re.test(text)) wrong += 1;
      });
    }
    expect(texts.length).toBeGreaterThan(2000);
    expect(wrong).toBe(0);
    // Each signal names its own words, so a message opens only a few of them.
    expect(ruledOut / (texts.length * patterns.length)).toBeGreaterThan(0.8);
  });
});

describe('inlineGate', () => {
  it('answers exactly what the expression answers (random expressions, flags and texts, sources seen again with other flags)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(expression, fc.constantFrom('', 'i', 'u', 'iu', 'g', 'm', 'is')), { minLength: 1, maxLength: 6 }), fc.array(fc.stringMatching(/^[abcABs 가İΣσςſK]{0,12}$/), { minLength: 1, maxLength: 12 }), (expressions, texts) => {
        const gate = inlineGate();
        for (const text of [...texts, ...texts]) {
          const test = gate(text);
          for (const [source, flags] of [...expressions, ...expressions.map(([s]) => [s, 'i'] as const), ...expressions.map(([s]) => [s, ''] as const)]) {
            const expected = new RegExp(source, flags).test(text);
            expect({ source, flags, text, got: test(new RegExp(source, flags)) }).toEqual({ source, flags, text, got: expected });
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('rules out expressions whose plain text is not in the message, and keeps the scan for the same text', () => {
    const gate = inlineGate();
    gate('warm-up')(/\bhow many\b/i);
    const test = gate('How Many incidents?');
    expect(test(/\bhow many\b/i)).toBe(true);
    expect(test(/\bunlimited\b/i)).toBe(false);
    // Scanned again (an expression was first seen since), then kept.
    const again = gate('How Many incidents?');
    expect(again(/\bunlimited\b/i)).toBe(false);
    expect(gate('How Many incidents?')).toBe(again);
    // Seen first without `i`, then with it: the flags are part of what is checked.
    expect(gate('ABC')(/abc/)).toBe(false);
    expect(gate('ABC!')(/abc/i)).toBe(true);
    // Seen first with `i`, then with `iu` (Unicode folding: the long s "ſ" matches /s/iu, not /s/i).
    expect(gate('x')(/s/i)).toBe(false);
    expect(gate('ſ')(/s/iu)).toBe(true);
  });

  it('gates the expressions first seen on a text when the same text comes again (the same question asked twice)', () => {
    const gate = inlineGate();
    const runs: string[] = [];
    const spied = (re: RegExp) => Object.assign(re, { test: (text: string) => (runs.push(re.source), RegExp.prototype.test.call(re, text)) });
    const ask = () => {
      const test = gate('how many incidents for gold?');
      return [test(spied(/\bunlimited\b/i)), test(spied(/\bgold\b/i))];
    };
    // First seen on this text: they simply run.
    expect(ask()).toEqual([false, true]);
    expect(runs).toEqual(['\\bunlimited\\b', '\\bgold\\b']);
    runs.length = 0;
    // The same text again: "unlimited" cannot match and is not run; "gold" is.
    expect(ask()).toEqual([false, true]);
    expect(runs).toEqual(['\\bgold\\b']);
  });
});
