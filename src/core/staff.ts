import type { TriageTree } from './catalog-schema.js';
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
  /** How well the text matched the message: 1 for a whole quote, less for a paraphrase. */
  match: number;
}

/** How the pasted text matched the known message (from the error matcher). */
export interface MessageMatch {
  messageId: string;
  score: number;
  exact: boolean;
}

/** Below this a fuzzy match lowers the confidence one step: the message may be another one. */
const SURE_MATCH = 0.85;

const LOWER: Record<Confidence, Confidence> = { high: 'medium', medium: 'low', low: 'low' };

/**
 * Runs a message's triage tree to a leaf for staff: facts from the records and the text first,
 * then the tree's own default for each fact still unknown (`assume` in the catalog), so staff
 * always get a most-likely diagnosis plus the exact questions that would confirm it. Confidence
 * starts at the leaf's own, drops one step per assumed fact and one for a loose text match
 * (score below 0.85); `match` is 1 when no text was matched (the tree was chosen by hand).
 */
export function assessCase(tree: TriageTree, input: { records: TriageFacts; told: TriageFacts; match?: Pick<MessageMatch, 'score' | 'exact'> }): Assessment {
  const facts: TriageFacts = { ...input.records, ...input.told };
  const assumed: TriageStep[] = [];
  const match = input.match ? (input.match.exact ? 1 : input.match.score) : 1;
  for (let i = 0; i <= Object.keys(tree.nodes).length; i++) {
    const result = triage(tree, facts);
    if (result.kind === 'diagnosis') {
      const source = (s: TriageStep, from: TriageFacts) => from[s.fact] === s.value && !assumed.some((a) => a.fact === s.fact);
      const steps = assumed.length + (match < SURE_MATCH ? 1 : 0);
      return {
        result,
        confidence: Array.from({ length: steps }).reduce<Confidence>((c) => LOWER[c], result.confidence),
        fromRecords: result.path.filter((s) => source(s, input.records) && input.told[s.fact] === undefined),
        told: result.path.filter((s) => source(s, input.told)),
        assumed,
        match,
      };
    }
    const node = Object.values(tree.nodes).find((n) => n.ask === result.fact);
    if (!node) break;
    facts[result.fact] = node.assume;
    assumed.push({ fact: result.fact, value: node.assume });
  }
  throw new CoreError('TRIAGE_TREE_INVALID', 'staff triage did not reach a leaf');
}
