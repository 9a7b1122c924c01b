import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Child } from './child.js';
import { httpBench, type HttpBenchResult } from './http/http-bench.js';
import type { RecognitionResult } from './recognition.js';
import { httpTable, recognitionLine, storeTable, verdictTable } from './report.js';
import { storeBench, type StoreBenchResult } from './store/store-bench.js';
import { verdicts } from './targets.js';

/**
 * `npm run bench [-- --only=http,store,recognition --seconds=4 --rounds=3 --targets=teams-bot,teams-echo --profile=teams-bot,store]`:
 * the product against the minimal bots on the same stack, the store with 10,000 orgs, and
 * intent recognition; prints every figure next to its target from issue 7 and writes all
 * results to bench/results/<time>.json. A script, never a test: nothing here asserts.
 */
const { values } = parseArgs({
  options: {
    only: { type: 'string', default: 'recognition,store,http' },
    seconds: { type: 'string', default: '4' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '1,16,64' },
    targets: { type: 'string', default: '' },
    profile: { type: 'string', default: '' },
  },
});
const parts = new Set(values.only.split(','));
const profiled = values.profile.split(',').filter(Boolean);
const started = new Date();
const stamp = started.toISOString().replace(/[:.]/g, '-');
const resultsDir = fileURLToPath(new URL('./results/', import.meta.url));
const profileDir = `${resultsDir}profiles-${stamp}`;
const log = (line: string) => console.log(line);
const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '', memoryMB: Math.round(totalmem() / 2 ** 20), node: process.version, loadAverageAtStart: loadavg() };

let recognition: RecognitionResult | undefined;
if (parts.has('recognition')) {
  log('Intent recognition...');
  const child = await Child.start('./recognition.ts');
  const run = () => child.call<RecognitionResult>('run', { passes: 5 });
  recognition = profiled.includes('recognition') ? await child.profiled(`${profileDir}/recognition.cpuprofile`, run) : await run();
  await child.stop();
}

let store: StoreBenchResult | undefined;
if (parts.has('store')) {
  log('Store: 10,000 orgs / 100,000 ledger entries...');
  store = await storeBench({
    orgs: 10_000,
    ledgerEntries: 100_000,
    concurrent: { writers: 50, total: 5000, maxSeconds: 10 },
    single: { writers: 1, total: 1000, maxSeconds: 5 },
    ...(profiled.includes('store') ? { profileFile: `${profileDir}/store.cpuprofile` } : {}),
  });
}

let http: HttpBenchResult | undefined;
if (parts.has('http')) {
  log('HTTP: the product vs the minimal bots (interleaved)...');
  http = await httpBench({
    connections: values.connections.split(',').map(Number),
    rounds: Number(values.rounds),
    seconds: Number(values.seconds),
    warmupSeconds: 2,
    ...(values.targets ? { only: values.targets.split(',') } : {}),
    ...(profiled.length ? { profile: { targets: profiled, dir: profileDir } } : {}),
    log,
  });
}

const results = verdicts({ ...(http ? { http } : {}), ...(store ? { store } : {}), ...(recognition ? { recognition } : {}) });
const seconds = (Date.now() - started.getTime()) / 1000;
log('');
if (http) log(`${httpTable(http)}\n`);
if (store) log(`${storeTable(store)}\n`);
if (recognition) log(`${recognitionLine(recognition)}\n`);
log(verdictTable(results));
await mkdir(resultsDir, { recursive: true });
const file = `${resultsDir}${stamp}.json`;
await writeFile(file, `${JSON.stringify({ startedAt: started.toISOString(), seconds, machine: { ...machine, loadAverageAtEnd: loadavg() }, options: values, verdicts: results, http, store, recognition }, null, 2)}\n`);
log(`\n${seconds.toFixed(0)} s on ${machine.cpus} cores (load average ${machine.loadAverageAtStart.map((l) => l.toFixed(1)).join(' ')} at start); results in ${file}${profiled.length ? `; CPU profiles in ${profileDir}` : ''}`);
