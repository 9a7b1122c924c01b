import { ComponentDialog, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { Answer, AnswerFact } from '../src/core/answer.js';
import type { Program } from '../src/core/catalog-schema.js';
import type { EntitlementLine } from '../src/core/entitlements.js';
import type { LineBalance } from '../src/core/ledger.js';
import type { OrgSummary } from '../src/core/service.js';
import { ASK_DIALOG, type AskResult } from './ask.dialog.js';
import { cite, commonValues, fromKey } from './compose.js';
import type { DialogDeps } from './deps.js';
import { infoAnswer } from './info.js';
import { turnInfo, type TurnInfo } from './turn.js';

export const CHECK_BENEFITS = 'check-benefits';

export interface CheckBenefitsOptions {
  offer?: string;
  competencies?: string[];
}

const SECTION = 'technical-support-entitlement-and-supported-products';

/** "20 incidents", "unlimited", "20 incidents, 17 left". */
export function allowanceText(info: TurnInfo, line: EntitlementLine | LineBalance): string {
  if (line.allowance.kind === 'unlimited') return info.t('answers:benefits.unlimited');
  const total = info.t('answers:benefits.incidents', { count: line.allowance.count });
  const r = 'remaining' in line ? line.remaining : undefined;
  return r?.kind === 'count' ? info.t('answers:benefits.left', { total, count: r.left }) : total;
}

export function lineFact(info: TurnInfo, line: EntitlementLine | LineBalance): AnswerFact {
  const basis = line.basis === 'any' ? '' : ` ${info.t(`answers:benefits.basis.${line.basis}`)}`;
  return { label: `${line.benefit.name}${basis}`, value: `${allowanceText(info, line)} — ${line.benefit.description[info.locale]}` };
}

function orgAnswer(info: TurnInfo, s: OrgSummary): Answer {
  const m = s.org.membership;
  if (!m || !s.membershipActive) return infoAnswer('no-benefits', s.program, info);
  const offer = s.program.offers.find((o) => o.id === m.offer);
  const names = m.competencies.map((id) => s.program.competencies.find((c) => c.id === id)?.name[info.locale] ?? id);
  const facts: AnswerFact[] = [
    { label: info.t('answers:benefits.offer'), value: offer?.name[info.locale] ?? m.offer },
    ...(names.length ? [{ label: info.t('answers:benefits.competencies'), value: names.join(', ') }] : []),
    { label: info.t('answers:benefits.membership'), value: info.t('answers:benefits.until', { date: m.endsOn }) },
    ...s.lines.map((l) => lineFact(info, l)),
    { label: info.t('answers:benefits.activation'), value: info.t(`answers:benefits.contract.${s.contract}`, { date: s.expiresAt?.slice(0, 10) ?? '' }) },
  ];
  const notes = s.contract === 'not-activated' ? [info.t('answers:benefits.activate-note', commonValues(s.program, info.locale))] : [];
  return {
    kind: 'benefits',
    locale: info.locale,
    title: info.t('answers:benefits.org-title', { org: s.org.name }),
    facts,
    ...(notes.length ? { notes } : {}),
    citations: [cite(s.program, SECTION, info)],
    sensitive: false,
  };
}

function generalAnswer(info: TurnInfo, program: Program, offerId: string, lines: EntitlementLine[], known: boolean): Answer {
  const offer = program.offers.find((o) => o.id === offerId);
  const notes = [info.t('answers:benefits.activate-first')];
  if (!lines.some((l) => l.benefit.scope === 'cloud')) notes.push(info.t(offer?.requiresCompetency ? 'answers:benefits.no-cloud' : 'answers:benefits.action-pack-no-cloud'));
  if (!known) notes.push(info.t('answers:benefits.unknown-user'));
  return {
    kind: 'benefits',
    locale: info.locale,
    title: info.t('answers:benefits.general-title', { offer: offer?.name[info.locale] ?? offerId }),
    facts: lines.map((l) => lineFact(info, l)),
    notes,
    citations: [cite(program, SECTION, info)],
    sensitive: false,
  };
}

/**
 * "How many incidents does our Gold membership give us?" — the org's own lines and balances
 * when the bot knows the speaker's org (and the question names no other offer); otherwise the
 * table for the offer and competencies in the question, asking for whatever is missing.
 */
export class CheckBenefitsDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(CHECK_BENEFITS);
    this.addDialog(new WaterfallDialog('check-benefits.steps', [(s) => this.start(s), (s) => this.offerAnswered(s)]));
  }

  private opts(step: WaterfallStepContext): CheckBenefitsOptions {
    return step.options as CheckBenefitsOptions;
  }

  private async start(step: WaterfallStepContext) {
    const info = turnInfo(step.context);
    const opts = this.opts(step);
    const orgId = info.user?.orgId;
    const summary = orgId ? await this.deps.service.summary(orgId) : undefined;
    if (summary && (!opts.offer || opts.offer === summary.org.membership?.offer)) {
      await this.deps.send(step, orgAnswer(info, summary));
      return step.endDialog();
    }
    if (opts.offer) return step.next({ value: opts.offer } satisfies AskResult);
    const program = this.deps.service.catalog.defaultProgram;
    const choices = program.offers.map((o) => ({ label: o.name[info.locale], value: o.id }));
    return step.beginDialog(ASK_DIALOG, { answer: { ...fromKey(info, program, 'benefits.ask-offer', { kind: 'prompt' }), choices }, freeText: true });
  }

  private async offerAnswered(step: WaterfallStepContext) {
    const opts = this.opts(step);
    const info = turnInfo(step.context);
    const result = step.result as AskResult;
    const entities = 'text' in result ? (await this.deps.recognizer.recognize(result.text)).entities : { offer: result.value, competencies: [] };
    const program = this.deps.service.catalog.defaultProgram;
    const offer = program.offers.find((o) => o.id === entities.offer);
    if (!offer) {
      await this.deps.send(step, fromKey(info, program, 'benefits.offer-unknown', { kind: 'refusal' }));
      return step.endDialog();
    }
    const named = opts.competencies?.length ? opts.competencies : entities.competencies;
    // Without named competencies, show the lines for both kinds: they depend only on the kind held.
    const stand = (cloud: boolean) => program.competencies.find((c) => c.cloud === cloud)?.id ?? '';
    const competencies = named.length ? named : [stand(true), stand(false)];
    const lines = this.deps.service.entitlements({ offer: offer.id, competencies });
    await this.deps.send(step, generalAnswer(info, program, offer.id, lines, info.user !== undefined));
    return step.endDialog();
  }
}
