import { linkedUser, type PartnerRole } from './directory.js';
import type { EntitlementService } from './service.js';
import type { NotStaff, OrgMiss, StaffService } from './staff-service.js';
import type { ChannelIdentity, Org, User } from './types.js';
import type { StorePort } from './ports.js';

export interface LinkRequest {
  /** The person as their channel sees them. */
  person: ChannelIdentity;
  /** Org id or name, as staff typed it. */
  org: string;
  /** Default `user`. */
  role?: PartnerRole;
}

export type LinkOutcome = NotStaff | OrgMiss | { kind: 'linked'; user: User; org: Org; created: boolean };

/**
 * Staff `link <person> org:<org> [role]`: records the person as a member of the org with that
 * role (creating their user record, or changing its org and partner role). Staff only; the
 * refusal and the change are both audited.
 */
export async function linkPerson(
  deps: { store: StorePort; staff: StaffService; entitlements: EntitlementService },
  who: { actor: User | undefined; via: ChannelIdentity },
  request: LinkRequest,
): Promise<LinkOutcome> {
  const staff = await deps.staff.gate(who, 'link');
  if (!staff) return { kind: 'refused', reason: 'not-staff' };
  const found = await deps.staff.findOrg(request.org);
  if (!('org' in found)) return found;
  const existing = await deps.store.findUserByIdentity(request.person);
  const user = linkedUser(existing, { identity: request.person, orgId: found.org.id, ...(request.role ? { role: request.role } : {}) });
  await deps.store.saveUser(user, deps.entitlements.auditEntry({ via: who.via, user: staff, action: 'staff-link', ok: true, reason: `${user.id} as ${user.roles.join(', ')}`, orgId: found.org.id }));
  return { kind: 'linked', user, org: found.org, created: !existing };
}
