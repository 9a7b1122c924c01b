import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Child, startFlags } from '../child.js';
import { median } from '../stats.js';
import type { StoreMeasurement, WriteOptions } from './measure.js';

export interface StoreBenchOptions {
  orgs: number;
  ledgerEntries: number;
  concurrent: WriteOptions;
  single: WriteOptions;
  /** Write a CPU profile of opening and writing to this file. */
  profileFile?: string;
}

export interface StoreBenchResult extends StoreMeasurement {
  orgs: number;
  ledgerEntries: number;
  fileBytes: number;
  /** Every cold open (each in a fresh process); `openMs` is their median. */
  openRuns: number[];
  /** One cold open of the same data in a file the store did not seal (validated in full). */
  unsealedOpenMs: number;
  /** The whole server (src/main.ts) started on the same file, idle: RSS and time to start. */
  server: { rss: number; startMs: number };
}

/** Starts the real server (compiled, plain node) on `file` and reads its RSS once it listens (bot, SDKs and the orgs loaded). */
async function serverWith(file: string): Promise<StoreBenchResult['server']> {
  const start = performance.now();
  const server = await Child.start('./targets/product.mjs', { plain: true, nodeFlags: startFlags(), env: { BENCH_DATA_FILE: file, BENCH_SLACK_SECRET: 'unused', BENCH_SINK_URL: 'http://127.0.0.1:9' } });
  const startMs = performance.now() - start;
  try {
    return { rss: (await server.usage()).rssBytes, startMs };
  } finally {
    await server.stop();
  }
}

/** Cold opens of `file` in fresh processes. */
async function coldOpens(file: string, count: number): Promise<number[]> {
  const runs: number[] = [];
  for (let i = 0; i < count; i++) {
    const child = await Child.start('./store/measure.ts');
    runs.push(await child.call<number>('open', { file }));
    await child.stop();
  }
  return runs;
}

/** Generates the large file in one child, then opens it cold in fresh ones and writes to it. */
export async function storeBench(options: StoreBenchOptions): Promise<StoreBenchResult> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-store-'));
  try {
    const file = join(dir, 'db.json');
    const generator = await Child.start<{ bytes: number }>('./store/generate.ts', { args: [file, String(options.orgs), String(options.ledgerEntries)] });
    const fileBytes = generator.ready.bytes;
    await generator.stop();
    const opens = await coldOpens(file, 2);
    const [unsealedOpenMs = NaN] = await coldOpens(`${file}.unsealed`, 1);
    const child = await Child.start('./store/measure.ts');
    try {
      const measure = () => child.call<StoreMeasurement>('measure', { file, orgs: options.orgs, concurrent: options.concurrent, single: options.single });
      const measured = options.profileFile ? await child.profiled(options.profileFile, measure) : await measure();
      await child.stop();
      const openRuns = [...opens, measured.openMs];
      return { ...measured, openMs: median(openRuns), openRuns, unsealedOpenMs, orgs: options.orgs, ledgerEntries: options.ledgerEntries, fileBytes, server: await serverWith(file) };
    } finally {
      await child.stop();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
