import pg from 'pg';
import { StoreError } from '../../core/errors.js';
import type { Decision } from '../../core/ports.js';
import type { OrgRecord } from '../../core/types.js';
import { changesSchema } from '../batch.js';
import { formatZodIssue } from '../schema.js';
import { capLog } from './pg-retention.js';

/** One `updateOrg` call waiting in a group-commit batch. */
export interface OrgUpdate {
  orgId: string;
  decide: (record: OrgRecord) => Decision<unknown>;
}

/** What became of a mutation of a batch: its result, its own error, or 'retry' (decided on a change that was undone: run it again). */
export type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown } | 'retry';

type Applied = { outcome: string; constraint_name: string | null; message: string | null };

/**
 * The `updateOrg` calls of one batch in three statements, however many they are (migration 4):
 * every org locked and read at once (`lock_org_records`, in id order), each update decided in
 * its turn on the org as the batch left it (like the file store's Batch: limits are checked
 * against what is committed plus the earlier updates of the batch), every change applied at
 * once (`apply_org_changes`, each update in a subtransaction of its own, its audit entries
 * with it), then the audit log kept within its cap. Outcomes are in the order of `updates`.
 */
export async function applyOrgUpdates(client: pg.PoolClient, updates: readonly OrgUpdate[], auditMax: number): Promise<Outcome[]> {
  const ids = [...new Set(updates.map((u) => u.orgId))];
  const { rows } = await client.query<OrgRecord>('SELECT * FROM lock_org_records($1::text[])', [ids]);
  const records = new Map(rows.map((r) => [r.org.id, r]));
  const outcomes: Outcome[] = [];
  const writes: { at: number; change: Record<string, unknown> }[] = [];
  for (const update of updates) {
    try {
      const { result, change } = decideOn(records, update);
      if (change) writes.push({ at: outcomes.length, change });
      outcomes.push({ ok: true, value: result });
    } catch (error) {
      outcomes.push({ ok: false, error });
    }
  }
  if (writes.length === 0) return outcomes;
  const applied = await client.query<Applied>('SELECT * FROM apply_org_changes($1::jsonb)', [JSON.stringify(writes.map((w) => w.change))]);
  applied.rows.forEach((row, k) => {
    const at = writes[k]!.at;
    if (row.outcome === 'retry') outcomes[at] = 'retry';
    else if (row.outcome !== 'ok') outcomes[at] = { ok: false, error: databaseError(row) };
  });
  if (writes.some((w) => Array.isArray(w.change['audit']))) await capLog(client, 'audit', auditMax);
  return outcomes;
}

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
