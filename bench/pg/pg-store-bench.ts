import { Child } from '../child.js';
import type { WriteOptions } from '../store/writes.js';
import { createBenchDatabase } from './bench-database.js';
import type { PgStoreMeasurement } from './pg-measure.js';

export type { PgStoreMeasurement } from './pg-measure.js';

/** The durable mutation benchmark on a fresh PostgreSQL database (created and dropped here). */
export async function pgStoreBench(options: { orgs: number; ledgerEntries: number; concurrent: WriteOptions; single: WriteOptions }): Promise<PgStoreMeasurement & { orgs: number; ledgerEntries: number }> {
  const database = await createBenchDatabase('store');
  try {
    const child = await Child.start('./pg/pg-measure.ts');
    try {
      const measured = await child.call<PgStoreMeasurement>('measure', { url: database.url, ...options });
      return { ...measured, orgs: options.orgs, ledgerEntries: options.ledgerEntries };
    } finally {
      await child.stop();
    }
  } finally {
    await database.drop();
  }
}
