import { parseRegExpLiteral, type AST } from '@eslint-community/regexpp';

/**
 * What plain text every match of a regular expression contains, read from the expression itself:
 * for each of its top-level branches, a list of clauses, each a list of pieces of which the match
 * has at least one ("\b(incidents?|cases?)\b.{0,30}\blimit" → one branch, two clauses:
 * ["incident", "case"] and ["limit"]). A text that, for every branch, lacks all the pieces of some
 * clause cannot match. Checking pieces with `includes` first skips most of a long list of
 * expressions cheaply: a turn runs some 200 concept signals and some 300 route expressions and few
 * can match any one text, and an expression that cannot match still costs its own compiled code
 * (its run over the text, and on a busy server its code brought back into the CPU's caches).
 *
 * Undefined when some match needs no plain text (".{3}", "\d+", an optional group). The pieces are
 * found in the text the expression runs on, so they are exact for an expression without the `i`
 * flag; with `i`, they are lower-cased and the text must be lower-cased too (only ASCII letters
 * fold to ASCII in JavaScript's non-Unicode case folding); `iu` and `iv` expressions (Unicode
 * folding: "ſ" matches /s/iu) get none.
 */
export function requiredText(re: RegExp): string[][][] | undefined {
  if (re.flags.includes('i') && (re.flags.includes('u') || re.flags.includes('v'))) return undefined;
  const branches = parseRegExpLiteral(re).pattern.alternatives.map((a) => clausesOf(a.elements));
  if (branches.some((clauses) => clauses.length === 0)) return undefined;
  return re.flags.includes('i') ? branches.map((clauses) => clauses.map((c) => [...new Set(c.map((p) => p.toLowerCase()))])) : branches;
}

/**
 * One branch's clauses: its runs of plain characters (assertions take no room, so "\bhow many\b"
 * is one run) and what the groups it must go through need: a group of one branch, all of that
 * branch's clauses; a group of several, one clause made of each branch's best clause (none when
 * some branch needs no plain text).
 */
function clausesOf(elements: AST.Element[]): string[][] {
  const clauses: string[][] = [];
  let run = '';
  const endRun = () => {
    if (run) clauses.push([run]);
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
      const branches = inner.alternatives.map((a) => clausesOf(a.elements));
      if (branches.length === 1) clauses.push(...(branches[0] ?? []));
      else if (branches.every((b) => b.length)) clauses.push([...new Set(branches.flatMap(best))]);
    } else if (inner?.type === 'Character') clauses.push([String.fromCodePoint(inner.value)]);
  }
  endRun();
  return clauses;
}

/** The clause that rules out most: the longest shortest piece, then the fewest pieces. */
function best(clauses: string[][]): string[] {
  const shortest = (pieces: string[]) => Math.min(...pieces.map((p) => p.length));
  return clauses.reduce((b, c) => (shortest(c) > shortest(b) || (shortest(c) === shortest(b) && c.length < b.length) ? c : b));
}

/** Pieces' ids by branch and clause, as `requiredText` gives them. */
type Required = number[][][];

/** Whether some branch has one piece of each of its clauses in the text (undefined: no plain text needed). */
function mayMatch(branches: Required | undefined, found: Uint8Array): boolean {
  if (branches === undefined) return true;
  for (const clauses of branches) if (allFound(clauses, found)) return true;
  return false;
}

function allFound(clauses: number[][], found: Uint8Array): boolean {
  for (const clause of clauses) if (!anyFound(clause, found)) return false;
  return true;
}

function anyFound(clause: number[], found: Uint8Array): boolean {
  for (const id of clause) if (found[id] === 1) return true;
  return false;
}

/** Plain pieces of text, numbered as they are added, and one pass over a text that finds which occur. */
class PieceIndex {
  readonly ids = new Map<string, number>();
  // Pieces by their first character (one-character pieces) or a hash of their first two.
  private readonly single = new Map<number, number[]>();
  private readonly pairs: ({ piece: string; id: number }[] | undefined)[] = new Array(PAIR_BUCKETS);

  addAll(branches: string[][][] | undefined): Required | undefined {
    return branches?.map((clauses) => clauses.map((clause) => clause.map((p) => this.add(p))));
  }

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
  const required = patterns.map((re) => index.addAll(requiredText(re)));
  return (text) => {
    const found = index.found(text);
    return required.map((branches) => mayMatch(branches, found));
  };
}

/** How an inline expression is checked: its flags when first seen, its pieces' ids (undefined: always run) and when it was added. */
interface InlineEntry {
  flags: string;
  pieces: Required | undefined;
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
    const pieces = flags === 'i' || flags === '' ? requiredText(re) : undefined;
    const gated = flags === 'i' || pieces?.every((clauses) => clauses.every((c) => c.every((p) => p.toLowerCase() === p)));
    const entry = { flags, pieces: gated ? index.addAll(pieces) : undefined, added: scans };
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
      return mayMatch(entry.pieces, found) && re.test(text);
    };
    last = { text, test };
    return test;
  };
}

const PAIR_BUCKETS = 4096;
function pairHash(first: number, second: number): number {
  return (first * 31 + second) & (PAIR_BUCKETS - 1);
}
