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

/** Plain pieces of text, numbered as they are added, and one pass over a text that finds which occur. */
class PieceIndex {
  readonly ids = new Map<string, number>();
  // Pieces by their first character (one-character pieces) or a hash of their first two.
  private readonly single = new Map<number, number[]>();
  private readonly pairs: ({ piece: string; id: number }[] | undefined)[] = new Array(PAIR_BUCKETS);

  add(piece: string): number {
    const known = this.ids.get(piece);
    if (known !== undefined) return known;
    const id = this.ids.size;
    this.ids.set(piece, id);
    if (piece.length === 1) this.single.set(piece.charCodeAt(0), [...(this.single.get(piece.charCodeAt(0)) ?? []), id]);
    else (this.pairs[pairHash(piece.charCodeAt(0), piece.charCodeAt(1))] ??= []).push({ piece, id });
    return id;
  }

  /** Which pieces occur in `text` (1 at their id): the cost follows the text's length, not the number of pieces. */
  found(text: string): Uint8Array {
    const found = new Uint8Array(this.ids.size);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const one = this.single.get(c);
      if (one) for (const id of one) found[id] = 1;
      const two = i + 1 < text.length ? this.pairs[pairHash(c, text.charCodeAt(i + 1))] : undefined;
      if (two) for (const { piece, id } of two) if (text.startsWith(piece, i)) found[id] = 1;
    }
    return found;
  }
}

/**
 * A first check for a list of expressions over one text: which of them may match it (false: the
 * expression cannot match `text`, lower-cased for an `i` expression). One pass over the text finds
 * every required piece of every expression (PieceIndex), so the cost follows the text's length,
 * not the number of expressions or pieces.
 */
export function literalGates(patterns: readonly RegExp[]): (text: string) => boolean[] {
  const index = new PieceIndex();
  const required = patterns.map((re) => requiredPieces(re)?.map((p) => index.add(p)));
  return (text) => {
    const found = index.found(text);
    const open: boolean[] = [];
    for (const pieces of required) open.push(pieces === undefined || pieces.some((id) => found[id] === 1));
    return open;
  };
}

/** How an inline expression is checked: its flags when first seen, its pieces' ids (undefined: always run) and when it was added. */
interface InlineEntry {
  flags: string;
  pieces: number[] | undefined;
  added: number;
}

/**
 * The same first check for expressions written where they are used (the route rules: hundreds of
 * inline expressions tried on one message). `gate(text)` gives `test(re)`, which answers exactly
 * `re.test(text)` but does not run `re` when none of its required pieces occurs in the text.
 * An expression's pieces are read the first time its source is seen; the text is scanned once
 * (lower-cased) for every piece known then, and kept for the next call with the same text (a turn
 * routes its message more than once). Gated: the flags "i" and "" (only when every piece is its
 * own lower case, so that it occurs in the lower-cased text whenever it occurs in the text);
 * anything else (other flags, the same source with other flags, an expression first seen after
 * the scan) simply runs.
 */
export function inlineGate(): (text: string) => (re: RegExp) => boolean {
  const index = new PieceIndex();
  const entries = new Map<string, InlineEntry>();
  let scans = 0;
  let last: { text: string; test: (re: RegExp) => boolean } | undefined;
  const entryOf = (re: RegExp): InlineEntry => {
    const flags = re.flags;
    const pieces = flags === 'i' || flags === '' ? requiredPieces(re) : undefined;
    const gated = pieces && (flags === 'i' || pieces.every((p) => p.toLowerCase() === p));
    const entry = { flags, pieces: gated ? pieces.map((p) => index.add(p)) : undefined, added: scans };
    entries.set(re.source, entry);
    return entry;
  };
  return (text) => {
    if (last?.text === text) return last.test;
    const found = index.found(text.toLowerCase());
    const scan = ++scans;
    const test = (re: RegExp): boolean => {
      const entry = entries.get(re.source) ?? entryOf(re);
      if (entry.pieces === undefined || entry.added >= scan || entry.flags !== re.flags) return re.test(text);
      for (const id of entry.pieces) if (found[id] === 1) return re.test(text);
      return false;
    };
    last = { text, test };
    return test;
  };
}

const PAIR_BUCKETS = 4096;
function pairHash(first: number, second: number): number {
  return (first * 31 + second) & (PAIR_BUCKETS - 1);
}
