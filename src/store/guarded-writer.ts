import { StoreError } from '../core/errors.js';
import type { Clock } from '../core/ports.js';
import type { Batch } from './batch.js';
import { rotateLogs, type Retention } from './retention.js';
import type { StoreFiles } from './store-files.js';
import type { StoreLock } from './store-lock.js';

/** Writes failing in a row before the store reports itself not ready. */
export const FAILURES_UNTIL_UNREADY = 3;

/**
 * The file store's write path: writes only while this process still holds the lock and the
 * journal is as it left it, rotates the logs first, and keeps the health readiness reports.
 * If another process writes these files, writing on (a snapshot over its lines) would silently
 * lose what it acknowledged, so this store stops writing for good (LOCKED).
 */
export class GuardedWriter {
  /** Set once another process turned out to write the same files: every later write fails with it. */
  fenced: StoreError | undefined;
  /** Writes that failed in a row (a write that reached the disk resets it). */
  private failedWrites = 0;

  constructor(
    private readonly options: { dataFile: string; files: StoreFiles; lock: StoreLock; clock: Clock; retention: Retention },
  ) {}

  /** False once FAILURES_UNTIL_UNREADY writes failed in a row, or the files were taken over. */
  get healthy(): boolean {
    return !this.fenced && this.failedWrites < FAILURES_UNTIL_UNREADY;
  }

  async write(batch: Batch): Promise<void> {
    const { dataFile, files, lock, clock, retention } = this.options;
    try {
      if (this.fenced) throw this.fenced;
      // The lock is checked beside the journal's own check (one wait for both); nothing is written before it passes.
      const held = lock.check();
      held.catch(() => undefined);
      await rotateLogs({ dataFile, data: files.data, batch, retention, now: clock.now(), ready: held });
      await files.write(batch, held);
      await held;
    } catch (error) {
      this.failedWrites += 1;
      if (error instanceof StoreError && error.code === 'LOCKED') this.fenced = error;
      throw error;
    }
    // Only a write that reached the disk proves writes work (an empty batch writes nothing).
    if (batch.replaced || Object.keys(batch.ops()).length > 0) this.failedWrites = 0;
  }
}
