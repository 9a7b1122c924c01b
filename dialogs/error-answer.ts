import type { Answer, AnswerFact } from '../src/core/answer.js';
import type { Program, TriageFact } from '../src/core/catalog-schema.js';
import { triage, type TriageFacts, type TriageResult } from '../src/core/triage.js';
import { commonValues, fromKey } from './compose.js';
import type { TurnInfo } from './turn.js';

type Diagnosis = Extract<TriageResult, { kind: 'diagnosis' }>;

/** What each assumed fact would change, when the partner's answer differs from the assumption. */
const ALTERNATIVES: Partial<Record<TriageFact, readonly string[]>> = {
  offer: ['no-cloud-benefit'],
  customerSubscription: ['csp-customer'],
  contractStatus: ['contract-invalid', 'activate-first'],
  planOffered: ['escalate'],
  planInSfb: ['add-contract'],
};

/** The one question worth offering, in this order: its answer changes the advice most. */
const ASK_ORDER: readonly TriageFact[] = ['customerSubscription', 'contractStatus', 'offer'];

/**
 * Walks the tree (facts.md §3) with what is known and the catalog's `assume` value for the
 * rest, so the answer comes at once: the most likely leaf for the known facts, plus which facts
 * were assumed (the answer then says what would change).
 */
export function assumedDiagnosis(program: Program, known: TriageFacts): { result: Diagnosis; assumed: TriageFact[] } {
  const facts: TriageFacts = { ...known };
  const assumed: TriageFact[] = [];
  for (let i = 0; i <= Object.keys(program.triage.nodes).length; i++) {
    const result = triage(program.triage, facts);
    if (result.kind === 'diagnosis') return { result, assumed };
    const node = Object.values(program.triage.nodes).find((n) => n.ask === result.fact);
    facts[result.fact] = node?.assume ?? result.options[0] ?? '';
    assumed.push(result.fact);
  }
  throw new Error('triage tree did not end');
}

/** The path as evidence, without the assumed facts: each says whether it came from the records. */
function evidence(info: TurnInfo, result: Diagnosis, assumed: readonly TriageFact[], fromRecords: readonly TriageFact[]): AnswerFact[] {
  return result.path
    .filter(({ fact }) => !assumed.includes(fact))
    .map(({ fact, value }) => ({
      label: info.t(`answers:triage.fact.${fact}`),
      value: `${info.t(`answers:triage.option.${fact}.${value}`)}${fromRecords.includes(fact) ? ` (${info.t('answers:triage.from-records')})` : ''}`,
    }));
}

/** The leaf's wording: no membership at all, when the records say so, is no benefits of any kind, not only no cloud one. */
export function leafKey(result: Diagnosis, offerFromRecords: boolean): string {
  const none = result.leaf === 'no-cloud-benefit' && offerFromRecords && result.path.some(({ fact, value }) => fact === 'offer' && value === 'none');
  return none ? 'no-membership' : result.leaf;
}

/** The diagnosis leaf as an answer, with its evidence and the rule that holds on every branch. */
export function diagnosisAnswer(info: TurnInfo, program: Program, result: Diagnosis, fromRecords: readonly TriageFact[], assumed: readonly TriageFact[] = []): Answer {
  const base = fromKey(info, program, `triage.leaf.${leafKey(result, fromRecords.includes('offer'))}`, { kind: 'diagnosis', section: result.section });
  // Not linked from this account before (Q3 "no"): the message is generic, so the link is another account's, not this one's.
  const elsewhere = result.leaf === 'already-linked' && result.path.some(({ fact, value }) => fact === 'linkedBefore' && value === 'no');
  return { ...base, ...(elsewhere ? { text: info.t('answers:triage.linked-elsewhere') } : {}), facts: evidence(info, result, assumed, fromRecords), notes: [...(base.notes ?? []), info.t('answers:triage.never-new-id')] };
}

/**
 * "Azure says This Access ID is already associated to an account": the article's answer in one
 * reply — the diagnosis for what is known (records, the message, earlier replies), what would
 * change it for each assumed fact, and at most one question as buttons.
 */
export function errorAnswer(info: TurnInfo, program: Program, known: TriageFacts, fromRecords: readonly TriageFact[]): { answer: Answer; leaf: Diagnosis } {
  const { result, assumed } = assumedDiagnosis(program, { location: 'azure-link', ...known });
  const answer = diagnosisAnswer(info, program, result, fromRecords, assumed);
  const ifs = assumed.flatMap((fact) => ALTERNATIVES[fact] ?? []).filter((leaf) => leaf !== result.leaf);
  const unique = [...new Set(ifs)];
  const lead = unique.length ? [info.t('answers:azure-error.if-title')] : [];
  const notes = [...lead, ...unique.map((leaf) => info.t(`answers:azure-error.if.${leaf}`, commonValues(program, info.locale))), ...(answer.notes ?? [])];
  const ask = ASK_ORDER.find((f) => assumed.includes(f));
  const options = ask ? Object.values(program.triage.nodes).find((n) => n.ask === ask)?.branches ?? {} : {};
  const choices = ask
    ? Object.keys(options)
        .filter((o) => o !== 'unknown' && o !== 'valid')
        .map((o) => ({ label: info.t(`answers:triage.option.${ask}.${o}`), value: `error ${ask}=${o}` }))
    : [];
  return {
    answer: { ...answer, notes, ...(choices.length ? { choices, text: `${answer.text ?? ''} ${info.t(`answers:azure-error.ask.${ask}`)}`.trim() } : {}) },
    leaf: result,
  };
}
