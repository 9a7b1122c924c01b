import { TurnContext } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import type { Answer, AnswerFact } from '../src/core/answer.js';
import type { Program } from '../src/core/catalog-schema.js';
import type { OrgLookup, OrgMiss } from '../src/core/staff-service.js';
import type { Ticket } from '../src/core/types.js';
import { allowanceText, contractFact, lineLabel, orgLineFacts } from './benefits-answer.js';
import { heldOffersFact } from './current-program.js';
import { commonValues, fromKey } from './compose.js';
import type { DialogDeps } from './deps.js';
import { runStaffLink } from './staff-link.js';
import { maskSecret } from '../src/core/redact.js';
import { idsInText } from '../src/core/registration.js';
import { historyLead, incidentsAnswer } from './incidents-answer.js';
import { linkFact, noteLines, recordsAnswer } from './records-text.js';
import { outcomeAnswer } from './register-ids.dialog.js';
import { ticketDetail } from './handoff.js';
import { renamedAnswer } from './program-answers.js';
import { infoAnswer } from './info.js';
import { INCIDENT_RULE_ASKED, MSA_NAMED, scopeAsked, withoutNames } from '../src/language/signals.js';
import { namedInHangul } from '../src/language/hangul-names.js';
import { factsFromText } from './facts-from-text.js';
import { CSP_NAMED } from './route-turn.js';
import { staffTriage } from './staff-triage.js';
import { focusOn, turnInfo, type TurnInfo } from './turn.js';

/** A person named by staff ("김민수라는 분", "someone named Jo Berry"). */
const PERSON_NAMED = /([가-힣]{2,4})(?:이라는|라는|씨라는|님이라는) ?(?:분|사람|직원|담당자|유저|사용자)|\b(?:someone|a (?:guy|person|user|woman|man|lady|dev|developer|engineer)) (?:named|called) ([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)/;

/** Staff command words, English and Korean, to the command they run. */
export const STAFF_COMMANDS: Readonly<Record<string, StaffCommand>> = {
  triage: 'triage',
  '분류': 'triage',
  lookup: 'lookup',
  '조회': 'lookup',
  reveal: 'reveal',
  '열람': 'reveal',
  tickets: 'tickets',
  '티켓': 'tickets',
  claim: 'claim',
  '담당': 'claim',
  note: 'note',
  '메모': 'note',
  resolve: 'resolve',
  '해결': 'resolve',
  unanswered: 'unanswered',
  '미응답': 'unanswered',
  announce: 'announce',
  '알림': 'announce',
  link: 'link',
  '연결': 'link',
  register: 'register',
  '등록': 'register',
};
export type StaffCommand = 'triage' | 'lookup' | 'reveal' | 'tickets' | 'claim' | 'note' | 'resolve' | 'unanswered' | 'announce' | 'link' | 'register';

/** What each command's argument must look like, so everyday sentences ("resolve my issue") are not commands. */
const SYNTAX: Record<StaffCommand, RegExp> = {
  triage: /\S/u,
  lookup: /\S/u,
  reveal: /\S/u,
  tickets: /^$/u,
  unanswered: /^$/u,
  announce: /^(|here|여기)$/iu,
  claim: /^#?\d+$/u,
  note: /^#?\d+\s+\S/u,
  resolve: /^#?\d+\s+\S/u,
  link: /\S\s+(?:org|조직):\S/iu,
  // Only with an org: a partner's "register" / "register ids" is the partner's own registration.
  register: /(?:^|\s)(?:org|조직):\S/iu,
};

/** The staff command a text is, and the rest of the line. */
export function staffCommandOf(text: string): { command: StaffCommand; rest: string } | undefined {
  const match = /^\s*\/?(\S+)\s*([\s\S]*)$/u.exec(text);
  const command = match ? STAFF_COMMANDS[(match[1] ?? '').toLowerCase()] : undefined;
  const rest = (match?.[2] ?? '').trim();
  return command && SYNTAX[command].test(rest) ? { command, rest } : undefined;
}

/** "triage <pasted text> org:<id or name>" (also 조직:…); a last word that is an org id works too. */
export function splitOrg(rest: string): { text: string; org?: string } {
  const m = /\s*(?:org|조직):\s*(?:"([^"]+)"|(\S+))\s*$/iu.exec(rest);
  if (!m) return { text: rest };
  return { text: rest.slice(0, m.index).trim(), org: (m[1] ?? m[2] ?? '').trim() };
}

/** Runs one staff command. The core refuses (and audits) anyone without the staff role. */
/** A staff question about what a partner's 2021 membership is today ("maps to today", "지금은 뭐로 바뀌었"). */
const TODAY_ASKED = /\bmaps? to\b|\bequivalent\b|\b(into|in|for) 2026\b|2026년|\btoday'?s (program|offers?)\b|\b(called|named) (now|today)\b|\bnew program\b|\b(now|today|these days)\b.{0,20}\b(called|instead|get|have)\b|(지금|요즘|현재)(은|는)?.{0,12}(뭐로|무엇으로|어떤|바뀌|해당)/i;
/** A staff question about how a partner's incidents were counted. */
/** Which requests use an incident, asked ("which of their requests count against the pool?", "뭐가 차감 대상이에요?"). */
const COUNTS_AGAINST = /\bcounts? against\b|\bwhat counts\b|\bwhich (of (their|our|the) )?(requests|tickets|cases)\b[^.?!]{0,30}\bcount\b|차감 ?(되는|대상)/i;
const COUNT_DISPUTED = /disput|\bonly (ever )?used (one|1|two|2)\b|\breal (count|number|balance)\b|\bis ?n'?t full\b|실제 (건수|개수|잔여)|\b(wrong|incorrect) (count|number|balance)|\bcount (is |was )?(wrong|off)|miscount|\b(doesn'?t|don'?t|does not|do not) (match|add up)|\bonly \d+ (got |were |was |have been )?(deducted|counted|charged|used)|\bcharged twice\b|\b(only|just) (dropped|went down|decreased|moved) by \d+\b|\b(balance|count) (only )?(dropped|went down|decreased) by (only )?\d+\b|\bbug on our side\b|이의|안 ?맞|틀리|맞지 않|잘못 차감|(더|덜) 차감|\d{1,2} ?(개|건) ?남았다(는데|고 ?하는데|던데)[^.?!]{0,6}맞|\b(says|said|thinks|claims) (they have |it's |its |there are )?\d{1,2}( left)?\b[^.?!]{0,30}\b(right|correct|true|sure)\b/i;

/** Staff asking for a partner's requests themselves ("list every support request they've filed", "numbers with evidence", "사용 내역"). */
const REQUESTS_LISTED = /\b(list|history|log)\b.{0,40}\b(requests?|cases?|tickets?|incidents?|usage|srs?)\b|\bsrs\b[^.?!]{0,30}\b(with )?dates?\b|(sr|요청|티켓) ?(번호)?[^.?!]{0,10}(날짜|일자)|\bevery (support )?(request|case|ticket)\b|\b(evidence|proof)\b|\bbroken down\b|\bbreakdown\b|\b(per|by) (month|line)\b|\bnet of refunds?\b|\b(consumed|used) since\b|\b(actually )?(consumed|used) (this year|so far)\b|(사용|요청|차감|티켓|케이스) ?(내역|기록|이력|목록)|근거|증거|월별|라인별|이후로?[^.?!]{0,20}(차감|사용|쓴)/i;

export async function runStaff(dc: DialogContext, cmd: { command: StaffCommand; rest: string }, deps: DialogDeps): Promise<void> {
  const info = turnInfo(dc.context);
  const who = { actor: info.user, via: info.identity };
  const program = deps.service.catalog.defaultProgram;
  const send = (answer: Answer) => deps.send(dc, answer);
  const refused = () => send(fromKey(info, program, 'staff.refused', { kind: 'refusal' }));
  switch (cmd.command) {
    case 'lookup':
    case 'reveal': {
      if (cmd.command === 'reveal' && info.scope !== 'private' && deps.staff.isStaff(info.user)) return send(fromKey(info, program, 'staff.reveal-private-only', { kind: 'refusal' }));
      const r = await deps.staff.lookup(who, { query: cmd.rest, reveal: cmd.command === 'reveal' });
      if (r.kind === 'refused') return refused();
      if (r.kind !== 'org') return send(orgMissAnswer(info, program, r));
      const notes = noteLines(info, program, await deps.service.notes(r.summary.org.id, 'any'), r.summary.org.name);
      // "김민수라는 분이 Contoso 소속이라고 하는데 그분 기록 있어요?": a person the partner's users on record don't include.
      const person = PERSON_NAMED.exec(info.text);
      const name = person?.[1] ?? person?.[2];
      if (name && !(await deps.service.orgUsers(r.summary.org.id)).some((u) => u.name.toLowerCase().includes(name.toLowerCase()) || namedInHangul(name, u.name))) notes.unshift(info.t('answers:staff.person-unknown', { name, org: r.summary.org.name }));
      const answer = lookupAnswer(info, r);
      // "The partner disputes the count", "3 opened but only 2 deducted?": how incidents are counted and refunded.
      // ("which of their requests count against the cloud pool?": the same rule.)
      if (COUNT_DISPUTED.test(info.text) || COUNTS_AGAINST.test(info.text)) notes.unshift(info.t('records:count-rule'));
      // "같은 문제로 통화를 여러 번 했는데 여러 개 차감돼요?": what one incident is.
      if (INCIDENT_RULE_ASKED.test(info.text)) notes.unshift(infoAnswer('incident-definition', program, info).text ?? '');
      // "…was anything refunded?": the requests on record this membership year, refunds counted.
      if (/refund|credited|환불|돌려/i.test(info.text) || COUNT_DISPUTED.test(info.text)) notes.unshift(...historyLead(info, r.summary));
      // "Miriam uses her personal outlook acct …": any account works, a Microsoft account too.
      if (MSA_NAMED.test(info.text)) notes.push(info.t('answers:info.msa-short'));
      // "CSP 고객사 Azure 문제인데 …": a customer's requests go the CSP way, whatever the partner's own offer.
      if (factsFromText(info.text).customerSubscription === 'yes') notes.push(info.t('answers:azure-error.if.csp-customer', commonValues(program, info.locale)));
      // "…opened a ticket for their OWN internal azure sub using the Cloud Solution Provider plan. is that allowed?": no.
      if (factsFromText(info.text).customerSubscription === 'no' && CSP_NAMED.test(info.text)) notes.unshift(info.t('answers:csp-own-tenant'));
      // "What does their Action Pack map to today?": the 2021 membership's counterpart, beside the records.
      const held = r.summary.org.membership;
      if (TODAY_ASKED.test(info.text) && held && held.program === program.id) {
        const today = renamedAnswer(info, deps.service.catalog, { topic: 'renamed', offer: held.offer, competencies: [], facts: {}, followUp: false });
        notes.unshift(`${today.title}: ${(today.text ?? '').split('\n')[0]}`);
      }
      // "What can I tell them to do?": about the state the records show (a plan that can't be used, or activation);
      // "시그니처 쪽은요?": about their balance.
      const topic = stateTopic(r.summary);
      // The topic before stays known ("so next step for him?" after a pasted message, then its records).
      const previous = info.memory.last;
      const next = topic ?? 'remaining-incidents';
      const before = previous && previous.topic !== next ? previous.topic : previous?.before;
      info.memory.last = { topic: next, competencies: [], ...(before ? { before } : {}) };
      focusOn(info.memory, r.summary.org.id);
      await send(notes.length ? { ...answer, notes: [...(answer.notes ?? []), info.t('records:notes-title'), ...notes] } : answer);
      // "a list of every request they filed, grouped by benefit", "the numbers with evidence": their requests on record after the lookup.
      // ("their balance only dropped by 1, bug on our side?": a count disputed is answered with the requests on record too.)
      if (REQUESTS_LISTED.test(info.text) || COUNT_DISPUTED.test(info.text)) await send(await incidentsAnswer(info, deps.service, 'history'));
      return;
    }
    case 'triage':
      return staffTriage(dc, cmd.rest, deps);
    case 'tickets': {
      const r = await deps.staff.openTickets(who);
      if (r.kind === 'refused') return refused();
      return send({ ...fromKey(info, program, 'staff.tickets', { values: { count: r.tickets.length } }), facts: r.tickets.map((t) => ticketFact(info, t)) });
    }
    case 'claim':
    case 'note':
    case 'resolve':
      return changeTicket(dc, { command: cmd.command, rest: cmd.rest }, deps);
    case 'unanswered': {
      const r = await deps.staff.unanswered(who);
      if (r.kind === 'refused') return refused();
      return send({ ...fromKey(info, program, 'staff.unanswered', { values: { count: r.items.length } }), facts: r.items.map((i) => ({ label: `×${i.count}`, value: i.text })) });
    }
    case 'link':
      return runStaffLink(dc, cmd.rest, deps);
    case 'register':
      return registerFor(dc, cmd.rest, deps);
    case 'announce': {
      const reference = TurnContext.getConversationReference(dc.context.activity) as unknown as Record<string, unknown>;
      if (!(await deps.staff.setAnnounceChannel(who, reference))) return refused();
      return send(fromKey(info, program, 'staff.announce-set'));
    }
  }
}

/** "register org:<org> <Access ID> <Contract ID> [replace]": staff register on a partner's behalf, privately. */
async function registerFor(dc: DialogContext, rest: string, deps: DialogDeps): Promise<void> {
  const info = turnInfo(dc.context);
  const program = deps.service.catalog.defaultProgram;
  const org = /(?:org|조직):(?:"([^"]+)"|(\S+))/iu.exec(rest);
  if (info.scope !== 'private' && deps.staff.isStaff(info.user)) return deps.send(dc, recordsAnswer(info, program, 'register.private-only', { kind: 'refusal' }));
  const ids = idsInText(org ? rest.replace(org[0], ' ') : rest);
  const r = await deps.staff.registerFor({ actor: info.user, via: info.identity }, { orgQuery: org?.[1] ?? org?.[2] ?? '', ids, replace: /(?:^|\s)(?:replace|교체)(?:\s|$)/iu.test(rest) });
  if (r.kind === 'refused') return deps.send(dc, fromKey(info, program, 'staff.refused', { kind: 'refusal' }));
  if (r.kind !== 'outcome') return deps.send(dc, orgMissAnswer(info, program, r));
  const values = { org: r.org.name };
  if (r.outcome.kind === 'confirm-replace') {
    const c = r.outcome.current;
    return deps.send(dc, recordsAnswer(info, program, 'staff-register.confirm-replace', { kind: 'confirm', values: { ...values, since: c.activatedAt.slice(0, 10), current: maskSecret(c.contractId) } }));
  }
  if (r.outcome.kind === 'no-benefits') return deps.send(dc, recordsAnswer(info, program, 'staff-register.refused', { kind: 'refusal', values }));
  await deps.send(dc, await outcomeAnswer(deps, info, r.outcome, r.org.name));
}

async function changeTicket(dc: DialogContext, cmd: { command: 'claim' | 'note' | 'resolve'; rest: string }, deps: DialogDeps): Promise<void> {
  const info = turnInfo(dc.context);
  const program = deps.service.catalog.defaultProgram;
  const m = /^#?(\d+)\s*([\s\S]*)$/u.exec(cmd.rest);
  if (!m) return deps.send(dc, fromKey(info, program, 'staff.usage', { kind: 'help' }));
  const id = Number(m[1]);
  const r = await deps.staff.changeTicket({ actor: info.user, via: info.identity }, { id, action: cmd.command, text: m[2] ?? '' });
  if (r.kind === 'refused' && r.reason === 'not-staff') return deps.send(dc, fromKey(info, program, 'staff.refused', { kind: 'refusal' }));
  if (r.kind === 'ticket-not-found') return deps.send(dc, fromKey(info, program, 'staff.ticket-not-found', { kind: 'refusal', values: { id } }));
  if (r.kind === 'refused') return deps.send(dc, fromKey(info, program, `staff.ticket-refused.${r.reason}`, { kind: 'refusal', values: { id } }));
  let delivered = true;
  if (cmd.command === 'resolve' && r.ticket.resolution) {
    const t = deps.translate(r.ticket.locale);
    delivered = await deps.deliver(r.ticket.conversation, { kind: 'handoff', locale: r.ticket.locale, title: t('answers:ticket.reply-title', { id }), text: r.ticket.resolution.reply, sensitive: false });
  }
  const key = cmd.command === 'resolve' ? (delivered ? 'staff.resolved' : 'staff.resolved-undelivered') : cmd.command === 'claim' ? 'staff.claimed' : 'staff.noted';
  await deps.send(dc, { ...fromKey(info, program, key, { values: { id } }), facts: [ticketFact(info, r.ticket), ...(await ticketDetail(deps, info, r.ticket))] });
}

function ticketFact(info: TurnInfo, t: Ticket): AnswerFact {
  const who = t.requester.name ?? t.userId ?? t.requester.user;
  const status = info.t(`answers:staff.status.${t.status}`) + (t.claimedBy ? ` (${t.claimedBy})` : '');
  const problem = t.problem?.split('\n').at(-1) ?? t.summary.at(-1) ?? '';
  return { label: `#${t.id} · ${status}`, value: `${who}${t.orgId ? ` · ${t.orgId}` : ''} · ${t.locale} · ${problem}${t.triage ? ` · ${t.triage.leaf}` : ''}` };
}

/** The topic a partner in this state needs next: an expired or used-up plan, or activation. */
function stateTopic(s: OrgLookup['summary']): string | undefined {
  // No membership: what to tell them is what "no benefits yet" says (buy or renew an offer, or paid support).
  if (!s.membershipActive) return 'no-benefits';
  if (s.contract === 'expired' || s.contract === 'exhausted' || s.lines.some((l) => l.remaining.kind === 'count' && l.remaining.left === 0)) return 'plan-expired';
  return s.contract === 'not-activated' && s.membershipActive ? 'activate' : undefined;
}

/** The name of whoever activated the org's benefit, from its users. */
const activator = (r: OrgLookup): string | undefined => r.users.find((u) => u.id === r.summary.activatedBy)?.name;

/** When and by whom the org's benefit was activated, which staff are asked next ("누가 활성화했어요?"); none before activation. */
export function activatedFact(info: TurnInfo, r: OrgLookup): AnswerFact[] {
  const at = r.summary.activatedAt;
  return at ? [{ label: info.t('answers:staff.activated'), value: `${at.slice(0, 10)}${activator(r) ? ` (${activator(r)})` : ''}` }] : [];
}

/** The IDs themselves asked for. */
const IDS_ASKED = /\b(access|contract) ?ids?\b|액세스 ?id|엑세스 ?id|계약 ?id|아이디/i;

/**
 * "Which of Contoso, Litware and Adventure Works can open an Azure ticket now?": one line per partner compared, from
 * the records (activation, contract end, the lines of that kind with incidents left).
 */
export async function whoCanOpen(info: TurnInfo, orgIds: readonly string[], scope: 'cloud' | 'on-premises', deps: DialogDeps): Promise<Answer> {
  const t = (key: string, values: Record<string, string> = {}) => info.t(`answers:staff.can-open.${key}`, values);
  const kind = t(`scope.${scope}`);
  const verdicts = await Promise.all(
    orgIds.map(async (id) => {
      const s = await deps.service.summary(id);
      if (!s) return '';
      const org = s.org.name;
      const lines = s.lines.filter((l) => l.benefit.scope === scope);
      const usable = lines.filter((l) => l.usable);
      const balances = (ls: typeof lines) => ls.map((l) => `${lineLabel(info, l)}: ${allowanceText(info, l)}`).join('; ');
      if (!s.membershipActive) return t('no-membership', { org });
      // (Action Pack has no cloud line at all, activated or not: that is the reason.)
      const offer = s.program.offers.find((o) => o.id === s.org.membership?.offer)?.name[info.locale] ?? '';
      if (!lines.length) return t('none', { org, scope: kind, offer });
      if (s.contract === 'not-activated') return t('not-activated', { org });
      if (s.contract === 'expired') return t('expired', { org, date: s.expiresAt?.slice(0, 10) ?? '' });
      return usable.length ? t('yes', { org, lines: balances(usable) }) : t('used-up', { org, lines: balances(lines) });
    }),
  );
  return { kind: 'info', locale: info.locale, title: t('title', { scope: kind }), text: verdicts.filter(Boolean).join('\n'), sensitive: false };
}

/** "on-prem left at Contoso vs Woodgrove, and the total of both?": each partner's counted lines left (of the side asked), added up. */
export async function leftAcross(info: TurnInfo, orgIds: readonly string[], deps: DialogDeps): Promise<Answer> {
  const t = (key: string, values: Record<string, string | number> = {}) => info.t(`answers:staff.left-across.${key}`, values);
  const summaries = (await Promise.all(orgIds.map((id) => deps.service.summary(id)))).filter((s) => s !== undefined);
  // (The partners' own names say nothing about a side: "Contoso Cloud Partners".)
  const scope = scopeAsked(withoutNames(info.text, summaries.map((s) => s.org.name)));
  const each = summaries.flatMap((s) => {
    const counted = s.lines.filter((l) => (!scope || l.benefit.scope === scope) && l.remaining.kind === 'count');
    const left = counted.reduce((n, l) => n + (l.remaining.kind === 'count' ? l.remaining.left : 0), 0);
    const unlimited = s.lines.some((l) => (!scope || l.benefit.scope === scope) && l.remaining.kind === 'unlimited');
    return [{ org: s.org.name, left, unlimited }];
  });
  const total = each.reduce((n, e) => n + e.left, 0);
  const lines = each.map((e) => t(e.unlimited ? 'org-unlimited' : 'org', { org: e.org, left: e.left }));
  return { kind: 'info', locale: info.locale, title: t('title', { scope: scope ? info.t(`answers:staff.can-open.scope.${scope}`) : t('all') }), text: [...lines, t('total', { parts: each.map((e) => e.left).join(' + '), total })].join('\n'), sensitive: false };
}

function lookupAnswer(info: TurnInfo, r: OrgLookup): Answer {
  const s = r.summary;
  const m = s.org.membership;
  // Names in the reader's language (a Korean question gets Korean names), never the catalog's ids.
  const offer = m ? (s.program.offers.find((o) => o.id === m.offer)?.name[info.locale] ?? m.offer) : '';
  const competencies = (m?.competencies ?? []).map((id) => s.program.competencies.find((c) => c.id === id)?.name[info.locale] ?? id);
  const role = (id: string) => s.program.roles.find((x) => x.id === id)?.name[info.locale] ?? id;
  const facts: AnswerFact[] = [
    { label: info.t('answers:benefits.offer'), value: m ? `${s.program.multipleOffers ? heldOffersFact(s.program, m, info).value : offer} (${m.startsOn} … ${m.endsOn})${s.membershipActive ? '' : ` — ${info.t('answers:staff.inactive')}`}` : info.t('answers:staff.none') },
    ...(competencies.length ? [{ label: info.t('answers:benefits.competencies'), value: competencies.join(', ') }] : []),
    ...orgLineFacts(info, s),
    contractFact(info, s),
    ...activatedFact(info, r),
    ...(r.accessId ? [{ label: 'Access ID', value: r.accessId }, { label: 'Contract ID', value: r.contractId ?? '' }] : []),
    ...r.links.map((l) => linkFact(info, s.program, l)),
    ...r.users.map((u) => ({ label: u.name, value: `${u.roles.map(role).join(', ')}${u.scope === 'csp-only' ? ' (CSP-only)' : ''}` })),
  ];
  // "리트웨어 액세스 ID 이 스레드에 붙여줘요": masked here; where they are seen whole.
  const masked = !r.revealed && r.accessId && IDS_ASKED.test(info.text) ? [info.t('answers:staff.masked-ids', { org: s.org.name })] : [];
  const notes = r.revealed ? [info.t('answers:staff.revealed')] : masked;
  return { kind: 'info', locale: info.locale, title: `${s.org.name} (${s.org.id})`, facts, ...(notes.length ? { notes } : {}), sensitive: r.revealed };
}

export function orgMissAnswer(info: TurnInfo, program: Program, miss: OrgMiss): Answer {
  if (miss.kind === 'org-not-found') return fromKey(info, program, 'staff.org-not-found', { kind: 'refusal', values: { query: miss.query } });
  return { ...fromKey(info, program, 'staff.org-ambiguous', { kind: 'refusal' }), facts: miss.orgs.map((o) => ({ label: o.id, value: o.name })) };
}
