import { access } from 'node:fs/promises';
import { StoreError } from '../core/errors.js';
import type { Clock } from '../core/ports.js';
import { recordPerLine, writeFileDurably } from '../store/durable-json-file.js';
import { journalFileOf, loadStore, snapshotOf } from '../store/load-store.js';
import { migrate } from '../store/pg/migrations.js';
import { openPgStore, type OpenPgStore } from '../store/pg/open-pg-store.js';
import { PgDb, redactUrl } from '../store/pg/pg-db.js';
import type { StoreDump } from '../store/pg/pg-dump.js';
import type { AdminContext } from './admin.js';

/** `postgres://…` or `postgresql://…`: a database; anything else is a data file path. */
export const isDatabaseUrl = (target: string): boolean => /^postgres(ql)?:\/\//.test(target);

/** A database or file name for messages (a URL without its password). */
export const shown = (target: string): string => (isDatabaseUrl(target) ? redactUrl(target) : target);

/** Opens the database (migrating it; never filling it with demo data) for one admin command. */
export async function withPgStore<T>(url: string, clock: Clock, use: (store: OpenPgStore) => Promise<T>): Promise<T> {
  const store = await openPgStore({ url, clock, demo: false, poolSize: 2 });
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

/** `migrate`: applies pending migrations to $DATABASE_URL (the bot also does at start). */
export async function migrateCommand(ctx: AdminContext): Promise<number> {
  if (!ctx.databaseUrl) {
    ctx.io.err('migrate: set DATABASE_URL to the PostgreSQL database (the JSON data file needs no migration)');
    return 2;
  }
  const db = new PgDb(ctx.databaseUrl, { max: 1 });
  try {
    const applied = await migrate(db);
    ctx.io.out(`${redactUrl(ctx.databaseUrl)}: ${applied.length ? `applied migration ${applied.join(', ')}` : 'up to date'}`);
  } finally {
    await db.close();
  }
  return 0;
}

/** Everything a store holds: a data file (its snapshot plus journal, read only) or a database. */
async function readAll(source: string, clock: Clock): Promise<StoreDump> {
  if (isDatabaseUrl(source)) return withPgStore(source, clock, (store) => store.dump());
  await access(source).catch(() => {
    throw new StoreError('NOT_FOUND', `${source}: no data file`);
  });
  const { data } = await loadStore(source, () => {
    throw new StoreError('NOT_FOUND', `${source}: no data file`);
  });
  return data;
}

/** Writes everything into an empty destination: a new data file (refuses an existing one) or an empty database. */
async function writeAll(target: string, dump: StoreDump, clock: Clock): Promise<void> {
  if (isDatabaseUrl(target)) return withPgStore(target, clock, (store) => store.load(dump, 'copy'));
  for (const file of [target, journalFileOf(target)]) {
    const exists = await access(file).then(() => true, () => false);
    if (exists) throw new StoreError('CONFLICT', `${file} already exists (copy only into a new data file)`);
  }
  delete dump.journalSeq;
  await writeFileDurably(target, recordPerLine(snapshotOf(dump, 0)));
}

/**
 * `copy --from A --to B`: moves every record (orgs, users, activations, links, ledger, audit,
 * tickets, unanswered questions, conversation state) between a data file and a database, either
 * way. The destination must be empty; the source is only read. Stop the bot on a file source.
 */
export async function copyCommand(ctx: AdminContext, args: readonly string[]): Promise<number> {
  const from = args[args.indexOf('--from') + 1];
  const to = args[args.indexOf('--to') + 1];
  if (args.length !== 4 || !args.includes('--from') || !args.includes('--to') || !from || !to || from.startsWith('--') || to.startsWith('--')) {
    ctx.io.err('usage: npm run admin -- copy --from <data file | postgres://…> --to <data file | postgres://…>');
    return 2;
  }
  const dump = await readAll(from, ctx.clock);
  await writeAll(to, dump, ctx.clock);
  const counts = `${dump.orgs.length} orgs, ${dump.users.length} users, ${dump.activations.length} activations, ${dump.links.length} links, ${dump.ledger.length} ledger entries, ${dump.audit.length} audit entries, ${dump.tickets.length} tickets, ${dump.unanswered.length} unanswered, ${Object.keys(dump.state).length} state items`;
  ctx.io.out(`copied ${shown(from)} to ${shown(to)}: ${counts}`);
  return 0;
}
