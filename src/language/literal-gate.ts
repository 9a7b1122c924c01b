import { parseRegExpLiteral, type AST } from '@eslint-community/regexpp';

/**
 * Pieces of plain text that every match of a regular expression contains at least one of, read
 * from the expression itself ("\b(incidents?|cases?)\b.{0,30}\blimit" → ["incident", "case"]).
 * Checking them with `includes` first skips most of a long list of expressions cheaply: a turn
 * runs some 200 concept signals and few can match any one text, and a regular expression that
 * cannot match still costs its own compiled code (its run over the text, and on a busy server
 * its code brought back into the CPU's caches).
 *
 * Undefined when some match needs no plain text (".{3}", "\d+", an optional group). The pieces are
 * found in the text the expression runs on, so they are exact for an expression without the `i`
 * flag; with `i`, they are lower-cased and the text must be lower-cased too (only ASCII letters
 * fold to ASCII in JavaScript's non-Unicode case folding); `iu` and `iv` expressions (Unicode
 * folding: "ſ" matches /s/iu) get no pieces.
 */
export function requiredPieces(re: RegExp): string[] | undefined {
  if (re.flags.includes('i') && (re.flags.includes('u') || re.flags.includes('v'))) return undefined;
  const pieces = ofAlternatives(parseRegExpLiteral(re).pattern.alternatives);
  return pieces && re.flags.includes('i') ? [...new Set(pieces.map((p) => p.toLowerCase()))] : pieces;
}

/** Every branch must name its pieces; the union of theirs. */
function ofAlternatives(alternatives: AST.Alternative[]): string[] | undefined {
  const all = new Set<string>();
  for (const alternative of alternatives) {
    const pieces = ofSequence(alternative.elements);
    if (!pieces) return undefined;
    for (const p of pieces) all.add(p);
  }
  return [...all];
}

/**
 * One branch: its runs of plain characters (assertions take no room, so "\bhow many\b" is one run)
 * and the pieces of the groups it must go through; the best of them (longest shortest piece).
 */
function ofSequence(elements: AST.Element[]): string[] | undefined {
  const candidates: string[][] = [];
  let run = '';
  const endRun = () => {
    if (run) candidates.push([run]);
    run = '';
  };
  for (const element of elements) {
    if (element.type === 'Assertion') continue;
    if (element.type === 'Character') {
      run += String.fromCodePoint(element.value);
      continue;
    }
    if (element.type === 'Quantifier' && element.min === 1 && element.max === 1 && element.element.type === 'Character') {
      run += String.fromCodePoint(element.element.value);
      continue;
    }
    endRun();
    const inner = element.type === 'Quantifier' ? (element.min >= 1 ? element.element : undefined) : element;
    if (inner?.type === 'Group' || inner?.type === 'CapturingGroup') {
      const pieces = ofAlternatives(inner.alternatives);
      if (pieces) candidates.push(pieces);
    } else if (inner?.type === 'Character') candidates.push([String.fromCodePoint(inner.value)]);
  }
  endRun();
  const shortest = (pieces: string[]) => Math.min(...pieces.map((p) => p.length));
  return candidates.reduce<string[] | undefined>((best, c) => (!best || shortest(c) > shortest(best) || (shortest(c) === shortest(best) && c.length < best.length) ? c : best), undefined);
}

/**
 * A first check for a list of expressions over one text: which of them may match it (false: the
 * expression cannot match `text`, lower-cased for an `i` expression). One pass over the text finds
 * every required piece of every expression through an index on the pieces' first two characters,
 * so the cost follows the text's length, not the number of expressions or pieces.
 */
export function literalGates(patterns: readonly RegExp[]): (text: string) => boolean[] {
  const ids = new Map<string, number>();
  const required = patterns.map((re) => requiredPieces(re)?.map((p) => ids.get(p) ?? ids.set(p, ids.size).get(p)!));
  // Pieces by their first character (one-character pieces) or a hash of their first two.
  const single = new Map<number, number[]>();
  const pairs: ({ piece: string; id: number }[] | undefined)[] = new Array(PAIR_BUCKETS);
  for (const [piece, id] of ids) {
    if (piece.length === 1) single.set(piece.charCodeAt(0), [...(single.get(piece.charCodeAt(0)) ?? []), id]);
    else (pairs[pairHash(piece.charCodeAt(0), piece.charCodeAt(1))] ??= []).push({ piece, id });
  }
  return (text) => {
    const found = new Uint8Array(ids.size);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const one = single.get(c);
      if (one) for (const id of one) found[id] = 1;
      const two = i + 1 < text.length ? pairs[pairHash(c, text.charCodeAt(i + 1))] : undefined;
      if (two) for (const { piece, id } of two) if (text.startsWith(piece, i)) found[id] = 1;
    }
    const open: boolean[] = [];
    for (const pieces of required) open.push(pieces === undefined || pieces.some((id) => found[id] === 1));
    return open;
  };
}

const PAIR_BUCKETS = 4096;
function pairHash(first: number, second: number): number {
  return (first * 31 + second) & (PAIR_BUCKETS - 1);
}
