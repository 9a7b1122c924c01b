/**
 * Claims partners put to be confirmed ("only the global admin can activate it, right?", "관리 에이전트는 불가,
 * ID는 모든 사용자가 볼 수 있음 — 맞죠?", "Action Pack 10 on-prem + 5 cloud, IDs on every ticket — correct?"), each
 * judged against the 2021 rules (facts.md §1–§3): a Global admin or an MPN partner admin activates, an Admin agent
 * can't; every user of the company sees the IDs once activated and enters them once; only Support for Business shows
 * the balance; Action Pack has no cloud incidents; the on-premises counts are the catalog's (Gold 20, Silver 15, Action Pack 10).
 */

import type { Program } from '../src/core/catalog-schema.js';

/** A request to confirm ("right?", "correct?", "yes/no", "맞죠?", "맞나요?"). */
export const CONFIRM = /\b(right|correct|true|accurate|am i right|is that so|isn'?t it|yes\/no|yes or no)\b\s*[?？]|\bcorrect\b|\byes\/no\b|맞죠|맞나요|(있|되|돼)죠\s*[?？]|맞아요\s*[?？]|맞습니까|맞는지|맞지요|맞는 ?거죠|그렇죠|맞을까요/i;

/** Which claims are wrong (each a correction key of `answers:info.claims`) and how many are right. */
export interface ClaimsVerdict {
  wrong: string[];
  right: number;
  /** Whether a claim is about who activates or who sees the IDs (the roles answer answers it). */
  roles: boolean;
}

const NOT = /\b(can'?t|cannot|can not|not|no|unable|isn'?t|aren'?t)\b|불가|못|안 ?(돼|됨|되)|할 ?수 ?없|없음/i;
const ACTIVATES = /activat|turn (it|them) on|활성화/i;
const ACTIVATE_DENIED = /\b(can'?t|cannot|can not|not|unable to)\s+(\w+\s+)?activat|활성화[^.?!,]{0,8}(불가|못|안 ?(돼|됨|되)|할 ?수 ?없)/i;
const SEES_IDS = /\b(see|view|access|find)\b.{0,30}\b(ids?|access id|contract id)\b|\b(ids?|access id|contract id)\b.{0,30}\b(see|view|visible)\b|(ID|아이디|액세스|계약).{0,20}(볼|보이|보여|확인)|(볼|보이|보여|확인).{0,10}(ID|아이디)/i;
const IDS = /\b(ids?|access id|contract id)\b|아이디|액세스|계약 ?ID|(?<![a-z])ID/i;
const EVERY_TIME = /\b(every|each) (ticket|case|request|time|incident)\b|\bon every\b|매번|(티켓|요청|케이스|인시던트)마다/i;
const ONCE = /\bonce\b|\bfirst time\b|한 ?번(만)?|처음(에)?만/i;
const BALANCE = /\b(balance|remaining|left|how many are left)\b|잔여|잔량|남은 ?(건수|인시던트|수)?/i;
const IN_AZURE = /\bazure\b|애저/i;
const ACTION_PACK_CLOUD = /(action pack|액션 ?팩|\bmaps\b)[^,;]{0,40}(cloud|signature|클라우드|시그니처)/i;
/** "Gold 20", "실버 15건", "Action Pack 10 on-prem": each offer's name (its aliases) and its on-premises count, from the catalog. */
function onPremCounts(program: Program): [RegExp, number][] {
  return program.offers.flatMap((offer) => {
    const line = program.entitlements.find((e) => e.offer === offer.id && e.benefit === 'product-support');
    if (line?.allowance.kind !== 'count') return [];
    const names = offer.aliases.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, ' ?'));
    return [[new RegExp(`(?<![a-z0-9])(?:${names.join('|')})(?![a-z0-9])`, 'i'), line.allowance.count]];
  });
}
const countsOf = new WeakMap<Program, [RegExp, number][]>();
const SEE_DENIED = /\b(can'?t|cannot|can not|not|unable to)\s+(\w+\s+)?(see|view|access|find)\b|볼 ?수 ?없|못 ?(봐|보)|안 ?(보여|보이)/i;

/** Clauses of a claim list: "MPN partner admin = can activate, admin agent = can't, normal users = can see the IDs". */
function clauses(text: string): string[] {
  return text.split(/[,;\n]|(?<=[.?!])\s|\band\b|그리고|이고|이며/i).map((c) => c.trim()).filter(Boolean);
}

/** A claim about the speaker's own role ("I'm global admin so I can activate"): the records answer it, not the rules. */
export const SELF_ROLE = /\b(i'?m|i am|as)\b (an? |the |our )?(global admin|ga|mpn partner admin|partner admin|admin agent)\b|(제가|저는|전) .{0,10}(관리자|에이전트)/i;

/** A claim judged true. */
const RIGHT = 'right';

/** One clause's claim about who activates or sees the IDs: {@link RIGHT}, the key of its correction, or undefined. */
function roleClaim(clause: string): string | undefined {
  const agent = /\badmin agents?\b|관리 ?에이전트/i.test(clause);
  const admins = /\b(global|mpn partner|partner) admins?\b|\bga\b|(전역|글로벌|파트너) ?관리자/i.test(clause);
  const onlyGlobal = /\bonly (the |a )?(global admins?|ga)\b|(전역|글로벌) ?관리자만/i.test(clause) && !/partner admin|파트너 ?관리자/i.test(clause);
  const onlyAdminsSee = /\bonly (the )?(admins?|administrators?|global admins?)\b|관리자만/i.test(clause) && SEES_IDS.test(clause);
  const usersSee = /\b(all|every|normal|regular|plain|any)( of (the|our))? ?(users?|one|body|employees?|colleagues?)\b|(모든|일반) ?(사용자|직원|유저|사람)/i.test(clause) && SEES_IDS.test(clause);
  const stated = ACTIVATES.test(clause) || /[=:]/.test(clause);
  if (onlyAdminsSee) return 'only-admins-see';
  if (usersSee) return SEE_DENIED.test(clause) ? 'only-admins-see' : RIGHT;
  if (onlyGlobal && ACTIVATES.test(clause)) return 'only-global';
  // "admin agent = can't", "관리 에이전트는 불가": right; "I'm admin agent so I can activate": wrong.
  if (agent && NOT.test(clause)) return RIGHT;
  if (agent && stated) return 'agent-activates';
  if (admins && stated) return ACTIVATE_DENIED.test(clause) ? 'admins-cannot' : RIGHT;
  return undefined;
}

/** The claims a message makes, judged (counts only against a program's); undefined when it makes none. */
export function claimsVerdict(text: string, program?: Program): ClaimsVerdict | undefined {
  if (SELF_ROLE.test(text)) return undefined;
  const wrong = new Set<string>();
  let right = 0;
  let roles = false;
  const counts = program ? countsOf.get(program) ?? onPremCounts(program) : [];
  if (program) countsOf.set(program, counts);
  for (const clause of clauses(text.replace(/\byes ?(\/|or) ?no\b/gi, ' '))) {
    // Only on-premises counts of the memberships ("Gold 20"), not a balance ("Gold, so 20 left?") or a cloud count.
    const countable = !BALANCE.test(clause) && !/cloud|signature|azure|클라우드|시그니처|애저/i.test(clause);
    const counted = counts.filter(([name]) => countable && name.test(clause)).flatMap(([name, count]) => {
      // A count, not a duration ("골드 지원 계약 2년짜리": two years).
      const said = new RegExp(`(${name.source})\\D{0,12}(\\d{1,2})(?!\\d)(?!\\s*(년|개월|달|주|일)|\\s*(years?|months?|weeks?|days?)\\b)`, 'i').exec(clause)?.[2];
      return said === undefined ? [] : [said === String(count)];
    });
    right += counted.filter(Boolean).length;
    if (counted.some((ok) => !ok)) wrong.add('counts');
    if (ACTION_PACK_CLOUD.test(clause) && !NOT.test(clause)) wrong.add('action-pack-cloud');
    if (IDS.test(clause) && EVERY_TIME.test(clause) && !ONCE.test(clause) && !NOT.test(clause)) wrong.add('ids-every-time');
    else if (BALANCE.test(clause) && IN_AZURE.test(clause) && !NOT.test(clause) && !SEES_IDS.test(clause)) wrong.add('balance-in-azure');
    const role = roleClaim(clause);
    if (role) roles = true;
    if (role === RIGHT) right += 1;
    else if (role) wrong.add(role);
  }
  return wrong.size || right ? { wrong: [...wrong], right, roles } : undefined;
}
