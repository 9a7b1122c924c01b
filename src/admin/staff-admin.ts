import { access } from 'node:fs/promises';
import type { AuditEntry, ChannelIdentity, User } from '../core/types.js';
import { openFileStore, type FileStore } from '../store/file-store.js';
import { loadStore } from '../store/load-store.js';
import type { StoreData } from '../store/schema.js';
import type { AdminContext } from './admin.js';
import { withPgStore } from './pg-admin.js';

/** Opens the existing data file (never creates one: admin commands must not invent demo data). */
export async function withStore<T>(ctx: AdminContext, use: (store: FileStore) => Promise<T>): Promise<T> {
  await access(ctx.dataFile).catch(() => {
    throw new Error(`${ctx.dataFile}: no data file`);
  });
  const store = await openFileStore({ file: ctx.dataFile, clock: ctx.clock, demo: false });
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

/** The records as they are now (snapshot plus journal), read only: works while the bot runs. */
async function readData(ctx: AdminContext): Promise<StoreData> {
  return (
    await loadStore(ctx.dataFile, () => {
      throw new Error(`${ctx.dataFile}: no data file`);
    })
  ).data;
}

/** One audit line: when, who (channel identity and user), what, outcome, on what. */
export function auditLine(e: AuditEntry): string {
  const who = `${e.actor.channel}:${e.actor.tenant}:${e.actor.user}${e.actor.userId ? ` (${e.actor.userId})` : ''}`;
  const on = [e.orgId ? `org ${e.orgId}` : '', e.ticketId !== undefined ? `ticket #${e.ticketId}` : ''].filter(Boolean).join(', ');
  return [e.at, who, e.action, e.outcome, e.reason ?? '', on].join('\t').trimEnd();
}

/** `audit [N]`: the newest N (default 100) audit entries, oldest first, tab-separated. */
export async function auditCommand(ctx: AdminContext, limit = '100'): Promise<number> {
  const n = Number.parseInt(limit, 10);
  if (!(n > 0)) {
    ctx.io.err(`audit: "${limit}" is not a positive number`);
    return 2;
  }
  const entries = ctx.databaseUrl ? await withPgStore(ctx.databaseUrl, ctx.clock, (store) => store.listAudit(n)) : (await readData(ctx)).audit.slice(-n);
  for (const e of entries) ctx.io.out(auditLine(e));
  if (entries.length === 0) ctx.io.out('(the audit log is empty)');
  return 0;
}

/** "msteams:<tenant id>:<aad object id>", "slack:<team id>:<user id>", "console:local:<name>". */
function parseIdentity(text: string): ChannelIdentity | undefined {
  const [channel, tenant, ...user] = text.split(':');
  return channel && tenant && user.length ? { channel, tenant, user: user.join(':') } : undefined;
}

/**
 * `staff list` · `staff add <name> <identity>...` (a new staff user) · `staff grant|revoke <user id>`.
 * Changes go through an export/import of the records, so they are validated and durable.
 */
export async function staffCommand(ctx: AdminContext, args: readonly string[]): Promise<number> {
  const [sub, first, ...rest] = args;
  if (sub === 'list') {
    const users = ctx.databaseUrl ? (await withPgStore(ctx.databaseUrl, ctx.clock, (store) => store.exportData())).users : (await readData(ctx)).users;
    const staff = users.filter((u) => u.roles.includes('staff'));
    for (const u of staff) ctx.io.out(`${u.id}\t${u.name}\t${u.identities.map((i) => `${i.channel}:${i.tenant}:${i.user}`).join(' ')}`);
    return 0;
  }
  if (sub === 'add' && first && rest.length > 0) {
    const identities = rest.map(parseIdentity);
    if (identities.some((i) => !i)) return usage(ctx, 'identities look like channel:tenant:user');
    const id = `staff-${first.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
    const user: User = { id, orgId: null, name: first, roles: ['staff'], scope: 'membership', account: { kind: 'work', id: `${id}@staff.invalid` }, identities: identities as ChannelIdentity[] };
    return change(ctx, `added staff user ${id}`, (users) => [...users, user]);
  }
  if ((sub === 'grant' || sub === 'revoke') && first && rest.length === 0) {
    return change(ctx, `${sub === 'grant' ? 'granted' : 'revoked'} the staff role ${sub === 'grant' ? 'to' : 'from'} ${first}`, (users) => {
      if (!users.some((u) => u.id === first)) throw new Error(`no user "${first}"`);
      return users.map((u) => (u.id !== first ? u : { ...u, roles: sub === 'grant' ? [...new Set([...u.roles, 'staff' as const])] : u.roles.filter((r) => r !== 'staff') }));
    });
  }
  return usage(ctx, 'staff list | staff add <name> <channel:tenant:user>... | staff grant <user id> | staff revoke <user id>');
}

async function change(ctx: AdminContext, done: string, edit: (users: User[]) => User[]): Promise<number> {
  if (ctx.databaseUrl) {
    // Only the users change, in one transaction: safe while instances of the bot run on the database.
    await withPgStore(ctx.databaseUrl, ctx.clock, async (store) => store.saveUsers(edit((await store.exportData()).users)));
    ctx.io.out(done);
    return 0;
  }
  await withStore(ctx, async (store) => {
    const data = await store.exportData();
    await store.replaceAll({ ...data, users: edit(data.users) });
  });
  ctx.io.out(done);
  return 0;
}

function usage(ctx: AdminContext, text: string): number {
  ctx.io.err(`usage: npm run admin -- ${text}`);
  return 2;
}
