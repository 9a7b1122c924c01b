import { ComponentDialog, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { ActivationOutcome, ViewIdsOutcome } from '../src/core/access.js';
import type { Answer } from '../src/core/answer.js';
import type { Program } from '../src/core/catalog-schema.js';
import { ASK_DIALOG } from './ask.dialog.js';
import { fromKey, yesNo } from './compose.js';
import type { DialogDeps } from './deps.js';
import { infoAnswer } from './info.js';
import { turnInfo, type TurnInfo } from './turn.js';

export const GET_IDS = 'get-ids';
const SECTION = 'view-and-activate-your-technical-support-benefits';

export interface GetIdsOptions {
  /** The user asked to activate rather than to see the IDs. */
  activate?: boolean;
}

/** The IDs themselves: a sensitive answer, only ever built for a private scope. */
function idsAnswer(info: TurnInfo, program: Program, ids: Extract<ViewIdsOutcome, { kind: 'ids' }>, lead?: string): Answer {
  const base = fromKey(info, program, 'ids.shown', { kind: 'ids', section: SECTION, values: { date: ids.expiresAt.slice(0, 10) } });
  return {
    ...base,
    ...(lead ? { text: `${lead} ${base.text ?? ''}`.trim() } : {}),
    facts: [
      { label: 'Access ID', value: ids.accessId },
      { label: 'Contract ID', value: ids.contractId },
      { label: info.t('answers:ids.valid-until'), value: ids.expiresAt.slice(0, 10) },
    ],
    ...(ids.expired ? { notes: [info.t('answers:ids.expired')] } : {}),
    sensitive: true,
  };
}

/**
 * "Where are our Access ID and Contract ID?" and "activate our benefits": shows the IDs to a
 * member of an activated org, privately only; explains activation otherwise, and lets a Global
 * admin or MPN partner admin activate after a confirmation.
 */
export class GetIdsDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(GET_IDS);
    this.addDialog(new WaterfallDialog('get-ids.steps', [(s) => this.start(s), (s) => this.confirmed(s)]));
  }

  private async start(step: WaterfallStepContext) {
    const info = turnInfo(step.context);
    const program = this.deps.service.catalog.defaultProgram;
    const requested = (await this.deps.service.orgsMentioned(info.text)).map((o) => o.id);
    const outcome = await this.deps.service.ids(info.user, { scope: info.scope, via: info.identity, requested });
    const activate = (step.options as GetIdsOptions).activate === true;
    // Someone who may not activate asking to: the core refuses and audits it.
    if (activate && outcome.kind === 'not-activated' && !outcome.canActivate && info.user) return this.finish(step, await this.activationAnswer(info, await this.deps.service.activate(info.user, info.identity)));
    if (outcome.kind === 'not-activated' && outcome.canActivate) {
      const ask = fromKey(info, program, 'ids.offer-activation', { kind: 'confirm', section: SECTION });
      return step.beginDialog(ASK_DIALOG, { answer: { ...ask, choices: yesNo(info, 'answers:ids.activate-yes', 'answers:ask.no') } });
    }
    return this.finish(step, await this.outcomeAnswer(info, outcome, activate));
  }

  private async confirmed(step: WaterfallStepContext) {
    const info = turnInfo(step.context);
    const program = this.deps.service.catalog.defaultProgram;
    if ((step.result as { value?: string }).value !== 'yes') return this.finish(step, fromKey(info, program, 'ids.activation-skipped'));
    const outcome = await this.deps.service.activate(info.user!, info.identity);
    return this.finish(step, await this.activationAnswer(info, outcome));
  }

  private async activationAnswer(info: TurnInfo, outcome: ActivationOutcome): Promise<Answer> {
    const program = this.deps.service.catalog.defaultProgram;
    if (outcome.kind !== 'activated' && outcome.kind !== 'already-active') return this.outcomeAnswer(info, outcome, true);
    const lead = info.t(`answers:ids.${outcome.kind}`);
    const ids = await this.deps.service.ids(info.user!, { scope: info.scope, via: info.identity });
    if (ids.kind === 'ids') return idsAnswer(info, program, ids, lead);
    return { ...fromKey(info, program, 'ids.private-only', { section: SECTION }), text: `${lead} ${info.t('answers:ids.private-only.text')}` };
  }

  /** Every outcome except the confirmation, as an answer. */
  private async outcomeAnswer(info: TurnInfo, outcome: ViewIdsOutcome | ActivationOutcome, activate: boolean): Promise<Answer> {
    const program = this.deps.service.catalog.defaultProgram;
    switch (outcome.kind) {
      case 'ids':
        return idsAnswer(info, program, outcome, activate ? info.t('answers:ids.already-active') : undefined);
      case 'not-authorized':
        return infoAnswer('not-authorized', program, info);
      case 'no-benefits':
        return infoAnswer('no-benefits', program, info);
      case 'not-activated':
        return { ...fromKey(info, program, activate ? 'ids.not-admin' : 'ids.not-activated', { kind: 'refusal', section: SECTION }), facts: await this.admins(info) };
      case 'denied':
        if (outcome.reason === 'unknown-user') return infoAnswer('unknown-user', program, info);
        if (outcome.reason === 'shared-scope') return fromKey(info, program, 'ids.private-only', { kind: 'refusal', section: SECTION });
        if (outcome.reason === 'not-admin') return { ...fromKey(info, program, 'ids.not-admin', { kind: 'refusal', section: SECTION }), facts: await this.admins(info) };
        return fromKey(info, program, 'ids.denied', { kind: 'refusal' });
      default:
        return this.activationAnswer(info, outcome);
    }
  }

  /** Who in the org can activate (names and roles only), so the user knows whom to ask. */
  private async admins(info: TurnInfo) {
    const users = info.user?.orgId ? await this.deps.service.orgUsers(info.user.orgId) : [];
    const program = this.deps.service.catalog.defaultProgram;
    return users
      .filter((u) => u.scope === 'membership' && u.roles.some((r) => r === 'global-admin' || r === 'mpn-partner-admin'))
      .map((u) => ({ label: u.name, value: u.roles.map((r) => program.roles.find((x) => x.id === r)?.name[info.locale] ?? r).join(', ') }));
  }

  private async finish(step: WaterfallStepContext, answer: Answer) {
    await this.deps.send(step, answer);
    return step.endDialog();
  }
}
