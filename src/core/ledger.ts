import type { Program } from './catalog-schema.js';
import { dayWithin, isoDay } from './dates.js';
import { entitlementsFor, type EntitlementLine } from './entitlements.js';
import type { Decision } from './ports.js';
import type { LedgerEntry, OrgRecord } from './types.js';

/** State of an org's one contract (the Access ID / Contract ID pair). */
export type ContractState = 'not-activated' | 'expired' | 'valid';

export type Remaining =
  | { kind: 'unlimited' }
  | { kind: 'count'; allowance: number; opened: number; refunded: number; left: number };

export interface LineBalance extends EntitlementLine {
  remaining: Remaining;
  /** Whether a new incident can be opened on this line now. */
  usable: boolean;
}

/** True when the org's membership offer is in force on `now` (R21 membership year, inclusive dates). */
export function membershipActive(record: OrgRecord, now: Date): boolean {
  const m = record.org.membership;
  return m !== null && dayWithin(isoDay(now), m.startsOn, m.endsOn);
}

/** The contract's state: expired from `expiresAt` on (R21-P4: one year after provisioning). */
export function contractState(record: OrgRecord, now: Date): ContractState {
  if (!record.activation) return 'not-activated';
  return now.getTime() >= Date.parse(record.activation.expiresAt) ? 'expired' : 'valid';
}

/** The day of the last request opened on a line (when a used-up line was used up). */
/** Requests on the lines given, net of refunds (what an unlimited line has been used for). */
export function netRequests(ledger: readonly LedgerEntry[], onLine: (line: string) => boolean): number {
  return ledger.reduce((n, e) => n + (onLine(e.benefit) ? (e.kind === 'opened' ? 1 : -1) : 0), 0);
}

export function lastOpenedOn(ledger: readonly LedgerEntry[], line: string): string | undefined {
  let last: string | undefined;
  for (const e of ledger) if (e.benefit === line && e.kind === 'opened' && (last === undefined || e.at > last)) last = e.at;
  return last?.slice(0, 10);
}

function remainingOn(line: EntitlementLine, ledger: readonly LedgerEntry[], expired: boolean): Remaining {
  if (line.allowance.kind === 'unlimited') return { kind: 'unlimited' };
  const mine = ledger.filter((e) => e.benefit === line.line);
  const opened = mine.filter((e) => e.kind === 'opened').length;
  const refunded = mine.filter((e) => e.kind === 'refunded').length;
  const left = expired ? 0 : Math.max(0, line.allowance.count - opened + refunded);
  return { kind: 'count', allowance: line.allowance.count, opened, refunded, left };
}

/**
 * Per-line balances: remaining = allowance − opened + refunded; unlimited stays unlimited;
 * an expired contract has nothing left on any line. Empty for an org without membership.
 */
export function balances(program: Program, record: OrgRecord, now: Date): LineBalance[] {
  const m = record.org.membership;
  if (!m) return [];
  const state = contractState(record, now);
  return entitlementsFor(program, m).map((line) => {
    const remaining = remainingOn(line, record.ledger, state === 'expired');
    const usable = state === 'valid' && (remaining.kind === 'unlimited' || remaining.left > 0);
    return { ...line, remaining, usable };
  });
}

export type IncidentOutcome =
  | { kind: 'opened'; entry: LedgerEntry; remaining: Remaining }
  | { kind: 'refunded'; entry: LedgerEntry; remaining: Remaining }
  | { kind: 'refused'; reason: 'not-activated' | 'expired' | 'exhausted' | 'no-such-line' | 'nothing-to-refund' };

export interface IncidentCommand {
  program: Program;
  record: OrgRecord;
  line: string;
  now: Date;
  entryId: string;
  ref?: string;
}

function refusal(cmd: IncidentCommand): IncidentOutcome | LineBalance {
  const state = contractState(cmd.record, cmd.now);
  if (state !== 'valid') return { kind: 'refused', reason: state };
  const line = balances(cmd.program, cmd.record, cmd.now).find((l) => l.line === cmd.line);
  return line ?? { kind: 'refused', reason: 'no-such-line' };
}

function entry(cmd: IncidentCommand, kind: LedgerEntry['kind']): LedgerEntry {
  return { id: cmd.entryId, benefit: cmd.line, kind, at: cmd.now.toISOString(), ...(cmd.ref ? { ref: cmd.ref } : {}) };
}

/** Opens one incident on a line; refused when the contract is not valid or the line has none left. */
export function openIncident(cmd: IncidentCommand): Decision<IncidentOutcome> {
  const line = refusal(cmd);
  if ('kind' in line) return { result: line };
  if (!line.usable) return { result: { kind: 'refused', reason: 'exhausted' } };
  const e = entry(cmd, 'opened');
  const r = line.remaining;
  const remaining: Remaining = r.kind === 'unlimited' ? r : { ...r, opened: r.opened + 1, left: r.left - 1 };
  return { result: { kind: 'opened', entry: e, remaining }, changes: { ledger: [e] } };
}

/** Gives one incident back (e.g. closed as a duplicate); never more than were opened. */
export function refundIncident(cmd: IncidentCommand): Decision<IncidentOutcome> {
  const line = refusal(cmd);
  if ('kind' in line) return { result: line };
  const r = line.remaining;
  if (r.kind === 'count' && r.refunded >= r.opened) return { result: { kind: 'refused', reason: 'nothing-to-refund' } };
  const e = entry(cmd, 'refunded');
  const remaining: Remaining = r.kind === 'unlimited' ? r : { ...r, refunded: r.refunded + 1, left: r.left + 1 };
  return { result: { kind: 'refunded', entry: e, remaining }, changes: { ledger: [e] } };
}
