import pg from 'pg';
import { StoreError } from '../../core/errors.js';
import type { Decision } from '../../core/ports.js';
import type { OrgRecord } from '../../core/types.js';
import { changesSchema } from '../batch.js';
import { formatZodIssue } from '../schema.js';

/** One `updateOrg` call waiting in a group-commit batch. */
export interface OrgUpdate {
  orgId: string;
  decide: (record: OrgRecord) => Decision<unknown>;
}

/** What became of a mutation of a batch: its result, its own error, or 'retry' (decided on a change that was undone: run it again). */
export type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown } | 'retry';

type Applied = { outcome: string; constraint_name: string | null; message: string | null };
type Statements = Pick<pg.PoolClient, 'query'>;

/** A batch's updates decided on their orgs: each one's outcome so far, and the changes to apply (`at`: the update's place). */
export interface Decided {
  outcomes: Outcome[];
  writes: { at: number; change: Record<string, unknown> }[];
}

/**
 * The `updateOrg` calls of one batch, first step (migration 4): every org locked and read in
 * ONE statement (`lock_org_records`, in id order), then each update decided in its turn on the
 * org as the batch left it (like the file store's Batch: limits are checked against what is
 * committed plus the earlier updates of the batch). Outcomes are in the order of `updates`.
 */
export async function decideOrgUpdates(client: Statements, updates: readonly OrgUpdate[]): Promise<Decided> {
  const ids = [...new Set(updates.map((u) => u.orgId))];
  const { rows } = await client.query<OrgRecord>('SELECT * FROM lock_org_records($1::text[])', [ids]);
  const records = new Map(rows.map((r) => [r.org.id, r]));
  const decided: Decided = { outcomes: [], writes: [] };
  for (const update of updates) {
    try {
      const { result, change } = decideOn(records, update);
      if (change) decided.writes.push({ at: decided.outcomes.length, change });
      decided.outcomes.push({ ok: true, value: result });
    } catch (error) {
      decided.outcomes.push({ ok: false, error });
    }
  }
  return decided;
}

/**
 * Second step: every change applied in ONE statement (`apply_org_changes`, migration 5: all at
 * once, or each update in a subtransaction of its own when one fails, its audit entries with it).
 * The statement is sent before this returns its promise, so in pipeline mode (PgDb) what the
 * caller sends next (the COMMIT) goes with it. Settles with `decided.outcomes` updated.
 */
export async function applyOrgChanges(client: Statements, decided: Decided): Promise<Outcome[]> {
  const { outcomes, writes } = decided;
  if (writes.length === 0) return outcomes;
  const applied = await client.query<Applied>('SELECT * FROM apply_org_changes($1::jsonb)', [JSON.stringify(writes.map((w) => w.change))]);
  applied.rows.forEach((row, k) => {
    const at = writes[k]!.at;
    if (row.outcome === 'retry') outcomes[at] = 'retry';
    else if (row.outcome !== 'ok') outcomes[at] = { ok: false, error: databaseError(row) };
  });
  return outcomes;
}

/** Whether the changes add audit entries (the log's cap is then checked in the same transaction). */
export const audits = (decided: Decided): boolean => decided.writes.some((w) => Array.isArray(w.change['audit']));

/** Decides one update on its org's record, checks what it adds, and leaves the record as the update changes it. */
function decideOn(records: Map<string, OrgRecord>, { orgId, decide }: OrgUpdate): { result: unknown; change?: Record<string, unknown> } {
  const record = records.get(orgId);
  if (!record) throw new StoreError('NOT_FOUND', `unknown org "${orgId}"`);
  const { result, changes } = decide(record);
  if (!changes) return { result };
  const parsed = changesSchema.safeParse(changes);
  if (!parsed.success) throw new StoreError('SCHEMA_INVALID', `changes to ${orgId}: ${formatZodIssue(parsed.error.issues[0]!)}`);
  const { activation, replaceActivation, links = [], ledger = [] } = parsed.data;
  if (activation && record.activation) throw new StoreError('CONFLICT', `org "${orgId}" already has an activation`);
  records.set(orgId, { ...record, activation: replaceActivation ?? activation ?? record.activation, links: [...record.links, ...links], ledger: [...record.ledger, ...ledger] });
  return { result, change: { orgId, ...parsed.data } };
}

/** The error a statement of the update would have thrown (so it maps to the same StoreError code, or is retried). */
function databaseError(row: Applied): pg.DatabaseError {
  const error = new pg.DatabaseError(row.message ?? 'apply_org_changes failed', 0, 'error');
  error.code = row.outcome;
  if (row.constraint_name) error.constraint = row.constraint_name;
  return error;
}
