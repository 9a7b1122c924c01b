import type { StorePort } from '../../src/core/ports.js';
import { quantile } from '../stats.js';
import { benchOrgId } from './big-data.js';

/** Durable mutations measured on any store: updateOrg appending one ledger entry, resolved once committed. */

export interface WriteRun {
  writers: number;
  mutations: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  max: number;
}

export interface WriteOptions {
  writers: number;
  /** Stop after this many mutations or this many seconds, whichever comes first. */
  total: number;
  maxSeconds: number;
}

let sequence = 0;

/** Appends one ledger entry to a pseudo-randomly chosen org (orgs spread like real traffic). */
function appendOne(store: Pick<StorePort, 'updateOrg'>, orgs: number): Promise<void> {
  const n = ++sequence;
  const entry = { id: `bench-write-${process.pid}-${n}`, benefit: 'product-support', kind: 'opened' as const, at: new Date().toISOString(), ref: `SR bench ${n}` };
  return store.updateOrg(benchOrgId((n * 7919) % orgs), () => ({ result: undefined, changes: { ledger: [entry] } }));
}

/** `options.writers` writers at once, each issuing its next mutation when the last one resolved. */
export async function writes(store: Pick<StorePort, 'updateOrg'>, orgs: number, options: WriteOptions): Promise<WriteRun> {
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
