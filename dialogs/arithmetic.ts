import type { EntitlementLine } from '../src/core/entitlements.js';
import { scopeAsked, SEPARATE_ASKED } from '../src/language/signals.js';
import type { TurnInfo } from './turn.js';

/** "20 + unlimited, what's the total?", "cloud + on-prem in all?", "총 몇 건이에요?": the counts added up. */
export const SUM = /\btotal\b|\bcombined\b|\btogether\b|\bin all\b|\bsum\b|\badd(ed)? (them |it )?up\b|\d+ ?\+ ?(\d+|unlimited)|합치면|합쳐서|합계|합산|총 ?(몇|\d+ ?(건|개))|다 합|모두 합|전부 합/i;
/** A total asked for, not whether the counts are one pool ("합친 거예요? 아님 따로예요?" asks the latter). */
export function sumAsked(text: string): boolean {
  return SUM.test(text) && !SEPARATE_ASKED.test(text);
}
/** "How many more does Gold give than Silver?", "골드랑 실버 차이가 몇 건?": the counts side by side, subtracted. */
export const DIFF = /\bhow many more\b|\bdifference\b|\bdiff\b|\b(more|fewer|less) than\b|차이|몇 ?(건|개) ?더|더 (많이|받|주)/i;

/** A side named as added to the other ("온프렘이랑 합쳐서", "시그니처까지 다 합치면", "total including on-prem"). */
const SIDE_ADDED = /(온-?프레미스|온프렘|온프레|클라우드|시그니처)(이랑|랑|하고|와|과|까지|도|포함(해서|하면)?) ?(합쳐|합치|합해|더하|더해|다 ?합|모두 ?합|같이|총)|\b(plus|including|incl\.?|with) (the )?(on-?prem\w*|cloud|signature)\b.{0,25}\b(total|combined|together|in all)\b|\b(total|combined|together|in all)\b.{0,25}\b(plus|including|incl\.?|with) (the )?(on-?prem\w*|cloud|signature)\b/i;
/** Counts written as words ("two more", "두 건", "하나가"). */
export const COUNT_WORDS_BY_NAME: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, both: 2, 한: 1, 하나: 1, 두: 2, 둘: 2, 세: 3, 셋: 3, 네: 4, 다섯: 5 };

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
  // "온프레 총 몇 건?": only the side asked is added up ("온프렘이랑 합쳐서 총 몇 건?", "total including on-prem": that side added to the other).
  const scope = SIDE_ADDED.test(info.text) ? undefined : scopeAsked(info.text);
  const groups = all.map((g) => ({ ...g, lines: g.lines.filter((l) => !scope || l.benefit.scope === scope) }));
  // Today's offers held together: whether their counts add up is not documented (the answer says so), so nothing is added.
  const sum = sumAsked(info.text) && groups.every((g) => new Set(g.lines.map((l) => l.offer)).size <= 1);
  const diff = DIFF.test(info.text) && groups.length === 2;
  if (!sum && !diff) return afterUse(info, groups);
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

/** "7개 쓰고", "if we used 7", "7 were opened": requests said to be used. */
const USED = /(?<!\d)(\d{1,2}) ?(?:개|건)(?:를|을)? ?(?:쓰고|쓰면|썼|사용(?:하고|했|하면)|차감(?:되고|됐|되면)|열고|열었|열면)|\b(?:used|uses|use|using|opened|opens|burned|burns|spent|spends|consumed) (\d{1,2}|one|two|three|four|five)\b(?! (?:more|an? (?:month|week|quarter)|per|each|every|months?|weeks?|days?|times)\b)|(?<!\d)(\d{1,2}) (?:were |are |have been |got )?(?:used|opened|burned)\b/i;
/** Whether the text states requests used ("7개 쓰고", "we used 6"). */
export const statesUse = (text: string): boolean => USED.test(text);
/** The requests the text says were used, if it says ("we used 7" → 7). */
export const usedSaid = (text: string): number | undefined => numberIn(USED, text);
/** Another membership supposed ("and if we were silver?", "실버였으면요?"): the numbers said before are worked out on it. */
export const SUPPOSED_OFFER = /\bif (we|i|they) (were|was|had been|had|are)\b|\binstead\b|\bwhat if\b|(였|이었)(으면|다면)|(이|)라면/i;

/** The use said earlier in the conversation, carried into a supposition about another membership. */
function carriedUse(info: TurnInfo): { used: number; scope?: 'cloud' | 'on-premises' } | undefined {
  const last = info.memory.last;
  return last?.used !== undefined && SUPPOSED_OFFER.test(info.text) && usedSaid(info.text) === undefined ? { used: last.used, ...(last.scope ? { scope: last.scope } : {}) } : undefined;
}
/** "1개 환불받으면", "and 1 was refunded": of them, given back. */
const GIVEN_BACK = /(?<!\d)(\d{1,2}|한|두|세|하나|둘|셋) ?(?:개|건)?(?:이|가|은|는|만|도)? ?(?:환불|돌려)|(?<![\w-])(\d{1,2}|one|two|three|four|five)(?: of (?:them|those))? (?:were |was |are |is |get |gets |got )?(?:refunded|credited|given back)\b|\brefunded (\d{1,2}|one|two|three)\b|(?<![\w-])(\d{1,2}|one|two|three|four|five)(?: of (?:them|those))? (?:were |was |are |is |got |have been )?closed as (?:an? )?(?:dup\w*|(?:product )?bugs?)\b|(?<!\d)(\d{1,2}|한|두|세) ?(?:개|건)(?:이|가|은|는)? ?(?:버그|중복)(?:으로|로) ?(?:종료|닫|처리)/i;
/** No refund said ("none refunded", "no refunds", "환불은 없었어요"). */
const NONE_REFUNDED = /\b(none|nothing|no|zero|0)( of them| of those)? (were |was |got |have been )?(refunded|credited|given back)\b|\bno refunds?\b|환불(은|된 ?(건|거)은?)? ?(없|0 ?건)/i;
/** A refund named at all: if its count can't be read, nothing is worked out. */
const REFUND_NAMED = /refund|credited|given back|closed as (an? )?(dup|(product )?bug)|환불|돌려|(버그|중복)(으로|로) ?(종료|닫)/i;
/** Of the requests said used, how many the text says were given back (0 when none is named); undefined when a refund is named but its count can't be read. */
function refundedSaid(text: string, used: number): number | undefined {
  // ("opened 4 on-prem cases since march, none refunded": none.)
  if (NONE_REFUNDED.test(text)) return 0;
  const given = numberIn(GIVEN_BACK, text);
  return given === undefined && REFUND_NAMED.test(text) ? undefined : Math.min(used, given ?? 0);
}

/** The count a pattern's first number-like group says ("7", "two", "하나"), if it matches. */
export const numberIn = (pattern: RegExp, text: string): number | undefined => {
  const said = pattern.exec(text)?.slice(1).find((g) => g !== undefined && (/^\d+$/.test(g) || g.toLowerCase() in COUNT_WORDS_BY_NAME));
  return said === undefined ? undefined : (COUNT_WORDS_BY_NAME[said.toLowerCase()] ?? Number(said));
};

/** A year's allowance said ("15개 받았고", "we get 15 a year", "started with 10"). */
const ALLOWANCE_SAID = /(?<!\d)(\d{1,2}) ?(?:개|건)(?:을|를)? ?(?:받았|받고|받는데|받아요|받거든|주어졌|있었는데)|\b(?:we (?:get|got|had|were given|started with)|started with|allowance (?:is|was|of)) (\d{1,2})(?: (?:on-?prem\w*|cloud|signature|azure))?(?: incidents?| cases?| tickets?)?(?: a year| per year| in total| total)?\b(?! more)/i;

/** "15개 받았고 4개 열었는데 1개 환불받았어요" from someone whose records the bot doesn't hold: their own numbers, worked out. */
export function statedBalance(info: TurnInfo): string | undefined {
  const count = numberIn(ALLOWANCE_SAID, info.text);
  const used = usedSaid(info.text);
  if (count === undefined || used === undefined || used > count) return undefined;
  const refunded = refundedSaid(info.text, used);
  if (refunded === undefined) return undefined;
  return info.t(refunded ? 'answers:arith.stated-use-refunded' : 'answers:arith.stated-use', { count, used, refunded, left: count - used + refunded });
}

/**
 * "골드면 온프렘 20개잖아요. 7개 쓰고 1개 환불받으면 몇 개 남아요?": the one counted line of the side asked,
 * less the requests said to be used, plus those given back (the person's numbers, worked out).
 */
function afterUse(info: TurnInfo, groups: readonly CountGroup[]): string | undefined {
  return groups.length === 1 ? usedArithmetic(info, groups[0]!.lines) : undefined;
}

/** The same worked out on an org's own lines ("20개 중에 7개 썼으면 13개 남은 거 맞나요?"), on the side asked. */
export function usedArithmetic(info: TurnInfo, lines: readonly EntitlementLine[]): string | undefined {
  // "used 12 Partner Cloud Support and 5 on-prem incidents", "온프렘 4건, 시그니처 3건 썼어요": each side's line, worked out.
  const perSide = usedPerSide(info.text);
  if (perSide) {
    const done = [...perSide].flatMap(([scope, used]) => {
      const sided = lines.filter((l) => l.allowance.kind === 'count' && l.benefit.scope === scope);
      const line = sided.length === 1 ? sided[0] : undefined;
      return line?.allowance.kind === 'count' && used <= line.allowance.count ? [info.t('answers:arith.after-use', { benefit: line.benefit.name, count: line.allowance.count, used, refunded: 0, left: line.allowance.count - used })] : [];
    });
    if (done.length) return done.join(' ');
  }
  // ("we're gold, used 7 on-prem" → "and if we were silver?": the 7 and the side said before.)
  const carried = carriedUse(info);
  const used = numberIn(USED, info.text) ?? carried?.used;
  // ("sorry, we're silver actually. same 7 used": the side said before.)
  const scope = scopeAsked(info.text) ?? carried?.scope ?? (SAME_USE.test(info.text) ? info.memory.last?.scope : undefined);
  const sided = lines.filter((l) => l.allowance.kind === 'count' && (!scope || l.benefit.scope === scope));
  // "20개 중에 7개": the line of the count said, when the side is not.
  const counted = sided.length > 1 ? countSaid(info.text, sided, true) : sided;
  const line = counted.length === 1 ? counted[0] : undefined;
  if (used === undefined || line?.allowance.kind !== 'count' || used > line.allowance.count) return undefined;
  const refunded = refundedSaid(info.text, used);
  if (refunded === undefined) return undefined;
  const facts = { benefit: line.benefit.name, count: line.allowance.count, used, refunded, left: line.allowance.count - used + refunded };
  return info.t(refunded ? 'answers:arith.after-use-refunded' : 'answers:arith.after-use', facts);
}

/** The use said before, said again with a correction ("same 7 used", "아 실버였어요, 똑같이 7개"). */
const SAME_USE = /\bsame (\d{1,2}|number|count|use)\b|똑같이|마찬가지|그대로/i;
const SIDE_WORDS = String.raw`(on-?prem\w*|온-?프렘|온-?프레미스|partner on-?premises support|partner cloud support|cloud|클라우드|signature|시그니처)`;
/** A count next to the side it was used on ("12 Partner Cloud Support", "5 on-prem", "시그니처 3건"). */
const SIDE_COUNT = new RegExp(String.raw`(?<!\d)(\d{1,2})\s*(?:건|개)?\s*(?:of (?:the |our )?)?${SIDE_WORDS}|${SIDE_WORDS}\s*(?:incidents?\s*)?(\d{1,2})\s*(?:건|개)(?!\s*(?:중|짜리))`, 'gi');
const USED_WORD = /\b(used|opened|burned|spent|consumed)\b|썼|사용했|사용함|열었/i;
/** Requests said used on each side, when exactly both sides are given one count each. */
function usedPerSide(text: string): Map<'on-premises' | 'cloud', number> | undefined {
  if (!USED_WORD.test(text)) return undefined;
  const seen = new Map<'on-premises' | 'cloud', number>();
  for (const m of text.slice(0, 600).matchAll(SIDE_COUNT)) {
    const side = /prem|프렘|프레미스/i.test(m[2] ?? m[3] ?? '') ? 'on-premises' : 'cloud';
    if (seen.has(side)) return undefined;
    seen.set(side, Number(m[1] ?? m[4]));
  }
  return seen.size === 2 ? seen : undefined;
}

/** A line named by its count ("Partner Cloud Support 50", "the 10pack", "2건짜리"): that count. */
const LINE_NAMED = /\b(?:support|pack|plan|line|designation|core|expanded)\s*(\d{1,2})(?!\d)|(?<!\d)(\d{1,2})[- ]?pack\b|(?<!\d)(\d{1,2}) ?팩|(?<!\d)(\d{1,2})\s*(?:개|건)\s*짜리/i;
export function lineNamed(text: string): number | undefined {
  return numberIn(LINE_NAMED, text);
}

/**
 * Of several lines, the one whose yearly count the text says ("on our Partner Cloud Support 50",
 * "20개 중에"); all of them when none or several match, unless `strict` (then none).
 */
export function countSaid<L extends Pick<EntitlementLine, 'allowance'>>(text: string, lines: readonly L[], strict = false): L[] {
  if (lines.length < 2) return [...lines];
  const saying = (pattern: (n: number) => string) => lines.filter((l) => l.allowance.kind === 'count' && new RegExp(pattern(l.allowance.count), 'i').test(text));
  // The count as a line's name says it ("Partner Cloud Support 50", "20pack", "20개 중에") before any number that happens to equal it ("2 of them").
  const named = saying((n) => String.raw`\b(support|pack|plan|line|designation|core|expanded)\s*${n}(?!\d)|(?<!\d)${n}[- ]?(pack|incidents? (a|per) year)\b|(?<!\d)${n} ?팩|(?<!\d)${n}\s*(개|건)\s*(짜리|중)`);
  if (named.length === 1) return named;
  const said = saying((n) => String.raw`(?<!\d)${n}(?!\d)`);
  return said.length === 1 || strict ? said : [...lines];
}
