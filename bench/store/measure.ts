import { openFileStore, type FileStore } from '../../src/store/file-store.js';
import { systemClock } from '../../src/store/ids.js';
import { serveParent, usageNow } from '../child.js';
import { quantile } from '../stats.js';
import { benchOrgId } from './big-data.js';

/**
 * Child process: opens the large data file cold (a fresh process, nothing loaded yet) and
 * measures durable mutations: updateOrg appending one ledger entry, each resolved only once it
 * is on disk, with many writers at once (group commit) and with a single writer.
 */

export interface WriteRun {
  writers: number;
  mutations: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  max: number;
}

export interface StoreMeasurement {
  openMs: number;
  /** RSS after the imports, before opening; after opening; and the peak after all writes. */
  rssBeforeOpen: number;
  rssAfterOpen: number;
  peakRss: number;
  concurrent: WriteRun;
  single: WriteRun;
}

export interface WriteOptions {
  writers: number;
  /** Stop after this many mutations or this many seconds, whichever comes first. */
  total: number;
  maxSeconds: number;
}

let sequence = 0;

/** Appends one ledger entry to a pseudo-randomly chosen org (orgs spread like real traffic). */
function appendOne(store: FileStore, orgs: number): Promise<void> {
  const n = ++sequence;
  const entry = { id: `bench-write-${process.pid}-${n}`, benefit: 'product-support', kind: 'opened' as const, at: new Date().toISOString(), ref: `SR bench ${n}` };
  return store.updateOrg(benchOrgId((n * 7919) % orgs), () => ({ result: undefined, changes: { ledger: [entry] } }));
}

async function writes(store: FileStore, orgs: number, options: WriteOptions): Promise<WriteRun> {
  const latencies: number[] = [];
  const start = performance.now();
  const deadline = start + options.maxSeconds * 1000;
  let issued = 0;
  const writer = async () => {
    while (issued < options.total && performance.now() < deadline) {
      issued += 1;
      const t = performance.now();
      await appendOne(store, orgs);
      latencies.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: options.writers }, writer));
  const seconds = (performance.now() - start) / 1000;
  return { writers: options.writers, mutations: latencies.length, seconds, perSecond: latencies.length / seconds, p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99), max: quantile(latencies, 1) };
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
