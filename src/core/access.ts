import type { Program } from './catalog-schema.js';
import { addMonths } from './dates.js';
import { contractState, membershipActive } from './ledger.js';
import type { Decision } from './ports.js';
import type { Activation, OrgRecord, User } from './types.js';

export type Action = Program['roles'][number]['may'][number];

/** Whether any of the user's roles allows the action (roles and rights are catalog data, R21-A1). */
export function may(program: Program, user: Pick<User, 'roles'>, action: Action): boolean {
  return user.roles.some((r) => program.roles.find((x) => x.id === r)?.may.includes(action) ?? false);
}

/**
 * Why a user may not act on an org's benefits, before any role check:
 * another org's data, a CSP-only account (message M1), or no active offer (message M2).
 */
export type MembershipRefusal =
  | { kind: 'denied'; reason: 'other-org' }
  | { kind: 'not-authorized' }
  | { kind: 'no-benefits' };

function membershipRefusal(record: OrgRecord, user: User, now: Date): MembershipRefusal | undefined {
  if (user.orgId !== record.org.id) return { kind: 'denied', reason: 'other-org' };
  if (user.scope === 'csp-only') return { kind: 'not-authorized' };
  if (!membershipActive(record, now)) return { kind: 'no-benefits' };
  return undefined;
}

export type ActivationOutcome =
  | { kind: 'activated'; activation: Activation }
  | { kind: 'already-active'; activation: Activation }
  | { kind: 'denied'; reason: 'not-admin' | 'other-org' | 'no-org' }
  | { kind: 'not-authorized' }
  | { kind: 'no-benefits' };

export interface ActivationCommand {
  program: Program;
  record: OrgRecord;
  user: User;
  now: Date;
  /** A fresh pair, used only if the org has none yet. */
  pair: { accessId: string; contractId: string };
}

/**
 * Activation (R21-V1..V3): only a Global admin or MPN partner admin of the org, from the
 * membership side, with an active offer. Issues exactly one Access ID / Contract ID pair per org;
 * activating again returns the existing pair (idempotent). The contract runs `contractMonths`.
 */
export function decideActivation(cmd: ActivationCommand): Decision<ActivationOutcome> {
  const refused = membershipRefusal(cmd.record, cmd.user, cmd.now);
  if (refused) return { result: refused };
  if (!may(cmd.program, cmd.user, 'activate')) return { result: { kind: 'denied', reason: 'not-admin' } };
  if (cmd.record.activation) return { result: { kind: 'already-active', activation: cmd.record.activation } };
  const activation: Activation = {
    ...cmd.pair,
    activatedAt: cmd.now.toISOString(),
    expiresAt: addMonths(cmd.now, cmd.program.contractMonths).toISOString(),
    activatedBy: cmd.user.id,
  };
  return { result: { kind: 'activated', activation }, changes: { activation } };
}

/** Where an answer will be shown: IDs are secrets and only go to a private conversation. */
export type Scope = 'private' | 'shared';

export type ViewIdsOutcome =
  | { kind: 'ids'; accessId: string; contractId: string; expiresAt: string; expired: boolean }
  | { kind: 'denied'; reason: 'shared-scope' | 'other-org' | 'no-role' | 'no-org' | 'unknown-user' }
  | { kind: 'not-activated'; canActivate: boolean }
  | { kind: 'not-authorized' }
  | { kind: 'no-benefits' };

/** After activation every membership-side user of the org may see the IDs (R21-A3), privately only. */
export function viewIds(program: Program, record: OrgRecord, options: { user: User; scope: Scope; now: Date }): ViewIdsOutcome {
  const refused = membershipRefusal(record, options.user, options.now);
  if (refused) return refused;
  if (!may(program, options.user, 'view-ids')) return { kind: 'denied', reason: 'no-role' };
  if (!record.activation) return { kind: 'not-activated', canActivate: may(program, options.user, 'activate') };
  if (options.scope !== 'private') return { kind: 'denied', reason: 'shared-scope' };
  const { accessId, contractId, expiresAt } = record.activation;
  return { kind: 'ids', accessId, contractId, expiresAt, expired: contractState(record, options.now) === 'expired' };
}
