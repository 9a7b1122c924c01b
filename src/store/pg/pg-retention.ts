import type pg from 'pg';
import type { AuditEntry, Ticket } from '../../core/types.js';
import type { Retention } from '../retention.js';

/** The file store's caps that the PostgreSQL store enforces too (see src/store/retention.ts). */
export type PgCaps = Pick<Retention, 'auditMax' | 'unansweredMax' | 'maxOpenTicketsPerPerson'>;

/** Advisory-lock classes (the first key of the two-key form); the second key says what is locked. */
const ROTATION_LOCK = 7_301;
const TICKETS_LOCK = 7_302;

/** Appends audit entries in their order, then keeps the log within its cap, inside the caller's transaction. */
export async function insertAudit(client: pg.PoolClient, entries: readonly AuditEntry[], max: number): Promise<void> {
  if (entries.length === 0) return;
  await client.query('INSERT INTO audit (doc) SELECT x FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS t(x, n) ORDER BY n', [JSON.stringify(entries)]);
  await capLog(client, 'audit', max);
}

/**
 * Keeps a log table (`audit`, `unanswered`) within `max` rows, like the file store: beyond it,
 * the oldest move to `<table>_archive` (down to 90% of the cap) in the caller's transaction, so
 * nothing is lost and nothing is moved twice. The audit table's trigger lets an entry leave only
 * once its copy is in the archive. The common case costs two index look-ups (min and max seq).
 */
export async function capLog(client: pg.PoolClient, table: 'audit' | 'unanswered', max: number): Promise<void> {
  // Sequence gaps only make the span larger than the count: never a missed rotation, at most an extra exact check.
  const span = (await client.query<{ n: string | null }>(`SELECT max(seq) - min(seq) + 1 AS n FROM ${table}`)).rows[0]?.n;
  if (Number(span ?? 0) <= max) return;
  // One rotation of a table at a time over every instance; a later one sees what the earlier moved (READ COMMITTED).
  await client.query('SELECT pg_advisory_xact_lock($1, $2)', [ROTATION_LOCK, table === 'audit' ? 1 : 2]);
  const over = await client.query(`SELECT 1 FROM ${table} ORDER BY seq DESC OFFSET $1 LIMIT 1`, [max]);
  if (over.rowCount === 0) return;
  const cut = (await client.query<{ seq: string }>(`SELECT seq FROM ${table} ORDER BY seq DESC OFFSET $1 LIMIT 1`, [Math.floor(max * 0.9)])).rows[0]?.seq;
  if (cut === undefined) return;
  await client.query(`INSERT INTO ${table}_archive (seq, doc) SELECT seq, doc FROM ${table} WHERE seq <= $1 ORDER BY seq`, [cut]);
  await client.query(`DELETE FROM ${table} WHERE seq <= $1`, [cut]);
}

/**
 * The requester's unresolved tickets, oldest first, read under a per-person lock held until the
 * caller's transaction ends, so concurrent requests (on any instance) count each other's tickets.
 */
export async function lockOpenTicketsOf(client: pg.PoolClient, who: Ticket['requester']): Promise<Ticket[]> {
  await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [TICKETS_LOCK, JSON.stringify([who.channel, who.tenant, who.user])]);
  const { rows } = await client.query<{ doc: Ticket }>(
    `SELECT doc FROM tickets WHERE status <> 'resolved' AND doc->'requester'->>'channel' = $1 AND doc->'requester'->>'tenant' = $2 AND doc->'requester'->>'user' = $3 ORDER BY id`,
    [who.channel, who.tenant, who.user],
  );
  return rows.map((r) => r.doc);
}
