import type { Batch } from './batch.js';
import type { DurableJsonFile } from './durable-json-file.js';
import { applyOps, copyForChange } from './journal-ops.js';
import type { Journal } from './journal.js';
import { snapshotOf, type LoadedStore } from './load-store.js';
import type { StoreData } from './schema.js';
import { StoreIndex } from './store-index.js';

/** When the journal is folded into a new snapshot: at whichever limit it reaches first. */
export interface CompactAfter {
  /** Bytes of journal (default 4 MiB). */
  bytes: number;
  /** Journal lines, one per group commit (default 5,000). */
  batches: number;
}

/** A snapshot being written in the background, of the data as it was when it started. */
interface Compaction {
  /** Journal bytes and lines when it started: what the snapshot makes redundant. */
  bytes: number;
  lines: number;
  /** Resolves true once the snapshot is durable (false: it failed, nothing changed). */
  written: Promise<boolean>;
  /** Set when a later snapshot replaced the journal first: the journal must then not be cut. */
  superseded: boolean;
  done: Promise<void>;
}

/**
 * The durable side of the file store: the data file (snapshot), the journal, and the data
 * and index they hold. Writes and journal cuts run one at a time; a compaction writes its
 * snapshot in the background from a frozen copy, so mutations keep being appended meanwhile.
 * `data` and `index` only ever hold durable data.
 */
export class StoreFiles {
  data: StoreData;
  index: StoreIndex;
  private readonly adapter: DurableJsonFile<StoreData>;
  private readonly journal: Journal;
  /** The last journal seq used (by a line or a snapshot). */
  private seq: number;
  /** Whether this process wrote anything: only then does close compact (reads never change the files). */
  private wrote = false;
  private compaction: Compaction | undefined;
  private failures = 0;
  private serial: Promise<unknown> = Promise.resolve();

  constructor(
    loaded: LoadedStore,
    private readonly limits: CompactAfter,
  ) {
    ({ data: this.data, index: this.index, adapter: this.adapter, journal: this.journal, seq: this.seq } = loaded);
  }

  /**
   * Makes the batch durable, then merges it into `data` and `index`: one journal line, or a
   * whole snapshot for an import or when the journal cannot be appended to (it vanished,
   * another process changed it, or an append failed). Nothing is written unless `ready` (the
   * lock's check, run beside the journal's) resolves. Starts a compaction when one is due.
   */
  write(batch: Batch, ready: Promise<void> = Promise.resolve()): Promise<void> {
    return this.oneAtATime(async () => {
      const replacement = batch.replaced;
      const ops = batch.ops();
      if (!replacement && Object.keys(ops).length === 0) return;
      // Taken only once written: a failed write, or one `ready` refused, leaves no gap in the journal's seqs.
      const seq = this.seq + 1;
      if (!replacement && (await this.journal.append(seq, ops, ready))) {
        this.seq = seq;
        applyOps(this.data, ops);
        this.index.apply(ops);
      } else {
        await ready;
        const base = this.data;
        // An import replaces the partner records only: the audit log, tickets and state stay.
        const next = replacement ? { ...base, ...replacement, schemaVersion: base.schemaVersion } : applyOps(copyForChange(base), ops);
        await this.replaceSnapshot(next, seq);
        this.seq = seq;
        this.data = next;
        this.index = new StoreIndex(next);
      }
      this.wrote = true;
      if (this.compactionDue()) this.compaction = this.startCompaction();
    });
  }

  /** Resolves once a compaction in progress is done. */
  async idle(): Promise<void> {
    await this.compaction?.done;
  }

  /**
   * Waits for a running compaction; if this process wrote (and `fold`), folds the journal into
   * the snapshot. Closes the journal file either way.
   */
  async close(fold: boolean): Promise<void> {
    await this.compaction?.done;
    await this.oneAtATime(async () => {
      try {
        if (fold && this.wrote && this.journal.lines > 0) await this.replaceSnapshot(this.data, this.seq);
      } finally {
        await this.journal.close();
      }
    });
  }

  /** Writes `data` as the snapshot holding journal lines up to `seq`, then starts a fresh journal. */
  private async replaceSnapshot(data: StoreData, seq: number): Promise<void> {
    // Snapshots land in order: an older one written after this one would lose data.
    if (this.compaction) {
      await this.compaction.written;
      this.compaction.superseded = true;
    }
    await this.adapter.write(snapshotOf(data, seq));
    try {
      await this.journal.reset();
    } catch {
      // The snapshot holds every line of the journal; until a reset succeeds, each write is a snapshot.
    }
  }

  private compactionDue(): boolean {
    if (this.compaction) return false;
    // After a failed compaction, wait for the journal to grow by another limit before retrying.
    const factor = this.failures + 1;
    return this.journal.size >= this.limits.bytes * factor || this.journal.lines >= this.limits.batches * factor;
  }

  /**
   * Writes a snapshot of the data as it is now (a copy: appends go on meanwhile), then cuts
   * the lines it holds from the journal. A failure loses nothing: the journal holds them all.
   */
  private startCompaction(): Compaction {
    const image = copyForChange(this.data);
    const written = this.adapter.write(snapshotOf(image, this.seq)).then(
      () => true,
      () => false,
    );
    const compaction: Compaction = { bytes: this.journal.size, lines: this.journal.lines, written, superseded: false, done: Promise.resolve() };
    compaction.done = written.then((ok) =>
      this.oneAtATime(async () => {
        this.failures = ok ? 0 : this.failures + 1;
        if (ok && !compaction.superseded) await this.journal.dropThrough(compaction.bytes, compaction.lines).catch(() => undefined);
        if (this.compaction === compaction) this.compaction = undefined;
      }),
    );
    return compaction;
  }

  /** Runs `task` after every task queued before it (writes and journal cuts never overlap). */
  private oneAtATime<T>(task: () => Promise<T>): Promise<T> {
    const run = this.serial.then(task);
    this.serial = run.catch(() => undefined);
    return run;
  }
}
