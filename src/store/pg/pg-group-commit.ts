import type pg from 'pg';
import { StoreError } from '../../core/errors.js';
import { isRetryable, storeError, type PgDb } from './pg-db.js';
import { applyOrgChanges, audits, decideOrgUpdates, type Outcome, type OrgUpdate } from './pg-org-batch.js';
import { capLog } from './pg-retention.js';
import type { SetKind } from './pg-set-kinds.js';

/** What one mutation does inside the shared transaction; it may throw to undo only itself. */
export type Mutation<T> = (client: pg.PoolClient) => Promise<T>;

/** A mutation whose every statement is atomic on its own (a claim, a one-item state write): alone, it needs no transaction. */
export interface RunOptions {
  selfContained?: boolean;
}

interface Member {
  /** An `updateOrg` (run with the batch's others, set-based), an item of a set kind (one statement per kind), else any mutation (in a savepoint of its own). */
  task: { update: OrgUpdate } | { kind: SetKind<unknown>; item: unknown } | { work: Mutation<unknown>; selfContained: boolean };
  attempt: number;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/** A batch's members by how they run: all `updateOrg`s together, each set kind's items in one statement, the rest one by one. */
interface Plan {
  updates: { member: Member; update: OrgUpdate }[];
  sets: Map<SetKind<unknown>, { member: Member; item: unknown }[]>;
  others: { member: Member; work: Mutation<unknown> }[];
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
 * `updateOrg` calls (the common durable mutation) run first, together, in two statements
 * (pg-org-batch.ts: lock-and-read, then every change in one function call); then each set
 * kind's members (claims, one-item state writes: pg-set-kinds.ts) in ONE statement per kind,
 * each member with its own outcome and no savepoint; the others each cost their statements plus
 * a SAVEPOINT (none for a mutation alone in its batch). A batch that is one statement (claims
 * only, one-item state writes only, a self-contained mutation alone) runs without BEGIN/COMMIT.
 */
export class PgGroupCommit {
  private queue: Member[] = [];
  private flushing: Promise<void> | undefined;
  /** Batches committed (each one transaction, or one statement on its own), for tests and the bench. */
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

  /** A mutation of a set kind (a claim, a one-item state write): with the batch's others of its kind, in one statement. */
  apply<I, T>(kind: SetKind<I>, item: I): Promise<T> {
    return this.enqueue({ kind: kind as SetKind<unknown>, item });
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
    const plan = planOf(members);
    const transaction = needsTransaction(plan, members.length);
    /** What each member that ran came to (kept if the batch then fails: a member's own error stays its own). */
    const outcomes = new Map<Member, Outcome>();
    let broken = false;
    // A connection lost while a member computes (no query under way) must fail this batch, not crash the process.
    client.on('error', ignore);
    try {
      await this.runAll(client, plan, outcomes, transaction);
      this.commits += 1;
    } catch (error) {
      // Behind a pipelined COMMIT that already ended the transaction, ROLLBACK only warns; failing, the connection is gone.
      if (transaction) broken = await client.query('ROLLBACK').then(() => false, () => true);
      // Nothing of this batch is acknowledged: the members that ran and those that did not yet reject (or run again).
      for (const member of members) this.settle(member, outcomes.get(member), error);
      return;
    } finally {
      client.off('error', ignore);
      client.release(broken);
    }
    for (const member of members) this.settle(member, outcomes.get(member));
  }

  /**
   * BEGIN, the org updates together, each set kind in one statement, then the other mutations
   * (each in a savepoint unless it is the batch's only member), COMMIT. The pool's connections
   * pipeline (PgDb): a statement whose answer nothing waits for goes out with the next one, so
   * BEGIN travels with the first statement and COMMIT with the last set-based ones; every answer
   * is awaited before this returns, and the first error fails the batch.
   */
  private async runAll(client: pg.PoolClient, plan: Plan, outcomes: Map<Member, Outcome>, transaction: boolean): Promise<void> {
    const sent: Promise<unknown>[] = [];
    // Handled at once (the batch may fail before `answered` looks at it), still rejecting `answered`.
    const send = (answer: Promise<unknown>): void => {
      sent.push(answer);
      answer.catch(ignore);
    };
    const answered = () => Promise.all(sent);
    if (transaction) send(client.query('BEGIN'));
    if (plan.updates.length > 0) {
      const decided = await decideOrgUpdates(client, plan.updates.map((u) => u.update));
      send(applyOrgChanges(client, decided).then((results) => plan.updates.forEach((u, i) => outcomes.set(u.member, results[i]!))));
      if (audits(decided)) await answered().then(() => capLog(client, 'audit', this.options.auditMax));
    }
    for (const [kind, items] of plan.sets) send(kind.all(client, items.map((i) => i.item)).then((results) => items.forEach((i, k) => outcomes.set(i.member, results[k]!))));
    if (plan.others.length > 0) await answered();
    const alone = plan.others.length === 1 && plan.updates.length === 0 && plan.sets.size === 0;
    for (const { member, work } of plan.others) outcomes.set(member, alone ? { ok: true, value: await work(client) } : await inSavepoint(client, work));
    if (transaction) send(client.query('COMMIT').then(committed));
    await answered();
  }

  /** Resolves a member that ran once its batch committed; requeues or rejects one that failed (alone, or with its batch: `batchError`). */
  private settle(member: Member, outcome: Outcome | undefined, batchError?: unknown): void {
    if (outcome === 'retry') this.queue.push(member);
    else if (outcome && !outcome.ok) this.fail(member, outcome.error);
    else if (batchError !== undefined || !outcome) this.fail(member, batchError);
    else member.resolve(outcome.value);
  }

  private fail(member: Member, error: unknown): void {
    if (isRetryable(error) && member.attempt < ATTEMPTS) {
      this.queue.push({ ...member, attempt: member.attempt + 1 });
      return;
    }
    member.reject(storeError(error));
  }
}

/** Sorts a batch's members by how they run; a set item whose key an earlier member of the batch has runs after the statement, alone. */
function planOf(members: Member[]): Plan {
  const plan: Plan = { updates: [], sets: new Map(), others: [] };
  const keys = new Map<SetKind<unknown>, Set<string>>();
  for (const member of members) {
    const { task } = member;
    if ('update' in task) plan.updates.push({ member, update: task.update });
    else if ('work' in task) plan.others.push({ member, work: task.work });
    else {
      const seen = keys.get(task.kind) ?? keys.set(task.kind, new Set()).get(task.kind)!;
      const key = task.kind.key(task.item);
      if (seen.has(key)) plan.others.push({ member, work: (client) => task.kind.one(client, task.item) });
      else plan.sets.set(task.kind, [...(plan.sets.get(task.kind) ?? []), { member, item: task.item }]);
      seen.add(key);
    }
  }
  return plan;
}

/** One statement needs no transaction: a batch of a single set kind, or a single self-contained mutation. */
function needsTransaction(plan: Plan, size: number): boolean {
  if (plan.updates.length > 0) return true;
  if (plan.others.length === 0) return plan.sets.size > 1;
  const only = plan.others[0]!.member.task;
  return !(size === 1 && 'work' in only && only.selfContained);
}

/** A COMMIT of a transaction that had failed answers ROLLBACK, not an error: never acknowledge that. */
function committed(result: pg.QueryResult): void {
  if (result.command !== 'COMMIT') throw new StoreError('WRITE_FAILED', `PostgreSQL: the batch's transaction ended in ${result.command}`);
}

/** Runs a mutation after a savepoint of its own, so one that throws is undone alone. */
async function inSavepoint(client: pg.PoolClient, work: Mutation<unknown>): Promise<Outcome> {
  await client.query('SAVEPOINT member');
  try {
    return { ok: true, value: await work(client) };
  } catch (error) {
    // If even this fails, the connection or the transaction is gone: the whole batch fails (commit's catch).
    await client.query('ROLLBACK TO SAVEPOINT member');
    return { ok: false, error };
  }
}
