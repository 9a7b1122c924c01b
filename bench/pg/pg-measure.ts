import { systemClock } from '../../src/store/ids.js';
import { openPgStore } from '../../src/store/pg/open-pg-store.js';
import { serveParent } from '../child.js';
import { bigStoreData } from '../store/big-data.js';
import { writes, type WriteOptions, type WriteRun } from '../store/writes.js';

/**
 * Child process: the durable mutation benchmark on PostgreSQL, the same as the file store's
 * (bench/store/measure.ts): the 10,000 orgs loaded into a fresh database, then updateOrg
 * appending one ledger entry, each resolved once its transaction committed, with 50 writers at
 * once and with one. The store's pool is the server's default (10 connections).
 */

export interface PgStoreMeasurement {
  /** Loading the orgs and ledger entries (one transaction, `admin copy`'s path). */
  loadMs: number;
  concurrent: WriteRun;
  single: WriteRun;
}

async function measure(args: { url: string; orgs: number; ledgerEntries: number; concurrent: WriteOptions; single: WriteOptions }): Promise<PgStoreMeasurement> {
  const store = await openPgStore({ url: args.url, clock: systemClock, demo: false });
  try {
    const start = performance.now();
    await store.load(bigStoreData(systemClock, { orgs: args.orgs, ledgerEntries: args.ledgerEntries }), 'bench data');
    const loadMs = performance.now() - start;
    await store.db.query('ANALYZE');
    const concurrent = await writes(store, args.orgs, args.concurrent);
    const single = await writes(store, args.orgs, args.single);
    return { loadMs, concurrent, single };
  } finally {
    await store.close();
  }
}

serveParent({ ready: {}, ops: { measure: (args) => measure(args as Parameters<typeof measure>[0]) } });
