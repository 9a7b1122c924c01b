import type { Program } from './catalog-schema.js';
import { contractState, membershipActive } from './ledger.js';
import type { OrgRecord, User } from './types.js';

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
