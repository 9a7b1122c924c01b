import type pg from 'pg';
import type { StateItem } from '../../core/ports.js';
import type { PgDb } from './pg-db.js';
import { handOut, ReadBatch } from './pg-read-batch.js';
import { writeState, type StateWrite } from './pg-set-kinds.js';

/** A client inside the caller's transaction (the store's group commit). */
type Statements = Pick<pg.PoolClient, 'query'>;

/**
 * Conversation state and processed ids in PostgreSQL, shared by every instance. Writes follow
 * the file store's eTag rules (botbuilder's): no eTag or "*" overwrites; any other eTag must be
 * the stored one, else CONFLICT and nothing of the call is written. The check and the write
 * are one statement, so two instances cannot both win a race on the same eTag. Writes of several
 * items and deletes run on the caller's client, inside its transaction (PgStore runs them in its
 * group commit, so a call that fails undoes all of its items); one-item writes and claims are
 * set kinds of the group commit (pg-set-kinds.ts).
 */
export class PgState {
  /** Concurrent reads (each a list of keys) in one statement. */
  private readonly reads: ReadBatch<string[], Record<string, StateItem>>;

  constructor(private readonly db: PgDb) {
    this.reads = new ReadBatch(async (lists) => {
      const { rows } = await db.query<{ key: string; etag: string; value: Record<string, unknown> }>('SELECT key, etag, value FROM state WHERE key = ANY($1::text[])', [[...new Set(lists.flat())]]);
      const take = handOut(new Map(rows.map((r) => [r.key, { eTag: r.etag, value: r.value }])));
      return lists.map((keys) => {
        const items: Record<string, StateItem> = {};
        for (const key of new Set(keys)) {
          const item = take(key);
          if (item) items[key] = item;
        }
        return items;
      });
    });
  }

  async read(keys: string[]): Promise<Record<string, StateItem>> {
    return keys.length === 0 ? {} : this.reads.get(keys);
  }

  /** Several items: all or nothing (the caller's transaction undoes the call if one conflicts). */
  async write(client: Statements, writes: StateWrite[]): Promise<void> {
    for (const w of writes) await writeState(client, w);
  }

  async delete(client: Statements, keys: string[]): Promise<void> {
    await client.query('DELETE FROM state WHERE key = ANY($1::text[])', [keys]);
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
