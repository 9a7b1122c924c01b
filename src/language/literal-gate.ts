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

/** Whether some branch has one piece of each of its clauses in the text. */
function mayMatch(branches: Required, found: Uint8Array): boolean {
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

/** A branch's clause with the fewest pieces: some piece of it is in every text the branch matches. */
function fewest(clauses: number[][]): number[] {
  return clauses.reduce((f, c) => (c.length < f.length ? c : f));
}

/**
 * Plain pieces of text, numbered as they are added; the expressions' requirements over them,
 * numbered too; and one pass over a text that finds which pieces occur, and with them which
 * expressions are worth a closer look: each piece lists the expressions that need it in their
 * first check (one clause per branch, the one with the fewest pieces), so that an expression none
 * of whose first-check pieces occur is ruled out without looking at its clauses.
 */
class PieceIndex {
  readonly ids = new Map<string, number>();
  // Pieces by their first character (one-character pieces) or a hash of their first two.
  private readonly single = new Map<number, number[]>();
  private readonly pairs: ({ piece: string; id: number }[] | undefined)[] = new Array(PAIR_BUCKETS);
  /** Each expression's required pieces (undefined: it needs none, it may always match). */
  private readonly required: (Required | undefined)[] = [];
  /** By piece id, the expressions whose first check names that piece. */
  private readonly needing: number[][] = [];

  /** Adds an expression's required text (as `requiredText` gives it); its number. */
  addRequired(branches: string[][][] | undefined): number {
    const required = branches?.map((clauses) => clauses.map((clause) => clause.map((p) => this.add(p))));
    const id = this.required.push(required) - 1;
    if (required) for (const piece of new Set(required.flatMap(fewest))) (this.needing[piece] ??= []).push(id);
    return id;
  }

  private add(piece: string): number {
    const known = this.ids.get(piece);
    if (known !== undefined) return known;
    const id = this.ids.size;
    this.ids.set(piece, id);
    if (piece.length === 1) this.single.set(piece.charCodeAt(0), [...(this.single.get(piece.charCodeAt(0)) ?? []), id]);
    else (this.pairs[pairHash(piece.charCodeAt(0), piece.charCodeAt(1))] ??= []).push({ piece, id });
    return id;
  }

  /**
   * Which of the expressions added so far may match `text` (false: it cannot): one pass over the
   * text finds the pieces that occur, so the cost follows the text's length, not the number of
   * pieces; an expression is then looked at only when a piece of its first check occurred.
   */
  scan(text: string): (expression: number) => boolean {
    const found = new Uint8Array(this.ids.size);
    const candidate = new Uint8Array(this.required.length);
    const see = (id: number) => {
      if (found[id] === 1) return;
      found[id] = 1;
      for (const expression of this.needing[id] ?? []) candidate[expression] = 1;
    };
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const one = this.single.get(c);
      if (one) for (const id of one) see(id);
      const two = i + 1 < text.length ? this.pairs[pairHash(c, text.charCodeAt(i + 1))] : undefined;
      if (two) for (const { piece, id } of two) if (text.startsWith(piece, i)) see(id);
    }
    return (expression) => {
      const required = this.required[expression];
      return required === undefined || (candidate[expression] === 1 && mayMatch(required, found));
    };
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
  const expressions = patterns.map((re) => index.addRequired(requiredText(re)));
  return (text) => expressions.map(index.scan(text));
}

/** How an inline expression is checked: its flags when first seen, its number in the index (undefined: always run) and when it was added. */
interface InlineEntry {
  flags: string;
  expression: number | undefined;
  added: number;
}

/**
 * The same first check for expressions written where they are used (the route rules: hundreds of
 * inline expressions tried on one message). `gate(text)` gives `test(re)`, which answers exactly
 * `re.test(text)` but does not run `re` when none of its required pieces occurs in the text.
 * An expression's pieces are read the first time its source is seen; the text is scanned once
 * (lower-cased) for every piece known then, and kept for the next call with the same text (a turn
 * routes its message more than once) as long as no expression was first seen since: otherwise the
 * text is scanned again, so that the same question asked twice is gated like any other. Gated: the
 * flags "i" and "" (only when every piece is its own lower case, so that it occurs in the
 * lower-cased text whenever it occurs in the text); anything else (other flags, the same source
 * with other flags, an expression first seen after the scan) simply runs.
 */
export function inlineGate(): (text: string) => (re: RegExp) => boolean {
  const index = new PieceIndex();
  const entries = new Map<string, InlineEntry>();
  let scans = 0;
  let last: { text: string; test: (re: RegExp) => boolean; known: number } | undefined;
  const entryOf = (re: RegExp): InlineEntry => {
    const flags = re.flags;
    const pieces = flags === 'i' || flags === '' ? requiredText(re) : undefined;
    const gated = pieces && (flags === 'i' || pieces.every((clauses) => clauses.every((c) => c.every((p) => p.toLowerCase() === p))));
    const entry = { flags, expression: gated ? index.addRequired(pieces) : undefined, added: scans };
    entries.set(re.source, entry);
    return entry;
  };
  return (text) => {
    // The same text again, with no expression first seen since its scan: the same answers.
    if (last?.text === text && last.known === entries.size) return last.test;
    const may = index.scan(text.toLowerCase());
    const scan = ++scans;
    const test = (re: RegExp): boolean => {
      const entry = entries.get(re.source) ?? entryOf(re);
      if (entry.expression === undefined || entry.added >= scan || entry.flags !== re.flags) return re.test(text);
      return may(entry.expression) && re.test(text);
    };
    last = { text, test, known: entries.size };
    return test;
  };
}

const PAIR_BUCKETS = 4096;
function pairHash(first: number, second: number): number {
  return (first * 31 + second) & (PAIR_BUCKETS - 1);
}
