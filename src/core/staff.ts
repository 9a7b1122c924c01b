import type { Program } from './catalog-schema.js';
import { CoreError } from './errors.js';
import { triage, type TriageFacts, type TriageResult, type TriageStep } from './triage.js';

export type Confidence = 'high' | 'medium' | 'low';
type Diagnosis = Extract<TriageResult, { kind: 'diagnosis' }>;

/** A staff member's view of a case: the likely diagnosis, what it rests on, and what to ask. */
export interface Assessment {
  result: Diagnosis;
  /** How sure: the leaf's own confidence, one step lower for every fact that had to be assumed. */
  confidence: Confidence;
  /** Facts on the path that came from the org's records. */
  fromRecords: TriageStep[];
  /** Facts on the path that the pasted text or the staff member gave. */
  told: TriageStep[];
  /** Facts nobody gave, with the answer assumed for now: ask the partner these. */
  assumed: TriageStep[];
}

const LOWER: Record<Confidence, Confidence> = { high: 'medium', medium: 'low', low: 'low' };

/**
 * Runs the triage tree to a leaf for staff: facts from the records and the text first, then the
 * tree's own default for each fact still unknown (`assume` in the catalog), so staff always get a
 * most-likely diagnosis plus the exact questions that would confirm it.
 */
export function assessCase(program: Program, input: { records: TriageFacts; told: TriageFacts }): Assessment {
  const facts: TriageFacts = { ...input.records, ...input.told };
  const assumed: TriageStep[] = [];
  for (let i = 0; i <= Object.keys(program.triage.nodes).length; i++) {
    const result = triage(program.triage, facts);
    if (result.kind === 'diagnosis') {
      const source = (s: TriageStep, from: TriageFacts) => from[s.fact] === s.value && !assumed.some((a) => a.fact === s.fact);
      return {
        result,
        confidence: assumed.reduce<Confidence>((c) => LOWER[c], result.confidence),
        fromRecords: result.path.filter((s) => source(s, input.records) && input.told[s.fact] === undefined),
        told: result.path.filter((s) => source(s, input.told)),
        assumed,
      };
    }
    const node = Object.values(program.triage.nodes).find((n) => n.ask === result.fact);
    if (!node) break;
    facts[result.fact] = node.assume;
    assumed.push({ fact: result.fact, value: node.assume });
  }
  throw new CoreError('TRIAGE_TREE_INVALID', 'staff triage did not reach a leaf');
}
