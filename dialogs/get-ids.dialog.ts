import type { OrgSummary } from '../src/core/service.js';
import { may } from '../src/core/access.js';
import { currentRules } from './program-answers.js';
import type { WaterfallStepContext } from 'botbuilder-dialogs';
import { ComponentDialog } from 'botbuilder-dialogs/lib/componentDialog.js';
import { WaterfallDialog } from 'botbuilder-dialogs/lib/waterfallDialog.js';
import type { ViewIdsOutcome } from '../src/core/access.js';
import type { Answer } from '../src/core/answer.js';
import type { Program } from '../src/core/catalog-schema.js';
import { maskSecret } from '../src/core/redact.js';
import { CLOUD_WORD, IDS_LOST, NEW_IDS_ASKED } from '../src/language/signals.js';
import type { Org } from '../src/core/types.js';
import { ASK_DIALOG } from './ask.dialog.js';
import { commonValues, fromKey, roleNames } from './compose.js';
import type { DialogDeps } from './deps.js';
import { infoAnswer } from './info.js';
import { noteLines, recordsAnswer, selfCanActivate, usedUpLines } from './records-text.js';
import { noCloudNote } from './benefits-answer.js';
import { REGISTER_IDS, RegisterIdsDialog, admins, refusalAnswer } from './register-ids.dialog.js';
import { asksBotToPost } from './route-turn.js';
import { recordsSummary, turnInfo, type TurnInfo } from './turn.js';

export const GET_IDS = 'get-ids';
/** The IDs passed to someone outside the membership tenant ("email them to a contractor who isn't in our tenant"). */
const OUTSIDE_SHARE = /\b(e-?mail|send|forward|give|share)\b[^.?!]{0,40}\b(contractors?|freelancers?|consultants?|vendors?|partners?|someone|people)\b|\b(not|isn'?t|aren'?t) in our tenant\b|외주|협력사|테넌트[^.?!]{0,10}(없|밖)/i;
/** The asker is leaving the company ("I'm leaving in 2 weeks", "다음 달에 퇴사해요"). */
const LEAVING = /\bi'?m (leaving|quitting|resigning)\b|\b(leaving|quitting) (at |by )?(the )?(end of|next|this) (the )?(month|week|year|friday)\b|\bdie with (my|his|her|their) account\b|\bmy last day\b|\bhand (it |them )?(over|off)\b|퇴사(해요|합니다|예정|하는데|해서)|그만둬요|그만두는데/i;
const SECTION = 'view-and-activate-your-technical-support-benefits';
/** Where someone else finds the IDs ("where does Sam find them?", "팀원들은 각자 어디서 확인해요?"). */
/** Whether someone may see them ("can I see them in Partner Center or is that admins only?", "관리자만 볼 수 있나요?"). */
const VISIBILITY_ASKED = /\b(admins?|administrators?) only\b|\bonly (the )?(admins?|administrators?)\b|\bcan (i|we|they|he|she|everyone|everybody|my team|the team|(regular|normal|non-admin) users?)\b.{0,25}\b(see|view)\b.{0,40}\b(in|on|from) partner center\b|관리자만|(파트너 ?센터|partner center)에?서?[^.?!]{0,15}볼 수 있(나요|어요|죠|을까요|는지)/i;
/** The IDs themselves asked for ("what's our access id", "show me them", "알려줘"). */
const VALUES_ASKED = /\bwhat('s| is| are)\b|\b(give|show|tell|send) (me|us)\b|\bneed (the|our) (ids?|access id)|알려 ?(줘|주세요|주실래요|줄래)|보여 ?(줘|주세요)|뭐(예요|에요|야|죠)/i;
/** The IDs showing now, after activating ("done, i see the ids now", "이제 ID가 보여요"). */
const SEEN_NOW = /\b(i|we) (can )?(now )?see (the|our|both) ids\b|\bsee the ids now\b|\bids? (are|is) (showing|there|visible|up) now\b|이제 ?(id|아이디|액세스)[^.?!]{0,10}(보여|보이|나와|떠|떴)|(id|아이디)(가|들이)? (이제 )?(보여요|보이네요|나와요|떴어요)/i;
/** Whether the others see them too ("does the rest of the team see them", "팀원들도 보여요?"). */
const TEAM_SEES = /\b(team|everyone|everybody|others|colleagues|rest of|engineers?|coworkers?)\b|\bsend them (around|out)\b|팀원|동료|다른 ?(사람|분|직원)|직원들|전달/i;
const OTHERS_FIND = /\bwhere (does|do|can|should|will) (?!(i|we)\b)(he|she|they|[a-z]+|my (team|colleagues?|coworkers?)|the (team|others|new \w+))\b.{0,15}\b(find|see|get|look)\b|(팀원|동료|직원|다른 ?(사람|분)|새로 온 ?(분|사람|직원))[^.?!]{0,10}(각자 )?(어디서|어디에서|어디|어떻게) ?(확인|봐|보|찾)/i;

export interface GetIdsOptions {
  /** The user asked to activate rather than to see the IDs. */
  activate?: boolean;
  /** The user asked to register the IDs Partner Center shows ("register"). */
  register?: boolean;
}

/** "I just clicked Activate but the IDs don't show", "방금 활성화 눌렀는데 ID가 아직 안떠요". */
const JUST_ACTIVATED = /\b(just|already) (clicked|pressed|hit|did|activated)\b|\bactivated\b.{0,40}\b(no|not|don'?t|can'?t see|still)\b.{0,15}\bids?\b|\bids?\b.{0,20}\b(not yet|still not|aren'?t|are not|don'?t)\b.{0,15}\b(show|there|appear)|(방금|이미|벌써) ?(활성화|눌렀|했)|활성화(했|한|를 했)는데.{0,20}(안 ?(떠|나와|보여)|없)|(아이디|id).{0,15}(아직|안 ?(떠|나와|보여))/i;

/** The IDs themselves: a sensitive answer, only ever built for a private scope. */
function idsAnswer(info: TurnInfo, program: Program, ids: Extract<ViewIdsOutcome, { kind: 'ids' }>, lead?: string): Answer {
  const date = ids.expiresAt.slice(0, 10);
  const validity = info.t(ids.expired ? 'answers:ids.expired-sentence' : 'answers:ids.valid-sentence', { date });
  const base = fromKey(info, program, 'ids.shown', { kind: 'ids', section: SECTION, values: { validity } });
  return {
    ...base,
    ...(lead ? { text: `${lead} ${base.text ?? ''}`.trim() } : {}),
    facts: [
      { label: 'Access ID', value: ids.accessId },
      { label: 'Contract ID', value: ids.contractId },
      { label: info.t(ids.expired ? 'answers:ids.expired-on' : 'answers:ids.valid-until'), value: date },
    ],
    ...(ids.expired ? { notes: [info.t('answers:ids.expired')] } : {}),
    sensitive: true,
  };
}

/**
 * "Litware의 계약 ID": a name glued to a Korean particle is still a mention, so the text is
 * spaced between Latin and Hangul before the store looks for org names.
 */
export function mentionText(text: string): string {
  return text.replace(/([A-Za-z0-9.])(?=[\uac00-\ud7a3])/gu, '$1 ').replace(/(['’]s)\b/gu, ' $1');
}

/** A customer named ("with our customer Relecloud", "고객사 담당자도 있는"). */
const CUSTOMER_NAMED = /\bcustomers?\b|\bclients?\b|고객/i;

/** The Activate button described as unusable ("grey for me", "비활성", "안 눌려요"). */
const GREYED = /gr[ae]y|disabled|can'?t (click|press)|not clickable|비활성|안 ?눌|눌리지 ?않|회색/i;

/** Whether the benefit is activated, asked ("is our benefit even activated?", "활성화는 돼 있어요?"). */
const PARTNER_CENTER = /\bpartner ?cent(er|re)\b|파트너 ?센터/i;
const ACTIVATION_ASKED = /\bwho\b[^.?!]{0,20}\b(set ?up|activated|created|registered|enabled)\b|누가[^.?!]{0,15}(활성화|등록|설정)|(활성화|등록|설정)[^.?!]{0,6}누가|\b(is|was|are|has|have|been)\b[^.?!]{0,30}\bactivated\b|활성화(가|는|가 ?된|는 ?된)? ?(돼|되어|된|됐|되었)/i;

/** "Can I just click Activate in Partner Center myself?": the asker's own role decides. */
const SELF_ACTIVATE = /\b(myself|by myself)\b|\bcan i (just |simply )?(click|hit|press|push|activate)\b|\bam i (allowed|able|permitted|supposed) to activate\b|\b(someone|somebody) else'?s job\b|제가 ?(직접 )?(누르|눌러|활성화)|(저|제)(도|가)? ?활성화(할|해도|하면)/i;

/** Registering the IDs in a portal, asked about ("where do we register them", "애저에 등록"), not with this bot. */
const REGISTERED_ELSEWHERE = /\bwhere\b|어디|on-?prem|온-?프레|온프렘|support for business|\bsfb\b|azure|애저|portal|포털/i;

/**
 * "Where are our Access ID and Contract ID?" and "activate our benefits": shows the IDs to a
 * member of an org with registered IDs, privately only; otherwise walks through activation in
 * Partner Center and offers an admin to register the IDs Partner Center then shows.
 */
export class GetIdsDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(GET_IDS);
    this.addDialog(new WaterfallDialog('get-ids.steps', [(s) => this.start(s), (s) => this.offered(s)]));
    this.addDialog(new RegisterIdsDialog(deps));
    this.initialDialogId = 'get-ids.steps';
  }

  private async start(step: WaterfallStepContext) {
    const options = step.options as GetIdsOptions;
    const info = turnInfo(step.context);
    // "ID 등록" reaches here as "ids" with an argument: it still means registering.
    // ("Where do we register our IDs for on-prem support?" asks where Microsoft takes them, not to register them here.)
    if (options.register || (/\bregister\b|등록/iu.test(info.text) && !REGISTERED_ELSEWHERE.test(info.text))) {
      (step.values as { registering?: boolean }).registering = true;
      return step.beginDialog(REGISTER_IDS);
    }
    // "Post our IDs in the team channel": not posted where others read them. "Where does Sam find them?": where each person sees them.
    const posting = asksBotToPost(info.text);
    // "Done, I see the IDs now. Does the rest of the team see them?": activated just now (the records may not know yet).
    const seenNow = SEEN_NOW.test(info.text) && TEAM_SEES.test(info.text);
    // "Can I see our IDs in Partner Center, or is that admins only?": who sees them, not the IDs themselves.
    // (In a personal chat, a user of an activated company asking whether they may see them gets them: that answer says every user may.)
    const whoSees = VISIBILITY_ASKED.test(info.text) && !VALUES_ASKED.test(info.text) && !(info.scope === 'private' && /\b(i|me)\b|저도|제가|나도/i.test(info.text) && (await recordsSummary(info, this.deps.service))?.contract === 'valid');
    if (posting || OTHERS_FIND.test(info.text) || seenNow || whoSees) {
      const summary = await recordsSummary(info, this.deps.service);
      const program = summary?.program ?? this.deps.service.catalog.defaultProgram;
      const shown = fromKey(info, program, 'ids.where-others', { section: SECTION });
      // "Can I see our IDs, or is that admin only?" before anyone activated: nobody sees them yet, and who activates.
      const notYet = summary?.contract === 'not-activated' ? [info.t('answers:records.not-activated', { org: summary.org.name }), info.t('answers:benefits.activate-note', commonValues(program, info.locale))] : [];
      const where = notYet.length ? { ...shown, text: [...notYet, shown.text].filter(Boolean).join('\n\n'), facts: [...(shown.facts ?? []), ...(await admins(this.deps, info))] } : shown;
      // "…so our customer's admin can open Azure tickets on our benefit": a customer's requests go the CSP way, without the IDs.
      const forCustomer = posting && CUSTOMER_NAMED.test(info.text) ? [info.t('answers:azure-error.if.csp-customer', commonValues(program, info.locale))] : [];
      return this.finish(step, posting ? { ...where, kind: 'refusal', title: info.t('answers:ids.no-posting.title'), text: [`${info.t('answers:ids.no-posting.text')} ${where.text ?? ''}`, ...forCustomer].join('\n\n') } : where);
    }
    const mentioned = await this.deps.service.orgsMentioned(mentionText(info.text));
    const outcome = await this.deps.service.ids(info.user, { scope: info.scope, via: info.identity, requested: mentioned.map((o) => o.id) });
    if (outcome.kind === 'denied' && outcome.reason === 'other-org') return this.finish(step, this.otherOrg(info, mentioned));
    if (outcome.kind !== 'not-activated') return this.finish(step, await this.outcomeAnswer(info, outcome, options.activate === true));
    // Someone who may not activate asking to: the core refuses and audits it.
    if (options.activate && !outcome.canActivate && info.user) {
      const refused = await this.deps.service.registerIds(info.user, { orgId: info.user.orgId, via: info.identity, ids: {}, replace: false });
      if (refused.kind === 'denied' || refused.kind === 'not-authorized' || refused.kind === 'no-benefits') {
        const refusal = await refusalAnswer(this.deps, info, refused);
        // "우리 회사 액세스 ID가 안 보여요" from someone who may not activate: first that nothing is activated yet.
        const notYet = refused.kind === 'denied' ? `${info.t('answers:records.not-activated', { org: await this.orgName(info) })}\n\n` : '';
        return this.finish(step, { ...refusal, text: `${notYet}${refusal.text ?? ''}` });
      }
    }
    const guide = await this.guide(info);
    if (!outcome.canActivate || info.scope !== 'private') {
      const privately = outcome.canActivate ? [info.t('records:register.private-only.text')] : [];
      return this.finish(step, { ...guide, ...(privately.length ? { notes: privately } : {}) });
    }
    const offer = [info.t('records:register.offer.title'), info.t('records:register.offer.text', { org: await this.orgName(info) })].join(' ');
    const choices = [{ label: info.t('records:register.now'), value: 'register' }, { label: info.t('records:register.later'), value: 'no' }];
    return step.beginDialog(ASK_DIALOG, { answer: { ...guide, kind: 'confirm', notes: [offer], choices } });
  }

  private async offered(step: WaterfallStepContext) {
    // The registration dialog started at once has already answered.
    if ((step.values as { registering?: boolean }).registering) return step.endDialog();
    if ((step.result as { value?: string } | undefined)?.value === 'register') return step.beginDialog(REGISTER_IDS);
    return this.finish(step, recordsAnswer(turnInfo(step.context), this.deps.service.catalog.defaultProgram, 'register.skipped'));
  }

  /** Activation in Partner Center: who may, the path, what appears afterwards, how long; and who the admins are. */
  private async guide(info: TurnInfo): Promise<Answer> {
    const program = this.deps.service.catalog.defaultProgram;
    const org = await this.orgName(info);
    const people = await admins(this.deps, info);
    const guide = recordsAnswer(info, program, 'activation.guide', { section: SECTION, values: { org } });
    // What the records say comes first: nothing is activated yet (which is why there are no IDs);
    // "I just clicked Activate and no IDs yet": that it takes time, before anything else.
    const wait = JUST_ACTIVATED.test(info.text) ? info.t('records:activation.wait') : '';
    // ("can i do that myself, im the mpn partner admin": yes, the asker's own role may.)
    const self = selfCanActivate(info, program);
    const text = [wait, info.t('answers:records.not-activated', { org }), self, guide.text ?? '', people.length ? info.t('records:activation.admins', { org }) : ''].filter(Boolean);
    return { ...guide, text: text.join('\n'), ...(people.length ? { facts: people } : {}) };
  }

  private otherOrg(info: TurnInfo, mentioned: Org[]): Answer {
    const other = mentioned.find((o) => o.id !== info.user?.orgId);
    return recordsAnswer(info, this.deps.service.catalog.defaultProgram, 'ids.other-org', { kind: 'refusal', values: { org: other?.name ?? '' } });
  }

  /** Every outcome but "not activated", as an answer. */
  private async outcomeAnswer(info: TurnInfo, outcome: Exclude<ViewIdsOutcome, { kind: 'not-activated' }>, activate: boolean): Promise<Answer> {
    const program = this.deps.service.catalog.defaultProgram;
    switch (outcome.kind) {
      case 'ids': {
        // One read of the records: the org's name, and its own program, which names the paths (today's: Benefits → Technical support & consultation).
        const summary = info.user?.orgId ? await this.deps.service.summary(info.user.orgId) : undefined;
        const org = summary?.org.name ?? '';
        const own = summary?.program ?? program;
        // ("활성화 돼 있는지 확인해주시고, 다른 직원들도 볼 수 있는지": whether it is activated, asked beside the IDs.)
        // ("the guy who had them saved left, do we need new ones?": no, they are read again here and in Partner Center.)
        const lost = IDS_LOST.test(info.text) && NEW_IDS_ASKED.test(info.text) ? info.t('answers:ids.no-new-needed') : undefined;
        // ("액세스 ID는 파트너센터 어디서 봐요?": looked for in Partner Center, where they show because someone activated.)
        const activated = activate || ACTIVATION_ASKED.test(info.text) || (PARTNER_CENTER.test(info.text) && !lost);
        const answer = idsAnswer(info, own, outcome, activated ? await this.activatedLead(info, summary) : lost);
        const notes = info.user?.orgId ? noteLines(info, program, await this.deps.service.notes(info.user.orgId, 'ids'), org) : [];
        const again = activate ? [info.t('records:register.already', { org, current: maskSecret(outcome.contractId), date: outcome.expiresAt.slice(0, 10) })] : [];
        // Today's program redeems elsewhere (on-premises in engagecenter): where the IDs go now.
        const redeem = own.multipleOffers ? currentRules(this.deps.service.catalog, info, ['R26-V5']) : [];
        // What the records show replaces the generic "expired" line: it says why and what to do.
        // ("우리 액세스 ID 뭐였죠? 애저에 시그니처 연결해서 티켓 하나 열려고요": what the records say of the cloud line they are for.)
        const cloudLines = summary?.lines.filter((l) => l.benefit.scope === 'cloud') ?? [];
        const cloud = summary && CLOUD_WORD.test(info.text) ? (cloudLines.length ? usedUpLines(info, { ...summary, lines: cloudLines }) : [noCloudNote(info, summary.lines)]) : [];
        // ("i'm the only global admin and I'm leaving … what should i hand over": who activates next year.)
        const handover = LEAVING.test(info.text) ? [info.t('answers:ids.handover')] : [];
        // ("need to email them to a contractor who isn't in our tenant. thats allowed right?": yes, on today's program's rule.)
        const outside = own.multipleOffers && OUTSIDE_SHARE.test(info.text) ? currentRules(this.deps.service.catalog, info, ['R26-V3']) : [];
        return { ...answer, notes: [...handover, ...outside, ...cloud, ...redeem, ...(notes.length ? notes : (answer.notes ?? [])), ...again] };
      }
      case 'not-authorized': {
        // "So is our benefit even activated?": the company's activation, which this account cannot see for itself.
        const refused = infoAnswer('not-authorized', program, info);
        const summary = ACTIVATION_ASKED.test(info.text) && info.user?.orgId ? await this.deps.service.summary(info.user.orgId) : undefined;
        return summary ? { ...refused, text: [await this.activatedLead(info, summary), refused.text].filter(Boolean).join('\n\n') } : refused;
      }
      case 'no-benefits':
        return infoAnswer('no-benefits', program, info);
      case 'denied':
        if (outcome.reason === 'unknown-user') return infoAnswer('unknown-user', program, info);
        if (outcome.reason === 'shared-scope') return fromKey(info, program, 'ids.private-only', { kind: 'refusal', section: SECTION });
        return fromKey(info, program, 'ids.denied', { kind: 'refusal' });
    }
  }

  /** "Did I already activate?": yes, when and by whom the records say. */
  private async activatedLead(info: TurnInfo, s: OrgSummary | undefined): Promise<string> {
    const by = s?.activatedBy ? (await this.deps.service.orgUsers(s.org.id)).find((u) => u.id === s.activatedBy)?.name : undefined;
    // "The Activate button is grey for me": the role decides, not the state.
    const role = s && info.user && !may(s.program, info.user, 'activate') && (GREYED.test(info.text) || SELF_ACTIVATE.test(info.text)) ? [info.t('answers:ids.greyed-role', { roles: roleNames(s.program, info.user.roles, info.locale) })] : [];
    if (!s?.activatedAt) return [info.t('answers:ids.already-active'), ...role].join(' ');
    return [info.t(by ? 'answers:ids.already-active-by' : 'answers:ids.already-active-on', { date: s.activatedAt.slice(0, 10), by }), ...role].join(' ');
  }

  private async orgName(info: TurnInfo): Promise<string> {
    return (info.user?.orgId ? (await this.deps.service.summary(info.user.orgId))?.org.name : undefined) ?? '';
  }

  private async finish(step: WaterfallStepContext, answer: Answer) {
    await this.deps.send(step, answer);
    return step.endDialog();
  }
}
