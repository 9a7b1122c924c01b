import { openFileStore } from '../../src/store/file-store.js';
import { systemClock } from '../../src/store/ids.js';
import { serveParent, usageNow } from '../child.js';
import { writes, type WriteOptions, type WriteRun } from './writes.js';

/**
 * Child process: opens the large data file cold (a fresh process, nothing loaded yet) and
 * measures durable mutations: updateOrg appending one ledger entry, each resolved only once it
 * is on disk, with many writers at once (group commit) and with a single writer.
 */

export type { WriteOptions, WriteRun } from './writes.js';

export interface StoreMeasurement {
  openMs: number;
  /** RSS after the imports, before opening; after opening; and the peak after all writes. */
  rssBeforeOpen: number;
  rssAfterOpen: number;
  peakRss: number;
  concurrent: WriteRun;
  single: WriteRun;
}

async function measure(args: { file: string; orgs: number; concurrent: WriteOptions; single: WriteOptions }): Promise<StoreMeasurement> {
  const rssBeforeOpen = usageNow().rssBytes;
  const start = performance.now();
  const store = await openFileStore({ file: args.file, clock: systemClock });
  const openMs = performance.now() - start;
  const rssAfterOpen = usageNow().rssBytes;
  try {
    const concurrent = await writes(store, args.orgs, args.concurrent);
    const single = await writes(store, args.orgs, args.single);
    return { openMs, rssBeforeOpen, rssAfterOpen, peakRss: usageNow().maxRssBytes, concurrent, single };
  } finally {
    await store.close();
  }
}

/** Only the cold open (repeated in fresh processes, since one open is easily disturbed). */
async function openOnly(args: { file: string }): Promise<number> {
  const start = performance.now();
  const store = await openFileStore({ file: args.file, clock: systemClock });
  const ms = performance.now() - start;
  await store.close();
  return ms;
}

serveParent({ ready: {}, ops: { measure: (args) => measure(args as Parameters<typeof measure>[0]), open: (args) => openOnly(args as { file: string }) } });
