import type { Program } from './catalog-schema.js';
import { balances, contractState } from './ledger.js';
import type { Decision } from './ports.js';
import type { Link, OrgRecord, Portal, SignInAccount } from './types.js';

export function sameAccount(a: SignInAccount, b: SignInAccount): boolean {
  return a.kind === b.kind && a.id.toLowerCase() === b.id.toLowerCase();
}

/** The earliest link of this sign-in account to the org's contract, if any. */
export function linkOf(record: OrgRecord, account: SignInAccount): Link | undefined {
  return record.links.find((l) => sameAccount(l.account, account));
}

/**
 * Whether the contract can still serve a request: activated, not expired, and some line has
 * incidents left (R21-P4: a link lasts until the contract expires or runs out of incidents).
 */
export function contractUsable(program: Program, record: OrgRecord, now: Date): 'valid' | 'expired' | 'exhausted' | 'not-activated' {
  const state = contractState(record, now);
  if (state !== 'valid') return state;
  return balances(program, record, now).some((l) => l.usable) ? 'valid' : 'exhausted';
}

/** Whether a link of this account is still in force now. */
export function linkActive(program: Program, record: OrgRecord, account: SignInAccount, now: Date): boolean {
  return linkOf(record, account) !== undefined && contractUsable(program, record, now) === 'valid';
}

export type LinkOutcome =
  | { kind: 'linked'; link: Link }
  /** The same account linked before: the portal's "already associated" case (message M3). */
  | { kind: 'already-associated'; link: Link; contract: 'valid' | 'expired' | 'exhausted' }
  | { kind: 'not-activated' }
  | { kind: 'contract-invalid'; contract: 'expired' | 'exhausted' };

export interface LinkCommand {
  program: Program;
  record: OrgRecord;
  account: SignInAccount;
  portal: Portal;
  now: Date;
  userId?: string;
}

/**
 * Links the contract to a sign-in account (work account or Microsoft account, R21-A4) once;
 * one link serves every portal (R21-C4), so a second link of the same account is refused.
 */
export function decideLink(cmd: LinkCommand): Decision<LinkOutcome> {
  const contract = contractUsable(cmd.program, cmd.record, cmd.now);
  if (contract === 'not-activated') return { result: { kind: 'not-activated' } };
  const existing = linkOf(cmd.record, cmd.account);
  if (existing) return { result: { kind: 'already-associated', link: existing, contract } };
  if (contract !== 'valid') return { result: { kind: 'contract-invalid', contract } };
  const link: Link = { account: cmd.account, portal: cmd.portal, linkedAt: cmd.now.toISOString(), ...(cmd.userId ? { userId: cmd.userId } : {}) };
  return { result: { kind: 'linked', link }, changes: { links: [link] } };
}
