import { isPartnerRole, linkedUser, withTenant } from '../core/directory.js';
import type { ChannelIdentity, DirectoryChannel, Org, User } from '../core/types.js';
import type { ImportData } from '../store/schema.js';
import type { AdminContext } from './admin.js';
import { withStore } from './staff-admin.js';

export const ONBOARDING_USAGE = `  org link|unlink <org id> teams-tenant <Entra tenant id> | slack-team <Slack team or enterprise id>
  user link <msteams:<tenant id>:<object id> | slack:<team id>:<member id>> <org id> [role]
  user role <user id> <global-admin | mpn-partner-admin | admin-agent | user>`;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Slack ids: T… for a workspace (team), E… for an Enterprise Grid organization. */
const SLACK_TEAM = /^[TE][A-Z0-9]{2,}$/;

const KINDS: Record<string, { channel: DirectoryChannel; valid: RegExp; hint: string }> = {
  'teams-tenant': { channel: 'msteams', valid: GUID, hint: 'a GUID: Microsoft Entra admin center → Overview → Tenant ID' },
  'slack-team': { channel: 'slack', valid: SLACK_TEAM, hint: 'T… (workspace) or E… (Enterprise Grid): in the Slack web address app.slack.com/client/<team id>/…' },
};

/** Applies `edit` to the records (validated on the way in) and prints `done`; the bot must be stopped (the store lock says so). */
async function change(ctx: AdminContext, edit: (data: ImportData) => ImportData | string, done: string): Promise<number> {
  let problem: string | undefined;
  await withStore(ctx, async (store) => {
    const next = edit(await store.exportData());
    if (typeof next === 'string') problem = next;
    else await store.replaceAll(next);
  });
  if (problem) return fail(ctx, problem);
  ctx.io.out(done);
  return 0;
}

/** `org link|unlink <org id> teams-tenant|slack-team <id>`: everyone from that workspace is a user of the org. */
export async function orgCommand(ctx: AdminContext, args: readonly string[]): Promise<number> {
  const [sub, orgId, kindName, id, ...extra] = args;
  const kind = kindName ? KINDS[kindName] : undefined;
  if ((sub !== 'link' && sub !== 'unlink') || !orgId || !kind || !id || extra.length) return usage(ctx);
  if (!kind.valid.test(id)) return fail(ctx, `${kindName} "${id}" does not look right: expected ${kind.hint}`);
  const tenant = kind.channel === 'msteams' ? id.toLowerCase() : id;
  return change(
    ctx,
    (data) => {
      if (!data.orgs.some((o) => o.id === orgId)) return `no org "${orgId}"`;
      const owner = data.orgs.find((o) => o.id !== orgId && o.tenants?.[kind.channel]?.includes(tenant));
      if (sub === 'link' && owner) return `${kindName} ${tenant} is already linked to org "${owner.id}": unlink it there first`;
      const orgs = data.orgs.map((o): Org => (o.id === orgId ? withTenant(o, { channel: kind.channel, tenant, remove: sub === 'unlink' }) : o));
      return { ...data, orgs };
    },
    sub === 'link' ? `linked ${kindName} ${tenant} to org ${orgId}: everyone from it is now a user of ${orgId}` : `unlinked ${kindName} ${tenant} from org ${orgId}`,
  );
}

function parseIdentity(text: string): ChannelIdentity | undefined {
  const m = /^(msteams|slack):([^:\s]+):([^:\s]+)$/.exec(text);
  if (!m?.[1] || !m[2] || !m[3]) return undefined;
  return { channel: m[1], tenant: m[1] === 'msteams' ? m[2].toLowerCase() : m[2], user: m[1] === 'msteams' ? m[3].toLowerCase() : m[3] };
}

/** `user link <identity> <org id> [role]` · `user role <user id> <role>`. */
export async function userCommand(ctx: AdminContext, args: readonly string[]): Promise<number> {
  const [sub, first, second, third, ...extra] = args;
  if (sub === 'link' && first && second && !extra.length) {
    const identity = parseIdentity(first);
    if (!identity) return fail(ctx, `"${first}": expected msteams:<tenant id>:<Entra object id> or slack:<team id>:<member id>`);
    if (third !== undefined && !isPartnerRole(third)) return fail(ctx, `"${third}" is not a partner role (global-admin, mpn-partner-admin, admin-agent, user)`);
    return change(
      ctx,
      (data) => {
        if (!data.orgs.some((o) => o.id === second)) return `no org "${second}"`;
        const key = JSON.stringify([identity.channel, identity.tenant, identity.user]);
        const existing = data.users.find((u) => u.identities.some((i) => JSON.stringify([i.channel, i.tenant, i.user]) === key));
        const user = linkedUser(existing, { identity, orgId: second, ...(third && isPartnerRole(third) ? { role: third } : {}) });
        return { ...data, users: existing ? data.users.map((u) => (u.id === user.id ? user : u)) : [...data.users, user] };
      },
      `linked ${first} to org ${second} as ${third ?? 'user'}`,
    );
  }
  if (sub === 'role' && first && second && third === undefined) {
    if (!isPartnerRole(second)) return fail(ctx, `"${second}" is not a partner role (global-admin, mpn-partner-admin, admin-agent, user); staff: npm run admin -- staff grant`);
    return change(
      ctx,
      (data) => {
        const user = data.users.find((u) => u.id === first);
        if (!user) return `no user "${first}"`;
        if (user.orgId === null) return `user "${first}" belongs to no org: user link them first`;
        const roles: User['roles'] = [second, ...(user.roles.includes('staff') ? (['staff'] as const) : [])];
        return { ...data, users: data.users.map((u) => (u.id === first ? { ...u, roles } : u)) };
      },
      `user ${first} is now ${second}`,
    );
  }
  return usage(ctx);
}

function fail(ctx: AdminContext, text: string): number {
  ctx.io.err(text);
  return 1;
}

function usage(ctx: AdminContext): number {
  ctx.io.err(`usage: npm run admin -- <command>\n${ONBOARDING_USAGE}`);
  return 2;
}
