import type { ChannelIdentity, DirectoryChannel, Org, Role, User } from './types.js';

/** Roles staff may give in chat. `staff` itself only through the admin CLI: a chat command must not mint staff. */
export const PARTNER_ROLES = ['global-admin', 'mpn-partner-admin', 'admin-agent', 'user'] as const satisfies readonly Role[];
export type PartnerRole = (typeof PARTNER_ROLES)[number];

export function isPartnerRole(text: string): text is PartnerRole {
  return (PARTNER_ROLES as readonly string[]).includes(text);
}

export function isDirectoryChannel(channel: string): channel is DirectoryChannel {
  return channel === 'msteams' || channel === 'slack';
}

/**
 * The user id a person gets from their channel identity. A tenant member and the record staff
 * later create for them share it, so links and tickets they made stay theirs.
 */
export function userIdOf(identity: ChannelIdentity): string {
  return `${identity.channel}:${identity.tenant}:${identity.user}`;
}

/**
 * A person speaking from one of the org's linked workspaces who has no user record: a plain
 * user of the org. Their sign-in account is unknown; the channel identity stands for it, so a
 * contract link they make is recognised as theirs next time.
 */
export function tenantMember(org: Org, identity: ChannelIdentity): User {
  const id = userIdOf(identity);
  return { id, orgId: org.id, name: identity.user, roles: ['user'], scope: 'membership', account: { kind: 'work', id }, identities: [identity] };
}

/**
 * The user record after staff linked a person to an org with a role (default `user`): an
 * existing record keeps its id, account and other identities and a staff role it has; its
 * partner roles are replaced.
 */
export function linkedUser(existing: User | undefined, link: { identity: ChannelIdentity; orgId: string; role?: PartnerRole; name?: string }): User {
  const base = existing ?? tenantMember({ id: link.orgId, name: link.orgId, membership: null }, link.identity);
  const roles: Role[] = [link.role ?? 'user', ...(base.roles.includes('staff') ? (['staff'] as const) : [])];
  return { ...base, orgId: link.orgId, roles, ...(link.name && !existing ? { name: link.name } : {}) };
}

/** `org.tenants` with `tenant` added to (or removed from) `channel`'s list. */
export function withTenant(org: Org, change: { channel: DirectoryChannel; tenant: string; remove?: boolean }): Org {
  const current = org.tenants?.[change.channel] ?? [];
  const next = change.remove ? current.filter((t) => t !== change.tenant) : [...new Set([...current, change.tenant])];
  const tenants = { ...org.tenants, [change.channel]: next };
  if (next.length === 0) delete tenants[change.channel];
  const { tenants: _old, ...rest } = org;
  return Object.keys(tenants).length ? { ...rest, tenants } : rest;
}
