import { ComponentDialog, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { Answer, AnswerFact } from '../src/core/answer.js';
import type { Program, TriageFact } from '../src/core/catalog-schema.js';
import { triage, type TriageFacts, type TriageResult } from '../src/core/triage.js';
import { ASK_DIALOG, type AskResult } from './ask.dialog.js';
import { fromKey } from './compose.js';
import type { DialogDeps } from './deps.js';
import { turnInfo, type TurnInfo } from './turn.js';

export const ACCESS_ID_ERROR = 'access-id-error';

export interface AccessIdErrorOptions {
  /** What the user wrote, to pick up where the message appeared. */
  text?: string;
  /** Offer named in the question (used only when the bot does not know the org). */
  offer?: string;
  facts?: TriageFacts;
  /** Facts that came from the bot's records rather than from the user. */
  fromRecords?: TriageFact[];
}

/** Where the message appeared, when the user's own words say it. */
export function locationFromText(text: string): string | undefined {
  const t = text.toLowerCase();
  if (/support for business|serviceshub|비즈니스 지원|dynamics|\blcs\b|power platform|engage ?center/.test(t)) return 'other';
  if (/azure|애저|link support benefits|지원 혜택 연결|support plans|지원 계획/.test(t)) return 'azure-link';
  return undefined;
}

/**
 * The triage facts a description states outright ("for our CSP customer", "the plan is not
 * offered", "never linked before"), in English or Korean. Anything less clear is asked.
 */
export function factsFromText(text: string): TriageFacts {
  const t = text.toLowerCase();
  const facts: TriageFacts = {};
  const location = locationFromText(text);
  if (location) facts.location = location;
  if (/\bcsp\b.*\bcustomer|customer'?s? (azure )?subscription|고객(의)? (azure )?구독|csp 고객/.test(t)) facts.customerSubscription = 'yes';
  else if (/\bour own (azure )?(subscription|tenant)|우리 (회사 )?구독|자사 구독/.test(t)) facts.customerSubscription = 'no';
  if (/never (been )?linked|not linked before|first time linking|처음 연결|연결한 적(이)? 없/.test(t)) facts.linkedBefore = 'no';
  if (/(plan|partner plan).{0,20}(not|isn'?t|is not) (offered|shown|listed)|no (support )?plan (is )?offered|플랜이 (안|나오지 않|표시되지 않)/.test(t)) facts.planOffered = 'no';
  return facts;
}

/**
 * Why the Azure portal says "This Access ID is already associated to an account": walks the
 * triage tree (facts.md §3), takes every fact the bot's records already answer, asks only for the
 * rest, one question at a time, and ends with the diagnosis, the steps and the section it rests on.
 */
export class AccessIdErrorDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(ACCESS_ID_ERROR);
    this.addDialog(new WaterfallDialog('access-id-error.steps', [(s) => this.next(s), (s) => this.answered(s)]));
  }

  private async next(step: WaterfallStepContext) {
    const info = turnInfo(step.context);
    const opts = step.options as AccessIdErrorOptions;
    if (!opts.facts) Object.assign(opts, await this.initialFacts(info, opts));
    const program = this.deps.service.catalog.defaultProgram;
    const result = triage(program.triage, opts.facts ?? {});
    if (result.kind === 'diagnosis') {
      info.memory.triage = { leaf: result.leaf, path: result.path };
      await this.deps.send(step, diagnosisAnswer(info, program, result, opts.fromRecords ?? []));
      return step.endDialog(result);
    }
    const question = fromKey(info, program, `triage.ask.${result.fact}`, { kind: 'prompt' });
    const choices = result.options.map((o) => ({ label: info.t(`answers:triage.option.${result.fact}.${o}`), value: o }));
    (step.values as Record<string, unknown>)['fact'] = result.fact;
    return step.beginDialog(ASK_DIALOG, { answer: { ...question, choices } });
  }

  private async answered(step: WaterfallStepContext) {
    const opts = step.options as AccessIdErrorOptions;
    const fact = (step.values as Record<string, unknown>)['fact'] as TriageFact;
    const value = (step.result as AskResult & { value?: string }).value ?? '';
    return step.replaceDialog('access-id-error.steps', { ...opts, facts: { ...opts.facts, [fact]: value } });
  }

  private async initialFacts(info: TurnInfo, opts: AccessIdErrorOptions): Promise<Pick<AccessIdErrorOptions, 'facts' | 'fromRecords'>> {
    const records = info.user ? await this.deps.service.triageFacts(info.user) : {};
    const facts: TriageFacts = { ...records, ...factsFromText(opts.text ?? '') };
    if (!facts.offer && opts.offer) facts.offer = opts.offer;
    return { facts, fromRecords: Object.keys(records) as TriageFact[] };
  }
}

/** The diagnosis with its evidence: every fact on the path, saying which came from the records. */
export function diagnosisAnswer(info: TurnInfo, program: Program, result: Extract<TriageResult, { kind: 'diagnosis' }>, fromRecords: readonly TriageFact[]): Answer {
  const base = fromKey(info, program, `triage.leaf.${result.leaf}`, { kind: 'diagnosis', section: result.section });
  const evidence: AnswerFact[] = result.path.map(({ fact, value }) => ({
    label: info.t(`answers:triage.fact.${fact}`),
    value: `${info.t(`answers:triage.option.${fact}.${value}`)}${fromRecords.includes(fact) ? ` (${info.t('answers:triage.from-records')})` : ''}`,
  }));
  return { ...base, facts: evidence, notes: [...(base.notes ?? []), info.t('answers:triage.never-new-id')] };
}
