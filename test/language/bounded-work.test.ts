import { beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { loadCatalog } from '../../src/core/catalog.js';
import { matchError } from '../../src/language/error-matcher.js';
import { KoreanFeaturizer } from '../../src/language/korean-features.js';
import { capText, MAX_TEXT_CHARS } from '../../src/language/limits.js';
import { lastWord, textLocale } from '../../src/language/locale.js';
import { normalizeText, TypoCorrector } from '../../src/language/normalize.js';
import { createRecognizer, type Recognizer } from '../../src/language/recognizer.js';
import { trainingData } from '../../src/language/training-data.js';

/**
 * One message must never stall the bot: every step on user text is linear (or bounded), so
 * even pathological input is handled in milliseconds. Times are CPU time of this process (not
 * wall-clock, which other processes on a busy machine inflate), the best of a few runs: an
 * algorithm that is quadratic or worse (seconds to minutes here before the fix) fails either way.
 */
async function bestMs(work: () => unknown, runs = 3): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < runs; i += 1) {
    const start = process.cpuUsage();
    await work();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

/** 10,000 distinct Hangul syllables without a space (the input that took minutes). */
const HANGUL_10K = Array.from({ length: 10_000 }, (_, i) => String.fromCharCode(0xac00 + ((i * 7919) % 11_172))).join('');
const PATHOLOGICAL: [string, string][] = [
  ['10,000 unspaced Hangul syllables', HANGUL_10K],
  ['known Korean words repeated without spaces', '인시던트몇개남았'.repeat(1250)],
  ['40,000 letters then " y!"', `${'a'.repeat(40_000)} y!`],
  ['"a" + 40,000 dashes + "x"', `a${'-'.repeat(40_000)}x`],
  ['40,000 pluses between words', `a ${'+'.repeat(40_000)} b`],
  ['mixed scripts', Array.from({ length: 40_000 }, (_, i) => ['가', 'a', '-', ' ', '1', 'я', '+', '.', '😀', '漢'][i % 10]).join('')],
  ['Hangul then 40,000 non-letters', `가${'1 '.repeat(20_000)}`],
];

let featurizer: KoreanFeaturizer;
let recognizer: Recognizer;
const program = loadCatalog().defaultProgram;

beforeAll(async () => {
  featurizer = new KoreanFeaturizer(new TypoCorrector([]));
  featurizer.learn(Object.values(trainingData.ko).flat());
  recognizer = await createRecognizer(program);
});

/** The same pathological pattern at a tenth of the length: linear work takes about a tenth of the time. */
const shorter = (text: string) => text.slice(0, text.length / 10);

describe('each step is linear on pathological input (40,000 characters, no cap)', () => {
  const steps: [string, (text: string) => unknown][] = [
    ['normalizeText', (text) => normalizeText(text)],
    ['textLocale', (text) => textLocale(text)],
    ['the Korean featurizer', (text) => featurizer.features(text)],
    ['the known-word share', (text) => featurizer.knownShare(text, () => false)],
  ];
  it.each(PATHOLOGICAL)('%s: every step scales linearly and stays well under a second', async (_name, text) => {
    for (const [, step] of steps) {
      const long = await bestMs(() => step(text));
      const short = await bestMs(() => step(shorter(text)));
      // Linear: ~10x for 10x the text (quadratic: 100x). The absolute bound catches anything catastrophic.
      expect(long).toBeLessThan(Math.max(30 * short, 60));
      expect(long).toBeLessThan(1000);
    }
  });
});

describe('recognition of a capped message', () => {
  // A catastrophic bound, not a performance target (that is `npm run bench`): the super-linear
  // algorithms this guards against took seconds to minutes; a loaded machine stays far below it.
  it.each(PATHOLOGICAL)('%s: recognized in well under a second', async (_name, text) => {
    const capped = capText(text);
    expect(capped.truncated).toBe(true);
    expect(await bestMs(() => recognizer.recognize(capped.text))).toBeLessThan(1000);
  });

  it('the unspaced compound still splits into known words', () => {
    expect(featurizer.stems('인시던트몇개남았')).toEqual(['인시던트', '몇개', '남았']);
  });
});

describe('capText', () => {
  it('keeps short text whole and cuts long text at the limit', () => {
    expect(capText('hello')).toEqual({ text: 'hello', truncated: false });
    expect(capText('x'.repeat(MAX_TEXT_CHARS + 1)).text).toHaveLength(MAX_TEXT_CHARS);
  });

  it('never leaves half a surrogate pair at the end', () => {
    const capped = capText(`${'a'.repeat(9)}😀😀`, 10);
    expect(capped).toEqual({ text: 'a'.repeat(9), truncated: true });
  });
});

describe('lastWord', () => {
  it.each([
    ['Access ID 오류 뜹니다!', '뜹니다'],
    ['hello world ... 123 !', 'world'],
    ['!!!', ''],
    ['', ''],
  ])('%j -> %j', (text, expected) => {
    expect(lastWord(text)).toBe(expected);
  });
});

/** Any mix of the characters that broke things before: Hangul, Latin, dashes, pluses, spaces, digits, emoji. */
const ALPHABET = ['가', '인', '시', '던', '트', '는', 'a', 'e', 'z', 'I', 'D', '-', '+', ' ', '.', '!', '1', '0', '😀', 'я', '\u3131', '\u1100', "'", '"', '…'];
const chars = fc.constantFrom(...ALPHABET);
/** Long runs of one character (the worst case for backtracking regexes) as well as mixes. */
const text = fc.oneof(
  fc.string({ unit: chars, maxLength: MAX_TEXT_CHARS, size: 'max' }),
  fc.tuple(fc.string({ unit: chars, maxLength: 20 }), chars, fc.integer({ min: 1, max: MAX_TEXT_CHARS }), fc.string({ unit: chars, maxLength: 20 })).map(([a, c, n, b]) => a + c.repeat(n) + b),
);

describe('fuzz: the language pipeline on any capped input', () => {
  // Catastrophic bound only (see above): any input stays far from the seconds a backtracking regex takes.
  it('takes well under a second per input (normalize, locale, featurizer, error matcher, recognizer)', async () => {
    await fc.assert(
      fc.asyncProperty(text, async (t) => {
        const ms = await bestMs(async () => {
          normalizeText(t);
          textLocale(t);
          featurizer.features(t);
          matchError(t, program);
          await recognizer.recognize(t);
        }, 3);
        expect(ms).toBeLessThan(500);
      }),
      { numRuns: 60, seed: 20261130 },
    );
  });
});
