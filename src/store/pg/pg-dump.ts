import type pg from 'pg';
import { StoreError } from '../../core/errors.js';
import type { User } from '../../core/types.js';
import { checkStoreData, SCHEMA_VERSION, userSchema, type ImportData, type StoreData } from '../schema.js';
import { checked } from './pg-store.js';
import type { PgDb } from './pg-db.js';

/** Everything a store holds, in the data file's format (no journalSeq): what `admin copy` moves. */
export type StoreDump = StoreData;

const docs = async <T>(client: pg.PoolClient, sql: string): Promise<T[]> => (await client.query<{ doc: T }>(sql)).rows.map((r) => r.doc);
/** Org-owned rows, tagged with `orgId` as the file's flat lists hold them. */
const owned = (table: string) => `SELECT doc || jsonb_build_object('orgId', org_id) AS doc FROM ${table} ORDER BY seq`;

/** Reads every record in one consistent snapshot (REPEATABLE READ). */
export function dumpAll(db: PgDb): Promise<StoreDump> {
  return db.tx(
    async (client) => {
      const state = await client.query<{ key: string; etag: string; value: Record<string, unknown>; at: Date }>('SELECT key, etag, value, updated_at AS at FROM state ORDER BY key');
      return {
        schemaVersion: SCHEMA_VERSION,
        orgs: await docs(client, 'SELECT doc FROM orgs ORDER BY seq'),
        users: await docs(client, 'SELECT doc FROM users ORDER BY seq'),
        activations: await docs(client, owned('activations')),
        links: await docs(client, owned('links')),
        ledger: await docs(client, owned('ledger')),
        // The file store dates state items (`at`, for expiry); the database keeps it as updated_at.
        state: Object.fromEntries(state.rows.map((r) => [r.key, { eTag: r.etag, value: r.value, at: new Date(r.at).toISOString() }])),
        audit: await docs(client, 'SELECT doc FROM audit ORDER BY seq'),
        tickets: await docs(client, 'SELECT doc FROM tickets ORDER BY id'),
        unanswered: await docs(client, 'SELECT doc FROM unanswered ORDER BY seq'),
      };
    },
    { isolation: 'REPEATABLE READ' },
  );
}

/** Bulk insert of JSON documents in their order (one statement per table). */
async function insertDocs(client: pg.PoolClient, sql: string, rows: unknown[]): Promise<void> {
  if (rows.length > 0) await client.query(sql, [JSON.stringify(rows)]);
}

const FROM = `FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS t(x, n) ORDER BY n`;

/** Inserts the org records of an import (orgs, users and identities, activations, links, ledger). */
async function insertRecords(client: pg.PoolClient, data: ImportData): Promise<void> {
  await insertDocs(client, `INSERT INTO orgs (id, doc) SELECT x->>'id', x ${FROM}`, data.orgs);
  await insertDocs(client, `INSERT INTO users (id, org_id, doc) SELECT x->>'id', x->>'orgId', x ${FROM}`, data.users);
  const identities = data.users.flatMap((u) => u.identities.map((i) => ({ ...i, userId: u.id })));
  await insertDocs(client, `INSERT INTO identities (channel, tenant, "user", user_id) SELECT x->>'channel', x->>'tenant', x->>'user', x->>'userId' ${FROM}`, identities);
  await insertDocs(client, `INSERT INTO activations (org_id, access_id, contract_id, doc) SELECT x->>'orgId', x->>'accessId', x->>'contractId', x - 'orgId' ${FROM}`, data.activations);
  await insertDocs(client, `INSERT INTO links (org_id, doc) SELECT x->>'orgId', x - 'orgId' ${FROM}`, data.links);
  await insertDocs(client, `INSERT INTO ledger (org_id, id, doc) SELECT x->>'orgId', x->>'id', x - 'orgId' ${FROM}`, data.ledger);
}

function validated(data: unknown, what: string): StoreData {
  const checked = checkStoreData(data);
  if (!checked.ok) throw new StoreError('IMPORT_INVALID', `${what}: ${checked.issues[0] ?? 'invalid'}`);
  return checked.data;
}

/** Replaces the org records with `data` in one transaction; audit, tickets, unanswered questions and state are kept (like the file store). */
export async function replaceRecords(db: PgDb, data: ImportData): Promise<void> {
  const valid = validated(data, 'import');
  await db.tx(async (client) => {
    await client.query('DELETE FROM ledger; DELETE FROM links; DELETE FROM activations; DELETE FROM identities; DELETE FROM users; DELETE FROM orgs');
    await insertRecords(client, valid);
  });
}

/**
 * Loads a whole dump into an EMPTY database in one transaction (`admin copy`), ticket numbers
 * continuing after the highest one. Refuses (CONFLICT) a database that holds any record or
 * audit line, so a copy never mixes two stores.
 */
export async function loadDump(db: PgDb, dump: StoreDump, source: string): Promise<void> {
  const valid = validated(dump, source);
  await db.tx(async (client) => {
    const { rows } = await client.query<{ n: string }>('SELECT (SELECT count(*) FROM orgs) + (SELECT count(*) FROM users) + (SELECT count(*) FROM audit) + (SELECT count(*) FROM tickets) + (SELECT count(*) FROM state) AS n');
    if (Number(rows[0]?.n) > 0) throw new StoreError('CONFLICT', 'the destination database is not empty (copy only into a freshly migrated database)');
    await insertRecords(client, valid);
    await insertDocs(client, `INSERT INTO audit (doc) SELECT x ${FROM}`, valid.audit);
    await insertDocs(client, `INSERT INTO tickets (id, source_key, status, doc) SELECT (x->>'id')::int, x->>'sourceKey', x->>'status', x ${FROM}`, valid.tickets);
    await insertDocs(client, `INSERT INTO unanswered (doc) SELECT x ${FROM}`, valid.unanswered);
    const state = Object.entries(valid.state).map(([key, item]) => ({ key, etag: item.eTag, value: item.value, at: item.at ?? null }));
    await insertDocs(client, `INSERT INTO state (key, etag, value, updated_at) SELECT x->>'key', x->>'etag', x->'value', COALESCE((x->>'at')::timestamptz, now()) ${FROM}`, state);
    await client.query(`SELECT setval('ticket_numbers', GREATEST((SELECT max(id) FROM tickets), 1), (SELECT max(id) FROM tickets) IS NOT NULL)`);
  });
}

/**
 * Adds or replaces users (the admin CLI's staff commands) in one transaction, without touching
 * any other record, so it is safe while the bot runs. A taken identity is CONFLICT.
 */
export async function saveUsers(db: PgDb, users: User[]): Promise<void> {
  const valid = users.map((u) => checked(userSchema, u, `user ${u.id}`));
  await db.tx(async (client) => {
    await client.query('DELETE FROM identities WHERE user_id = ANY($1::text[])', [valid.map((u) => u.id)]);
    await insertDocs(client, `INSERT INTO users (id, org_id, doc) SELECT x->>'id', x->>'orgId', x ${FROM} ON CONFLICT (id) DO UPDATE SET org_id = EXCLUDED.org_id, doc = EXCLUDED.doc`, valid);
    const identities = valid.flatMap((u) => u.identities.map((i) => ({ ...i, userId: u.id })));
    await insertDocs(client, `INSERT INTO identities (channel, tenant, "user", user_id) SELECT x->>'channel', x->>'tenant', x->>'user', x->>'userId' ${FROM}`, identities);
  });
}
