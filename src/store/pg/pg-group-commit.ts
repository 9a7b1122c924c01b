import type pg from 'pg';
import { isRetryable, storeError, type PgDb } from './pg-db.js';
import { applyOrgUpdates, type Outcome, type OrgUpdate } from './pg-org-batch.js';

/** What one mutation does inside the shared transaction; it may throw to undo only itself. */
export type Mutation<T> = (client: pg.PoolClient) => Promise<T>;

/** A mutation whose every statement is atomic on its own (a claim, a one-item state write): alone, it needs no transaction. */
export interface RunOptions {
  selfContained?: boolean;
}

interface Member {
  /** An `updateOrg` (run with the batch's others, set-based), else any mutation (run in a savepoint of its own). */
  task: { update: OrgUpdate } | { work: Mutation<unknown>; selfContained: boolean };
  attempt: number;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

const ignore = () => undefined;

/**
 * Each member that writes is a subtransaction with an id of its own; beyond 64 in one transaction
 * every other session's snapshot gets slower (the backend's subxid cache overflows).
 */
export const MAX_BATCH = 64;
/** A mutation that lost a deadlock or a serialization check runs again, at most this many times in all (like PgDb.tx). */
const ATTEMPTS = 3;

/**
 * Group commit on PostgreSQL, the file store's idea (FileStore.flush) on a database: mutations
 * that arrive while a COMMIT is under way wait, then run together in ONE transaction on one
 * connection (at most `maxBatch`), each in a savepoint of its own, so one that throws (a
 * conflict, a cap, a validation, an error of its own) is rolled back to its savepoint and
 * rejects alone while the others commit. Every promise settles only after the COMMIT holding
 * it: resolved once that COMMIT is durable, rejected if the batch fails (a lost connection, a
 * failed COMMIT: nothing is acknowledged that might not be stored). A member that lost a
 * deadlock or a serialization check joins the next batch, like PgDb.tx retries. Statements
 * run READ COMMITTED, so a member sees what earlier members of its batch wrote. The batch's
 * `updateOrg` calls (the common durable mutation) run first, together, in a constant number of
 * round trips (pg-org-batch.ts: a subtransaction each, inside one function call); the others
 * each cost their statements plus a SAVEPOINT (none for a mutation alone in its batch, and no
 * BEGIN/COMMIT either for a self-contained one: at low load a claim stays one round trip).
 */
export class PgGroupCommit {
  private queue: Member[] = [];
  private flushing: Promise<void> | undefined;
  /** Transactions committed (each holding one batch, or one self-contained mutation alone), for tests and the bench. */
  commits = 0;

  constructor(
    private readonly db: PgDb,
    private readonly options: { auditMax: number; maxBatch?: number },
  ) {}

  run<T>(work: Mutation<T>, options: RunOptions = {}): Promise<T> {
    return this.enqueue({ work, selfContained: options.selfContained === true });
  }

  updateOrg<T>(update: OrgUpdate): Promise<T> {
    return this.enqueue({ update });
  }

  private async enqueue<T>(task: Member['task']): Promise<T> {
    this.db.assertOpen();
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ task, attempt: 1, resolve: resolve as (value: unknown) => void, reject });
      this.flushing ??= this.flush();
    });
  }

  /** Resolves once every queued mutation has settled. */
  async idle(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  /** Commits batches until the queue is empty; whatever arrives during a commit joins the next batch. */
  private async flush(): Promise<void> {
    try {
      while (this.queue.length > 0) await this.commit(this.queue.splice(0, this.options.maxBatch ?? MAX_BATCH));
    } finally {
      this.flushing = undefined;
    }
  }

  private async commit(members: Member[]): Promise<void> {
    let client: pg.PoolClient;
    try {
      client = await this.db.pool.connect();
    } catch (error) {
      for (const member of members) this.fail(member, error);
      return;
    }
    /** What the members that ran returned; they share the fate of the COMMIT. */
    const ran = new Map<Member, unknown>();
    /** Members settled on their own (rejected, or queued for the next batch): no longer this batch's. */
    const departed = new Set<Member>();
    let broken = false;
    const alone = members.length === 1 && 'work' in members[0]!.task && members[0]!.task.selfContained;
    // A connection lost while a member computes (no query under way) must fail this batch, not crash the process.
    client.on('error', ignore);
    try {
      if (!alone) await client.query('BEGIN');
      const updates = members.flatMap((m) => ('update' in m.task ? [{ member: m, update: m.task.update }] : []));
      const outcomes = updates.length > 0 ? await applyOrgUpdates(client, updates.map((u) => u.update), this.options.auditMax) : [];
      const others = members.flatMap((m) => ('work' in m.task ? [{ member: m, work: m.task.work }] : []));
      const settled = [...updates.map((u, i) => ({ member: u.member, outcome: outcomes[i]! })), ...(await this.runEach(client, others, members.length === 1))];
      for (const { member, outcome } of settled) {
        if (outcome !== 'retry' && outcome.ok) {
          ran.set(member, outcome.value);
          continue;
        }
        departed.add(member);
        if (outcome === 'retry') this.queue.push(member);
        else this.fail(member, outcome.error);
      }
      if (!alone) await client.query('COMMIT');
      this.commits += 1;
    } catch (error) {
      if (!alone) {
        await client.query('ROLLBACK').catch(() => {
          broken = true;
        });
      }
      // Nothing of this batch is acknowledged: the members that ran and those that did not yet reject (or run again).
      for (const member of members) if (!departed.has(member)) this.fail(member, error);
      return;
    } finally {
      client.off('error', ignore);
      client.release(broken);
    }
    for (const [member, value] of ran) member.resolve(value);
  }

  /**
   * Runs each mutation after a savepoint of its own, so one that throws is undone alone. A
   * mutation alone in its batch needs none: if it throws, the whole (its own) batch fails.
   */
  private async runEach(client: pg.PoolClient, mutations: { member: Member; work: Mutation<unknown> }[], alone: boolean): Promise<{ member: Member; outcome: Outcome }[]> {
    if (alone && mutations[0]) return [{ member: mutations[0].member, outcome: { ok: true, value: await mutations[0].work(client) } }];
    const settled: { member: Member; outcome: Outcome }[] = [];
    for (const { member, work } of mutations) {
      await client.query('SAVEPOINT member');
      try {
        settled.push({ member, outcome: { ok: true, value: await work(client) } });
      } catch (error) {
        // If even this fails, the connection or the transaction is gone: the whole batch fails (commit's catch).
        await client.query('ROLLBACK TO SAVEPOINT member');
        settled.push({ member, outcome: { ok: false, error } });
      }
    }
    return settled;
  }

  private fail(member: Member, error: unknown): void {
    if (isRetryable(error) && member.attempt < ATTEMPTS) {
      this.queue.push({ ...member, attempt: member.attempt + 1 });
      return;
    }
    member.reject(storeError(error));
  }
}
