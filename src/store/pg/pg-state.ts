import { randomUUID } from 'node:crypto';
import { StoreError } from '../../core/errors.js';
import type { StateItem } from '../../core/ports.js';
import type { PgDb } from './pg-db.js';

/** A client inside the caller's transaction (the store's group commit). */
type Statements = { query(sql: string, params: unknown[]): Promise<{ rowCount: number | null }> };

type StateWrites = Record<string, { value: Record<string, unknown>; expectedETag?: string }>;

/**
 * Conversation state and processed ids in PostgreSQL, shared by every instance. Writes follow
 * the file store's eTag rules (botbuilder's): no eTag or "*" overwrites; any other eTag must be
 * the stored one, else CONFLICT and nothing of the call is written. The check and the write
 * are one statement, so two instances cannot both win a race on the same eTag. Writes, deletes
 * and claims run on the caller's client, inside its transaction (PgStore runs them in its group
 * commit, so a call that fails undoes all of its items).
 */
export class PgState {
  constructor(private readonly db: PgDb) {}

  async read(keys: string[]): Promise<Record<string, StateItem>> {
    if (keys.length === 0) return {};
    const { rows } = await this.db.query<{ key: string; etag: string; value: Record<string, unknown> }>('SELECT key, etag, value FROM state WHERE key = ANY($1::text[])', [keys]);
    return Object.fromEntries(rows.map((r) => [r.key, { eTag: r.etag, value: r.value }]));
  }

  async write(client: Statements, items: StateWrites, now: Date): Promise<void> {
    for (const [key, { value, expectedETag }] of Object.entries(items)) {
      // JSON text, so the value stored is what the file store would hold (no undefined, no prototypes).
      const params = [key, randomUUID(), JSON.stringify(value), now.toISOString()];
      if (expectedETag === undefined || expectedETag === '*') {
        await client.query('INSERT INTO state (key, etag, value, updated_at) VALUES ($1, $2, $3::jsonb, $4) ON CONFLICT (key) DO UPDATE SET etag = EXCLUDED.etag, value = EXCLUDED.value, updated_at = EXCLUDED.updated_at', params);
        continue;
      }
      const updated = await client.query('UPDATE state SET etag = $2, value = $3::jsonb, updated_at = $4 WHERE key = $1 AND etag = $5', [...params, expectedETag]);
      if (updated.rowCount === 1) continue;
      // Not there: like the file store, a stale eTag on a missing item writes it, unless someone creates it first.
      const inserted = await client.query('INSERT INTO state (key, etag, value, updated_at) VALUES ($1, $2, $3::jsonb, $4) ON CONFLICT (key) DO NOTHING', params);
      if (inserted.rowCount !== 1) throw new StoreError('CONFLICT', `state "${key}" was changed by someone else (eTag mismatch)`);
    }
  }

  async delete(client: Statements, keys: string[]): Promise<void> {
    await client.query('DELETE FROM state WHERE key = ANY($1::text[])', [keys]);
  }

  /** Insert-if-absent: true for the first claim of `id` in `scope`, false for every later one (any instance). */
  async claimOnce(client: Statements, scope: string, id: string, now: Date): Promise<boolean> {
    const { rowCount } = await client.query('INSERT INTO processed_ids (scope, id, at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [scope, id, now.toISOString()]);
    return rowCount === 1;
  }

  /**
   * Forgets conversation state untouched since `before` (a conversation idle that long starts
   * afresh; settings such as the staff announcement channel are not conversation state and
   * stay) and processed ids older than `claimsBefore` (channels stop redelivering within minutes).
   */
  async expire(before: Date, claimsBefore: Date): Promise<{ state: number; claims: number }> {
    const state = await this.db.query(`DELETE FROM state WHERE updated_at < $1 AND (key LIKE '%/conversations/%' OR key LIKE 'dedupe/%')`, [before.toISOString()]);
    const claims = await this.db.query('DELETE FROM processed_ids WHERE at < $1', [claimsBefore.toISOString()]);
    return { state: state.rowCount ?? 0, claims: claims.rowCount ?? 0 };
  }
}
