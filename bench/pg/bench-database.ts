import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The local development server (issue 14), when neither BENCH_DATABASE_URL nor TEST_DATABASE_URL is set. */
export const DEFAULT_BENCH_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';

export interface BenchDatabase {
  /** The URL of the new, empty database. */
  url: string;
  /** Drops it (and ends every connection still on it). */
  drop(): Promise<void>;
}

/** The server the bench uses: BENCH_DATABASE_URL, else TEST_DATABASE_URL, else the local default. */
export function benchServerUrl(): string {
  return process.env['BENCH_DATABASE_URL'] || process.env['TEST_DATABASE_URL'] || DEFAULT_BENCH_DATABASE_URL;
}

/** Creates a fresh database of its own on the bench's server, so a run never touches anything else there. */
export async function createBenchDatabase(purpose: string): Promise<BenchDatabase> {
  const server = benchServerUrl();
  const name = `bench_${purpose}_${process.pid}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client(server);
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client(server);
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
