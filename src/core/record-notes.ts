import type { Program } from './catalog-schema.js';
import { balances, contractState, lastOpenedOn, membershipActive } from './ledger.js';
import type { OrgRecord } from './types.js';

/** What a question is about, so only the notes that bear on it are given. */
export type RecordTopic = 'ids' | 'benefits' | 'incidents' | 'cloud' | 'error' | 'any';

export type RecordNoteId =
  | 'no-membership'
  | 'membership-lapsed'
  | 'not-registered'
  | 'renewed-old-contract'
  | 'contract-expired'
  | 'line-used-up'
  | 'action-pack-cloud';

/**
 * One thing the org's records show that bears on a question, with the values its wording needs
 * (i18n `records:note.<id>.text` says what the records show, `.todo` what to do). Never an ID.
 */
export interface RecordNote {
  id: RecordNoteId;
  values: Record<string, string>;
}

/** Which notes matter for which topic ("any" takes all). */
const TOPICS: Record<RecordNoteId, readonly RecordTopic[]> = {
  'no-membership': ['ids', 'benefits', 'incidents', 'cloud', 'error'],
  'membership-lapsed': ['ids', 'benefits', 'incidents', 'cloud', 'error'],
  'not-registered': ['ids', 'benefits', 'incidents', 'cloud', 'error'],
  'renewed-old-contract': ['ids', 'benefits', 'incidents', 'cloud', 'error'],
  'contract-expired': ['ids', 'benefits', 'incidents', 'cloud', 'error'],
  'line-used-up': ['benefits', 'incidents', 'cloud', 'error'],
  'action-pack-cloud': ['cloud', 'error'],
};

/** The membership and contract notes: at most one, the one that explains the most. */
function contractNote(org: OrgRecord, now: Date): RecordNote | undefined {
  const m = org.org.membership;
  if (!m) return { id: 'no-membership', values: {} };
  if (!membershipActive(org, now)) return { id: 'membership-lapsed', values: { endsOn: m.endsOn, startsOn: m.startsOn } };
  const a = org.activation;
  if (!a) return { id: 'not-registered', values: { startsOn: m.startsOn } };
  if (contractState(org, now) !== 'expired') return undefined;
  // Expired while the membership is current: registered before this membership year began → last year's contract.
  const id = a.activatedAt.slice(0, 10) < m.startsOn ? 'renewed-old-contract' : 'contract-expired';
  return { id, values: { expiredOn: a.expiresAt.slice(0, 10), startsOn: m.startsOn } };
}

/**
 * What the records show that bears on a question about `topic` (facts.md §1.8, R21-P4, R21-E2):
 * no or a lapsed membership, this year's IDs not registered, a renewed membership still on last
 * year's contract, an expired contract, a line with no incidents left, an Action Pack org asking
 * about cloud support. Pure; most important first; empty when the records show nothing amiss.
 */
export function recordNotes(org: OrgRecord, program: Program, now: Date, topic: RecordTopic = 'any'): RecordNote[] {
  const notes: RecordNote[] = [];
  const contract = contractNote(org, now);
  if (contract) notes.push(contract);
  if (!contract) {
    for (const line of balances(program, org, now)) {
      if (line.usable || line.remaining.kind !== 'count') continue;
      if (topic === 'cloud' && line.benefit.scope !== 'cloud') continue;
      const on = lastOpenedOn(org.ledger, line.line);
      notes.push({ id: 'line-used-up', values: { pack: line.packName, allowance: String(line.remaining.allowance), scope: line.benefit.scope, endsOn: org.org.membership?.endsOn ?? '', ...(on ? { on } : {}) } });
    }
  }
  const offer = org.org.membership?.offer;
  const cloudLines = org.org.membership ? balances(program, org, now).filter((l) => l.benefit.scope === 'cloud') : [];
  if (offer && cloudLines.length === 0 && program.offers.some((o) => o.id === offer && !o.requiresCompetency)) notes.push({ id: 'action-pack-cloud', values: {} });
  return notes.filter((n) => topic === 'any' || TOPICS[n.id].includes(topic));
}
