import { namedInHangul } from '../src/language/hangul-names.js';
import type { Org, User } from '../src/core/types.js';
import { may } from '../src/core/access.js';
import type { DialogContext } from 'botbuilder-dialogs';
import type { Answer, AnswerFact } from '../src/core/answer.js';
import type { Program, TriageFact } from '../src/core/catalog-schema.js';
import type { LineBalance } from '../src/core/ledger.js';
import type { OrgSummary } from '../src/core/service.js';
import { currentProgram, type Catalog } from '../src/core/catalog.js';
import { entitlementsFor, heldOffers } from '../src/core/entitlements.js';
import { addDays, addMonths, isoDay, timeBetween } from '../src/core/dates.js';
import { datesIn } from '../src/language/dates-in-text.js';
import { renamesIn } from '../src/core/renames.js';
import { timelineEntry } from '../src/core/timeline.js';
import { isIntentId, type IntentId } from '../src/language/intents.js';
import { escapeRegExp } from '../src/language/entities.js';
import { BILLING_ASKED, BORROW_AHEAD, CARRY_OVER, CLOUD_FOR_ONPREM, CLOUD_WORD, ONPREM_FOR_CLOUD, CURRENT_NAMES, MEMBERSHIP_LAPSED, PAST_MEMBERSHIP, RENEWED_LATE, SEPARATE_ASKED, LINKS_ASKED, MONTHS_ASKED, MSA_NAMED, NEW_PERSON, ON_PREM, PLAN_MISSING, RATE_MONTHS, RATE_WEEKS, REMAINING, RENEWAL_IDS, RESPONSE_ASKED, scopeAsked, sentenceWith, SIGNATURE_UNAVAILABLE, thanksLead } from '../src/language/signals.js';
import { benefitsAnswer, CLAIMS_OWN, contractFact, factLine, lineFact, lineLabel, linesInShort, noCloudNote, offerFacts, orgLineFacts, unlimitedCorrection } from './benefits-answer.js';
import { numberIn, SUPPOSED_OFFER, statesUse, usedSaid } from './arithmetic.js';
import { commonValues, fromKey, roleNames } from './compose.js';
import type { DialogDeps, Recognition } from './deps.js';
import { errorAnswer } from './error-answer.js';
import { EXPIRY_ASKED, factsFromArguments, factsFromText, RAN_OUT_MEANT } from './facts-from-text.js';
import { GET_IDS, mentionText, type GetIdsOptions } from './get-ids.dialog.js';
import { admins, holders } from './register-ids.dialog.js';
import { handoff, ticketStatus } from './handoff.js';
import { incidentsAnswer, lineKept, moreAsked, RUNS_OUT } from './incidents-answer.js';
import { infoAnswer, sourceArticleAnswer, type InfoTopic } from './info.js';
import { activateFirstNote, notDocumentedAnswer, nowCalledNote } from './current-program.js';
import { CURRENT, currentActivationRules, currentProgramAnswer, currentRules, MONEY_BACK, onPremWhere, OPENED_TWICE, renamedAnswer } from './program-answers.js';
import { ASKS, REQUESTS } from './questions.js';
import { CONFIRM, claimsVerdict } from './claims.js';
import { asksBotToPost, CSP_NAMED, CURRENT_PACE, EXTRA_COST, IDS_STILL, IDS_WORD, NOW_ASKED, RUNS_OUT_NEXT, SEVERAL_ISSUES, NO_MEMBERSHIP, ON_PREM_MEANING, NON_AZURE, ADMIN_TO_OPEN, INCIDENT_TAKEN_ASKED, NOT_ADMIN, USED_UP, NOT_RENEWED, NUMBER, OPEN_FOR_ME, USER_CAN_OPEN, PER_PERSON_POOL, PLAN_PICK, POST_IDS_SHARED, QUESTION, ROLE_NAME_ASKED, ROLE_TO_ENTER, TODAY_IS_2021, type TopicAsk, type TurnDecision, YEAR_WORDS } from './route-turn.js';
import { ARGUMENT_WORDS, COMMANDS, commandWord, topicOf } from './topics.js';
import { linkFact, ownLink, portalName, selfCanActivate, usedUpLines, whyExpired } from './records-text.js';
import { linesNamed, shareLead, span, spanLead, termShareLead } from './record-spans.js';
import { recordsOrgId, recordsSummary, turnInfo, type TurnInfo } from './turn.js';

export { COMMANDS } from './topics.js';

/** The arguments a button sends ("location=azure-link contractStatus=expired"): `key=value` pairs only, space-separated (linear: the separator is not a value character). */
export const BUTTON_ARGS = /^\s*[a-zA-Z]{1,30}=[a-z0-9-]{1,30}(\s+[a-zA-Z]{1,30}=[a-z0-9-]{1,30}){0,10}\s*$/;
/** How many words an argument may have ("benefits gold cloud platform"); longer, it is a sentence ("benefits page is empty"). */
const MAX_ARGUMENT_WORDS = 3;

/**
 * The command a text is: a command word alone ("혜택", "help"), or one of the argument-taking
 * English commands followed by its argument ("benefits gold" → check-benefits, rest "gold";
 * "error <pasted message>"; a button's "error location=azure-link").
 * Other sentences that merely start with such a word ("혜택 활성화해 줘", "benefits page is empty
 * for me") go to the classifier.
 */
export function commandOf(text: string): { intent: IntentId; rest: string } | undefined {
  const [first = '', ...rest] = text.trim().split(/\s+/);
  // "incidents?" is the command word with a question mark.
  const word = first.toLowerCase().replace(/^\//, '').replace(/[?？!.]+$/u, '');
  const intent = COMMANDS[word] ?? (isIntentId(word) ? word : undefined);
  if (!intent || (rest.length > 0 && !ARGUMENT_WORDS.has(word))) return undefined;
  const argument = rest.join(' ');
  // ("error This Access ID is already associated…" is the error command; "error text: You aren't authorized…" quotes another message.)
  const sentence = rest.length > MAX_ARGUMENT_WORDS && !(intent === 'access-id-error' && M3_WORDS.test(argument)) && !first.startsWith('/') && !BUTTON_ARGS.test(argument);
  return sentence ? undefined : { intent, rest: argument };
}

/** Cloud portals other than Azure where the contract is added. */
const OTHER_CLOUD_PORTALS = /dynamics|power platform|\blcs\b|f ?& ?o\b|finance (and|&) operations|다이나믹스|파워 ?플랫폼/i;
/** Asking about the M3 message's advice: a new Access ID, or a Technical Account Manager. */
const NEW_ID = /\b(new|another|different) access id\b.{0,40}\?|\b(need|get|want|require)s? (a )?(new|fresh|another) (access )?ids?\b|새 ?(아이디|id|액세스)[^.?!]{0,12}(발급|받|필요|요청)|\b(get|obtain|request|ask for)\b.{0,20}\b(new|another) (access )?id|\btam\b|technical account manager|새 (액세스|엑세스) ?id|기술 계정 관리자/i;
/** The whole M3 message pasted (its own words, not a question about them). */
function pastesMessage(text: string): boolean {
  return /please contact your technical account manager to obtain|새 액세스 ID를 얻으려면/i.test(text);
}

/** The CSP path with who holds the Admin agent role in the asker's org, and where on-premises products go instead. */
async function cspAnswer(info: TurnInfo, ask: TopicAsk, answer: Answer, deps: DialogDeps): Promise<Answer> {
  // "My account is in the CSP tenant, the company's Azure is in the MPN tenant, what now?" from a CSP-only account: sign in with one of the membership.
  if (info.user?.scope === 'csp-only' && /\bmpn\b|\bmembership\b|멤버십/i.test(info.text) && /테넌트|tenant/i.test(info.text)) return infoAnswer('not-authorized', deps.service.catalog.defaultProgram, info);
  // "Can we use our Action Pack incidents for a CSP customer's AKS?": a company without a cloud line has none to use there anyway.
  const records = await recordsSummary(info, deps.service);
  const held = /\b(our|we)\b.{0,40}\b(incidents?|benefits?|support)\b|우리|저희/i.test(info.text) ? records : undefined;
  const noCloud = held?.lines.length && !held.lines.some((l) => l.benefit.scope === 'cloud') ? [noCloudNote(info, held.lines)] : [];
  // "new partner here, no membership yet. our customer's exchange server is down - which benefit do we use?": none, said first.
  if (records && (!records.org.membership || !records.membershipActive)) noCloud.unshift(info.t('answers:records.no-membership', { org: records.org.name }));
  const onPrem = /on[- ]?prem|온-?프렘|온-?프레미스|\bserver\b|서버/i.test(info.text) ? [info.t('answers:csp-on-prem')] : [];
  // "What about non-Azure workloads?": what is known (GDAP), and that Microsoft's pages disagree.
  const open = NON_AZURE.test(info.text) ? notDocumentedAnswer(info, deps.service.catalog, 'indirect-reseller-tickets') : undefined;
  if (open) onPrem.push(...(open.facts ?? []).map(factLine));
  // "I'm admin agent, is that enough?": yes, that is the role that files them.
  // ("can I do the customer one myself?" from an Admin agent: the same.)
  // ("우리 계약 ID 넣어야 돼요?" asks whether the IDs are needed: they aren't, as the answer says.)
  const enough = (/admin agent|관리 ?에이전트/i.test(info.text) || info.user?.roles.includes('admin-agent')) && !IDS_WORD.test(info.text) && !/야 ?(돼|되)/.test(info.text) && /\benough\b|\bsufficient\b|\bcan i\b|\bam i able\b|\bmyself\b|충분|되나|돼요|되죠|가능|제가 ?(직접|열|해)/i.test(info.text) ? info.t('answers:csp-agent-enough') : undefined;
  // "우리 회사 자체 Azure 구독 문제도 CSP 플랜으로 되나요?", "and our own internal azure sub?" after CSP: no, said first, with what the company's own cloud benefit holds.
  const ownAsked = factsFromText(info.text).customerSubscription === 'no' && (CSP_NAMED.test(info.text) || info.memory.last?.topic === 'csp-customer');
  const own = ownAsked ? [info.t('answers:csp-own-tenant'), ...(await recordsLead(info, deps, { problemsOnly: true })), ...(await cloudNotes(info, ask, deps))] : [];
  // "…저희 시그니처 계약(액세스ID) 연결해서 티켓 열어야 하나요?": no, nothing is linked for a customer's subscription.
  const link = /\b(link|add|enter|use)\b[^.?!]{0,30}\b(access id|contract id|ids|contract|signature)\b[^.?!]{0,30}\b(need|have to|should|must|required)\b|\b(need|have|should|must)\b[^.?!]{0,10}\b(to )?(link|add|enter)\b[^.?!]{0,30}\b(access id|contract id|ids|contract)\b|(연결|등록|입력|추가)(해서|하고|해야|해야 ?하나|이 ?필요)/i.test(info.text) && !ownAsked ? [info.t('answers:csp-no-link')] : [];
  // "if I open 5 tickets for my customers azure via CSP, does that eat into our 18?": no, the CSP plan uses none of the partner incidents.
  const deducted = /\b(eat|eats|use|uses|count|counts|come out|deduct\w*|take|takes|burn|burns|cost|costs)\b[^.?!]{0,25}\b(into |against |from |of |out of )?(our|the|my)\b[^.?!]{0,15}(\d+|incidents?|pool|balance|allowance)|차감|빠지|깎|까이|소진/i.test(info.text) && !ownAsked;
  // (With the company's balance of the side asked, which stays as it is: "…10pack에서 3개 차감돼서 6개 되는거죠?" → 9 left.)
  const counted = (held ?? records)?.lines.filter((l) => l.remaining.kind === 'count') ?? [];
  const leftSaid = counted.filter((l) => l.remaining.kind === 'count' && new RegExp(String.raw`(?<!\d)${l.remaining.left}(?!\d)`).test(info.text));
  const kept = leftSaid.length === 1 ? leftSaid : counted.filter((l) => (scopeAsked(info.text) ?? 'cloud') === l.benefit.scope);
  const uses = deducted ? [info.t('answers:csp-no-deduction'), ...(kept.length ? [info.t('answers:csp-balance-kept', { lines: linesInShort(info, kept) })] : [])] : [];
  // "I only have the admin agent role. what can i actually do with the tech support benefit?": the requests for CSP customers, never the activation.
  const agentOnly = info.user?.roles.includes('admin-agent') && !info.user.roles.some((r) => r === 'global-admin' || r === 'mpn-partner-admin') && /\bwhat (can|could) i\b|\bwhat('s| is) (it|my role|the role) (good )?for\b|(뭘|뭐|무엇을?) ?(할 ?수|해야|하면)/i.test(info.text) ? [info.t('answers:info.claims.agent-activates')] : [];
  const withAgents = await withPeople(info, withLead(answer, [...link, ...uses, ...own, ...(enough ? [enough] : []), ...agentOnly]), deps, await holders(deps, info, ['admin-agent']), 'records:activation.agents');
  return { ...withAgents, notes: [...onPrem, ...noCloud, ...(answer.notes ?? [])] };
}

/** "Who on our team can give me the IDs?": once activated, the membership's people see them (admins first); before, the admins can activate. */
async function idHolders(info: TurnInfo, answer: Answer, deps: DialogDeps): Promise<Answer> {
  const summary = await recordsSummary(info, deps.service);
  if (!summary || summary.contract === 'not-activated') return withPeople(info, answer, deps, await admins(deps, info), 'records:activation.admins');
  const people = await holders(deps, info, ['global-admin', 'mpn-partner-admin', 'admin-agent', 'user']);
  return withPeople(info, answer, deps, people.slice(0, MAX_PEOPLE), 'records:activation.id-holders');
}
const MAX_PEOPLE = 5;

/** "Which accounts have linked our contract?", "제 계정에 연결되어 있나요?", "계약 연결한 사람 누구예요?" */

/** Which sign-in accounts linked the contract (the records), and whether the asker's own did. */
async function linkedAccounts(info: TurnInfo, answer: Answer, deps: DialogDeps): Promise<Answer> {
  const summary = await recordsSummary(info, deps.service);
  if (!summary) return answer;
  const users = await deps.service.orgUsers(summary.org.id);
  const facts = summary.links.map((l) => linkFact(info, summary.program, l, users.find((u) => u.id === l.userId)?.name));
  const member = info.user?.orgId === summary.org.id;
  const linked = ownLink(info, summary) !== undefined;
  // "Did I already link? wanna try Azure support now": already linked, so straight to a new request there.
  const azure = linked && /\bazure\b|애저/i.test(info.text) ? [info.t('answers:records.links-mine-azure', commonValues(summary.program, info.locale))] : [];
  const mine = !member ? [] : [info.t(linked ? 'answers:records.links-mine' : 'answers:records.links-not-mine'), ...azure];
  // "And Alex on my team, is he linked too?": each colleague named, linked or not.
  const people = (await peopleNamed(info, deps)).slice(0, 3).map((u) => info.t(summary.links.some((l) => l.userId === u.id) ? 'answers:records.links-person' : 'answers:records.links-person-not', { name: u.name }));
  const lead = [info.t(facts.length ? 'answers:records.links' : 'answers:records.no-links', { org: summary.org.name }), ...people, ...(people.length ? [] : mine)];
  return { ...withLead(answer, lead), facts: [...facts, ...(answer.facts ?? [])] };
}

/**
 * A member who can't activate, in an org that hasn't ("why can't I see anything under technical benefits?",
 * "오늘 티켓 열 수 있어요?"): the people there who can, by name, after whatever the answer is.
 */
async function activatorsForMember(info: TurnInfo, answer: Answer, deps: DialogDeps): Promise<Answer> {
  const user = info.user;
  if (!user?.orgId || deps.staff.isStaff(user) || user.scope === 'csp-only' || may(deps.service.catalog.defaultProgram, user, 'activate')) return answer;
  const summary = await recordsSummary(info, deps.service);
  if (summary?.contract !== 'not-activated' || !summary.membershipActive) return answer;
  const people = await admins(deps, info);
  const said = `${answer.text ?? ''} ${(answer.facts ?? []).map((f) => f.label).join(' ')}`;
  return people.some((p) => said.includes(p.label)) ? answer : withPeople(info, answer, deps, people, 'records:activation.admins');
}

/** An answer followed by people from the records (names and roles) under a heading naming their org. */
/**
 * Support staff looking at a partner that hasn't activated: who there can (what they tell the partner names them);
 * beside a table of facts, as one note ("Who can activate in Northwind Traders: Lynne Robbins: MPN partner admin").
 */
async function activatorsForStaff(info: TurnInfo, answer: Answer, deps: DialogDeps, asNote = false): Promise<Answer> {
  const summary = deps.staff.isStaff(info.user) && info.memory.focusOrg !== undefined ? await recordsSummary(info, deps.service) : undefined;
  if (summary?.contract !== 'not-activated') return answer;
  const people = await admins(deps, info);
  if (!asNote) return withPeople(info, answer, deps, people, 'records:activation.admins');
  return people.length ? withNotes(answer, [`${info.t('records:activation.admins', { org: summary.org.name })} ${people.map(factLine).join('; ')}`]) : answer;
}

async function withPeople(info: TurnInfo, answer: Answer, deps: DialogDeps, people: AnswerFact[], heading: string): Promise<Answer> {
  if (!people.length) return answer;
  const org = (await recordsSummary(info, deps.service))?.org.name ?? '';
  return { ...answer, text: `${answer.text ?? ''}\n\n${info.t(heading, { org })}`.trim(), facts: [...(answer.facts ?? []), ...people] };
}

/** Questions about using the benefit: an org that can't use it yet (not activated, expired) hears that first. */
const USAGE: ReadonlySet<string> = new Set(['msa-allowed', 'ids-usage', 'supported-products', 'no-benefits', 'open-request']);

/** Buying or paying for support ("can I pay for one case with my work account?"). */
const BUYING = /\b(pay|paid|paying|buy|buying|purchas\w*)\b|구매|구입|결제|살 수|사려|돈을? ?내/i;

/** The M3 message named or quoted ("already associated", "이미 연결되어", the TAM it sends you to). */
const M3_WORDS = /already (been )?(associated|linked)|associated (to|with) an(other)? account|이미.{0,10}(연결|사용)|\btam\b|technical account manager|기술 계정 관리자/i;

/** A missing plan's diagnosis without the M3 message: the expired-contract text without the message, and no note about the message's advice. */
function withoutMessage(info: TurnInfo, answer: Answer, leaf: string): Answer {
  const never = info.t('answers:triage.never-new-id');
  const text = leaf === 'contract-invalid' ? info.t(`answers:azure-error.plan-missing.${leaf}`) : undefined;
  return { ...answer, ...(text ? { text: answer.text?.replace(info.t(`answers:triage.leaf.${leaf}.text`), text) ?? text } : {}), notes: (answer.notes ?? []).filter((n) => n !== never) };
}

/** "The Activate button is greyed out": a report about the rule, not a request to activate. */
const GREYED = /gr[ae]y(ed)?[- ]?out|\bdimmed\b|\bdisabled\b|can'?t (click|press)|흐리게|회색|비활성화되어|안 눌/i;
/** Each person their own IDs or incidents ("separate ids for each of my 4 engineers", "엔지니어마다", "각자 15개씩"). */
const PER_PERSON = /\bsame pool\b|\bshared? pool\b|\b(their|his|her) own (incidents|pool|balance|allowance)\b|같이 (쓰|써)|공용|\b(each|every|per|separate|different)\b.{0,25}\b(engineers?|persons?|people|users?|colleagues?|employees?|team ?members?|devs?|developers?)\b|\b(each|every one of them|apiece)\b.{0,20}\b(get|gets|has|have)\b|(엔지니어|직원|사람|사용자|팀원|개발자|명)[^.?!]{0,12}(마다|각각|각자|별로)|각자|각각|[0-9]+ ?(개|건)씩/i;
/** Not yet migrated to Partner Center (2021): activation went through regional channels (R21-A5). */
const PMC = /\bpmc\b|membership center|not (yet )?migrated|\b(hasn'?t|has not|haven'?t|have not|never|not yet) (yet )?(moved|migrated|transitioned|switched) (over )?to partner center|\b(emea|apac|latam|latin america|north america|anz|taiwan|greater china)\b|\bback then\b|\bat (that|the) time\b|그 ?당시|그 ?시절|멤버십 센터|마이그레이션|안 넘어|이전하지 않|북미|중남미|유럽|중화권|대만/i;
/** Activation named ("do I have to activate again?"): the records say whether, when and by whom. */
const ACTIVATION_WORD = /activat|활성화/i;
/** "Core 쪽은 몇 개 남았죠?": one offer's balance asked (anything more — other lines, "also", a list — shows them all). */
const ONE_OFFER_ASKED = /\b(core|expanded|launch|designation)\b|코어|익스팬디드|런치|지정/i;
const OTHER_LINES = /cloud|클라우드|on-?prem|온-?프렘|온프레미스|partner cloud|파트너 클라우드|\b(all|also|and|both|include|including)\b|전부|모두|포함|도요|랑|이랑|(도|까지) ?(같이|함께)|,|\n|[?？].*[?？]/i;
/** A request opened twice or closed as a bug ("same case twice", "중복", "버그"). */
const SAME_TWICE = /duplicate|\bdupes?\b|\btwice\b|two times|\bbug\b|중복|두 ?번|버그|같은 ?(문제|이슈|건)[^.?!]{0,15}(두 ?(개|건)|2 ?(개|건))|\bsame (issue|problem)\b[^.?!]{0,20}\b(two|2) (cases|tickets|requests)\b/i;
/** Today's rules that belong with a 2021 topic's answer, as notes (paid support and TPD changed since). */
const CURRENT_NOTES: Partial<Record<IntentId, readonly string[]>> = { 'paid-plans': ['R26-P1', 'R26-P2'], tpd: ['R26-T1'], 'csp-customer': ['R26-V7'] };
/** Today's rules that lead a 2021 topic's answer when the question asks about today ("지금도 그대로예요?"). */
const CURRENT_LEAD: Partial<Record<IntentId, readonly string[]>> = {
  'supported-products': ['R26-E4'],
  validity: ['R26-C4', 'R26-C7'],
  m365: ['R26-V6'],
  'csp-customer': ['R26-V7'],
  'link-azure': ['R26-V4', 'R26-V5'],
  'open-request': ['R26-V5'],
  'plan-expired': ['R26-C5'],
  'paid-plans': ['R26-P1'],
  tpd: ['R26-T1'],
};

const CANCEL = /^(cancel|stop|quit|exit|start over|restart|never ?mind|취소|그만|그만해|처음부터|다시 시작|중단)[.!]?$/i;

/** Cancel / start over works at every prompt, in both languages. */
export function isCancel(text: string): boolean {
  return CANCEL.test(text.trim());
}

/** The Access-ID error for what is known: the org's records, then what the partner said. */
async function accessIdError(info: TurnInfo, ask: TopicAsk, deps: DialogDeps): Promise<Answer> {
  // The org's own program decides the tree and the names (a current-program org has other offers).
  const summary = await recordsSummary(info, deps.service);
  const program = summary?.program ?? deps.service.catalog.defaultProgram;
  const records = info.user && summary ? await deps.service.triageFacts(info.user, summary.org.id) : {};
  const said = { ...ask.facts, ...factsFromArguments(info.text) };
  // "we're gold so cloud should be unlimited no??" from a Silver partner: the membership on record decides, and is said.
  const { offer: claimed, ...stated } = said;
  const known = { ...records, ...stated, ...(claimed && !records.offer ? { offer: claimed } : {}) };
  const found = errorAnswer(info, program, known, (Object.keys(records) as TriageFact[]).filter((f) => !(f in stated)));
  const offerName = (id: string) => program.offers.find((o) => o.id === id)?.name[info.locale] ?? id;
  if (claimed && records.offer && records.offer !== 'none' && claimed !== records.offer) found.answer = { ...found.answer, text: [info.t('answers:triage.membership-differs', { claimed: offerName(claimed), held: offerName(records.offer) }), found.answer.text].filter(Boolean).join('\n\n') };
  const { leaf } = found;
  info.memory.triage = { leaf: leaf.leaf, path: leaf.path };
  // "Our partner plan isn't offered in Azure" without the message: the diagnosis, without the message's own advice.
  const answer = stated.planOffered === 'no' && !M3_WORDS.test(info.text) ? withoutMessage(info, found.answer, leaf.leaf) : found.answer;
  // "Shouldn't we just get a new Access ID?" / "we don't have a TAM": the message's own advice, answered first.
  // The evidence for "no incidents left": the records' cloud lines ("Partner Signature 5pack: 5 incidents, 0 left").
  const lines = leaf.leaf === 'contract-invalid' && summary ? summary.lines.filter((l) => l.benefit.scope === 'cloud').map((l) => lineFact(info, l)) : [];
  if (lines.length) answer.facts = [...(answer.facts ?? []), ...lines];
  // "But our Gold membership is still active?" about an expired contract: why it expired anyway.
  const expired = leaf.leaf === 'contract-invalid' && summary?.contract === 'expired';
  const expiredWhy = expired ? whyExpired(info, summary) : undefined;
  // "Do we need a new Access ID?" about an expired contract: no, and when it expired.
  const newId = NEW_ID.test(info.text) && !pastesMessage(info.text) ? info.t('answers:azure-error.new-id') : undefined;
  // "We were told to ignore it in 2021, is that still so?" when the records point elsewhere: the rule holds, this case differs.
  const stillAsked = IGNORE_STILL.test(info.text) && leaf.leaf !== 'already-linked' ? info.t('answers:azure-error.ignore-still') : undefined;
  // "…the partner plan is right there in the dropdown. so it actually worked despite the error?": yes.
  const worked = stated.planOffered === 'yes' && leaf.leaf === 'already-linked' && /\bwork(s|ed|ing)?\b|\b(fine|ok(ay)?)\b|정상|된 ?(거|건)|되는 ?(거|건)|괜찮/i.test(info.text) ? info.t('answers:azure-error.plan-offered-yes') : undefined;
  const lead = ask.aspect === 'why' ? (expiredWhy ?? info.t('answers:azure-error.why')) : newId ? [newId, expiredWhy].filter(Boolean).join('\n\n') : (stillAsked ?? worked);
  // An expired or used-up contract in the records: its dates are the evidence ("when did it expire?").
  // ("Ignored it, but the plan still isn't offered": the rule that still holds, and the dates that explain this case.)
  const evidence = (!lead || lead === stillAsked) && leaf.leaf === 'contract-invalid' ? await recordsLead(info, deps, { problemsOnly: true }) : [];
  // "…온프레미스는 아직 쓸 수 있어요? 몇 개 남았어요?" beside the message: the on-premises balance too.
  const onPrem = ON_PREM.test(info.text) && /left|remain|still|남|쓸 ?수|열 ?수|몇/i.test(info.text) ? await onPremBalance(info, deps) : [];
  // "…also how many cloud incidents do we still have?", "남은 인시던트도 알려주세요" beside the message: every line's balance from the records.
  // "…지금 저는 그냥 일반 사용자인데 어떻게 해요?" about an expired contract: the next one needs an admin's activation.
  const admin = expired && NOT_ADMIN.test(info.text) ? info.t('answers:azure-error.new-contract-admin', commonValues(program, info.locale)) : '';
  // ("what can they still do today?" after a used-up cloud line: what is still usable, on-premises.)
  const still = leaf.leaf === 'contract-invalid' && !onPrem.length && /\bstill\b|\bwhat (can|could) (they|we|i|he|she)\b|아직|지금 ?(뭘|뭐|무엇)/i.test(info.text) ? await cloudNotes(info, ask, deps) : [];
  const led = withLead(answer, [lead ?? '', ...evidence, ...onPrem, ...still, admin].filter(Boolean));
  // "…if not, how do I activate it and what do we get?": what activating unlocks, too.
  return summary?.lines.length && !onPrem.length && (BALANCE_ASKED.test(info.text) || HAVE_ASKED.test(info.text)) ? { ...led, facts: [...(led.facts ?? []), ...orgLineFacts(info, summary)] } : led;
}

/** "무시하라고 했는데 지금도 그래요?", "is ignoring it still the advice?": whether the message's usual answer still holds. */
const IGNORE_STILL = /(무시|ignor)[^.?!]{0,40}(지금도|아직도|여전히|요즘도|\bstill\b|\btoday\b|\bnow\b)|(지금도|아직도|여전히|\bstill\b)[^.?!]{0,30}(무시|ignor)/i;

/** "I already added our contract in SfB", "SfB에 계약추가 이미 했는데": the contract is on the account already. */
const SFB_ADDED = /\b(sfb|support for business)\b.{0,40}\b(added|add(ed)? (the |our )?contract|linked|registered|entered)\b|\b(added|linked|registered|entered|used)\b.{0,40}\b(sfb|support for business)\b|(sfb|support for business|비즈니스 지원)[^.?!]{0,20}(계약 ?추가|추가|등록|연결)[^.?!]{0,6}(했|해 ?뒀|해 ?놨|완료)/i;

/** "그럼 ID 또 넣어야 돼요?", "do I have to type in the IDs?", "am I linked?": whether the asker's own account is linked. */
const AGAIN_ASKED = /\b(again|re-?enter)\b|또 ?(넣|입력|등록|연결)|다시 ?(넣|입력|등록)|(추가|연결|등록) ?(다시|또|따로) ?해야|(다시|또|따로) ?(추가|연결|등록)(해야|하나요|해요)|\b(have|need) to (type|enter|put|add|input|key)\b|(입력|넣어|등록)해야|(제|내) ?계정[^.?!]{0,25}(연결|등록)|\bmy (own )?account\b.{0,20}\b(linked|associated)\b|\bam i (already )?(linked|connected)\b|(저는|전|저희는|우리는)[^.?!]{0,10}(이미 |벌써 )?(연결|등록)(된|돼|되어|되)|\b(are we|is my (account|login)) (already )?(linked|registered|connected)\b/i;

/** "Can they still open a ticket?": opening a request asked beside the benefits. */
const OPEN_ASKED = /\b(open|file|raise)\b.{0,30}\b(ticket|case|request|incident)s?\b|\bwhere (do|can|should|would) (we|i|they) (file|open|raise|submit|log)\b|(티켓|케이스|요청|인시던트).{0,10}(열|접수)|\b(which|what) portals?\b|(어느|어떤|무슨) ?포털|[,;] and where\b|\bwhich (benefit|one) for which\b|어디(서|에서) (열|접수|요청|신청)/i;

/** "Can they still open an Exchange on-prem ticket?", "which portal?": where requests are opened, when asked. */
function whereOpen(info: TurnInfo, program: Program): string[] {
  return OPEN_ASKED.test(info.text) ? [info.t('answers:benefits.where-open', commonValues(program, info.locale))] : [];
}

/** A time after the 2021 program ("now in 2026", "요즘"): a retired offer's end is part of the answer. */
const LATER_YEARS = /\b202[3-9]\b|\b(now|today|nowadays|these days|this year)\b|지금|요즘|현재|올해|\b(ended|discontinued|retired|went away)\b|끝났|종료(됐|되었|된)|없어졌/i;

/** Asking for people ("who in our company can…", "권한 있는 사람"). */
const WHO_ASKED = /\bwho\b|\bwho'?s\b|\bwhich of (them|us|those|these|our|my)\b|\bwhich (colleagues|people|users|admins)\b|누가|누구|\bfind\b|찾|(권한|역할)(이|을|를)? ?(있는|가진) ?(사람|분)|(수 있는|줄|주실|해 줄|해줄) ?(사람|분)/i;

/** Activation and IDs for a member of a known org run the dialog; everyone else (support staff too) gets the general answer. */
/** "What do we have?", "뭐가 있어요?": the asker wants the org's lines too. */
const HAVE_ASKED = /\bwhat (do|does|did) (we|i|our (company|org)) (actually |even |really )?(have|get|got)\b|\bwhat (benefits?|support) (do|can|will|would) (we|i) get\b|(받을 수 있는|받는|우리|저희) ?(지원 ?)?혜택(이랑|과|하고|은|이| 알려)|\bwhat('s| is) (in it|included) for us\b|(뭐가|뭘|무엇을?) ?(있|받|가지고)/i;

/** Today's name asked beside another question ("and what's that called nowadays?", "지금은 이름이 뭐예요?"). */
const NEW_NAME_ASKED = /\b(called|named) (now|today|nowadays|these days)\b|\bnew name\b|\bwhat('s| is) (it|that|this)( benefit| one| plan)? called\b|(지금|요즘|현재)(은|는)? ?(이름|명칭|뭐라고)|(지금|요즘|현재)[^.?!]{0,12}(이름|명칭|뭐라고 ?(불|부르|해요|하나요))|\bwhat('s| is| are) (it|that|this|they|those)( benefit| one| plan)? called (in|under) (the )?(new|current|today'?s)\b|이름(이)? ?(바뀌|바뀐|뭐로)/i;

/** An offer named on its own as a follow-up ("Core 쪽은?", "and core?", "what about Expanded?"). */
const OFFER_ONLY = /^\s*(and |what about |how about |그럼 )?(the )?(partner )?(success )?(core|expanded|코어|익스팬디드)( side| one| line| 쪽| 라인)?(은|는|도|쪽은)?(요)?\s*\??\s*$/i;
/** "몇 건 썼어요?", "how many did we use?": what was used. */
const USED_ASKED = /썼|사용했|사용한|열었|\b(used|opened|spent|consumed|burn(ed|t))\b/i;
/** "What do we do now?", "어떻게 해야 돼요?" */
const WHAT_TO_DO = /\bwhat (do|can|should) (we|i|they) (need to |have to )?do\b|\bnow what\b|\bnext steps?\b|\bwhat'?s next\b|어떻게 해야|(뭘|뭐|무엇을) 해야|어떡해|다음 ?(조치|단계|할 ?일)|이제 (뭐|뭘|어떻게)/i;
/** Today's program named ("in today's program", "요즘 프로그램"), not merely "today" ("need to open a case today"). */
const PROGRAM_TODAY = /current program|new program|\b2026\b|\bmaicpp\b|ai cloud partner|\bnowadays\b|\bthese days\b|(현재|새|요즘|지금) ?(파트너 ?)?프로그램|요즘/i;
/** The step of `info.activate-general` on how long 2021 processing could take (several days, R21-V4). */
const ACTIVATION_LATENCY_STEP = 4;
/** "Is our contract still valid?", "우리 계약 아직 유효해요?": with an expired contract, the expired plan's answer. */
const STILL_VALID = /(아직|여전히|지금도|\bstill\b).{0,10}(유효|valid|active|good|살아|쓸 수)|(유효|valid|active)(한가요|해요|하나요|인가요|한지)/i;
/** "Can they use it right now?", "지금 바로 쓸 수 있어요?": with an expired contract, the expired plan's answer. */
const USE_NOW = /(지금|이제|오늘) ?(바로 )?(쓸 ?수|사용할 ?수|써도)|\b(use|usable) (it |them )?(right )?now\b|\bcan (they|we|i|he|she) (still )?use (it|them|that)\b|\bcan (they|we|i|he|she) (still )?(open|file|raise)\b.{0,30}\b(today|now|with it|with them)\b/i;
/** Topics after which "what do we do now?" with an expired contract asks the way forward. */
const AFTER_EXPIRY_TOPICS: ReadonlySet<string> = new Set(['remaining-incidents', 'validity', 'check-benefits', 'ids-usage', 'get-ids']);

/** "…, right?" about the roles, the counts, the IDs or the balance: yes, or no with each wrong claim corrected. */
async function verdictLead(info: TurnInfo, program: Program, ask: TopicAsk, deps: DialogDeps): Promise<string[]> {
  const verdict = CONFIRM.test(info.text) ? claimsVerdict(info.text, program) : undefined;
  if (!verdict) return [];
  if (!verdict.wrong.length) return (await balanceDiffers(info, deps)) ?? (await activatorDiffers(info, deps)) ?? (await offerDiffers(info, ask, deps)) ?? [info.t('answers:info.claims.yes')];
  return [[info.t(verdict.right ? 'answers:info.claims.partly' : 'answers:info.claims.no'), ...verdict.wrong.map((w) => info.t(`answers:info.claims.${w}`))].join(' ')];
}

/**
 * "We're Gold so 20 on-prem, never used one, so all 20 left right?": the rule stated may be right while the
 * records say otherwise (an expired contract, requests on record); what they show, instead of a plain yes.
 */
async function balanceDiffers(info: TurnInfo, deps: DialogDeps): Promise<string[] | undefined> {
  if (!REMAINING.test(info.text)) return undefined;
  const s = await recordsSummary(info, deps.service);
  if (!s) return undefined;
  const side = scopeAsked(info.text);
  const lines = s.lines.filter((l) => (!side || l.benefit.scope === side) && l.remaining.kind === 'count');
  // ("…so 17 left right? why does it show 18": the count said to be left is the claim, not every number named.)
  const asserted = numberIn(/(?<!\d)(\d{1,3}) ?(?:left|remaining|to go|(?:건|개) ?남)/i, info.text);
  const claimed = new Set(asserted !== undefined ? [asserted] : (info.text.match(/(?<!\d)\d{1,3}(?!\d)/g) ?? []).map(Number));
  const differs = s.contract !== 'valid' || (lines.length > 0 && !lines.some((l) => l.remaining.kind === 'count' && claimed.has(l.remaining.left)));
  if (!differs) return undefined;
  const facts = [...lines.map((l) => lineFact(info, l)), ...(s.contract !== 'valid' ? [contractFact(info, s)] : [])];
  return [info.t('answers:info.claims.records-differ', { lines: facts.map(factLine).join('; ') })];
}

/** "우리 골드니까 온프렘 20개 맞죠?" from a Silver company: the rule is right but not theirs, so no plain yes (the records' correction answers). */
async function offerDiffers(info: TurnInfo, ask: TopicAsk, deps: DialogDeps): Promise<string[] | undefined> {
  const held = ask.offer ? (await recordsSummary(info, deps.service))?.org.membership?.offer : undefined;
  return held && held !== ask.offer ? [] : undefined;
}

/** "활성화는 Adele가 한 거 맞죠?", "Adele activated it, right?": someone else on record did. */
const ACTIVATOR_CLAIMED = /\b(activated|did the activation|turned (it|them) on)\b|활성화[^.?!]{0,30}(한 ?거|했|하신|한 ?사람)/i;
async function activatorDiffers(info: TurnInfo, deps: DialogDeps): Promise<string[] | undefined> {
  if (!ACTIVATOR_CLAIMED.test(info.text)) return undefined;
  const s = await recordsSummary(info, deps.service);
  const [claimed] = await peopleNamed(info, deps);
  if (!s?.activatedBy || !s.activatedAt || !claimed || claimed.id === s.activatedBy) return undefined;
  const name = (await deps.service.orgUsers(s.org.id)).find((u) => u.id === s.activatedBy)?.name;
  if (!name) return undefined;
  const state = info.t(`answers:benefits.contract.${s.contract}`, { date: s.expiresAt?.slice(0, 10) ?? '' });
  return [info.t('answers:info.claims.activator-differs', { org: s.org.name, date: s.activatedAt.slice(0, 10), name, claimed: claimed.name, state })];
}

/** The asker means to activate ("can I activate it myself?", "혜택 활성화 제가 하면 되죠?"). */
const SELF_ACTIVATING = /\b(can|could|should|may|shall) i\b[^.?!]{0,20}\bactivat|\bi('ll| will| can)? (just )?activate\b|제가[^.?!]{0,15}활성화|활성화[^.?!]{0,10}제가/i;

async function idsOrActivation(dc: DialogContext, ask: TopicAsk, deps: DialogDeps): Promise<Answer | undefined> {
  const info = turnInfo(dc.context);
  const program = deps.service.catalog.defaultProgram;
  if (ask.aspect === 'pushback') return pushback(info, deps);
  // "Which account do I sign in with?": one of the membership tenant (what the other accounts see), and what the records say.
  if (ask.aspect === 'account') return withLead(infoAnswer('pc-account', program, info), await recordsLead(info, deps, { problemsOnly: true }));
  // "Global admin vs MPN partner admin vs Admin agent?": what each role may do (and who holds the activating ones here).
  if (ask.aspect === 'roles') {
    const roles = await withPeople(info, infoAnswer('roles', deps.service.catalog.defaultProgram, info), deps, await holders(deps, info, ['global-admin', 'mpn-partner-admin', 'admin-agent']), 'records:activation.role-holders');
    // "아직 활성화 안 됐다던데, 제가 활성화하면 되죠?", "저 admin agent 권한인데 혜택 활성화 제가 하면 되죠?": the records say it already is.
    const activatedOn = NOT_YET_SAID.test(info.text) || SELF_ACTIVATING.test(info.text) ? (await recordsSummary(info, deps.service))?.activatedAt : undefined;
    // "그 역할 지금은 이름 뭐예요? 그리고 관리 에이전트로는 활성화 안 되죠?": the role's name today, too.
    const renamed = ROLE_NAME_ASKED.test(info.text) ? [(renamedAnswer(info, deps.service.catalog, { topic: 'renamed', renames: ['partner-admin'], competencies: [], facts: {}, followUp: false }).text ?? '').split('\n')[0] ?? ''] : [];
    return withLead(roles, [...renamed, ...(activatedOn ? [info.t('answers:ids.already-active-on', { date: activatedOn.slice(0, 10) })] : [])].filter(Boolean));
  }
  // "If I try to activate from this account, will that work?" from an account on the CSP side only: Partner Center refuses it (R21-A2).
  // (What the records say of the company's activation comes first: "already activated on …".)
  if (ask.topic === 'activate' && info.user?.scope === 'csp-only' && /\b(i|me|my|this account)\b|제가|저는|전 |제 계정|이 계정/i.test(info.text)) return withLead(infoAnswer('not-authorized', program, info), await recordsLead(info, deps));
  // "ok so who on our side can just give me the IDs?" from an account on the CSP side only: the membership's people who see them.
  if (ask.topic === 'get-ids' && info.user?.scope === 'csp-only' && WHO_ASKED.test(info.text)) return idHolders(info, infoAnswer('not-authorized', program, info), deps);
  // "Can a regular user activate?" is a question about the rule, not a request to activate.
  // "활성화하는 메뉴 경로 알려줘요", "the menu path to activate": the path, asked.
  const question = ask.topic === 'activate' && (QUESTION.test(info.text) || REQUESTS.test(info.text) || GREYED.test(info.text) || ASKS.test(info.text) || NOT_ADMIN.test(info.text) || /\b(menu|path|steps|walk (me|us) through|guide (me|us)|show (me|us) how)\b|\bcan (i|we) (just |simply )?activate\b|메뉴|경로|절차|제가 ?(직접 )?활성화(해도|할 ?수|하면)/i.test(info.text));
  // A CSP-only account asking where requests go: the general answer (its own IDs are refused anyway).
  const cspOnly = ask.topic === 'get-ids' && info.user?.scope === 'csp-only' && ASKS.test(info.text) && !/\bids?\b|access|contract|액세스|계약|아이디/i.test(info.text);
  if (ask.aspect === 'why' || !info.user?.orgId || question || cspOnly) {
    // Asking for IDs without being known is still recorded (the core audits the refusal).
    if (ask.topic === 'get-ids' && !info.user) await deps.service.ids(undefined, { scope: info.scope, via: info.identity });
    const catalog = deps.service.catalog;
    // Today's rule goes with the 2021 one: where on-premises incidents are redeemed now, how soon the IDs appear now.
    const { lead: idsLead, notes } = todayRules(catalog, info, ask.topic === 'activate' ? ['R26-V2'] : ['R26-V5', 'R26-V2'], ask.topic === 'activate' ? [] : ['R26-V5']);
    // (The paths are those of the org's own program: today's "Technical support & consultation" for an org on it.)
    const own = info.user?.orgId ? ((await recordsSummary(info, deps.service))?.program ?? program) : program;
    // (An Action Pack partner's activation names only the benefit it has: there is no Signature Cloud Support to activate.)
    const lines = ask.topic === 'activate' ? (await recordsSummary(info, deps.service))?.lines : undefined;
    const onPremOnly = lines?.length && !lines.some((l) => l.benefit.scope === 'cloud') ? { text: info.t('answers:info.activate-no-cloud') } : {};
    const general = withNotes({ ...infoAnswer(ask.topic === 'activate' ? 'activate-general' : 'ids-general', own, info), ...onPremOnly }, notes);
    // "Who on their side can get them the IDs?": the colleagues who see them.
    // Support staff looking at a partner: why that partner has no IDs comes first (not activated, expired).
    const partner = !info.user?.orgId && recordsOrgId(info) ? await recordsLead(info, deps, { problemsOnly: true }) : [];
    const forStaff = deps.staff.isStaff(info.user) && info.memory.focusOrg !== undefined;
    if (ask.topic !== 'activate') {
      const ids = withLead(general, [...partner, ...idsLead]);
      if (WHO_ASKED.test(info.text)) return idHolders(info, ids, deps);
      // A partner with no IDs yet: who there can activate, for staff to pass on.
      return forStaff && partner.length ? withPeople(info, ids, deps, await admins(deps, info), 'records:activation.admins') : ids;
    }
    // "Who activated it back then?" about a partner in view is its records, not the Partner Membership Center era.
    if (saidNowOrJustBefore(info, ask, PMC, 60) && !(recordsOrgId(info) && /\bwho activated\b|누가 활성화/i.test(info.text))) return withLead(general, [info.t('answers:activate-pmc')]);
    // "어느 메뉴에서 해요?" after today's activation: still today's program.
    // (An org on today's program, "새 오퍼 혜택 활성화 어떻게 해요?", activates the way today's program does.)
    const today = saidNowOrJustBefore(info, ask, CURRENT, 40) || (await onCurrentProgram(info, deps));
    const lead = today ? currentActivationRules(catalog, info) : [];
    // Asked about today's program, the 2021 step "processing may take several days" gives way to today's 1–2 minutes.
    const steps = lead.length && (PROGRAM_TODAY.test(info.text) || !CURRENT.test(info.text)) ? general.steps?.filter((_, i) => i !== ACTIVATION_LATENCY_STEP) : general.steps;
    // "Who in our company can do it?": the admins' names from the records; "Lidia Holloway는 안돼요?": that person's roles decide.
    // "Does our CEO have to do it? I'm the MPN partner admin": the asker's own role can, so the Admin agent note says nothing to them.
    // (Not with no membership to activate: "but I'm a global admin, so can I activate anyway?" after "no benefits yet".)
    const held = await recordsSummary(info, deps.service);
    const self = info.user?.orgId && held?.contract !== 'valid' && held?.org.membership && held.membershipActive ? [selfCanActivate(info, program)].filter(Boolean) : [];
    const kept = self.length && !/agent|에이전트/i.test(info.text) ? (general.notes ?? []).slice(1) : general.notes;
    const led = withLead({ ...general, ...(steps ? { steps } : {}), ...(kept ? { notes: kept } : {}) }, [...self, ...(await namedPeople(info, deps)), ...(await recordsLead(info, deps, { again: true })), ...lead]);
    // "What do we actually have, and what do I do now?": what activating unlocks, from the records.
    // ("지금 해도 인시던트 10개 다 나와요?", "a short note for our team on how we start using it": before activation, what it unlocks.)
    const summary = await recordsSummary(info, deps.service);
    const unlocks = HAVE_ASKED.test(info.text) || (summary?.contract === 'not-activated' && recordsOrgId(info) !== undefined);
    const withLines = unlocks && summary?.lines.length ? { ...led, facts: [...orgLineFacts(info, summary), ...(led.facts ?? [])] } : led;
    // "…and do we get Signature cloud support too?" from an Action Pack partner: it has none.
    const noCloud = CLOUD_NAMED.test(info.text) && !summary?.lines.some((l) => l.benefit.scope === 'cloud') && recordsOrgId(info) !== undefined;
    const answer = noCloud ? withNotes(withLines, [noCloudNote(info, summary?.lines)]) : withLines;
    // Who can activate there: asked, or support staff looking at a partner (what they tell the partner names them).
    return (WHO_ASKED.test(info.text) && !ACTIVATED_BY_ASKED.test(info.text)) || NOT_ADMIN.test(info.text) || GREYED.test(info.text) || forStaff ? withPeople(info, answer, deps, await admins(deps, info), 'records:activation.admins') : answer;
  }
  await dc.beginDialog(GET_IDS, { activate: ask.topic === 'activate' } satisfies GetIdsOptions);
  return undefined;
}

/** Cloud support named ("do we get Signature cloud support too?"). */
const CLOUD_NAMED = /signature|\bcloud\b|\bazure\b|시그니처|클라우드|애저/i;

/** The balance asked beside something else ("how many incidents do we have left", "남은 인시던트도 알려주세요"). */
const BALANCE_ASKED = /\bhow many\b.{0,50}\b(left|remain(ing)?|still (have|got))\b|\b(incidents?|balance) (left|remaining)\b|남은 ?인시던트|잔여 ?(인시던트|건수)|몇 ?(개|건) ?남/i;

/** People of the org in question named in the text, other than the asker (whole name, or a first name of 4+ letters; also in Hangul, "미리엄이 하면 안 돼요?"). */
async function peopleNamed(info: TurnInfo, deps: DialogDeps): Promise<User[]> {
  const orgId = recordsOrgId(info);
  if (!orgId) return [];
  const text = info.text.toLowerCase();
  return (await deps.service.orgUsers(orgId)).filter((u) => u.id !== info.user?.id && (text.includes(u.name.toLowerCase()) || (new RegExp(`(^|[^a-z])${escapeRegExp(u.name.toLowerCase().split(' ')[0] ?? '')}([^a-z]|$)`).test(text) && (u.name.split(' ')[0] ?? '').length >= 4) || namedInHangul(info.text, u.name)));
}

/** People of the org in question named in the text: whether each may activate. */
async function namedPeople(info: TurnInfo, deps: DialogDeps): Promise<string[]> {
  const program = deps.service.catalog.defaultProgram;
  const named = await peopleNamed(info, deps);
  return named.slice(0, 3).map((u) => {
    const roles = roleNames(program, u.roles, info.locale);
    const may = u.roles.some((r) => r === 'global-admin' || r === 'mpn-partner-admin');
    return info.t(may ? 'records:activation.person-can' : 'records:activation.person-cannot', { name: u.name, roles });
  });
}

/** The asker's own role claimed not to be enough ("I can't activate", "only global admin can", "저는 못 하죠?"). */
const CANT_CLAIMED = /\b(i|we) (can'?t|cannot|can not|am not (allowed|able) to)\b[^.?!]{0,30}\bactivat|\bonly (the )?(global admins?|mpn partner admins?|partner admins?) can\b|(저는|제가|전)[^.?!]{0,20}(활성화)?[^.?!]{0,10}(못 ?(해|하|함)|안 ?(돼|되))/i;

/** Activating a second time ("again", "under my own account", "다시", "제 계정으로도"). */
const ACTIVATE_AGAIN = /\bagain\b|\bre-?activat|\b(my|his|her) own (account|login|name)\b|\beach (admin|person|user)\b|다시|또 ?활성화|제 계정으로|각자/i;

/** "But I'm a global admin": what the records say about the person's roles, and what follows. */
async function pushback(info: TurnInfo, deps: DialogDeps): Promise<Answer> {
  const program = deps.service.catalog.defaultProgram;
  // ("we hired 2 more engineers … does our admin activate again for them?" from an account no org knows: once is enough, whoever asks.)
  if (!info.user) return NEW_PERSON.test(info.text) && ACTIVATE_AGAIN.test(info.text) ? fromKey(info, program, 'info.activate-once-general', { kind: 'info', section: topicOf('activate').section ?? '' }) : infoAnswer('pushback-unknown', program, info);
  const roles = roleNames(program, info.user.roles, info.locale) || '—';
  // "But I'm a global admin" from an account on the CSP side only: the role is in the wrong tenant (R21-A2).
  if (info.user.scope === 'csp-only') return infoAnswer('not-authorized', program, info);
  // "I'm Global admin and still no benefits": with no membership on record there is nothing to activate.
  const s = await recordsSummary(info, deps.service);
  const admin = info.user.roles.some((r) => r === 'global-admin' || r === 'mpn-partner-admin');
  // ("그럼 나중에 멤버십 생기면 제가 직접 활성화할 수 있는거죠?": yes, the role may, once there is a membership.)
  if (s && (!s.org.membership || !s.membershipActive)) return withLead(infoAnswer('no-benefits', program, info), [info.t('answers:records.your-roles', { roles }), info.t('answers:records.no-membership', { org: s.org.name }), ...(admin ? [info.t('records:activation.self-can-later', { roles })] : [])]);
  // "Megan already activated; do I have to activate again under my own account?": once is enough for the company.
  const once = (admin || NEW_PERSON.test(info.text)) && s?.contract === 'valid' && ACTIVATE_AGAIN.test(info.text);
  // Whether (and when, by whom) it is activated already comes first: "can I activate?" may be moot.
  const answer = withLead(fromKey(info, program, once ? 'info.activated-once' : admin ? 'info.pushback-admin' : 'info.pushback-user', { kind: 'info', section: topicOf('activate').section ?? '', values: { roles } }), await recordsLead(info, deps));
  // "as MPN partner admin I can't activate anything, only global admin can. correct?": not so, said outright.
  if (admin && !once && CANT_CLAIMED.test(info.text)) answer.title = info.t('answers:info.pushback-admin.title-claimed');
  // "Then what is my role good for?": what the Admin agent role does (requests for CSP customers).
  const agent = info.user.roles.includes('admin-agent') ? [info.t('answers:agent-role', commonValues(program, info.locale))] : [];
  // "…활성화 내가 해도 돼요? 하고 나면 몇 개 쓸 수 있음?": what the benefit gives once activated, too.
  const counts = s?.lines.length && /\bhow many\b|몇 ?(개|건)/i.test(info.text) ? orgLineFacts(info, s) : [];
  const withCounts = counts.length ? { ...answer, facts: [...(answer.facts ?? []), ...counts] } : answer;
  // Someone who may not activate hears who may.
  return withNotes(admin ? withCounts : await withPeople(info, withCounts, deps, await admins(deps, info), 'records:activation.admins'), agent);
}

/** About today: "now", "2026", today's names ("Partner Cloud Support"), or what is retired and what replaces it. */
const LATER = /going forward|from now on|in (the )?future|\bretir|\breplac|successor|phas(e|ed|ing) out|discontinu|\bunified\b|앞으로|종료(되|돼|된|됐|예정)|대체|후속|없어지|없어졌|사라지|사라졌/i;
function asksToday(said: string): boolean {
  const text = said.replace(TODAY_IS_2021, ' ');
  return CURRENT.test(text) || LATER.test(text) || CURRENT_NAMES.test(text.toLowerCase());
}

/**
 * Today's rules for a 2021 answer: `leadIds` lead it when the question asks about today, and
 * `noteIds` follow it otherwise (a rule that leads is not repeated as a note).
 */
function todayRules(catalog: Catalog, info: TurnInfo, noteIds: readonly string[], leadIds: readonly string[], onCurrent = false): { lead: string[]; notes: string[] } {
  const leading = onCurrent || asksToday(info.text) ? leadIds : [];
  return { lead: currentRules(catalog, info, leading), notes: currentRules(catalog, info, noteIds.filter((id) => !leading.includes(id))) };
}

/** What the records say about the asker's contract ("already activated", "no membership"). */
async function recordsLead(info: TurnInfo, deps: DialogDeps, options: { problemsOnly?: boolean; again?: boolean; why?: boolean; membership?: boolean } = {}): Promise<string[]> {
  const s = await recordsSummary(info, deps.service);
  if (!s || (options.problemsOnly && s.contract === 'valid' && s.membershipActive)) return [];
  // No membership: nothing to activate or use, and support is paid until there is one.
  if (!s.org.membership || !s.membershipActive) return [info.t('answers:records.no-membership', { org: s.org.name }), info.t('answers:benefits.without-membership')];
  // "Is our membership gone?" beside a portal message: what the org holds.
  const m = s.org.membership;
  const holds = options.membership ? [info.t('answers:records.holds', { org: s.org.name, offers: heldOffers(m).map((id) => s.program.offers.find((o) => o.id === id)?.name[info.locale] ?? id).join(', '), date: m.endsOn })] : [];
  // Nothing can be used before activation: who does it, where.
  // ("Is it expired?", "활성화 안 하고 두면 없어지나요?" before activation: who activates, and until when the membership runs.)
  if (s.contract === 'not-activated') return [...holds, info.t('answers:records.not-activated', { org: s.org.name }), ...(options.problemsOnly || options.why ? [info.t('answers:benefits.activate-note', commonValues(s.program, info.locale))] : []), ...(options.why ? [info.t('answers:records.activate-before-end', { date: m.endsOn })] : [])];
  // "How do we use it again?" about an expired contract: the next year's benefit, and paid support until then.
  // "But our membership is still active?": why the contract expired anyway.
  const again = s.contract !== 'expired' ? [] : [...(options.why ? [whyExpired(info, s)] : []), ...(options.again ? [info.t('answers:records.use-again')] : [])];
  // "Can't the admin just activate it again?" with a line used up: activating again brings nothing back; what helps now.
  const usedUp = options.again && s.contract === 'valid' && REACTIVATE.test(info.text) ? s.lines.filter((l) => l.remaining.kind === 'count' && l.remaining.left === 0) : [];
  const refill = usedUp.length ? [info.t('answers:records.reactivate-used-up', { lines: usedUp.map((l) => lineLabel(info, l)).join(', ') }), info.t('answers:incidents.options')] : [];
  const state = info.t(`answers:benefits.contract.${s.contract}`, { date: s.expiresAt?.slice(0, 10) ?? '' });
  // Who activated, when the records know the person ("when was it activated, and by whom?").
  const by = s.activatedBy ? (await deps.service.orgUsers(s.org.id)).find((u) => u.id === s.activatedBy)?.name : undefined;
  return [...refill, ...holds, info.t(by ? 'answers:records.contract-state-by' : 'answers:records.contract-state', { org: s.org.name, state, since: s.activatedAt?.slice(0, 10) ?? '', by }), ...again];
}

/** The pace so far asked about ("at this rate", "지금 속도로"). */
/** "If we spread what's left evenly until the end, how many a month?": the balance over the months left. */
const SPREAD_ASKED = /\b(spread|evenly|even pace|pace)\b|(고르게|균등하게|나눠|나누면)|(한 ?달에|월|매달) ?(몇|평균)|\bhow many\b[^.?!]{0,40}\b(per|a|each) month\b|\bmonthly budget\b/i;

async function rateLead(info: TurnInfo, ask: TopicAsk, deps: DialogDeps): Promise<string[]> {
  const weekly = RATE_WEEKS.exec(info.text);
  const rate = weekly ?? RATE_MONTHS.exec(info.text);
  // A pace and how long it lasts, both in the message, whatever the answer's topic ("and if we use 3 a month from now?").
  const asked = rate && MONTHS_ASKED.test(info.text);
  const balanceTopic = ['remaining-incidents', 'check-benefits', 'plan-expired', 'validity'].includes(ask.topic);
  const spread = !rate && balanceTopic && SPREAD_ASKED.test(info.text) && /\bmonth|달|월/i.test(info.text);
  // "지금 속도로 쓰면 계약 끝날 때까지 충분할까요?": the pace so far, from the records.
  const current = !rate && balanceTopic && CURRENT_PACE.test(info.text);
  // "And at 3 a month?" right after the months were asked: the same question at another pace.
  if (!asked && !(rate && balanceTopic && saidNowOrJustBefore(info, ask, MONTHS_ASKED, 40)) && !spread && !current) return [];
  const s = await recordsSummary(info, deps.service);
  // The side asked, or the one the conversation was about, else on-premises.
  const scope = scopeAsked(info.text) ?? scopeAsked(info.memory.recent.at(-2) ?? '') ?? 'on-premises';
  // "Success Core 가입 예정인데 월 1건씩 쓰면 1년 충분할까요?" with no records: that offer's yearly count at that pace.
  if (!s) return rate ? offerPace(info, ask, deps, scope, rate, Boolean(weekly)) : [];
  const line = s.lines.find((l) => l.benefit.scope === scope && l.remaining.kind === 'count');
  if (line?.remaining.kind !== 'count') return [];
  const left = line.remaining.left;
  const benefit = lineLabel(info, line);
  const end = s.expiresAt?.slice(0, 10);
  if (rate) {
    const per = Number(rate.slice(1).find((g) => g !== undefined));
    if (!(per > 0)) return [];
    const today = new Date(`${s.asOf}T00:00:00Z`);
    // "15 left at 2 a month": 7.5 months, until about the end of January (not 8).
    const exact = left / per;
    const periods = Math.round(exact * 10) / 10;
    const whole = Math.floor(exact);
    const date = weekly ? addDays(s.asOf, Math.round(exact * 7)) : addDays(isoDay(addMonths(today, whole)), Math.round((exact - whole) * 30));
    const lasts = info.t(weekly ? 'answers:records.rate-weeks' : 'answers:records.rate-months', { rate: per, left, benefit, weeks: periods, months: periods, date });
    // "Is that enough to get us to the end of our contract?": what the time until the contract's end needs at that pace, against what is left.
    // Before activation there is no contract end yet: the 12-month benefit year is the yardstick.
    const verdict = end && end > s.asOf ? [needVerdict(info, s.asOf, end, per, left, Boolean(weekly))] : s.contract === 'not-activated' ? [yearVerdict(info, Math.ceil(exact), Boolean(weekly))] : [];
    return [[lasts, ...verdict].join(' ')];
  }
  if (!end || end <= s.asOf) return [];
  if (current && s.activatedAt && line.allowance.kind === 'count') {
    const used = line.allowance.count - left;
    if (used <= 0) return [info.t('answers:records.rate-none-used', { benefit, left, end })];
    const since = Math.max(1, timeBetween(s.activatedAt.slice(0, 10), s.asOf).months);
    const perMonth = used / since;
    const lasts = Math.ceil(left / perMonth);
    const date = isoDay(addMonths(new Date(`${s.asOf}T00:00:00Z`), lasts));
    return [[info.t('answers:records.rate-current', { used, benefit, months: since, rate: Math.round(perMonth * 10) / 10, left, lasts, date }), needVerdict(info, s.asOf, end, perMonth, left, false)].join(' ')];
  }
  const months = Math.max(1, timeBetween(s.asOf, end).months);
  return [info.t('answers:records.rate-spread', { months, date: end, left, benefit, perMonth: Math.round((left / months) * 10) / 10 })];
}

/** "does that cover us until the contract ends?": the weeks or months until the end, what they need at the pace, and the spare or the shortfall. */
function needVerdict(info: TurnInfo, today: string, end: string, per: number, left: number, weekly: boolean): string {
  const periods = weekly ? Math.floor(timeBetween(today, end).days / 7) : timeBetween(today, end).months;
  const need = Math.round(periods * per);
  const key = need < left ? 'rate-need-enough' : need === left ? 'rate-need-exact' : 'rate-need-short';
  return info.t(`answers:records.${key}`, { span: info.t(weekly ? 'answers:records.span-weeks' : 'answers:records.span-months', { n: periods }), end, need, spare: left - need, short: need - left });
}

/** Whether a pace lasting `periods` weeks or months covers the 12-month benefit year. */
function yearVerdict(info: TurnInfo, periods: number, weekly: boolean): string {
  return info.t(periods >= (weekly ? 52 : 12) ? 'answers:records.rate-year-enough' : 'answers:records.rate-year-short');
}

/** A pace against the yearly count of the offer named (no records): how long it lasts, against the 12-month benefit year. */
function offerPace(info: TurnInfo, ask: TopicAsk, deps: DialogDeps, scope: string, rate: RegExpExecArray, weekly: boolean): string[] {
  const program = ask.currentOffer ? currentProgram(deps.service.catalog) : deps.service.catalog.defaultProgram;
  const offer = ask.currentOffer ?? ask.offer;
  const line = offer ? entitlementsFor(program, { offer, competencies: [] }).find((l) => l.benefit.scope === scope && l.allowance.kind === 'count') : undefined;
  const per = Number(rate.slice(1).find((g) => g !== undefined));
  if (line?.allowance.kind !== 'count' || !(per > 0)) return [];
  const periods = Math.ceil(line.allowance.count / per);
  const lasts = info.t(weekly ? 'answers:records.rate-offer-weeks' : 'answers:records.rate-offer-months', { rate: per, count: line.allowance.count, benefit: line.benefit.name, weeks: periods, months: periods });
  return [`${lasts} ${yearVerdict(info, periods, weekly)}`];
}

/** "How many months until it expires?", "만료까지 며칠 남았어요?", "몇 달 남은 거예요?": time, not incidents, left. */
export const TIME_LEFT = /\bhow long from now\b|\bhow long is (that|it) from (now|today)\b|\bhow (long|far) (is )?(that|it)( from (now|today))?,? (roughly|approximately|about)\b|(오늘|지금)(부터|으로부터|에서) ?(얼마나|며칠|몇)|\bhow much longer\b|\b(give me |in )?(the )?days and months\b|\bhow long (does|do|will) (it|they|(our|the|their)( \w+){1,3}) (still )?(run|last|go)\b|(얼마나|몇 ?달|며칠) ?더 ?(가|남|쓸)|\bhow far (away|off)\b|\bhow far is (that|it)\b|\bhow many (days|weeks|months)\b.{0,30}\b(from (now|today)|away|is that|is it|until|till)\b|오늘부터 ?(며칠|몇 ?일)|\bhow (much time|many (more )?(days|weeks|months))\b.{0,40}\b(left|remain|to go|until|till|before)\b|\bhow long (until|till|til|before)\b.{0,30}\b(expir|ends?|lapses?|runs? out)|\bhow long (do|does|have|can) (we|i|it|they)( still)? (have|got|last|left|use it)\b|\bhow long is left\b|\btime (left|remaining)\b|\b(days|weeks|months) (left|remaining|to go)\b|(며칠|몇 ?(달|개월|주|일)).{0,10}남|남은 ?(기간|날짜|일수|개월|달)|(기간|유효 ?기간|만료|시간)(이|은|까지)? ?얼마나.{0,6}남|(만료|종료|끝나기)(까지|전까지) ?(며칠|몇|얼마|기간)/i;
/** "Is there a deadline?", "when does it end?", "언제까지 활성화해야 돼요?": the end of what the records hold. */
const END_ASKED = /\bdeadline\b|\bwhen (does|do|will|did) (it|they|our|the|this|that)\b.{0,30}\b(end|expire|run out|lapse)|\bhow long is\b.{0,30}\bgood for\b|\bwhen does\b.{0,30}\bend\b|언제까지|기한|마감|까지 ?활성화 ?(안|못)|만료일|(멤버십|\bmembership\b)[^.?!]{0,20}(끝(난|났|나)|만료(됐|된|되었)|종료(됐|된)|\b(expired|ended|over|lapsed)\b|\bstill (valid|active|good)\b|\bruns? (until|till|through)\b|\b(good|valid) (until|till|through)\b)/i;

/** A line said to be used up ("벌써 다 씀", "we ran out", "used them all"). */
const USED_UP_SAID = /다 ?(씀|썼|써 ?버렸|사용했)|모두 ?(썼|사용했)|소진(됐|되었|했)|\bran out\b|\bused (them |it )?(all|up)\b|\ball (used|gone)\b/i;
/** A count said to be per month ("한달에 15건 맞죠?", "20 a month, right?"). */
const PER_MONTH_COUNT = /(한 ?달에|매달|매월)\s*\d{1,3} ?(건|개|번)|\d{1,3} (?:[\w-]+ ){0,2}?(incidents?|tickets?|cases?)? ?(a|per|each|every) month\b/i;
/** A competency said not to be a cloud one ("보안 역량은 클라우드 역량이 아니라서", "security isn't a cloud competency"). */
const NOT_CLOUD_SAID = /클라우드 ?역량이 ?아니|\b(is ?n'?t|is not|not) (a |one of the )?cloud (competenc(y|ies)|ones?)\b/i;
/** Incidents supposed to come back every month. */
const MONTHLY = /^((so|and) )?(monthly|per month|every month|each month)[?？!.]*$|^((이게|그게|이거|그거|이건|그건)\s*)?(다\s*)?(월마다|매달|매월|한 ?달마다)(요|야|임|인가요?|이에요|예요|이죠|\s)*[?？!.]*$|(매달|매월|한 ?달(에|마다)|다음 ?달|\bmonthly\b|\b(every|each|per|a|next) month\b)[^.?!]{0,30}(리셋|초기화|충전|갱신|채워|다시|reset|renew|refill|again|back)|(리셋|초기화|reset|renew|refill|replenish|come back|comes back)[^.?!]{0,20}(매달|매월|\bmonthly\b|\b(every|each|per|a|next) month\b|\b(on )?the (1st|first)\b|\b(1st|first) of\b)|(\d{1,2}월 ?)?1일(에|부터|날)[^.?!]{0,15}(다시|리셋|초기화|충전|채워)|\b(monthly|per month|a month) (limit|cap|max(imum)?)\b|(월|한 ?달|매달) ?(한도|제한|최대)|(월마다|매달|매월|한 ?달(마다|에|기준))\s*(인가|인지|이에요|예요|이죠|씩|나오|주는|주나|받는|받나|지급|제공)|\b(is|are) (that|this|it|those|these|they|the counts?|the incidents?|those numbers)( all| each| counted)? (per|a|each|every) month\b|\bper month or (per )?(year|annual)|\b(monthly|per month) or (yearly|annual|per year)\b|\b(per|a|each) (year|yr) or (per |a |each )?month\b/i;
/** "Unlimited Signature incidents" taken for granted. */
const UNLIMITED_ASSUMED = /(unlimited|no cap|uncapped|무제한)[^.?!]{0,30}(signature|cloud|시그니처|클라우드)|(signature|cloud|시그니처|클라우드)[^.?!]{0,30}(unlimited|no cap|uncapped|무제한)/i;

/** A wrong premise about the company's own benefit corrected before the answer (answers that list the counts correct it themselves). */
async function premiseLead(info: TurnInfo, ask: TopicAsk, deps: DialogDeps): Promise<string[]> {
  // "작년까진 골드였는데 인시던트 20개 아직 남아있죠?", "they were Gold last year so the incidents should still be there": not with no membership now.
  if (PAST_MEMBERSHIP.test(info.text) && ['remaining-incidents', 'check-benefits', 'no-benefits'].includes(ask.topic)) {
    const s = await recordsSummary(info, deps.service);
    if (s && (!s.org.membership || !s.membershipActive)) return [info.t('answers:benefits.lapsed-lost'), info.t('answers:records.no-membership', { org: s.org.name })];
  }
  // "and if we dont join at all, what do we get?": no incidents; support is paid.
  if (NO_MEMBERSHIP.test(info.text) && !recordsOrgId(info) && ask.topic === 'check-benefits') return [info.t('answers:benefits.without-membership')];
  // "isnt it 5 per person? the others used theirs not mine": the incidents are the company's.
  if (PER_PERSON_POOL.test(info.text) && ['remaining-incidents', 'check-benefits'].includes(ask.topic)) return [info.t('answers:info.ids-shared')];
  // "보안 역량은 클라우드 역량이 아니라서 …": a cloud competency said not to be one.
  // "실버 Messaging 역량이면 시그니처 … 무제한 맞죠??", "if we add cloud platform, does signature go unlimited?": whether each one named is a cloud competency.
  if (ask.competencies.length && ['check-benefits', 'remaining-incidents', 'cloud-competencies'].includes(ask.topic)) {
    const program = deps.service.catalog.defaultProgram;
    const wrong = NOT_CLOUD_SAID.test(info.text) ? program.competencies.filter((c) => c.cloud && ask.competencies.includes(c.id)) : [];
    if (wrong.length) return wrong.map((c) => info.t('answers:info.cloud-competencies.is-cloud-not-other', { name: c.name[info.locale] }));
    if (/unlimited|무제한/i.test(info.text) && ask.topic !== 'cloud-competencies') return competencyVerdicts(info, program, ask.competencies);
  }
  // "Do our incidents reset every month?", "매달 리셋되나요?": no, they are per membership year.
  if (MONTHLY.test(info.text) && ['check-benefits', 'remaining-incidents', 'validity'].includes(ask.topic)) return [info.t('answers:benefits.not-monthly')];
  // "시그니처 5팩 벌써 다 씀ㅠ 지금 체계로 바뀌면 몇 개?": the records confirm the line used up, before the answer about something else.
  if (USED_UP_SAID.test(info.text) && !['remaining-incidents', 'check-benefits', 'plan-expired', 'access-id-error'].includes(ask.topic)) {
    const s = await recordsSummary(info, deps.service);
    const gone = s ? usedUpLines(info, s) : [];
    if (gone.length) return gone;
  }
  // "…그리고 한달에 15건 맞죠?", "so 20 a month?": a year's count taken for a month's, whatever else was asked.
  // ("한 달에 2개씩 쓰면 몇 달이면 다 써요?" is a pace asked, not a count taken for a month's.)
  // ("and if its more like 3 a month?" after a pace was asked: the pace again.)
  if (PER_MONTH_COUNT.test(info.text) && !(RATE_MONTHS.test(info.text) && saidNowOrJustBefore(info, ask, MONTHS_ASKED, 40))) {
    const s = await recordsSummary(info, deps.service);
    const offer = ask.offer ?? s?.org.membership?.offer;
    const program = s?.program ?? deps.service.catalog.defaultProgram;
    const line = offer ? deps.service.entitlements({ offer, competencies: [] }, program.id).find((l) => l.benefit.scope === 'on-premises') : undefined;
    const name = program.offers.find((o) => o.id === offer)?.name[info.locale];
    return [line?.allowance.kind === 'count' && name ? info.t('answers:benefits.not-monthly-count', { offer: name, count: line.allowance.count }) : info.t('answers:benefits.not-monthly')];
  }
  // "3 left last year: do they carry over, so 13 this year?": no, each year's contract starts from the full count.
  // (With the records: what each counted line of the side asked has left now, and the full count the next year starts from.)
  // ("do i have to link the contract again next year or does it carry over": the link, not the incidents.)
  const linkCarried = /\blink|연결|등록/i.test(info.text) && !/incidents?|인시던트|건수|\bunused\b|남은/i.test(info.text);
  // "if we run out of signature incidents in november can we borrow from next year's?": no, and what each line has now.
  if (BORROW_AHEAD.test(info.text) && ['check-benefits', 'remaining-incidents', 'validity', 'paid-plans'].includes(ask.topic)) {
    const s = await recordsSummary(info, deps.service);
    const side = scopeAsked(info.text);
    return [info.t('answers:benefits.not-borrowed'), ...(s?.lines ?? []).filter((l) => !side || l.benefit.scope === side).map((l) => factLine(lineFact(info, l)))];
  }
  if (CARRY_OVER.test(info.text) && !linkCarried && ['check-benefits', 'remaining-incidents', 'validity', 'plan-expired', 'activate'].includes(ask.topic)) {
    const s = await recordsSummary(info, deps.service);
    const side = scopeAsked(info.text);
    const lines = (s?.lines ?? []).filter((l) => l.remaining.kind === 'count' && (!side || l.benefit.scope === side));
    // ("갱신 안 하면 남은 49건은?": no next year to start again; they end with the contract.)
    const lapse = NOT_RENEWED.test(info.text) && s?.expiresAt ? '-lapse' : '';
    return [info.t(`answers:benefits.not-carried${lapse}`), ...lines.map((l) => info.t(`answers:benefits.not-carried-line${lapse}`, { benefit: lineLabel(info, l), left: l.remaining.kind === 'count' ? l.remaining.left : 0, total: l.remaining.kind === 'count' ? l.remaining.allowance : 0, date: s?.expiresAt?.slice(0, 10) }))];
  }
  // "벌써 만료된 건가요?" with a contract the records show valid: not expired (until when), and a line used up if one is.
  // "we burnt thru all our signature incidents. they come back when we renew right?": the line used up, said first.
  if (USED_UP.test(info.text) && ask.topic === 'validity') {
    const s = await recordsSummary(info, deps.service);
    const gone = s ? usedUpLines(info, s) : [];
    if (gone.length) return gone;
  }
  if (EXPIRY_ASKED.test(info.text.toLowerCase())) {
    const s = await recordsSummary(info, deps.service);
    const until = s && s.contract !== 'expired' && s.contract !== 'not-activated' ? s.expiresAt?.slice(0, 10) : undefined;
    if (s && until) return [info.t('answers:records.not-expired', { date: until }), ...usedUpLines(info, s)];
  }
  // "골드 파트너는 Premier Support for Partners가 기본 포함이라 무료잖아요": the paid plans are not part of the membership.
  if (PAID_ASSUMED_FREE.test(info.text)) return [info.t('answers:benefits.paid-not-included')];
  // "core 쪽 1건 남은 거 다 쓰면 그 다음엔 어떻게 해요?": another line of the same side still has incidents, said first.
  if (RUNS_OUT.test(info.text) && ['paid-plans', 'plan-expired', 'remaining-incidents', 'current-program'].includes(ask.topic)) {
    const s = await recordsSummary(info, deps.service);
    const still = s ? otherLineLeft(info, s) : [];
    if (still.length) return still;
  }
  // "can you open a ticket with microsoft for me?", "저 대신 티켓 하나 만들어 주세요": the bot opens none; how the asker does.
  if (OPEN_FOR_ME.test(info.text)) return [info.t('answers:info.cannot-open')];
  // "Solutions Partner plus Partner Success Core, each with 20 on-prem incidents, so 40?": only the designation has on-premises incidents (R26-E1).
  // ("Partner Success Core 쪽에도 온프레미스 건수 들어있는 거죠?", "does core add any on prem ones": the same.)
  if (NO_ONPREM_OFFER.test(info.text) && ON_PREM.test(info.text) && (SUMMED.test(info.text) || OFFER_INCLUDES.test(info.text)) && ['check-benefits', 'remaining-incidents'].includes(ask.topic)) return currentRules(deps.service.catalog, info, ['R26-E1']);
  // "남은 온프렘 인시던트로 Azure 티켓 열면 되나요?": no, each kind is for its own products.
  if (ONPREM_FOR_CLOUD.test(info.text)) return [info.t('answers:benefits.onprem-not-cloud')];
  // "we've got 49 cloud incidents so i'll just burn one of those for our on-prem sql server box": no, and where an on-premises request goes on the company's program.
  if (CLOUD_FOR_ONPREM.test(info.text) && ['remaining-incidents', 'check-benefits', 'supported-products', 'open-request'].includes(ask.topic)) {
    const s = await recordsSummary(info, deps.service);
    const program = s?.program ?? deps.service.catalog.defaultProgram;
    const name = (scope: string) => program.benefits.find((b) => b.scope === scope)?.name ?? '';
    return [info.t('answers:benefits.cloud-not-onprem', { cloud: name('cloud'), onprem: name('on-premises'), where: onPremWhere(info, deps.service.catalog, program) })];
  }
  // "we're GOLD, surely gold covers every version": the N-1 rule is the same for every membership.
  if (OFFER_COVERS_ALL.test(info.text) && ask.topic === 'supported-products') return [info.t('answers:benefits.n1-every-offer')];
  // "so who has to fix the link?" after the portal message, with a usable contract: nothing to fix.
  if (ask.topic === 'access-id-error' && WHO_FIXES.test(info.text)) {
    const s = await recordsSummary(info, deps.service);
    if (s?.contract === 'valid') return [info.t('answers:azure-error.nothing-to-fix')];
  }
  // "근데 왜 이미 연결돼 있다는 거죠? 애저에선 처음인데": the asker's own link on record, where and when.
  if (ask.topic === 'access-id-error' && /\bwhy\b|왜/i.test(info.text) && /already|이미/i.test(info.text)) {
    const s = await recordsSummary(info, deps.service);
    const own = s ? ownLink(info, s) : undefined;
    if (s && own) return [info.t('answers:records.own-link-why', { account: own.account.id, portal: portalName(s.program, own.portal), date: own.linkedAt.slice(0, 10) })];
  }
  // "Two problems, can I put both in one ticket?": each problem is its own incident.
  if (ask.topic === 'incident-definition' && SEVERAL_ISSUES.test(info.text)) return [info.t('answers:benefits.one-issue-each')];
  // "기다리면 생겨요?" about "no benefits yet" with no membership on record: waiting brings nothing.
  if (ask.topic === 'no-benefits' && WAIT_ASKED.test(info.text)) {
    const s = await recordsSummary(info, deps.service);
    if (s && !s.org.membership) return [info.t('answers:benefits.waiting-no-membership')];
  }
  // "이거 때문에 인시던트 하나 날아간 건 아니죠?" beside the portal message or the IDs: linking and messages use none.
  if (INCIDENT_TAKEN_ASKED.test(info.text) && ['access-id-error', 'link-azure', 'ids-usage', 'get-ids', 'register-ids', 'activate', 'incident-definition', 'supported-products'].includes(ask.topic)) return [info.t('answers:benefits.linking-free')];
  if (!UNLIMITED_ASSUMED.test(info.text) || ['check-benefits', 'cloud-competencies', 'remaining-incidents'].includes(ask.topic)) return [];
  const s = await recordsSummary(info, deps.service);
  // Only about the membership the records hold (a named other one is a question about that one).
  return s && (!ask.offer || ask.offer === s.org.membership?.offer) ? unlimitedCorrection(info, s) : [];
}

/** Who should fix a link ("so who has to fix the link, our global admin?", "관리자한테 다시 연결해 달라고 해야 하나요?"). */
const WHO_FIXES = /\bwho\b.{0,30}\b(fix|re-?link|link)\b|누가[^.?!]{0,20}(고치|고쳐|해결|연결|바로잡|수정|풀어|처리)|관리자(한테|에게|께)[^.?!]{0,20}(연결|고쳐|해결)/i;
/** Waiting asked ("기다리면 생겨요?", "will it show up if we wait?"). */
const WAIT_ASKED = /기다리(면|면요|면 ?되|면 ?생)|\bwait(ing)?\b|\bsync\b|시간이 ?지나면/i;
/** A paid plan taken for part of the membership ("Premier is included with Gold, so it's free?"). */
/** The one line a message names as running out (record-spans' reading), and the other lines of its side with incidents left. */
function otherLineLeft(info: TurnInfo, s: OrgSummary): string[] {
  const named = linesNamed(info, s);
  const [used] = named;
  if (named.length !== 1 || !used) return [];
  // (Only a line for the same products: the on-premises line is no way on when a cloud line runs out.)
  return s.lines.flatMap((l) => (l !== used && l.benefit.scope === used.benefit.scope && l.remaining.kind === 'count' && l.remaining.left > 0 ? [info.t('answers:incidents.other-line-left', { used: used.packName, benefit: l.packName, left: l.remaining.left })] : []));
}

const PAID_ASSUMED_FREE = /(premier|advanced support|프리미어|어드밴스드)[^.?!]{0,60}(\b(free|included|comes with|part of|built[- ]in|at no cost)\b|무료|공짜|기본 ?(포함|제공)|포함(이라|돼|되어|된))|\b(free|included)\b[^.?!]{0,30}(premier|advanced support)/i;
/** Today's offers without on-premises incidents, named ("Partner Success Core", "Launch"). */
const NO_ONPREM_OFFER = /\b(success )?(core|expanded)\b|\bpartner launch\b|코어|익스팬디드|런치/i;
/** Counts added up across offers ("each", "so 40", "둘 다", "합쳐서"). */
/** Whether an offer has some ("does core add any", "코어에도 … 들어있나요"). */
const OFFER_INCLUDES = /\b(add|adds|include|includes|included|come with|comes with|give|gives|have|has|carry|carries|any)\b|들어 ?(있|가|간)|포함|있(어요|나요|죠|는|을까)|나와요|주나요/i;
const SUMMED = /\beach\b|\bboth\b|\bcombined\b|\btotal\b|\bso (that'?s )?\d+|\bplus\b|각각|둘 ?다|합쳐|합치면|더하면|총/i;

/** How long until the records' end date (the contract's, or the membership year's before activation), when asked. */
async function datesLead(info: TurnInfo, ask: TopicAsk, deps: DialogDeps): Promise<string[]> {
  // Dates the message states answer it; the records' own end is said only when none is stated.
  const stated = statedDateRules(info);
  const until = stated.length ? [] : timeUntilStated(info, deps.service.today());
  // "How many days after we activated did we open our first ticket?": the days between two things on record.
  const records = () => recordsSummary(info, deps.service);
  const between = stated.length || until.length ? [] : [...(await spanLead(info, records, ask.followUp ? info.memory.recent.at(-2) : undefined)), ...(await shareLead(info, records)), ...(await termShareLead(info, records))];
  const redeem = stated.length || until.length || between.length ? [] : await redeemByLead(info, records);
  return [...stated, ...until, ...between, ...redeem, ...(await renewalWindow(info, ask, deps)), ...(stated.length || until.length || between.length || redeem.length ? [] : await timeLeftLead(info, ask, deps))];
}

/** The 13 months to redeem asked about ("whats our actual deadline"). */
const REDEEM_ASKED = /\b13[- ]?months?\b|13 ?개월|\bredeem\w*\b.{0,30}\b(deadline|by when|until|last (day|date))\b|(사용|등록|활성화|리딤) ?(기한|마감)/i;

/** "someone mentioned a 13 month thing for redeeming benefits. whats our actual deadline": today's rule on the company's membership start. */
async function redeemByLead(info: TurnInfo, records: () => Promise<OrgSummary | undefined>): Promise<string[]> {
  if (!REDEEM_ASKED.test(info.text)) return [];
  // ("Partner Cloud Support는 잠금 해제(활성화)하고 나서 13개월 쓸 수 있는 거 맞죠?": the 13 months taken from the unlock.)
  const fromUnlock = UNLOCK_13.test(info.text) ? [info.t('answers:records.thirteen-from-unlock')] : [];
  const s = await records();
  const start = s?.program.multipleOffers ? s.org.membership?.startsOn : undefined;
  return [...fromUnlock, ...(start ? [info.t('answers:records.redeem-by', { start, date: isoDay(addMonths(new Date(`${start}T00:00:00Z`), 13)) })] : [])];
}
/** 13 months said to run from the unlock (activation). */
const UNLOCK_13 = /(잠금 ?해제|활성화|\bunlock\w*|\bactivat\w*)[^.?!]{0,25}(13 ?개월|\b13[- ]?months?\b)|(13 ?개월|\b13[- ]?months?\b)[^.?!]{0,25}(잠금 ?해제|활성화|\bunlock\w*|\bactivat\w*)/i;

/** "Support for Business shows our end date as 06/30/2021, how many days do we have left?": the time from today to the day stated. */
function timeUntilStated(info: TurnInfo, today: string): string[] {
  if (!TIME_LEFT.test(info.text)) return [];
  const end = datesIn(info.text).find(({ date }) => date > today)?.date;
  return end ? [info.t('answers:records.time-left', { today, date: end, span: span(info, today, end) })] : [];
}

/** The end of what the records hold, or the time left until it ("how long from now?"). */
async function timeLeftLead(info: TurnInfo, ask: TopicAsk, deps: DialogDeps): Promise<string[]> {
  const timeLeft = TIME_LEFT.test(info.text);
  const ago = AGO_ASKED.test(info.text);
  // "멤버십은요?", "and the membership?" right after the contract's validity: the membership's end.
  const membershipNext = ask.followUp && MEMBERSHIP_TOO.test(info.text);
  if (!timeLeft && !ago && !END_ASKED.test(info.text) && !membershipNext) return [];
  const s = await recordsSummary(info, deps.service);
  if (!s?.membershipActive || !s.org.membership) return [];
  // "How long ago did it expire?": the expired contract's day, and the time since; "활성화한 지 몇 달 됐죠?": the activation's.
  // ("How many days do we have left until our contract expires?" with it expired already: how long ago it did.)
  if (ago || (timeLeft && s.contract === 'expired' && !/멤버십|membership/i.test(info.text))) {
    // ("누가 활성화했었어요? 그리고 만료된 지 며칠 됐죠?": the sentence that asks how long ago says of what.)
    const sentence = sentenceWith(info.text, AGO_ASKED);
    const asked = sentence && /활성화|activat|만료|expir|끝났|ended/i.test(sentence) ? sentence : info.text;
    const activated = ACTIVATION_WORD.test(asked) ? s.activatedAt?.slice(0, 10) : undefined;
    if (activated && activated <= s.asOf) return [info.t('answers:records.activated-ago', { date: activated, today: s.asOf, span: span(info, s.asOf, activated) })];
    const ended = s.contract === 'expired' ? s.expiresAt?.slice(0, 10) : undefined;
    return ended && ended < s.asOf ? [info.t('answers:records.expired-ago', { date: ended, today: s.asOf, span: span(info, s.asOf, ended) })] : [];
  }
  // Before activation (or when the membership is named) the membership year's end; otherwise the contract's.
  const ofMembership = s.contract === 'not-activated' || /멤버십|membership/i.test(info.text);
  const end = ofMembership ? s.org.membership.endsOn : s.contract === 'expired' ? undefined : s.expiresAt?.slice(0, 10);
  if (!end || end <= s.asOf) return [];
  // "…언제까지 유지되나요?" about the IDs' binding: the contract's end, which answers that don't list the records leave out.
  // (Not activated yet: the same day is the last one to activate.)
  if (!timeLeft) return ofMembership ? [info.t(s.contract === 'not-activated' ? 'answers:records.membership-ends-activate' : 'answers:records.membership-ends', { org: s.org.name, date: end })] : STATES_END.has(ask.topic) ? [] : [info.t('records:note.contract-until', { date: end, state: info.t(`answers:benefits.contract.${s.contract}`, { date: end }) })];
  return [info.t(ofMembership ? 'answers:records.membership-left' : 'answers:records.time-left', { today: s.asOf, date: end, span: span(info, s.asOf, end) })];
}

/** A cloud product picked (then an unavailable Signature plan is not the on-premises listing). */
const CLOUD_PRODUCT = /\bazure\b|애저|dynamics|다이나믹스|power platform/i;

/** The membership asked as a follow-up ("멤버십은요?", "and the membership?"). */
const MEMBERSHIP_TOO = /^\s*(그럼 |and |what about |how about )?(the |our )?(멤버십|membership)(은요|는요|은|는|도요)?\s*[?？]*\s*$/i;
/** Answers that give the contract's end date themselves. */
const STATES_END: ReadonlySet<string> = new Set(['validity', 'remaining-incidents', 'check-benefits', 'plan-expired', 'activate', 'access-id-error', 'current-program', 'renamed']);

/** "How long ago did it expire?", "만료된 지 얼마나 됐어요?". */
export const AGO_ASKED = /\bhow long ago\b|\bhow (many|much) (days|weeks|months|time) ago\b|\b(days|weeks|months) ago\b|\bhow long (has it been|since)\b|(며칠|몇 ?(달|개월|주|일)) ?(전|지났|됐|된)|(만료|끝난|활성화한|활성화된)(된|난)? ?지 ?(얼마|며칠|몇)/i;

/** "What are the exact dates of the renewal window?", "갱신 기간이 언제부터 언제까지": the window (R26-C7), from the anniversary stated or on record. */
const RENEWAL_WINDOW = /\brenewal (window|period|grace)\b|\bwindow to renew\b|갱신 ?(기간|창|유예)/i;
async function renewalWindow(info: TurnInfo, ask: TopicAsk, deps: DialogDeps): Promise<string[]> {
  // "기념일은 9월 30일이에요. 다시 계산해 주세요" right after: the window asked just before.
  if (!saidNowOrJustBefore(info, ask, RENEWAL_WINDOW, 80)) return [];
  const s = await recordsSummary(info, deps.service);
  // A day stated without its year ("기념일이 7월 31일인데") is read in the records' year.
  const anniversary = datesIn(info.text, s ? Number(s.asOf.slice(0, 4)) : undefined)[0]?.date ?? s?.org.membership?.endsOn;
  if (!anniversary) return [];
  return [info.t('answers:records.renewal-window', { from: addDays(anniversary, 1), to: addDays(anniversary, 30), anniversary })];
}

/** Words around a stated date: the membership's start, or the day a support benefit is unlocked. */
const STARTED = /\bstart(s|ed)?\b|\bbegan\b|\bjoined\b|\bsigned up\b|시작|가입/gi;
const UNLOCKED = /\bunlock(s|ed)?\b|\bactivat(e|es|ed|ing)\b|\bredeem(s|ed)? (it|them|the)\b|잠금 ?해제|활성화/gi;
/** Asking for the end ("until when", "last date", "언제까지"). */
const UNTIL_ASKED = /\buntil when\b|\bhow long\b|\blast (date|day)\b|\bdeadline\b|\bby when\b|\bwhen (does|do|will|would) (it|they|that)\b.{0,20}\b(end|expire|run out)|\bexpir|언제까지|기한|마감|만료|종료일/i;
/** Today's rules named ("지금 규칙(13개월/12개월) 기준으로"): they apply to any date the message states. */
const TODAY_RULES = /\b1[23] ?months?\b|1[23] ?개월|\b(current|today'?s|new) (program|rules?)\b|(지금|현재|요즘|새) ?(규칙|프로그램|기준)/i;

/** Which of the two a stated date is, by the nearer of their words (within 50 characters). */
function dateKind(text: string, at: number): 'unlocked' | 'started' | undefined {
  const from = Math.max(0, at - 50);
  const around = text.slice(from, at + 60);
  // Distance from the date's middle ("2026년 9월 1일에 활성화" has its word after it, "started on 1 Feb 2026" before it).
  const middle = at - from + 6;
  const nearest = (re: RegExp) => Math.min(Infinity, ...[...around.matchAll(re)].map((m) => Math.abs(m.index - middle)));
  const unlocked = nearest(UNLOCKED);
  const started = nearest(STARTED);
  return unlocked === Infinity && started === Infinity ? undefined : unlocked < started ? 'unlocked' : 'started';
}

/**
 * "Our membership started on 1 Feb 2026, what's the last date to redeem?", "2026년 9월 1일에 활성화하면 언제까지?":
 * today's rule (R26-C4: redeem within 13 months of the membership's start; a support benefit lasts 12 months
 * from its unlock) applied to the date the message states.
 */
function statedDateRules(info: TurnInfo): string[] {
  if (!UNTIL_ASKED.test(info.text)) return [];
  // Dates of today's program (it began in 2025), or any date when today's rules are named; a 2021 date alone is the 2021 contract's year, which the records answer.
  const todayRules = TODAY_RULES.test(info.text);
  return datesIn(info.text).filter(({ date }) => date >= '2025' || todayRules).slice(0, 2).flatMap(({ date, at }) => {
    const kind = dateKind(info.text, at);
    if (!kind) return [];
    const end = isoDay(addMonths(new Date(`${date}T00:00:00Z`), kind === 'unlocked' ? 12 : 13));
    return [info.t(kind === 'unlocked' ? 'answers:records.unlocked-until' : 'answers:records.redeem-by', { start: date, date: end })];
  });
}

/** Activating again ("다시 활성화하면 되지 않아요?", "reactivate it"). */
const REACTIVATE = /다시 ?활성화|재활성화|활성화(를)? ?(한 ?번 ?더|또|다시)|re-?activat|activate (it |them )?(again|one more time)/i;

/** The turn's words match, or a short follow-up's do in one of the two turns before it ("EMEA예요" after the PMC answer). */
function saidNowOrJustBefore(info: TurnInfo, ask: TopicAsk, pattern: RegExp, maxFollowUp: number): boolean {
  return pattern.test(info.text) || (ask.followUp && info.text.length <= maxFollowUp && info.memory.recent.slice(-3, -1).some((t) => pattern.test(t)));
}

/** An answer with notes added after its own. */
function withNotes(answer: Answer, notes: readonly string[]): Answer {
  return notes.length ? { ...answer, notes: [...(answer.notes ?? []), ...notes] } : answer;
}

/** Partner Center's "Looks like you don't have any benefits yet" (M2), quoted or told. */
const NO_BENEFITS_SEEN = /\bdon'?t have any benefits\b|\bno benefits (yet|at all|show)|혜택이 없/i;

/** Two problems put as one request ("a failover issue AND separately the backup job", "문제 두 개를 한 건으로"). */
const TWO_ISSUES = /\b(and|also) separately\b|\bseparately\b[^.?!]{0,40}\b(fail|issue|problem|broken|error)|\btwo (different |separate |unrelated )?(issues|problems)\b[^.?!]{0,60}\b(one|a single|1) (ticket|case|request|incident)\b|(서로 )?다른 문제[^.?!]{0,20}(한|하나의?) ?(건|티켓|케이스|요청)|(문제|이슈) (두|2) ?(개|가지)[^.?!]{0,20}(한|하나의?) ?(건|티켓|케이스|요청)/i;

/** "Not activated yet", said as what someone told ("아직 활성화 안 됐다던데"). */
const NOT_YET_SAID = /\bnot (been )?activated( yet)?\b|\bhasn'?t been activated\b|\bnobody (has )?activated\b|(아직 )?활성화(가|는|를)? ?(안|못) ?(됐|되었|했|된)/i;

/** An answer with lines put before its text (what the records or the question decide). */
function withLead(answer: Answer, lead: readonly string[]): Answer {
  // (Two reasons to say the same line say it once.)
  return lead.length ? { ...answer, text: [...new Set([...lead, answer.text])].filter(Boolean).join('\n\n') } : answer;
}

/** "How do I use our on-prem incidents?", "클라우드 건은 어디서 열어요?": the one side named, where its requests go, first. */
/** (On today's program the on-premises side is redeemed where today's rule says: Engage Center.) */
function sideOpened(info: TurnInfo, program: Program, catalog: Catalog): string[] {
  const side = scopeAsked(info.text);
  return side === 'on-premises' ? [onPremWhere(info, catalog, program)] : side ? [info.t('answers:info.open-request.cloud-lead', commonValues(program, info.locale))] : [];
}

/** How requests are opened with one side named ("SQL Server 2019, on-premises"): that side's step, not the other ways. */
function sideSteps(info: TurnInfo, answer: Answer): Answer {
  const side = scopeAsked(info.text);
  const [onPrem, cloud, customer, m365] = answer.steps ?? [];
  const step = side === 'on-premises' ? onPrem : side === 'cloud' ? cloud : undefined;
  // (A customer's subscription or Microsoft 365 named beside it keeps that way too.)
  const beside = [...(/\bcsp\b|customer|client|고객/i.test(info.text) && customer ? [customer] : []), ...(/\b365\b|office|teams|exchange online|팀즈/i.test(info.text) && m365 ? [m365] : [])];
  return step ? { ...answer, steps: [step, ...beside] } : answer;
}

/** "그거 온프렘이랑 클라우드 다 합친 거예요? 아님 따로예요?", "one pool or separate?": each count is its own, said first. */
function separateLead(info: TurnInfo, ask: TopicAsk, answer: Answer | undefined): Answer | undefined {
  if (!answer || !SEPARATE_TOPICS.has(ask.topic) || !SEPARATE_ASKED.test(info.text)) return answer;
  const offers = ask.currentOffer || ask.currentOffers?.length || /designation|\bcore\b|expanded|partner (cloud|on-?premises) support|지정|코어|익스팬디드|파트너 클라우드 지원/i.test(info.text);
  return withLead(answer, [info.t(offers ? 'answers:benefits.separate-offers' : 'answers:benefits.separate-sides')]);
}
const SEPARATE_TOPICS: ReadonlySet<string> = new Set(['check-benefits', 'remaining-incidents', 'current-program', 'cloud-competencies']);

/** A competency's kind checked ("데이터 분석은 거기 없는거죠?", "data analytics isn't one of them, right?"). */
const COMPETENCY_CHECKED = /(없는|아닌|있는|맞는) ?(거|게|것)(죠|지요|맞죠|맞나요)|(거기|그 ?중에?|목록에) ?(없|있)|\b(isn'?t|is not|not) (one of them|in (that|the) list|on (that|the) list|a cloud one)\b|\bis (it|that) (one of them|a cloud one|in the list)\b/i;
/** A check asked in the negative ("없는거죠?", "isn't one of them, right?"): a bare yes or no would mislead. */
const ASKED_NEGATIVELY = /(없는|아닌) ?(거|게|것)|(거기|그 ?중에?|목록에) ?없|\b(isn'?t|is not|not)\b/i;
/** The 2021 program's time named ("in 2021", "2021년에", "back then"). */
const IN_2021 = /\b(in|back in|during) 2021\b|2021 ?년(에|엔|도|기준|당시)|\bback (then|in the mpn days)\b/i;
/** Which competencies are the cloud ones, asked ("클라우드 역량이 정확히 뭐뭐에요", "which ones count as cloud competencies?"). */
const CLOUD_LIST_ASKED = /(클라우드 ?역량)[^.?!]{0,12}(뭐|무엇|어떤|어느|종류|목록|리스트)|(어떤|어느|무슨) ?(역량|것)들?이 ?클라우드|\b(which|what)\b[^.?!]{0,25}\b(are|count as|is a|are the) (the )?cloud competenc|\bcloud competencies\b[^.?!]{0,15}\b(are|list)\b[^.?!]{0,10}\b(which|what|exactly)?/i;
/** "Is their competency a cloud one?": the org's own (or the partner's in view). */
const OWN_COMPETENCY = /\b(their|our|my|its) (own )?(competenc(y|ies)|one)\b|(우리|저희|그 ?회사|거기)(의)? ?(회사 )?역량/i;

/** "Is data analytics a cloud competency?": yes or no for each competency named. */
function competencyVerdicts(info: TurnInfo, program: Program, named: readonly string[]): string[] {
  return named.flatMap((id) => {
    const c = program.competencies.find((x) => x.id === id);
    return c ? [info.t(c.cloud ? 'answers:info.cloud-competencies.is-cloud' : 'answers:info.cloud-competencies.is-other', { name: c.name[info.locale] })] : [];
  });
}

/**
 * What the membership (named, or in the records) means for cloud support: Action Pack has none,
 * and a used-up Signature line is hidden by Azure (issue: linking steps would lead into the error).
 */
async function cloudNotes(info: TurnInfo, ask: TopicAsk, deps: DialogDeps): Promise<string[]> {
  const summary = await recordsSummary(info, deps.service);
  const offer = ask.offer ?? summary?.org.membership?.offer;
  if (!offer) return [];
  const program = summary?.program ?? deps.service.catalog.defaultProgram;
  const named = (ask.offer !== undefined && ask.offer !== summary?.org.membership?.offer) || !summary;
  const lines = named ? deps.service.entitlements({ offer, competencies: program.competencies.map((c) => c.id) }, program.id) : summary.lines;
  if (!lines.some((l) => l.benefit.scope === 'cloud')) return [noCloudNote(info, lines)];
  const usedUp = summary && !named && summary.lines.some((l) => l.benefit.scope === 'cloud' && 'remaining' in l && l.remaining.kind === 'count' && l.remaining.left === 0);
  if (!usedUp) return [];
  // The on-premises line is separate: what is left there is still usable.
  const onPrem = summary.lines.find((l) => l.benefit.scope === 'on-premises' && l.remaining.kind === 'count' && l.remaining.left > 0);
  const left = onPrem?.remaining.kind === 'count' ? [info.t('answers:records.on-prem-left', { left: onPrem.remaining.left, total: onPrem.remaining.allowance, benefit: onPrem.benefit.name })] : [];
  const used = summary.lines.find((l) => l.benefit.scope === 'cloud' && l.allowance.kind === 'count');
  return [info.t('answers:records.cloud-used-up', { total: used?.allowance.kind === 'count' ? used.allowance.count : 0 }), ...left];
}

/** "Do we have to pay extra for them?": nothing, for what the membership holds (named from the records when known). */
async function noExtraCost(info: TurnInfo, deps: DialogDeps): Promise<string[]> {
  if (!EXTRA_COST.test(info.text)) return [];
  const s = await recordsSummary(info, deps.service);
  const offer = s?.program.offers.find((o) => o.id === s.org.membership?.offer)?.name[info.locale] ?? info.t('answers:benefits.your-membership');
  return [info.t('answers:benefits.no-extra-cost', { offer })];
}

/** "when that runs out do we have to buy paid support?" after one line's balance: the company's other lines that still hold incidents, first. */
async function stillHeld(info: TurnInfo, deps: DialogDeps): Promise<string[]> {
  if (!/\bwhen (that|it|this|those|they) (runs?|run) out\b|\bonce (that|it|this|those) (is|are) (gone|used up)\b|(그거|그것|이거|그 ?\d{1,2} ?(건|개)?) ?(다 ?(쓰면|써도)|소진되면)/i.test(info.text)) return [];
  const s = await recordsSummary(info, deps.service);
  const side = scopeAsked(info.memory.recent.at(-2) ?? '') ?? scopeAsked(info.text);
  const onSide = (s?.lines ?? []).filter((l) => !side || l.benefit.scope === side);
  const held = onSide.filter((l) => l.remaining.kind !== 'count' || l.remaining.left > 1);
  // ("실버인데 클라우드 티켓은 몇 개?" → "그럼 그거 다 쓰면 어떻게 돼요?": the one line of that side is the one running out.)
  return held.length && onSide.length > 1 ? [info.t('answers:records.still-held', { lines: linesInShort(info, held) })] : [];
}

/** Whether the asker's org is on today's program (its answers lead with today's rules). */
async function onCurrentProgram(info: TurnInfo, deps: DialogDeps): Promise<boolean> {
  return (await recordsSummary(info, deps.service))?.program.id === currentProgram(deps.service.catalog).id;
}

/** "Your Microsoft Product Support (on-premises): 15 of 15 left." for an org with an active contract. */
async function onPremBalance(info: TurnInfo, deps: DialogDeps): Promise<string[]> {
  const s = await recordsSummary(info, deps.service);
  const line = s?.contract === 'valid' || s?.contract === 'not-activated' ? s.lines.find((l) => l.benefit.scope === 'on-premises') : undefined;
  if (line?.remaining.kind !== 'count') return [];
  // Before activation: what activating makes usable ("저희 Action Pack인데 온프레미스 요청 열 수 있나요?").
  if (s?.contract === 'not-activated') return [info.t('answers:records.on-prem-once-activated', { total: line.remaining.allowance, benefit: line.benefit.name })];
  return [info.t('answers:records.on-prem-balance', { left: line.remaining.left, total: line.remaining.allowance, benefit: line.benefit.name })];
}

/** The answer for one topic, or undefined when a dialog took the turn (it answers itself). */
/** "We", "우리" in this message, or in the one before a short follow-up ("and on-prem?"). */
const OWN_WORDS = /\b(we|our|us)\b|우리|저희/i;
const THEIR_WORDS = /\b(they|their|them)\b|그쪽|거기|그 회사/i;

/** The asker's own lines when their org is on today's program and they speak of themselves (or name no other offer): beside today's rules. */
async function ownCurrentLines(info: TurnInfo, deps: DialogDeps, nothingElseNamed: boolean, heldOffer?: string): Promise<AnswerFact[]> {
  // Support staff speak of the partner in view as "they".
  const own = info.memory.focusOrg && !info.user?.orgId ? THEIR_WORDS : OWN_WORDS;
  const ownThread = nothingElseNamed || own.test(info.text) || (info.text.length <= 40 && own.test(info.memory.recent.at(-2) ?? ''));
  // ("온프렘 Exchange 문의하려는데 Partner Success Core에도 온프레미스 인시던트 있어요?" from an org that holds Core: its own lines too.)
  const summary = ownThread || heldOffer ? await recordsSummary(info, deps.service) : undefined;
  const m = summary?.org.membership;
  if (!ownThread && !(heldOffer && m && heldOffers(m).includes(heldOffer))) return [];
  return summary?.program.multipleOffers ? orgLineFacts(info, summary) : [];
}

async function topicAnswer(dc: DialogContext, ask: TopicAsk, deps: DialogDeps): Promise<Answer | undefined> {
  const info = turnInfo(dc.context);
  const program = deps.service.catalog.defaultProgram;
  // "Ok what do we do?", "그럼 이제 뭐 해야 돼요?" after a balance, the validity or the IDs, with the contract expired: the expired plan's way forward.
  if (AFTER_EXPIRY_TOPICS.has(ask.topic) && !ask.aspect && (WHAT_TO_DO.test(info.text) || USE_NOW.test(info.text) || (ask.topic === 'validity' && STILL_VALID.test(info.text))) && info.text.split(/\s+/).length <= 8 && (await recordsSummary(info, deps.service))?.contract === 'expired') return topicAnswer(dc, { ...ask, topic: 'plan-expired' }, deps);
  // "What sections does the article have? Where is it?": the source article itself (title, address, date, outline).
  if (ask.aspect === 'source') return sourceArticleAnswer(info, program);
  switch (ask.topic) {
    case 'check-benefits':
      // "Why 18? Gold should be 20": a number doubted is the org's balance, explained by what was used.
      if (ask.aspect === 'why' && recordsOrgId(info) && (NUMBER.test(info.text.replace(YEAR_WORDS, ' ')) || /expir|만료/i.test(info.text))) return incidentsAnswer(info, deps.service, 'why');
      // "And for us?" from a chat account no org knows: say so (the balance answer does).
      // ("do we still get unlimited signature like before? we had gold": the past membership said, when the records can't answer.)
      if (ask.aspect === 'own' && !recordsOrgId(info) && !(PAST_MEMBERSHIP.test(info.text) && ask.offer)) return incidentsAnswer(info, deps.service, undefined);
    {
      // (The membership said to be a past one is not today's: the records' own, when there are records.)
      const past = ask.aspect === 'own' && PAST_MEMBERSHIP.test(info.text);
      const benefits = await benefitsAnswer(info, deps.service, { offer: past && recordsOrgId(info) ? undefined : ask.offer, offers: ask.offers, competencies: ask.competencies, aspect: ask.aspect === 'why' || ask.aspect === 'cloud' || ask.aspect === 'get' ? ask.aspect : undefined });
      // "Can they still open an Exchange on-prem ticket?": the lines, and where requests are opened.
      // "Explain on-prem vs cloud like I'm 5": the two kinds in plain words first.
      // "Is Dynamics 365 covered by Signature too?": yes, a cloud product like Azure (R21-C2).
      const dynamics = /dynamics|다이나믹스|\bd365\b/i.test(info.text) && CLOUD_WORD.test(info.text) ? [info.t('answers:benefits.dynamics-covered')] : [];
      // "데이터 분석은 거기 없는거죠? 그럼 몇건이에요": whether the competency named is a cloud one, confirmed first.
      const verdict = ask.aspect !== 'cloud' && ask.competencies.length && COMPETENCY_CHECKED.test(info.text) ? competencyVerdicts(info, program, ask.competencies).map((v) => (ASKED_NEGATIVELY.test(info.text) ? v.replace(/^(아니요|No)[,:.]?\s*/, '') : v)) : [];
      const led = withLead(withNotes(benefits, whereOpen(info, program)), [...verdict, ...(ON_PREM_MEANING.test(info.text) ? [info.t('answers:benefits.on-prem-meaning')] : []), ...dynamics]);
      // "…클라우드 지원 무제한 맞죠? 클라우드 역량이 정확히 뭐뭐에요": the cloud competencies listed too.
      const list = CLOUD_LIST_ASKED.test(info.text) ? infoAnswer('cloud-competencies', program, info) : undefined;
      const answer = list ? { ...led, text: [led.text, list.text].filter(Boolean).join('\n\n'), facts: [...(led.facts ?? []), ...(list.facts ?? [])] } : led;
      // "실버에요" typed after "how many on-prem left?" from an account no org knows: the count a year, and where the balance is read.
      const whereLeft = ask.offer && info.memory.last?.topic === 'remaining-incidents' && !recordsOrgId(info) ? [info.t('answers:incidents.how.text')] : [];
      return ask.offer ? withNotes(answer, whereLeft) : activatorsForStaff(info, answer, deps, true);
    }
    case 'access-id-error':
      // "Can I fix it myself?" when the contract is expired or used up: the next one is activated, by the roles that may.
      if (ask.aspect === 'self' && info.memory.triage?.leaf === 'contract-invalid') return idsOrActivation(dc, { ...ask, topic: 'activate', aspect: 'roles' }, deps);
      if (ask.aspect === 'self' && info.memory.triage?.leaf === 'activate-first') return idsOrActivation(dc, { ...ask, topic: 'activate', aspect: 'pushback' }, deps);
      return accessIdError(info, { ...ask, aspect: ask.aspect === 'self' ? undefined : ask.aspect }, deps);
    case 'current-program': {
      // "Core 쪽은?" after an org's balance or records: that org's line for the offer it holds.
      const held = ask.currentOffer && OFFER_ONLY.test(info.text) && ['remaining-incidents', 'check-benefits'].includes(info.memory.last?.topic ?? '') ? await recordsSummary(info, deps.service) : undefined;
      const m = held?.org.membership;
      if (m && held?.program.multipleOffers && heldOffers(m).includes(ask.currentOffer ?? '')) return incidentsAnswer(info, deps.service, undefined, ask.currentOffer);
      // "Our designation gives unlimited cloud, right?" then "and on-prem?" from an org on today's program: its own lines too.
      const ours = await ownCurrentLines(info, deps, !ask.currentOffer, ask.currentOffer);
      // "No benefits yet, what do we buy?": first what the records say of the message (no membership, or not activated).
      // "저희 Silver 멤버십 환불 받을 수 있나요?": how long the records say the membership has been held decides the refund.
      const boughtOn = MONEY_BACK.test(info.text) ? (await recordsSummary(info, deps.service))?.org.membership?.startsOn : undefined;
      const heldDays = boughtOn ? timeBetween(boughtOn, deps.service.today()).days : undefined;
      // "how many incidents did Partner Success Expanded give in 2021?": it didn't exist yet, said first.
      const since = ask.currentOffer && IN_2021.test(info.text) ? timelineEntry(ask.currentOffer === 'solutions-partner' ? 'cloud-partner-program' : 'action-pack-retired') : undefined;
      const notYet = since && ask.currentOffer ? [info.t('answers:current.not-in-2021', { offer: currentProgram(deps.service.catalog).offers.find((o) => o.id === ask.currentOffer)?.name[info.locale] ?? '', date: since.date })] : [];
      const today = withLead(currentProgramAnswer(info, deps.service.catalog, ask, heldDays), [...notYet, ...(ask.aspect === 'own' ? await recordsLead(info, deps, { problemsOnly: true }) : [])]);
      // An org whose contract is already activated is not told to activate first.
      const activated = ours.length && (await recordsSummary(info, deps.service))?.contract === 'valid';
      const notes = (today.notes ?? []).filter((n) => !activated || n !== activateFirstNote(info, deps.service.catalog));
      return ours.length ? { ...today, notes, facts: [...(today.facts ?? []), ...ours] } : today;
    }
    case 'renamed': {
      // "2026년 기준으로는 역할 이름 뭐로 바뀜?" after "MPN 파트너 관리자가 활성화했잖아요": the role said the turn before.
      const roleBefore = !ask.offer && !ask.renames?.length && /역할|\broles?\b|관리자|\badmins?\b/i.test(info.text) ? renamesIn(info.memory.recent.at(-2) ?? '').filter((r) => r.kind === 'role') : [];
      if (roleBefore.length) ask = { ...ask, renames: roleBefore.map((r) => r.id) };
      // "What's that called today?" about the org's own benefits: its 2021 membership.
      const own = !ask.offer && !ask.renames?.length ? (await recordsSummary(info, deps.service))?.org.membership : undefined;
      if (own && own.program === deps.service.catalog.defaultProgram.id) ask = { ...ask, offer: own.offer };
      const answer = renamedAnswer(info, deps.service.catalog, ask);
      // "What do we have instead of Gold?" from an org on today's program: what it holds now.
      // A 2021 membership's new name comes with what it gave then (also beside the dates, when the counts are asked).
      const was = ask.offer && (!answer.facts?.length || /how many|몇/i.test(info.text)) ? offerFacts(info, deps.service, ask.offer) : [];
      const then = was.length ? { ...answer, facts: answer.facts?.length ? [...was, ...answer.facts] : was } : answer;
      // "What do we have on the current program?" from an org on it: what it holds, not the list of names.
      if (own && own.program !== deps.service.catalog.defaultProgram.id && OWN_WORDS.test(info.text) && !ask.offer && !ask.renames?.length && !NEW_NAME_ASKED.test(info.text) && !/\bcalled\b|\bnamed?\b|\bterms\b|이름|명칭|불렀|뭐라고/i.test(info.text)) return benefitsAnswer(info, deps.service, { competencies: [] });
      const ours = own && own.program === deps.service.catalog.defaultProgram.id ? [] : await ownCurrentLines(info, deps, !ask.currentOffer);
      // "What's the partner admin role called today, and does Global admin still work?": who activates today, too.
      const activates = ask.renames?.includes('partner-admin') ? currentRules(deps.service.catalog, info, ['R26-V1']) : [];
      return withNotes(ours.length ? { ...then, facts: [...(then.facts ?? []), ...ours] } : then, activates);
    }
    case 'remaining-incidents':
      // "We're Gold, so 20 right?" from someone the records don't know: what that membership gives.
      // ("실버면 20건이죠? 4건 썼으니 16건 남은 거 맞죠?": that membership's count, worked out with the requests said.)
      if ((ask.aspect === 'why' || statesUse(info.text)) && ask.offer && !recordsOrgId(info)) return benefitsAnswer(info, deps.service, { offer: ask.offer, competencies: ask.competencies });
    {
      const left = await incidentsAnswer(info, deps.service, ask.aspect === 'why' || ask.aspect === 'history' || ask.aspect === 'after' ? ask.aspect : undefined, ((ONE_OFFER_ASKED.test(info.text) && !OTHER_LINES.test(info.text) && info.text.split(/\s+/).length <= 8) || (ask.aspect === 'after' && ONE_OFFER_ASKED.test(info.text))) && (ask.currentOffers?.length ?? 0) <= 1 ? ask.currentOffer : undefined);
      // "근데 시그니처는 왜 사용할수 없는 지원플랜에 떠있어요? 만료된거에요?": expected with an on-premises product picked, said first.
      if (SIGNATURE_UNAVAILABLE.test(info.text) && !CLOUD_PRODUCT.test(info.text)) left.text = [info.t('answers:incidents.signature-unavailable-expected', commonValues(program, info.locale)), left.text].filter(Boolean).join('\n\n');
      // "How many on-prem left, and what's that benefit called nowadays?": the balance, then today's name.
      const renames = NEW_NAME_ASKED.test(info.text) ? [...(ON_PREM.test(info.text) || !CLOUD_WORD.test(info.text) ? ['product-support'] : []), ...(CLOUD_WORD.test(info.text) || !ON_PREM.test(info.text) ? ['signature'] : [])] : [];
      if (!renames.length) return left;
      const renamed = renamedAnswer(info, deps.service.catalog, { ...ask, topic: 'renamed', renames, offer: undefined });
      return { ...left, notes: [...(left.notes ?? []), `${renamed.title}: ${(renamed.text ?? '').split('\n')[0]}`] };
    }
    case 'get-ids':
    case 'activate':
      return idsOrActivation(dc, ask, deps);
    case 'human':
      await handoff(dc, deps);
      return undefined;
    case 'cancel':
      return infoAnswer('nothing-to-cancel', program, info);
    case 'cloud-competencies': {
      // "Is their competency a cloud one?", "우리 역량은 클라우드예요?": the records' competencies, when none is named.
      const held = !ask.competencies.length && OWN_COMPETENCY.test(info.text) ? ((await recordsSummary(info, deps.service))?.org.membership?.competencies ?? []) : [];
      // "Security is a cloud competency, so why doesn't the Signature plan show?": what the records say stands in the way (expired, used up, not activated) comes first.
      const missing = await missingPlanRecords(info, ask, deps);
      // ("Security is a cloud competency, so our cloud support is unlimited. Can I open an Azure ticket today?": what the records say of the contract too.)
      const opening = !missing.length && /\bcan (i|we) (still |now )?(open|file|raise)\b|열어도 ?(되|돼)|열 ?수 ?있/i.test(info.text) ? await recordsLead(info, deps, { problemsOnly: true }) : [];
      return withLead(infoAnswer('cloud-competencies', program, info), [...missing, ...opening, ...competencyVerdicts(info, program, ask.competencies.length ? ask.competencies : held)]);
    }
    case 'link-azure': {
      // Dynamics and Power Platform have their own place to add the contract (today's rule says where).
      const onCurrent = await onCurrentProgram(info, deps);
      const today = asksToday(info.text) || OTHER_CLOUD_PORTALS.test(info.text) || onCurrent ? currentRules(deps.service.catalog, info, CURRENT_LEAD['link-azure'] ?? []) : [];
      // An expired, used-up or not activated contract is why linking won't help: say so first.
      // ("do i need christie to activate something before i can link our ids in azure?": the activation on record, whatever it is.)
      const problems = await recordsLead(info, deps, { problemsOnly: true });
      const records = problems.length || !ACTIVATION_WORD.test(info.text) ? problems : await recordsLead(info, deps);
      // "I already added our contract in SfB, do I need to link in Azure too?": no, said first.
      const sfbDone = SFB_ADDED.test(info.text) ? [info.t('answers:azure-error.sfb-serves-azure')] : [];
      // An expired or used-up contract: Azure hides it, so linking it again won't bring it back.
      // "Partner Launch만 있는 파트너가 애저에서 연결 가능한가요?": Launch has no support incidents, so nothing to link.
      const launch = ask.currentOffer === 'partner-launch' || ask.currentOffers?.includes('partner-launch') ? [info.t('answers:launch-nothing-to-link')] : [];
      const stuck = records.length > 0 && (await recordsSummary(info, deps.service))?.contract === 'expired' ? [info.t('answers:azure-error.plan-missing.contract-invalid')] : [];
      const linked = withLead(infoAnswer('link-azure', program, info), [...launch, ...sfbDone, ...today, ...records, ...stuck, ...(await cloudNotes(info, ask, deps))]);
      // ("그럼 Azure 건이면?" about a partner: the cloud lines it would use, with their counts.)
      const held = await recordsSummary(info, deps.service);
      const cloudLines = held?.lines.filter((l) => l.benefit.scope === 'cloud') ?? [];
      const answer = held && cloudLines.length ? { ...linked, facts: [...(linked.facts ?? []), ...orgLineFacts(info, { program: held.program, lines: cloudLines })] } : linked;
      // ("SfB에 계약 추가 다시 해야 돼요? 제 계정으로 전에 한 번 넣긴 했는데": whether the asker's own account is linked already.)
      return info.user?.orgId !== undefined && AGAIN_ASKED.test(info.text) ? linkedAccounts(info, answer, deps) : answer;
    }
    case 'register-ids':
      await dc.beginDialog(GET_IDS, { register: true } satisfies GetIdsOptions);
      return undefined;
    case 'ticket-status': {
      // "/status" with no ticket open: the company's own status is what is asked (or that the chat account has no company on record).
      const ownStatus = !/ticket|request|case|escalat|티켓|요청|문의|케이스/i.test(info.text);
      const sendOwn = async () => {
        const own = await topicAnswer(dc, { ...ask, topic: 'check-benefits', aspect: 'own' }, deps);
        if (own) await deps.send(dc, recordsOrgId(info) ? own : withLead(own, [info.t('answers:incidents.unknown-org')]));
      };
      await ticketStatus(dc, deps, ownStatus ? sendOwn : undefined);
      return undefined;
    }
    case 'ids-usage': {
      // "Once per year in the current program?", or an org on today's program: today's linking rule first.
      // "Where did we enter it … is that the same today?": where today's program redeems, too.
      const today = CURRENT.test(info.text) || (await onCurrentProgram(info, deps)) ? currentRules(deps.service.catalog, info, ['R26-V4', 'R26-V3', ...(/\bwhere\b|\bwhich (site|portal|website)\b|어디|(어느|어떤|무슨) ?(사이트|포털|곳)/i.test(info.text) ? ['R26-V5'] : [])]) : [];
      // "Do I have to activate again for the new engineers?": whether (when, by whom) it is activated.
      // "Do I enter the IDs again? I already used them in Support for Business" while asking about Azure: the SfB link serves Azure too.
      const azureThread = /azure|애저/i.test(`${info.memory.recent.at(-2) ?? ''} ${info.text}`);
      const sfbDone = SFB_ADDED.test(info.text) && azureThread ? [info.t('answers:azure-error.sfb-serves-azure')] : [];
      // "Do I need a role to add the contract?": no, only activating does.
      const noRole = ROLE_TO_ENTER.test(info.text) ? [info.t('answers:info.no-role-to-enter')] : [];
      // "Can we use our IDs for Azure tickets?" from an org without a cloud line (Action Pack): no, only on-premises.
      const noCloud = CLOUD_NAMED.test(info.text) ? withoutCloudLine(info, await recordsSummary(info, deps.service)) : [];
      const answer = withLead(infoAnswer('ids-usage', program, info), [...noCloud, ...noRole, ...sfbDone, ...today, ...(await recordsLead(info, deps, { problemsOnly: !ACTIVATION_WORD.test(info.text) }))]);
      // "When?" right after the links: the same list (it has the dates).
      // "그럼 ID 또 넣어야 돼요?", "do I have to type in the IDs?": whether the asker's own account is among them.
      const again = info.user?.orgId !== undefined && AGAIN_ASKED.test(info.text);
      // ("when did i even do that lol" right after the links: the same list, it has the dates.)
      const before = info.memory.recent.at(-2) ?? '';
      const aboutLinks = again || LINKS_ASKED.test(info.text) || (ask.followUp && (/^\s*(when|since when|언제)/i.test(info.text) || /\bwhen did (i|we|he|she|they)\b|언제 ?(했|연결했|등록했|넣었)/i.test(info.text)) && (LINKS_ASKED.test(before) || AGAIN_ASKED.test(before)));
      if (aboutLinks) return linkedAccounts(info, answer, deps);
      // "Separate IDs for each of my 4 engineers? 15 each?": one pair for the company, and its incidents are the company's.
      if (PER_PERSON.test(info.text)) {
        const summary = await recordsSummary(info, deps.service);
        return { ...withLead(answer, [info.t('answers:info.ids-shared')]), facts: [...(answer.facts ?? []), ...(summary ? orgLineFacts(info, summary) : [])] };
      }
      return WHO_ASKED.test(info.text) ? idHolders(info, answer, deps) : answer;
    }
    default: {
      // An org on today's program gets today's rule first (where it redeems, what it may use), whatever the words.
      const onCurrent = await onCurrentProgram(info, deps);
      const { lead: today, notes: now } = todayRules(deps.service.catalog, info, CURRENT_NOTES[ask.topic] ?? [], CURRENT_LEAD[ask.topic] ?? [], onCurrent);
      // A plan that can't be used: what the records say about this org's contract and cloud lines.
      const records =
        // "Is our contract still valid?" with an expired one: why, and what brings the next one.
        // ("signature is used up so our whole contract is expired now right?": the on-premises line is still there.)
        ask.topic === 'validity' ? [...(await recordsLead(info, deps, { why: true })), ...(USED_UP_SAID.test(info.text) && CLOUD_WORD.test(info.text) ? await onPremBalance(info, deps) : [])]
        : ask.topic === 'plan-expired' ? [...(await recordsLead(info, deps, { why: ask.aspect === 'why', again: true, membership: /membership|멤버십/i.test(info.text) })), ...(await cloudNotes(info, ask, deps))]
        // "Exchange 2019 broke, can we still get partner support?": what stands in the way (the on-premises balance is a note).
        // "Not authorized" / "no benefits yet": what the org holds and whether (when, by whom) it is activated.
        : ask.topic === 'no-benefits' || ask.topic === 'not-authorized' ? await recordsLead(info, deps, { membership: true })
        : ask.topic === 'supported-products' ? await recordsLead(info, deps, { problemsOnly: true })
        // "Cloud incidents used up, what can we buy?": the used-up line (and the on-premises one still usable) first.
        : ask.topic === 'paid-plans' ? [...(await noExtraCost(info, deps)), ...(await stillHeld(info, deps)), ...(await cloudNotes(info, ask, deps))]
        // "How do I open a ticket?": what stands in the way first (not activated, expired, no cloud line or none left).
        // ("do we get invoiced for it or is it already paid for in the membership?": nothing extra, said first.)
        : ask.topic === 'open-request' ? [...(await noExtraCost(info, deps)), ...(await recordsLead(info, deps, { problemsOnly: true })), ...(await cloudNotes(info, ask, deps)), ...sideOpened(info, (await recordsSummary(info, deps.service))?.program ?? program, deps.service.catalog)]
        // "Can I use it with my Microsoft account?" when nothing is activated yet: that comes first.
        // ("그럼 Azure 클라우드 지원도 이 개인계정으로 되나요?" from a company without a cloud line: there is none, whatever the account.)
        : USAGE.has(ask.topic) ? [...(await recordsLead(info, deps, { problemsOnly: !ACTIVATION_WORD.test(info.text) })), ...(ask.topic === 'msa-allowed' && CLOUD_WORD.test(info.text) ? await cloudNotes(info, ask, deps) : [])]
        : [];
      // "Do the IDs change when we renew?": not documented (facts.md §5.14), with what is.
      // "멤버십 갱신을 깜빡해서 만료됐는데 예전 ID로 아직 열 수 있어요?": lapsed, the benefits are gone, said first; "renewing a week late?": the renewal window.
      const lapse = ask.topic === 'validity' ? [...(MEMBERSHIP_LAPSED.test(info.text) ? [info.t('answers:benefits.lapsed-lost')] : RENEWED_LATE.test(info.text) ? [info.t('answers:benefits.renewal-window')] : [])] : [];
      const renewal = ask.topic === 'validity' && RENEWAL_IDS.test(info.text) && !lapse.length ? notDocumentedAnswer(info, deps.service.catalog, 'renewal-ids') : undefined;
      if (renewal) return withLead(renewal, records);
      // "Eligible? Which portal?": where requests are opened, beside the products rule.
      const balance = ask.topic === 'supported-products' ? [...(await onPremBalance(info, deps)), ...whereOpen(info, program)] : [];
      // "Can the 5 Signature incidents be used for on-premises products too?": no, said first.
      // ("Can we use our Signature pack for it instead?" after an on-premises product's message: the same, and what the records say of that pack.)
      const signatureAsked = ask.topic === 'supported-products' && /signature|시그니처|partner cloud support|파트너 클라우드 지원/i.test(info.text) && (ON_PREM.test(info.text) || info.memory.last?.topic === 'supported-products');
      const cloudOnly = signatureAsked ? [info.t('answers:benefits.signature-not-on-prem'), ...(await cloudNotes(info, ask, deps))] : [];
      // "Opened the same problem twice, are both deducted?": one problem is one incident, and a duplicate is given back.
      const refund = ask.topic === 'incident-definition' && SAME_TWICE.test(info.text) ? currentRules(deps.service.catalog, info, ['R26-C1']) : [];
      // "a failover issue AND separately the backup job … thats one ticket right since its the same server?": no, two.
      const split = ask.topic === 'incident-definition' && TWO_ISSUES.test(info.text) && !SAME_TWICE.test(info.text) ? [info.t('answers:info.incident-definition.two-issues')] : [];
      // "We renewed Action Pack every year, now in 2026 it says no benefits": that offer ended (and what replaced it) comes first.
      const ended = ask.topic === 'no-benefits' && ask.offer && LATER_YEARS.test(info.text) ? [nowCalledNote(ask.offer, info, deps.service.catalog) ?? ''] : [];
      // "We're CSP only, no MPN membership: any free incidents?": incidents come with a membership offer (and CSP gives none of its own).
      const unheld = ask.topic === 'paid-plans' && NO_MEMBERSHIP.test(info.text) ? [info.t('answers:benefits.without-membership'), ...(/\bcsp\b|cloud solution provider/i.test(info.text) ? [info.t('answers:benefits.csp-no-incidents')] : [])] : [];
      // ("i opened the same issue twice, do we lose 2?": the refund is the answer, said first.)
      const twice = OPENED_TWICE.test(info.text);
      const base = infoAnswer(ask.topic as InfoTopic, program, info);
      const led = withLead(withNotes(ask.topic === 'open-request' ? sideSteps(info, base) : base, [...now, ...balance, ...(twice ? [] : refund)]), [...split, ...lapse, ...(twice ? refund : []), ...unheld, ...cloudOnly, ...ended, ...today, ...records]);
      // "Which plan do I pick?": the org's plans by name, as the portal lists them.
      const plans = ask.topic === 'open-request' && PLAN_PICK.test(info.text) ? await recordsSummary(info, deps.service) : undefined;
      const answer = plans?.lines.length ? { ...led, facts: [...(led.facts ?? []), ...orgLineFacts(info, plans)] } : led;
      const why = ask.aspect === 'why' ? info.t(`answers:why.${ask.topic}`, { defaultValue: '' }) : '';
      if (ask.topic === 'csp-customer') return cspAnswer(info, ask, answer, deps);
      // "Why can't I open the benefits page?" from an account on the CSP side only: that is why (R21-A2).
      // ("Looks like you don't have any benefits yet" pasted from that account: the message they saw, why, and what the company holds.)
      if (ask.topic === 'no-benefits' && info.user?.scope === 'csp-only') return NO_BENEFITS_SEEN.test(info.text) ? withLead(answer, [info.t('answers:why.not-authorized')]) : withLead(infoAnswer('not-authorized', program, info), records);
      // "Then who in our company can give me the IDs?" after "not authorized": the colleagues who see them.
      if (ask.topic === 'not-authorized' && WHO_ASKED.test(info.text)) return idHolders(info, answer, deps);
      // "Can I pay for a single case with my work account?": the one place a work account is not enough.
      // "No" answers a work account, "yes" a Microsoft account ("I only have my outlook.com MSA … can I buy one?"), the rule alone anything else.
      const workAccount = /(?<!\b(no|not an?|without an?|don'?t have an?) )\bwork (account|id)|\b(azure ad|entra|aad)\b|(회사|업무) ?계정(?!이 ?아닌|은 ?없|이 ?없)/i.test(info.text);
      if (ask.topic === 'msa-allowed' && BUYING.test(info.text)) return { ...answer, title: info.t(workAccount ? 'answers:msa-purchase.title' : MSA_NAMED.test(info.text) ? 'answers:msa-purchase.title-yes' : 'answers:msa-purchase.title-neutral'), text: info.t('answers:msa-purchase.text') };
      const full = why ? { ...answer, text: `${why}\n\n${answer.text ?? ''}`.trim() } : answer;
      return USAGE.has(ask.topic) ? activatorsForStaff(info, full, deps) : full;
    }
  }
}

/** Carries out a routing decision: answers the topic (or offers candidates, or the fallback) and remembers what it was about. */
export async function route(dc: DialogContext, decision: TurnDecision, recognition: Recognition, deps: DialogDeps): Promise<void> {
  const info = turnInfo(dc.context);
  const program = deps.service.catalog.defaultProgram;
  if (decision.kind === 'did-you-mean') return deps.send(dc, didYouMean(recognition.alternatives, info));
  // "can't you just look us up? Adventure Works Cycles" after a records question, from a chat account no org knows: that question again (it says why not).
  const lastOwn = info.memory.last?.topic;
  if (decision.kind === 'fallback' && lastOwn && !info.user?.orgId && !deps.staff.isStaff(info.user) && (await orgsNamed(info, deps)).length) {
    const topic = OWN_RECORDS.has(lastOwn) && isIntentId(lastOwn) ? lastOwn : 'check-benefits';
    return route(dc, { kind: 'answer', ask: { topic, competencies: [], facts: {}, followUp: topic === lastOwn } }, recognition, deps);
  }
  if (decision.kind === 'fallback') {
    if (info.text) await deps.staff.recordUnanswered(info.text, info.locale);
    // "thx that helped a lot!! btw what's the weather like?": the thanks is what can be answered.
    return deps.send(dc, infoAnswer(thanksLead(info.text) ? 'thanks' : 'fallback', program, info));
  }
  const { ask } = decision;
  const answer = separateLead(info, ask, await topicAnswer(dc, ask, deps));
  if (ask.topic !== 'help' && ask.topic !== 'cancel') {
    const previous = info.memory.last;
    const before = previous && previous.topic !== ask.topic ? previous.topic : previous?.before;
    // "We're Gold right?" answered with the records' Action Pack: the conversation goes on about what the company holds.
    // A membership claimed that the records correct stays corrected: the records' offer, or none when they hold no active one.
    const records = ask.topic === 'check-benefits' && ask.offer && CLAIMS_OWN.test(info.text) ? await recordsSummary(info, deps.service) : undefined;
    const held = records?.org.membership?.offer;
    const offer = records && (!held || !records.membershipActive) ? undefined : (held ?? ask.offer);
    // What the partner said they hold goes too ("are you sure? we bought it" is about their records, not the claimed offer).
    if (records && held !== ask.offer && info.memory.profile?.offer) {
      const { offer: _claimed, ...rest } = info.memory.profile;
      info.memory.profile = offer ? { ...rest, offer } : rest;
    }
    // A what-if asked again ("and if none get refunded?") keeps the side of the one before.
    const scope = ask.topic === 'remaining-incidents' || ask.topic === 'check-benefits' || ask.topic === 'supported-products' ? (scopeAsked(info.text) ?? (ask.aspect === 'after' && previous?.topic === 'remaining-incidents' ? previous.scope : undefined)) : undefined;
    // The requests said to be used ("used 7 on-prem so far"), kept through suppositions about other memberships.
    const usedKept = ask.topic === 'remaining-incidents' || ask.topic === 'check-benefits' ? (usedSaid(info.text) ?? (SUPPOSED_OFFER.test(info.text) ? previous?.used : undefined)) : undefined;
    const keptScope = scope ?? (usedKept !== undefined && previous?.used !== undefined ? previous.scope : undefined);
    info.memory.last = { topic: ask.topic, ...(keptScope ? { scope: keptScope } : {}), ...(ask.aspect === 'history' || (ask.topic === 'remaining-incidents' && USED_ASKED.test(info.text)) ? { aspect: 'history' as const } : ask.topic === 'check-benefits' && ask.aspect === 'cloud' ? { aspect: 'cloud' as const } : {}), ...(offer ? { offer } : {}), ...(ask.offers && ask.offers.length > 1 ? { offers: ask.offers } : {}), ...(ask.topic === 'renamed' && ask.renames?.length ? { renames: ask.renames } : {}), ...(ask.topic === 'current-program' && ask.currentOffer && !ask.currentOffers?.length ? { currentOffer: ask.currentOffer } : {}), ...(ask.topic !== 'remaining-incidents' && LEFT_BESIDE.test(info.text) ? { countAsked: true } : {}), ...(ask.topic === 'remaining-incidents' && ask.aspect === 'after' ? { more: moreAsked(info), ...lineKept(info) } : {}), ...(usedKept !== undefined ? { used: usedKept } : {}), competencies: ask.competencies, facts: ask.facts as Record<string, string>, ...(before ? { before } : {}) };
  }
  // "…, right?": yes, or what is wrong in what the partner stated, before the answer.
  const led = answer ? withNotes(withLead(answer, [...(await otherOrgLead(info, ask, deps)), ...(await verdictLead(info, program, ask, deps)), ...(await premiseLead(info, ask, deps)), ...(await missingPlanLead(info, ask, deps)), ...(await noCloudLead(info, ask, deps)), ...(await balanceMeantLead(info, ask, deps)), ...(await datesLead(info, ask, deps)), ...(await rateLead(info, ask, deps)), ...unlimitedLead(info), ...openingLead(info, ask), ...ruleLeads(info, ask, deps), ...(LOGIN_SHARED.test(info.text) ? [info.t('answers:ids.no-login-sharing', commonValues(program, info.locale))] : []), ...(ask.topic === 'ids-usage' && POST_IDS_SHARED.test(info.text) && !asksBotToPost(info.text) ? [info.t('answers:ids.no-shared-channel')] : []), ...advisoryLead(info, ask, deps), ...(BILLING_LEADS.has(ask.topic) ? await billingRules(info, ask, deps) : [])]), await sideQuestions(info, ask, deps)) : undefined;
  const named = led ? await activatorsForMember(info, withKoreanNames(info, program, ask.topic, led), deps) : undefined;
  if (named) await deps.send(dc, ask.related?.length && !named.choices?.length ? { ...named, choices: relatedChoices(ask.related, info) } : named);
}

/** The orgs a message names by id or name (not by the people in them). */
function orgsNamed(info: TurnInfo, deps: DialogDeps): Promise<Org[]> {
  return deps.service.orgsMentioned(mentionText(info.text), { byPeople: false });
}

/** Topics answered from the asker's own records. */
const OWN_RECORDS: ReadonlySet<string> = new Set(['remaining-incidents', 'check-benefits', 'validity', 'plan-expired']);
/** "How many does Fabrikam have left?" from a partner outside Fabrikam: only the asker's own records are shown, and the answer says so first. */
async function otherOrgLead(info: TurnInfo, ask: TopicAsk, deps: DialogDeps): Promise<string[]> {
  const own = info.user?.orgId;
  // ("Can you pull up Litware's contract ID? they asked us to open a ticket for them": their IDs are theirs alone.)
  const idsAsked = IDS_WORD.test(info.text) && ask.topic !== 'get-ids' && ask.topic !== 'register-ids';
  if (deps.staff.isStaff(info.user) || !(OWN_RECORDS.has(ask.topic) || idsAsked)) return [];
  // ("we're Contoso Cloud Partners, gold. just tell me the number" from a chat account no org knows: a name is no proof.)
  if (!own) {
    const named = (await orgsNamed(info, deps))[0];
    return named ? [info.t('records:note.not-linked', { org: named.name })] : [];
  }
  const other = (await orgsNamed(info, deps)).find((o) => o.id !== own);
  if (!other) return [];
  if (!OWN_RECORDS.has(ask.topic)) return [`${info.t('records:ids.other-org.title')}. ${info.t('records:ids.other-org.text', { org: other.name })}`];
  const ownOrg = await recordsSummary(info, deps.service);
  return ownOrg ? [info.t('records:note.other-org', { org: other.name, own: ownOrg.org.name })] : [];
}

/** "누가 언제 활성화 했는지", "who activated it": the person on record, not who could. */
const ACTIVATED_BY_ASKED = /(누가|누구)[^.?!]{0,20}활성화 ?(했|한|해 ?놓|해 ?둔)|\bwho (activated|turned it on)\b/i;
/** "…and will our contract still be valid then?" beside another topic. */
const VALID_BESIDE = /\b(still|will (it|our contract|the contract|that) (still )?be) (valid|active|good)\b|유효한지|유효할까|유효하죠|유효한가요/i;
/** "…온프레미스 20개 중에 몇개 남았는지두요" beside another topic. */
const LEFT_BESIDE = /몇 ?(개|건) ?남|남았는지|잔여 ?(인시던트|건수|수량)?[^.?!]{0,6}(얼마|몇)|얼마나 ?남|\bhow many (do we have |are |have we got )?left\b|\bhow many\b[^.?!]{0,40}\b(left|remaining|do we still have|we still have|still available)\b/i;
/** "reply to miriam pls, and say what they get", "뭘 받는지도 알려주세요": the company's lines beside another topic. */
const GET_BESIDE = /\b(say|tell|include|mention|explain|add)\b[^.?!]{0,20}\bwhat (they|we|you|she|he) (get|have)\b|(뭘|무엇을|뭐를?) ?받는지|받는 ?혜택(도|까지)/i;
/** Short answers to a second question asked beside the main one, from the records (the contract's state, the balance) or a one-line rule. */
const RENAMED_BESIDE = /\b(called|named) something else\b|\b(a )?new name\b|\brenamed\b|\bwhat('s| is) it called (now|today)\b|이름(이)? ?(바뀌|바뀐|바꼈)|지금은 ?뭐라고/i;
/** "Surely Gold covers every version": the N-1 rule taken not to apply to a higher membership. */
const OFFER_COVERS_ALL = /(\b(gold|silver|action pack)\b|골드|실버|액션 ?팩)[^.?!]{0,40}(\b(every|all|any) (versions?|products?)\b|모든 (버전|제품))|(\b(every|all|any) (versions?|products?)\b|모든 (버전|제품))[^.?!]{0,40}(\b(gold|silver)\b|골드|실버)/i;
const WHO_ACTIVATED = /\bwho (activated|turned on|enabled|set up|did the activation)\b|\b(activated|turned on) by whom\b|누가 ?(활성화|켰|켜)|활성화(는|를|한 ?(건|거|사람은?))? ?누가/i;
const ACTIVATION_TOPICS: ReadonlySet<string> = new Set(['activate', 'get-ids', 'register-ids', 'no-benefits', 'not-authorized', 'validity', 'plan-expired', 'access-id-error']);
async function sideQuestions(info: TurnInfo, ask: TopicAsk, deps: DialogDeps): Promise<string[]> {
  // Who may activate ("…and next year can I activate with my partner admin role?").
  const notes = ask.topic !== 'activate' && ask.topic !== 'get-ids' && ROLE_FOR_ACTIVATION.test(info.text) ? [info.t('answers:info.claims.agent-activates')] : [];
  if (VALID_BESIDE.test(info.text) && !['validity', 'remaining-incidents', 'check-benefits', 'plan-expired', 'activate', 'access-id-error'].includes(ask.topic)) {
    const s = await recordsSummary(info, deps.service);
    if (s?.expiresAt) notes.push(info.t('records:note.contract-until', { date: s.expiresAt.slice(0, 10), state: info.t(`answers:benefits.contract.${s.contract}`, { date: s.expiresAt.slice(0, 10) }) }));
  }
  // ("what do we do when it runs out": the lines that still hold incidents come with the paid options.)
  if ((LEFT_BESIDE.test(info.text) || GET_BESIDE.test(info.text) || RUNS_OUT_NEXT.test(info.text)) && !['remaining-incidents', 'check-benefits', 'access-id-error', 'current-program', 'plan-expired'].includes(ask.topic)) {
    const s = await recordsSummary(info, deps.service);
    // Only the side asked ("…exchange server 2019 … how many are left?"); the products rule gives the on-premises balance itself.
    const side = scopeAsked(info.text);
    const shown = (l: LineBalance) => (!side || l.benefit.scope === side) && !(ask.topic === 'supported-products' && l.benefit.scope === 'on-premises');
    notes.push(...(s?.lines ?? []).filter(shown).map((l) => factLine(lineFact(info, l))));
  }
  if (MSA_NAMED.test(info.text) && !['msa-allowed', 'ids-usage', 'register-ids', 'paid-plans'].includes(ask.topic)) notes.push(info.t('answers:info.msa-short'));
  // "…이 작업에 대한 권한이 없습니다 뜨네요. 제가 일반 사용자라서 그런 거예요?": no, every user of the membership sees the IDs.
  if (ask.topic === 'not-authorized' && NOT_ADMIN.test(info.text)) notes.unshift(info.t('answers:info.claims.only-admins-see'));
  // "…권한이 없습니다 떠요. 고객사 CSP 애저 티켓 때문에 ID가 필요해서요": a customer's requests need no IDs.
  if (['not-authorized', 'no-benefits', 'get-ids', 'activate'].includes(ask.topic) && factsFromText(info.text).customerSubscription === 'yes') notes.push(info.t('answers:azure-error.if.csp-customer', commonValues(deps.service.catalog.defaultProgram, info.locale)));
  // "Also is Signature called something else now? maybe that's why": the name today of each term named.
  if (RENAMED_BESIDE.test(info.text) && ask.topic !== 'renamed' && ask.topic !== 'current-program') notes.push(...renamesIn(info.text).flatMap((r) => nowCalledNote(r.from, info, deps.service.catalog) ?? []));
  // "…and who activated our benefits in the first place?": the activation on record.
  if (WHO_ACTIVATED.test(info.text) && !ACTIVATION_TOPICS.has(ask.topic)) notes.push(...(await recordsLead(info, deps)));
  if (!BILLING_LEADS.has(ask.topic)) notes.push(...(await billingRules(info, ask, deps)));
  return notes;
}

/** "would it be easier if i just drop my partner center login in the team chat?", "비밀번호 공유해도 돼요?": a sign-in shared. */
const LOGIN_SHARED = /\b(login|log-in|password|credentials|sign-?in (details|info))\b[^.?!]{0,40}\b(share|drop|post|give|send|paste)|\b(share|drop|post|give|send|paste|sharing)\b[^.?!]{0,30}\b(login|log-in|password|credentials)\b|(비밀번호|패스워드|로그인 ?정보|계정 ?정보)[^.?!]{0,20}(공유|올려|알려|보내|줘)/i;

/** "do access id + contract id still exist in the new program?". */
const idsStillAsked = (info: TurnInfo): boolean => IDS_WORD.test(info.text) && IDS_STILL.test(info.text);

/** Today's rules a question turns on, said first when it asks them outright. */
const RULES_ASKED: readonly { asked: (info: TurnInfo, ask: TopicAsk) => boolean; rules: string[] }[] = [
  // "if we ran out, can we still open a ticket w/ partner center support without paying?": the frontline consumes nothing.
  { asked: (info) => /\bpartner center (support|frontline|team)\b|\bfrontline\b|파트너 ?센터 ?(지원|문의|프론트라인)/i.test(info.text) && /\bfree\b|without paying|no (cost|charge)|\bpay|무료|돈|비용|결제|차감/i.test(info.text), rules: ['R26-C3'] },
  // "do access id + contract id still exist in the new program?": activation still issues them, and where they are redeemed.
  { asked: idsStillAsked, rules: ['R26-V2'] },
  // "and now with partner cloud support?" after how billing and quota tickets counted in 2021: today's billing rule.
  { asked: (info) => NOW_ASKED.test(info.text) && BILLING_ASKED.test(info.memory.recent.at(-2) ?? ''), rules: ['R26-C2'] },
  // "can we just buy partner success core again for 2 more?": the same offer can't be bought twice; paid support gives more.
  { asked: (info, ask) => (ask.currentOffer !== undefined || /\bcore\b|\bexpanded\b|\blaunch\b|코어|익스팬디드/i.test(info.text)) && /\b(buy|purchase|get)\b[^.?!]{0,40}\b(again|twice|another|second|one more)\b|(다시|또|두 ?번|한 ?번 ?더|하나 ?더) ?(사|구매|구입)/i.test(info.text), rules: ['R26-E2', 'R26-P1'] },
];
function ruleLeads(info: TurnInfo, ask: TopicAsk, deps: DialogDeps): string[] {
  const ids = RULES_ASKED.filter((r) => r.asked(info, ask)).flatMap((r) => r.rules);
  const still = idsStillAsked(info) ? [info.t('program:current.ids-still')] : [];
  // "is there an SLA?", "can we open it as severity A?": neither is documented, said plainly.
  const sla = RESPONSE_ASKED.test(info.text) ? [info.t('answers:incidents.sla-not-documented')] : [];
  return [...sla, ...still, ...(ids.length ? currentRules(deps.service.catalog, info, ids) : [])];
}

/** What is unlimited, said first when the message supposes otherwise ("Gold면 온프레미스도 무제한 아닌가요?", "a second cloud competency, more Signature?"). */
const ONPREM_UNLIMITED = /(온-?프레?미스|온프렘|\bon-?prem\w*|product support|제품 지원)[^.?!]{0,30}(무제한|unlimited)|(무제한|unlimited)[^.?!]{0,30}(온-?프레?미스|온프렘|\bon-?prem\w*)|\bas many\b[^?!]{0,20}\bon-?prem\w*[^?!]{0,40}\bas (we|you|i) (want|like|need)\b|(온-?프레?미스|온프렘)[^?!]{0,30}(마음대로|원하는 만큼|제한 ?없이)/i;
const SECOND_CLOUD = /\b(second|another|more|add(ing)?|extra)\b[^.?!]{0,30}\bcloud competenc|\bcloud competenc\w*[^.?!]{0,30}\b(second|another|as well|too)\b|(두 ?번째|하나 더|추가)[^.?!]{0,15}클라우드 ?역량|클라우드 ?역량[^.?!]{0,15}(하나 더|추가)/i;
const MORE_SIGNATURE = /\b(more|extra|additional|on top|double)\b|더 (받|늘|생기)|추가로|늘어/i;
const HAD_BEEN_CLOUD = /\b(had been|were|was|been) (a )?cloud (one|competency)\b|\bcloud (one|competency) instead\b|클라우드 ?역량이었(으면|다면)|클라우드 ?역량(이)?라면/i;
/** "designation = how many advisory hrs + incidents??": today's TPD hours beside the incidents. */
const WHAT_WE_GET = /\bwhat (do|does|would|will|can) (we|i|you|they) (actually |really |even )?get\b|\bsupport-?wise\b|\bwhat'?s included\b|뭐(가|를|을)? ?(받|주|포함|들어)|무엇을 ?받|어떤 ?(혜택|지원)(을|이)? ?(받|있|포함)/i;
const ADVISORY = /\badvisory\b|\b(tpd|presales)\b|\b(hrs|hours)\b|자문/i;
function advisoryLead(info: TurnInfo, ask: TopicAsk, deps: DialogDeps): string[] {
  // "what do we actually get support-wise with it?" about one of today's offers: its advisory hours too.
  const whatWeGet = ask.topic === 'current-program' && ask.currentOffer !== undefined && WHAT_WE_GET.test(info.text);
  // ("and expanded?" after "if we buy partner success core what support do we get? cloud incidents / advisory hrs": the hours asked then.)
  const asked = ADVISORY.test(info.text) || (ask.followUp && info.text.split(/\s+/).length <= 4 && ADVISORY.test(info.memory.recent.at(-2) ?? ''));
  return (asked && (ask.topic === 'current-program' || ask.topic === 'renamed')) || whatWeGet ? currentRules(deps.service.catalog, info, ['R26-T1']) : [];
}

const OPENING_TOPICS: ReadonlySet<string> = new Set(['ids-usage', 'open-request', 'link-azure', 'register-ids', 'roles', 'get-ids']);
const DYNAMICS_IDS = /\bdynamics\b|\bd365\b|다이나믹스/i;
/** What opening a request needs, asked beside the answer: the IDs for Dynamics, no admin role. */
function openingLead(info: TurnInfo, ask: TopicAsk): string[] {
  if (!OPENING_TOPICS.has(ask.topic)) return [];
  // "For a dynamics ticket do we need the access id + contract id, or is it like m365?": yes.
  if (DYNAMICS_IDS.test(info.text) && IDS_WORD.test(info.text)) return [info.t('answers:info.dynamics-ids')];
  return ADMIN_TO_OPEN.test(info.text) ? [info.t('answers:info.no-admin-to-open')] : USER_CAN_OPEN.test(info.text) ? [info.t('answers:info.user-can-open')] : [];
}

/** "Is anything still unlimited in the current program?", "지금도 무제한인 게 있어요?". */
const UNLIMITED_NOW = /\b(anything|still|any(thing)? (else )?)\b.{0,20}\bunlimited\b.{0,40}\b(current|today|now|2026|new|anymore)\b|\b(current|today'?s|new|2026) (program|offers?)\b.{0,40}\bunlimited\b|(지금|현재|요즘|2026년?|새 ?프로그램)[^.?!]{0,30}무제한|무제한[^.?!]{0,20}(아직|지금도|남아|있나|있어)/i;
function unlimitedLead(info: TurnInfo): string[] {
  if (UNLIMITED_NOW.test(info.text)) return [info.t('answers:info.unlimited-now')];
  if (HAD_BEEN_CLOUD.test(info.text)) return [info.t('answers:info.unlimited-had-cloud')];
  if (SECOND_CLOUD.test(info.text) && MORE_SIGNATURE.test(info.text)) return [info.t('answers:info.unlimited-second')];
  if (ONPREM_UNLIMITED.test(info.text) && /\?|아닌가|맞(죠|나|지)|\b(right|isn'?t|aren'?t|correct|too|also)\b|도 /i.test(info.text)) return [info.t('answers:info.unlimited-onprem')];
  return [];
}

/** A cloud product named ("power apps canvas app broke", "where in LCS do i add our contract id"). */
const CLOUD_PRODUCT_NAMED = /\bazure\b|\bdynamics\b|\bd365\b|\bpower (apps|automate|platform|bi)\b|\blcs\b|\bintune\b|애저|다이나믹스|파워 ?(앱|오토메이트|플랫폼)/i;
/** Topics whose answers don't already say that the company has no cloud line. */
const NO_CLOUD_SAID_ELSEWHERE: ReadonlySet<string> = new Set(['validity', 'get-ids', 'activate', 'open-request', 'plan-expired', 'supported-products', 'register-ids']);
/** "power apps canvas app broke, can we use our partner support incidents for that?" from an Action Pack member: it has no cloud line, first. */
async function noCloudLead(info: TurnInfo, ask: TopicAsk, deps: DialogDeps): Promise<string[]> {
  if (!NO_CLOUD_SAID_ELSEWHERE.has(ask.topic) || !CLOUD_PRODUCT_NAMED.test(info.text)) return [];
  return withoutCloudLine(info, await recordsSummary(info, deps.service));
}

/** That a 2021 membership on record has no cloud line (Action Pack), said once; nothing for any other. */
function withoutCloudLine(info: TurnInfo, s: OrgSummary | undefined): string[] {
  return s?.lines.length && !s.program.multipleOffers && !s.lines.some((l) => l.benefit.scope === 'cloud') ? [noCloudNote(info, s.lines)] : [];
}

/** Answers about opening requests or today's rules lead with what a billing request costs; others note it. */
const BILLING_LEADS: ReadonlySet<string> = new Set(['open-request', 'current-program']);
/** What a billing, quota or subscription request costs ("quota increases, do they use an incident?", "인보이스 빌링 문의는요?"): nothing in 2021 (Azure's own subscription-management support, triage Q5), today's rule after it (R26-C2); today's only on today's program. */
async function billingRules(info: TurnInfo, ask: TopicAsk, deps: DialogDeps): Promise<string[]> {
  if (!BILLING_ASKED.test(info.text)) return [];
  // Today's program's answer says today's rule itself; the 2021 one goes first unless today is what is asked or held.
  const then = (await onCurrentProgram(info, deps)) || (ask.topic === 'current-program' && asksToday(info.text)) ? [] : [info.t('answers:info.billing-2021')];
  return ask.topic === 'current-program' ? then : [...then, ...currentRules(deps.service.catalog, info, ['R26-C2'])];
}

/** A message read as a used-up balance: what the records hold, when every line of the side has some left. */
async function balanceMeantLead(info: TurnInfo, ask: TopicAsk, deps: DialogDeps): Promise<string[]> {
  if (ask.topic !== 'access-id-error' || !RAN_OUT_MEANT.test(info.text)) return [];
  const s = await recordsSummary(info, deps.service);
  const lines = s?.lines.filter((l) => l.benefit.scope === (scopeAsked(info.text) ?? 'cloud')) ?? [];
  if (!s || s.contract !== 'valid' || !lines.length || lines.some((l) => l.remaining.kind === 'count' && l.remaining.left === 0)) return [];
  return [info.t('answers:azure-error.not-balance', { lines: linesInShort(info, lines) })];
}

/** Answers that read the records themselves when a plan is missing. */
const RECORDS_READ: ReadonlySet<string> = new Set(['access-id-error', 'plan-expired', 'open-request', 'no-benefits', 'not-authorized', 'remaining-incidents', 'check-benefits', 'validity', 'cloud-competencies', 'supported-products', 'activate', 'get-ids', 'csp-customer']);
/** "Our plan vanished from the Azure portal, is this the new program?": what the records say stands in the way (expired, used up), whatever the topic. */
async function missingPlanLead(info: TurnInfo, ask: TopicAsk, deps: DialogDeps): Promise<string[]> {
  return RECORDS_READ.has(ask.topic) ? [] : missingPlanRecords(info, ask, deps);
}

/** A plan said to be missing: why, from the records (not activated, expired, a cloud line used up); nothing otherwise. */
async function missingPlanRecords(info: TurnInfo, ask: TopicAsk, deps: DialogDeps): Promise<string[]> {
  if (!PLAN_MISSING.test(info.text.toLowerCase())) return [];
  return [...(await recordsLead(info, deps, { problemsOnly: true, why: true })), ...(await cloudNotes(info, ask, deps))];
}

/** "…and next year can I activate with my MPN partner admin role, or must it be a global admin?" asked beside another topic. */
const ROLE_FOR_ACTIVATION = /\bactivat\w*\b.{0,80}\b(global admin|partner admin|admin agent|role)\b|\b(global admin|partner admin|admin agent)\b.{0,80}\bactivat|활성화.{0,40}(전역 ?관리자|파트너 ?관리자|관리 ?에이전트|역할|권한)|(전역 ?관리자|파트너 ?관리자|관리 ?에이전트|역할|권한).{0,40}활성화/i;

/** "My colleague uses Partner Center in Korean, what is that menu called?": the Korean menu path, on one line of the English answer. */
function withKoreanNames(info: TurnInfo, program: Program, topic: IntentId, answer: Answer): Answer {
  if (info.locale !== 'en' || !KOREAN_UI_ASKED.test(info.text)) return answer;
  const keys = KOREAN_PATHS[topic] ?? ['activatePath', 'linkPath'];
  const ko = commonValues(program, 'ko');
  return { ...answer, notes: [...(answer.notes ?? []), info.t('answers:korean-ui', { paths: keys.map((k) => ko[k]).join('; ') })] };
}
/** An English question about the Korean names of the menus. */
const KOREAN_UI_ASKED = /\b(in|into) korean\b.{0,40}\b(called|named|name|say|says|label|menu|be)\b|\b(called|named|name|say|label|menu|be)\b.{0,40}\b(in|into) korean\b|\bkorean (ui|version|menus?|names?|labels?)\b/i;
/** Which menu path each topic's Korean name is. */
const KOREAN_PATHS: Partial<Record<IntentId, string[]>> = {
  activate: ['activatePath'],
  'get-ids': ['activatePath'],
  'link-azure': ['linkPath'],
  'access-id-error': ['linkPath'],
  'open-request': ['newRequestPath', 'addContractPath'],
  'register-ids': ['addContractPath', 'linkPath'],
  'ids-usage': ['addContractPath', 'linkPath'],
  'remaining-incidents': ['addContractPath'],
  'csp-customer': ['cspRequestPath'],
  'not-authorized': ['switchAccountPath'],
};

/** Buttons for topics the question may have meant instead. */
function relatedChoices(related: readonly IntentId[], info: TurnInfo) {
  return related.map((intent) => ({ label: info.t(`nlu:intent.${intent}`), value: topicOf(intent).words?.en ? commandWord(intent) : info.t(`nlu:intent.${intent}`) }));
}

/** Candidates without an answer: offer them (as buttons) instead of guessing. */
function didYouMean(alternatives: Recognition['alternatives'], info: TurnInfo): Answer {
  const choices = relatedChoices(alternatives.map((a) => a.intent).filter(isIntentId).slice(0, 3), info);
  return { kind: 'prompt', locale: info.locale, title: info.t('answers:did-you-mean.title'), text: info.t('answers:did-you-mean.text'), choices, sensitive: false };
}
