import type { Program, TriageFact, TriageTree } from './catalog-schema.js';
import { CoreError } from './errors.js';
import { balances, contractState, membershipActive } from './ledger.js';
import { linkOf } from './linking.js';
import type { OrgRecord, User } from './types.js';

/** What is known about a case, fact -> answer value (the tree's branch keys). */
export type TriageFacts = Partial<Record<TriageFact, string>>;

export interface TriageStep {
  fact: TriageFact;
  value: string;
}

export type TriageResult =
  | {
      kind: 'diagnosis';
      leaf: string;
      scenario?: number;
      confidence: 'high' | 'medium' | 'low';
      basis: 'seed' | 'seed-2023' | 'inferred';
      section: string;
      /** The answers that led here, in order. */
      path: TriageStep[];
    }
  /** The next fact to ask for, with its possible answers; only facts on the path are ever asked. */
  | { kind: 'need'; fact: TriageFact; options: string[]; path: TriageStep[] };

/**
 * Walks the decision tree (facts.md §3) with the facts known so far. A fact whose value is not
 * a branch of its question falls back to the "unknown" branch when there is one, else is asked.
 */
export function triage(tree: TriageTree, facts: TriageFacts): TriageResult {
  const path: TriageStep[] = [];
  let ref = tree.start;
  for (let hops = 0; hops <= Object.keys(tree.nodes).length; hops++) {
    const [kind, name = ''] = ref.split(':');
    if (kind === 'leaf') {
      const leaf = tree.leaves[name];
      if (!leaf) break;
      const { scenario, confidence, basis, section } = leaf;
      return { kind: 'diagnosis', leaf: name, confidence, basis, section, path, ...(scenario !== undefined ? { scenario } : {}) };
    }
    const node = tree.nodes[name];
    if (!node) break;
    const given = facts[node.ask];
    const value = given !== undefined && given in node.branches ? given : given !== undefined && 'unknown' in node.branches ? 'unknown' : undefined;
    if (value === undefined) return { kind: 'need', fact: node.ask, options: Object.keys(node.branches), path };
    path.push({ fact: node.ask, value });
    ref = node.branches[value] ?? '';
  }
  throw new CoreError('TRIAGE_TREE_INVALID', `triage tree does not reach a leaf from "${ref}"`);
}

/**
 * The facts the bot's own records already answer for a user's case: the offer (or "none" without
 * an active membership), the state of the contract for cloud support, and whether this user's
 * sign-in account linked the contract before. Where and for whom the error appeared only the
 * partner can tell.
 */
export function factsFromRecords(program: Program, record: OrgRecord, user: User | undefined, now: Date): TriageFacts {
  const facts: TriageFacts = {};
  facts.offer = membershipActive(record, now) && record.org.membership ? record.org.membership.offer : 'none';
  const state = contractState(record, now);
  const lines = balances(program, record, now);
  const usedUp = (scope: 'cloud' | 'on-premises' | 'any') => {
    const mine = lines.filter((l) => scope === 'any' || l.benefit.scope === scope);
    return mine.length > 0 && (scope === 'any' ? mine.some((l) => !l.usable) : mine.every((l) => !l.usable));
  };
  const status = (scope: 'cloud' | 'on-premises' | 'any') => (state !== 'valid' ? state : usedUp(scope) ? 'exhausted' : 'valid');
  facts.contractStatus = status('cloud');
  facts.onPremStatus = status('on-premises');
  facts.planStatus = status('any');
  if (user && user.orgId === record.org.id) {
    facts.linkedBefore = linkOf(record, user.account) ? 'yes' : 'no';
    facts.accountSide = user.scope;
  }
  return facts;
}

/** The diagnosis tree staff triage walks for a known message, if the program has one. */
export function treeFor(program: Program, messageId: string): TriageTree | undefined {
  const tree = program.messages.find((m) => m.id === messageId)?.tree;
  return tree === undefined ? undefined : program.trees[tree];
}
