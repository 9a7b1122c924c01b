import type { Program } from '../core/catalog-schema.js';
import { renamesIn } from '../core/renames.js';
import { hasHangul, normalizeText } from './normalize.js';

/** Catalog things named in an utterance. */
export interface Entities {
  /** Offer id (first one mentioned), e.g. "gold". */
  offer?: string;
  /** Every offer named, in order of first mention ("gold vs silver"); present when two or more are. */
  offers?: string[];
  /** Competency ids in order of first mention, without duplicates. */
  competencies: string[];
  /** An offer of the current program named (e.g. "partner-success-core"), when the text names one. */
  currentOffer?: string;
  /** Every current-program offer named, when two or more are ("designation and Success Core"). */
  currentOffers?: string[];
  /** 2021 terms named that have a current name (rename ids: "signature", "gold", "action-pack", …). */
  renames?: string[];
}

interface CatalogAlias {
  kind: 'offer' | 'competency';
  id: string;
  hangul: boolean;
  /** The plain text the pattern matches (bounded by lookarounds): a text without it is not searched with the pattern. */
  literal: string;
  pattern: RegExp;
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Korean aliases of at most this many syllables are matched as words of the spaced text. */
const SHORT_HANGUL = 2;

function toAlias(kind: CatalogAlias['kind'], id: string, raw: string): CatalogAlias & { length: number } {
  const text = normalizeText(raw);
  // Korean aliases are matched without spaces and take particles ("클라우드플랫폼은"), except a short
  // one ("코어"), which must start a word (not "스코어"); Latin ones must be whole words ("map" is not
  // in "mapping") but may be followed by Hangul ("Gold는").
  const hangul = hasHangul(text) && text.replace(/ /g, '').length > SHORT_HANGUL;
  const literal = hangul ? text.replace(/ /g, '') : text;
  const pattern = hangul
    ? new RegExp(escapeRegExp(literal), 'u')
    : hasHangul(text)
      ? new RegExp(`(?<![\\uac00-\\ud7a3])${escapeRegExp(literal)}`, 'u')
      : new RegExp(`(?<![a-z0-9])${escapeRegExp(literal)}(?![a-z0-9])`, 'u');
  return { kind, id, hangul, literal, pattern, length: text.length };
}

/** Every alias of the program, longest first so "cloud business applications" wins over "business applications"; with its 2021 pack names unless `withPacks` is false (today's "Partner On-premises Support 20" names a benefit, not an offer). */
function catalogAliases(program: Program, withPacks = true): CatalogAlias[] {
  // A support pack's name holds its membership ("Partner Signature 5pack" is Silver's), unless several memberships share it.
  const offersOf = (name: string) => new Set(program.entitlements.filter((e) => e.packName === name).map((e) => e.offer));
  // Its last word alone ("5pack은요?") too, when no other pack ends with it ("10pack" is Gold's Signature pack and Action Pack's).
  const last = (name: string) => name.split(' ').at(-1) ?? name;
  const lastOnce = (name: string) => program.entitlements.filter((e) => e.packName && last(e.packName).toLowerCase() === last(name).toLowerCase()).length === 1;
  const packs = program.entitlements.flatMap((e) => (withPacks && e.packName && offersOf(e.packName).size === 1 ? [e.packName, e.packName.replace(/^partner /i, ''), ...(lastOnce(e.packName) ? [last(e.packName)] : [])].map((a) => toAlias('offer', e.offer, a)) : []));
  const aliases = [
    ...packs,
    ...program.offers.flatMap((o) => [...o.aliases, o.name.en, o.name.ko].map((a) => toAlias('offer', o.id, a))),
    ...program.competencies.flatMap((c) => [...c.aliases, c.name.en, c.name.ko].map((a) => toAlias('competency', c.id, a))),
  ];
  return aliases.sort((a, b) => b.length - a.length);
}

/** Finds the alias, blanks it out (so shorter aliases cannot match inside it) and returns its relative position 0..1. */
function take(haystack: { text: string }, alias: CatalogAlias): number {
  const m = haystack.text.includes(alias.literal) ? alias.pattern.exec(haystack.text) : null;
  if (!m) return -1;
  const { text } = haystack;
  haystack.text = text.slice(0, m.index) + '\u0000'.repeat(m[0].length) + text.slice(m.index + m[0].length);
  return m.index / Math.max(1, text.length);
}

/**
 * Builds a function that finds the offers and competencies named in a text through the
 * catalog's aliases and names in both languages. The text may be raw user input.
 */
export function entityExtractor(program: Program, current?: Program): (text: string) => Entities {
  const aliases = catalogAliases(program);
  const currentOffers = current ? catalogAliases(current, false).filter((a) => a.kind === 'offer') : [];
  return (text) => {
    const normalized = normalizeText(text);
    const latin = { text: normalized };
    const korean = { text: normalized.replace(/ /g, '') };
    const found: { kind: CatalogAlias['kind']; id: string; at: number }[] = [];
    const missed: CatalogAlias[] = [];
    for (const alias of aliases) {
      const at = take(alias.hangul ? korean : latin, alias);
      if (at >= 0) found.push({ kind: alias.kind, id: alias.id, at });
      else missed.push(alias);
    }
    // "골드실버액션팩": a short name glued after another one that is taken now starts a word of its own.
    for (const alias of missed.filter((a) => !a.hangul && a.literal.length <= SHORT_HANGUL && hasHangul(a.literal))) {
      const at = take(latin, alias);
      if (at >= 0) found.push({ kind: alias.kind, id: alias.id, at });
    }
    found.sort((a, b) => a.at - b.at);
    const offers = [...new Set(found.filter((f) => f.kind === 'offer').map((f) => f.id))];
    const offer = offers[0];
    const competencies = [...new Set(found.filter((f) => f.kind === 'competency').map((f) => f.id))];
    const unspaced = normalized.replace(/ /g, '');
    // In the order they are named ("drop the designation, keep only Core": Core is the last one).
    const at = (a: (typeof currentOffers)[number]) => (a.hangul ? unspaced : normalized).indexOf(a.literal) / (a.hangul ? unspaced : normalized).length;
    const matched = currentOffers.filter((a) => (a.hangul ? unspaced : normalized).includes(a.literal) && a.pattern.test(a.hangul ? unspaced : normalized));
    const named = [...new Set(matched.sort((a, b) => at(a) - at(b)).map((a) => a.id))];
    const currentOffer = named[0];
    const renames = renamesIn(text).map((r) => r.id);
    return { competencies, ...(offer !== undefined ? { offer } : {}), ...(offers.length > 1 ? { offers } : {}), ...(currentOffer ? { currentOffer } : {}), ...(named.length > 1 ? { currentOffers: named } : {}), ...(renames.length ? { renames } : {}) };
  };
}
