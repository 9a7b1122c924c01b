import type { EntitlementLine } from '../src/core/entitlements.js';
import { scopeAsked } from '../src/language/signals.js';
import type { TurnInfo } from './turn.js';

/** "20 + unlimited, what's the total?", "cloud + on-prem in all?", "총 몇 건이에요?": the counts added up. */
export const SUM = /\btotal\b|\bcombined\b|\btogether\b|\bin all\b|\bsum\b|\badd(ed)? (them |it )?up\b|\d+ ?\+ ?(\d+|unlimited)|합치면|합쳐서|합계|합산|총 ?(몇|\d+ ?(건|개))|다 합|모두 합|전부 합/i;
/** "How many more does Gold give than Silver?", "골드랑 실버 차이가 몇 건?": the counts side by side, subtracted. */
export const DIFF = /\bhow many more\b|\bdifference\b|\bdiff\b|\b(more|fewer|less) than\b|차이|몇 ?(건|개) ?더|더 (많이|받|주)/i;

/** The plain sum asked for as such ("단순 합계는?", "just add them up", "if they stacked"): only then is it given for today's offers held together. */
const PLAIN_SUM = /단순 ?합|그냥 ?(더하면|합치면)|산술|\bsimple (sum|total|math|addition)\b|\bjust add(ed|ing)?\b|\bif (they|it|those) (stack(ed)?|add(ed)? up)\b|\bas if\b|\bon paper\b/i;

/** The lines of one offer (or of an org), and whether they are the general ones (both kinds of competency). */
export interface CountGroup {
  offer: string;
  lines: readonly EntitlementLine[];
  general: boolean;
}

/**
 * The sum or the difference asked for, said before the lines (a person adds them up wrong, or asks
 * for one number): unlimited is never added into a number, and a membership whose cloud line
 * depends on the competency gets one total for each kind.
 */
export function arithmeticLead(info: TurnInfo, all: readonly CountGroup[], options: { offersHeldTogether?: boolean } = {}): string | undefined {
  // "온프레 총 몇 건?": only the side asked is added up.
  const scope = scopeAsked(info.text);
  const groups = all.map((g) => ({ ...g, lines: g.lines.filter((l) => !scope || l.benefit.scope === scope) }));
  // Today's offers held together: whether their counts add up is not documented (the answer says so), so nothing is added.
  const sum = SUM.test(info.text) && groups.every((g) => new Set(g.lines.map((l) => l.offer)).size <= 1);
  const diff = DIFF.test(info.text) && groups.length === 2;
  if (!sum && !diff) return undefined;
  const parts: string[] = [];
  if (diff) parts.push(...differences(info, groups[0]!, groups[1]!));
  // "Core랑 Expanded 둘 다 가지고 있으면 단순 합계는?": today's offers held together; the plain sum, and that adding them up is not documented.
  const counted = (g: CountGroup) => g.lines.flatMap((l) => (l.allowance.kind === 'count' ? [l.allowance.count] : []));
  if (sum && options.offersHeldTogether && PLAIN_SUM.test(info.text) && groups.length > 1 && groups.every((g) => counted(g).length && g.lines.every((l) => l.allowance.kind === 'count'))) {
    const added = groups.map((g) => `${g.offer} ${counted(g).map((c) => info.t('answers:arith.n', { count: c })).join(' + ')}`).join(' + ');
    return info.t('answers:arith.held-together', { added, total: info.t('answers:arith.n', { count: groups.flatMap(counted).reduce((a, b) => a + b, 0) }) });
  }
  if (sum) {
    const totals = groups.map((g) => info.t('answers:arith.sum', { offer: g.offer, totals: variants(g).map((v) => totalText(info, v.lines, v.basis)).join('; ') }));
    parts.push(...totals);
    if (groups.some((g) => g.lines.some((l) => l.allowance.kind === 'unlimited'))) parts.push(info.t('answers:arith.no-total'));
  }
  return parts.length ? parts.join(' ') : undefined;
}

/** General lines hold both kinds of cloud line (they depend on the competency): one total each; an org's lines all count. */
function variants(g: CountGroup): { lines: EntitlementLine[]; basis?: 'cloud' | 'other' }[] {
  const both = g.general && g.lines.some((l) => l.basis === 'cloud') && g.lines.some((l) => l.basis === 'other');
  if (!both) return [{ lines: [...g.lines] }];
  return (['other', 'cloud'] as const).map((basis) => ({ lines: g.lines.filter((l) => l.basis === 'any' || l.basis === basis), basis }));
}

function totalText(info: TurnInfo, lines: readonly EntitlementLine[], basis?: 'cloud' | 'other'): string {
  const counts = lines.flatMap((l) => (l.allowance.kind === 'count' ? [l.allowance.count] : []));
  const n = (count: number) => info.t('answers:arith.n', { count });
  const unlimited = lines.some((l) => l.allowance.kind === 'unlimited');
  const added = counts.map(n).join(' + ');
  const text = unlimited ? `${added ? `${added} + ` : ''}${info.t('answers:arith.unlimited')}` : counts.length > 1 ? `${added} = ${n(counts.reduce((a, b) => a + b, 0))}` : counts.length ? added : info.t('answers:arith.none');
  return basis ? `${info.t(`answers:arith.with-${basis}`)} ${text}` : text;
}

/** Each line both offers have (same scope and basis), counted against each other. */
function differences(info: TurnInfo, a: CountGroup, b: CountGroup): string[] {
  const key = (l: EntitlementLine) => `${l.benefit.scope}/${l.basis}`;
  // A line only the second one has ("Launch vs Core": Core's cloud line) is said from its side.
  const onlyInB = b.lines.filter((y) => !a.lines.some((x) => key(x) === key(y)) && y.allowance.kind === 'count');
  const fromB = onlyInB.map((y) => info.t('answers:arith.only', { a: b.offer, b: a.offer, benefit: y.benefit.name, basis: y.basis === 'any' ? '' : ` ${info.t(`answers:benefits.basis.${y.basis}`)}`, count: y.allowance.kind === 'count' ? y.allowance.count : 0 }));
  return [...fromB, ...a.lines.flatMap((x) => {
    const y = b.lines.find((l) => key(l) === key(x));
    const values = { a: a.offer, b: b.offer, benefit: x.benefit.name, basis: x.basis === 'any' ? '' : ` ${info.t(`answers:benefits.basis.${x.basis}`)}` };
    if (!y) return x.allowance.kind === 'count' ? [info.t('answers:arith.only', { ...values, count: x.allowance.count })] : [];
    if (x.allowance.kind !== 'count' || y.allowance.kind !== 'count') return x.allowance.kind === y.allowance.kind ? [] : [info.t('answers:arith.one-unlimited', { ...values, x: x.allowance.kind === 'count' ? x.allowance.count : info.t('answers:arith.unlimited'), y: y.allowance.kind === 'count' ? y.allowance.count : info.t('answers:arith.unlimited') })];
    const d = x.allowance.count - y.allowance.count;
    if (d === 0) return [info.t('answers:arith.same', { ...values, count: x.allowance.count })];
    return [info.t('answers:arith.more', { ...values, a: d > 0 ? a.offer : b.offer, b: d > 0 ? b.offer : a.offer, count: Math.abs(d), x: Math.max(x.allowance.count, y.allowance.count), y: Math.min(x.allowance.count, y.allowance.count) })];
  })];
}
