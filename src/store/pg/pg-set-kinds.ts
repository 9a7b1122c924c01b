import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { StoreError } from '../../core/errors.js';
import type { Outcome } from './pg-org-batch.js';

type Statements = Pick<pg.PoolClient, 'query'>;

/**
 * A kind of mutation that ONE statement applies for all of a batch's members of that kind,
 * each member still getting its own outcome (claimed or not; its own eTag conflict). Only for
 * mutations that cannot fail alone in a way that needs a savepoint: the statement succeeds or
 * fails as a whole (a lost connection, a deadlock: the batch is retried). Members with the same
 * `key` in one batch: the first runs in the statement, each later one after it, alone (`one`,
 * in a savepoint), so it sees what the earlier one wrote, as if they had run one after another.
 */
export interface SetKind<I> {
  key(item: I): string;
  /** Outcomes in the order of `items` (their keys distinct). */
  all(client: Statements, items: I[]): Promise<Outcome[]>;
  one(client: Statements, item: I): Promise<unknown>;
}

/** An insert-if-absent of a processed id: true for the first claim of `id` in `scope` (any instance), false after. */
export interface Claim {
  scope: string;
  id: string;
  at: string;
}

export const claims: SetKind<Claim> = {
  key: (c) => JSON.stringify([c.scope, c.id]),
  async all(client, items) {
    const { rows } = await client.query<{ scope: string; id: string }>(
      'INSERT INTO processed_ids (scope, id, at) SELECT * FROM unnest($1::text[], $2::text[], $3::timestamptz[]) ORDER BY 1, 2 ON CONFLICT DO NOTHING RETURNING scope, id',
      [items.map((c) => c.scope), items.map((c) => c.id), items.map((c) => c.at)],
    );
    const won = new Set(rows.map((r) => claims.key({ ...r, at: '' })));
    return items.map((c) => ({ ok: true, value: won.has(claims.key(c)) }));
  },
  async one(client, c) {
    const { rowCount } = await client.query('INSERT INTO processed_ids (scope, id, at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [c.scope, c.id, c.at]);
    return rowCount === 1;
  },
};

/** One conversation-state item to write: `json` is its value as JSON text (what the file store would hold). */
export interface StateWrite {
  key: string;
  json: string;
  /** No eTag or "*" overwrites; any other must be the stored one (a missing item is written). */
  expectedETag?: string | undefined;
  at: string;
}

const conditional = (w: StateWrite) => (w.expectedETag === undefined || w.expectedETag === '*' ? null : w.expectedETag);
const conflict = (key: string) => new StoreError('CONFLICT', `state "${key}" was changed by someone else (eTag mismatch)`);

/**
 * Writes the items in one statement, with PgState.write's rules per item: inserted when
 * missing, updated when unconditional or when its eTag is the stored one (checked on the row
 * as it is when written, so two instances cannot both win), else not returned: a CONFLICT.
 */
const WRITE_STATES = `
WITH input AS (SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamptz[]) AS i(key, etag, value, expected, at))
INSERT INTO state AS s (key, etag, value, updated_at)
SELECT key, etag, value::jsonb, at FROM input ORDER BY key
ON CONFLICT (key) DO UPDATE SET etag = EXCLUDED.etag, value = EXCLUDED.value, updated_at = EXCLUDED.updated_at
WHERE s.etag = COALESCE((SELECT expected FROM input WHERE input.key = EXCLUDED.key), s.etag)
RETURNING key`;

export const stateWrites: SetKind<StateWrite> = {
  key: (w) => w.key,
  async all(client, items) {
    const params = [items.map((w) => w.key), items.map(() => randomUUID()), items.map((w) => w.json), items.map(conditional), items.map((w) => w.at)];
    const written = new Set((await client.query<{ key: string }>(WRITE_STATES, params)).rows.map((r) => r.key));
    return items.map((w) => (written.has(w.key) ? { ok: true, value: undefined } : { ok: false, error: conflict(w.key) }));
  },
  one: writeState,
};

/** One item, in at most two statements (each atomic on its own); the caller's transaction undoes it if it throws. */
export async function writeState(client: Statements, w: StateWrite): Promise<void> {
  const params = [w.key, randomUUID(), w.json, w.at];
  const expected = conditional(w);
  if (expected === null) {
    await client.query('INSERT INTO state (key, etag, value, updated_at) VALUES ($1, $2, $3::jsonb, $4) ON CONFLICT (key) DO UPDATE SET etag = EXCLUDED.etag, value = EXCLUDED.value, updated_at = EXCLUDED.updated_at', params);
    return;
  }
  const updated = await client.query('UPDATE state SET etag = $2, value = $3::jsonb, updated_at = $4 WHERE key = $1 AND etag = $5', [...params, expected]);
  if (updated.rowCount === 1) return;
  // Not there: like the file store, a stale eTag on a missing item writes it, unless someone creates it first.
  const inserted = await client.query('INSERT INTO state (key, etag, value, updated_at) VALUES ($1, $2, $3::jsonb, $4) ON CONFLICT (key) DO NOTHING', params);
  if (inserted.rowCount !== 1) throw conflict(w.key);
}
