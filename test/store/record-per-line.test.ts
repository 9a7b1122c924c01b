import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { RecordLineReader, recordPerLine } from '../../src/store/record-per-line.js';

/**
 * The text of `recordPerLine(data)` read back as a sealed file is (without its closing brace),
 * in pieces cut after the lines at `cuts` (every line by default).
 */
function readBack(text: string, cuts?: number[]): Record<string, unknown> {
  const lines = text.replace(/\n\}\n$/, '').split('\n');
  const ends = new Set(cuts ?? lines.keys());
  const reader = new RecordLineReader();
  let piece = '';
  for (const [i, line] of lines.entries()) {
    piece += i === lines.length - 1 ? line : `${line}\n`;
    if (ends.has(i) || i === lines.length - 1) {
      reader.next(piece);
      piece = '';
    }
  }
  return reader.finish();
}

const text = (data: object) => [...recordPerLine(data)].join('');

describe('reading the lines of recordPerLine record by record', () => {
  it('gives what JSON.parse gives, for any object', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.oneof(fc.jsonValue(), fc.array(fc.jsonValue()), fc.dictionary(fc.string(), fc.jsonValue()))), fc.array(fc.nat(60)), (data, cuts) => {
        const written = text(data);
        expect(readBack(written, cuts)).toEqual(JSON.parse(written));
        expect(readBack(written)).toEqual(JSON.parse(written));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps "__proto__" an own key, as JSON.parse does', () => {
    const written = '{\n  "__proto__": {\n    "__proto__": {"polluted": true}\n  },\n  "list": [\n    {"__proto__": 1}\n  ]\n}\n';
    const data = readBack(written);
    expect(data).toEqual(JSON.parse(written));
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it.each([
    ['a record after the last one of its section', '{\n  "a": [\n    1\n    2\n  ]\n}\n', undefined],
    ['a record without its comma at a cut', '{\n  "a": [\n    1\n    2\n  ]\n}\n', [2]],
    ['a record with a comma before the end of its section', '{\n  "a": [\n    1,\n  ]\n}\n', undefined],
    ['a section that is never closed', '{\n  "a": [\n    1\n}\n', undefined],
    ['a key after the last one', '{\n  "a": 1\n  "b": 2\n}\n', undefined],
    ['JSON on one line', `${JSON.stringify({ a: [1, { b: 2 }], c: {} })}\n`, undefined],
    ['a record that is not JSON', '{\n  "a": [\n    {"b": }\n  ]\n}\n', undefined],
  ])('refuses %s (the caller then parses the whole text)', (_name, written, cuts) => {
    expect(() => readBack(written, cuts)).toThrow(SyntaxError);
  });
});
