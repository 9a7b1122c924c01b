import type { WaterfallStepContext } from 'botbuilder-dialogs';
import { ComponentDialog } from 'botbuilder-dialogs/lib/componentDialog.js';
import { WaterfallDialog } from 'botbuilder-dialogs/lib/waterfallDialog.js';
import type { Answer, AnswerFact } from '../src/core/answer.js';
import { maskSecret } from '../src/core/redact.js';
import { idsInText, malformedField, type PartnerCenterIds, type RegistrationOutcome, type RegistrationRefusal } from '../src/core/registration.js';
import type { User } from '../src/core/types.js';
import { ASK_DIALOG, type AskResult } from './ask.dialog.js';
import { fromKey, roleNames } from './compose.js';
import type { DialogDeps } from './deps.js';
import { infoAnswer } from './info.js';
import { recordsAnswer } from './records-text.js';
import { recordsOrgId, turnInfo, type TurnInfo } from './turn.js';

export const REGISTER_IDS = 'register-ids';
const SECTION = 'view-and-activate-your-technical-support-benefits';

interface Values {
  hadCurrent?: boolean;
  /** What is registered now, masked, for the replacement's confirmation. */
  since?: string;
  current?: string;
  expiresAt?: string;
  ids?: PartnerCenterIds;
}

/** Who in the org can activate (names and roles only), so a refused user knows whom to ask. */
export function admins(deps: DialogDeps, info: TurnInfo): Promise<AnswerFact[]> {
  return holders(deps, info, ['global-admin', 'mpn-partner-admin']);
}

/** Who in the org holds one of `roles` (names and roles only): the asker's org, or the one support staff are looking at. */
export async function holders(deps: DialogDeps, info: TurnInfo, roles: readonly string[]): Promise<AnswerFact[]> {
  const orgId = recordsOrgId(info);
  const users = orgId ? await deps.service.orgUsers(orgId) : [];
  const program = deps.service.catalog.defaultProgram;
  return users
    .filter((u) => u.scope === 'membership' && u.roles.some((r) => roles.includes(r)))
    .map((u) => ({ label: u.name, value: roleNames(program, u.roles, info.locale) }));
}

/** Why someone may not register, as an answer. */
export async function refusalAnswer(deps: DialogDeps, info: TurnInfo, refusal: RegistrationRefusal): Promise<Answer> {
  const program = deps.service.catalog.defaultProgram;
  if (refusal.kind === 'not-authorized') return infoAnswer('not-authorized', program, info);
  if (refusal.kind === 'no-benefits') return infoAnswer('no-benefits', program, info);
  if (refusal.reason === 'not-admin') return { ...fromKey(info, program, 'ids.not-admin', { kind: 'refusal', section: SECTION }), facts: await admins(deps, info) };
  return recordsAnswer(info, program, 'register.no-org', { kind: 'refusal' });
}

/**
 * Registering the IDs Partner Center shows, in a private chat: who may is checked first, then
 * the pasted pair is format-checked, shown masked for a confirmation (a replacement says what it
 * replaces), and stored for the org. Every outcome is audited by the core.
 */
export class RegisterIdsDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(REGISTER_IDS);
    this.addDialog(new WaterfallDialog('register-ids.steps', [(s) => this.check(s), (s) => this.pasted(s), (s) => this.confirmed(s)]));
  }

  private async check(step: WaterfallStepContext) {
    const info = turnInfo(step.context);
    const program = this.deps.service.catalog.defaultProgram;
    if (!info.user) return this.finish(step, infoAnswer('unknown-user', program, info));
    if (info.scope !== 'private') return this.finish(step, recordsAnswer(info, program, 'register.private-only', { kind: 'refusal' }));
    // Staff belong to no partner org: they register with the org named (staff command).
    if (this.deps.staff.isStaff(info.user)) return this.finish(step, recordsAnswer(info, program, 'staff-register.usage', { kind: 'help' }));
    const status = await this.deps.service.registrationStatus(info.user);
    if (status.kind !== 'may') return this.finish(step, await this.register(info, info.user, {}, false));
    const c = status.current;
    Object.assign(step.values as Values, { hadCurrent: c !== null, expiresAt: status.expiresAt, ...(c ? { since: c.activatedAt.slice(0, 10), current: maskSecret(c.contractId) } : {}) });
    const org = await this.orgName(info.user);
    const already = status.current ? [info.t('records:register.already', { org, current: maskSecret(status.current.contractId), date: status.current.expiresAt.slice(0, 10) })] : [];
    const prompt = recordsAnswer(info, program, 'register.paste', { kind: 'prompt', ...(already.length ? { notes: already } : {}) });
    return step.beginDialog(ASK_DIALOG, { answer: { ...prompt, choices: [{ label: info.t('records:register.later'), value: 'no' }] }, freeText: true });
  }

  private async pasted(step: WaterfallStepContext) {
    const info = turnInfo(step.context);
    const program = this.deps.service.catalog.defaultProgram;
    const result = step.result as AskResult;
    if (!('text' in result)) return this.finish(step, recordsAnswer(info, program, 'register.skipped'));
    const ids = idsInText(result.text);
    if (malformedField(ids) || !ids.accessId || !ids.contractId) return this.finish(step, await this.register(info, info.user!, ids, false));
    const values = step.values as Values;
    values.ids = { accessId: ids.accessId, contractId: ids.contractId };
    const v = { org: await this.orgName(info.user!), access: maskSecret(ids.accessId), contract: maskSecret(ids.contractId), date: values.expiresAt?.slice(0, 10) ?? '' };
    const key = values.hadCurrent ? 'register.confirm-replace' : 'register.confirm';
    const confirm = recordsAnswer(info, program, key, { kind: 'confirm', values: { ...v, since: values.since ?? '', current: values.current ?? '' } });
    const yes = info.t(values.hadCurrent ? 'records:register.yes-replace' : 'records:register.yes');
    return step.beginDialog(ASK_DIALOG, { answer: { ...confirm, choices: [{ label: yes, value: 'yes' }, { label: info.t('answers:ask.no'), value: 'no' }] } });
  }

  private async confirmed(step: WaterfallStepContext) {
    const info = turnInfo(step.context);
    const values = step.values as Values;
    if ((step.result as { value?: string }).value !== 'yes' || !values.ids) return this.finish(step, recordsAnswer(info, this.deps.service.catalog.defaultProgram, 'register.skipped'));
    return this.finish(step, await this.register(info, info.user!, values.ids, values.hadCurrent === true));
  }

  /** Asks the core to register (it checks and audits everything again) and words the outcome. */
  private async register(info: TurnInfo, user: User, ids: Partial<PartnerCenterIds>, replace: boolean): Promise<Answer> {
    const outcome = await this.deps.service.registerIds(user, { orgId: user.orgId, via: info.identity, ids, replace });
    return outcomeAnswer(this.deps, info, outcome, await this.orgName(user));
  }

  private async orgName(user: User): Promise<string> {
    return (user.orgId ? (await this.deps.service.summary(user.orgId))?.org.name : undefined) ?? '';
  }

  private async finish(step: WaterfallStepContext, answer: Answer) {
    await this.deps.send(step, answer);
    return step.endDialog();
  }
}

/** A registration outcome as the registering person sees it (IDs masked: they just pasted them). */
export async function outcomeAnswer(deps: DialogDeps, info: TurnInfo, outcome: RegistrationOutcome, org: string): Promise<Answer> {
  const program = deps.service.catalog.defaultProgram;
  switch (outcome.kind) {
    case 'registered':
    case 'unchanged': {
      const key = outcome.kind === 'unchanged' ? 'register.unchanged' : outcome.replaced ? 'register.replaced' : 'register.registered';
      const a = outcome.activation;
      const facts = [{ label: 'Access ID', value: maskSecret(a.accessId) }, { label: 'Contract ID', value: maskSecret(a.contractId) }];
      return recordsAnswer(info, program, key, { kind: 'ids', section: SECTION, values: { org, date: a.expiresAt.slice(0, 10) }, facts });
    }
    case 'confirm-replace':
      return recordsAnswer(info, program, 'register.changed-meanwhile', { kind: 'refusal' });
    case 'malformed':
      return recordsAnswer(info, program, `register.malformed.${outcome.field}`, { kind: 'refusal' });
    default:
      return refusalAnswer(deps, info, outcome);
  }
}
