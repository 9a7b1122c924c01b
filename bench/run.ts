import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Child } from './child.js';
import { httpBench, type HttpBenchResult } from './http/http-bench.js';
import { benchServerUrl } from './pg/bench-database.js';
import { pgHttpBench, type PgHttpBenchResult } from './pg/pg-http-bench.js';
import { pgHttpTable, pgStoreTable, pgVerdicts } from './pg/pg-report.js';
import { pgStoreBench, type PgStoreMeasurement } from './pg/pg-store-bench.js';
import { redactUrl } from '../src/store/pg/pg-db.js';
import type { RecognitionResult } from './recognition.js';
import { httpTable, recognitionLine, storeTable, verdictTable } from './report.js';
import { storeBench, type StoreBenchResult } from './store/store-bench.js';
import { verdicts } from './targets.js';

/**
 * `npm run bench [-- --only=http,store,recognition --seconds=4 --rounds=3 --slack-requests=1500 --targets=teams-bot,teams-echo --profile=teams-bot,store --store=postgres]`:
 * the compiled product against the minimal bots on the same stack, the store with 10,000 orgs,
 * and intent recognition; prints every figure next to its target from issue 16 (PASS/MISS) and
 * writes all results to bench/results/<time>.json. A script, never a test: nothing here asserts.
 * `--store=postgres` (issue 14): the HTTP part drives the Teams door of the product on the file
 * store, on PostgreSQL with one instance and with two behind a round-robin proxy, beside the
 * echo bot; the store part measures durable mutations on PostgreSQL beside the file store's.
 * The database is a fresh one on BENCH_DATABASE_URL / TEST_DATABASE_URL / the local server.
 *
 * For A/B runs of a change (never set in a figures run): BENCH_AB_BASE=<another checkout, built> puts
 * that checkout's product in the echo bot's slot (so "bot / echo" reads "this build / that build",
 * interleaved in one run; BENCH_AB_BASE_NODE_FLAGS gives it other node flags than BENCH_NODE_FLAGS),
 * BENCH_WARMUP_SECONDS changes the 2 s warm-up, BENCH_HEAP_PROFILE=1 makes `--profile` write sampling
 * allocation profiles (summed up by bench/heap-summary.ts), BENCH_METRICS_FILE keeps the product's
 * /metrics text after the HTTP runs (turn and store-write latencies; in an A/B run the base's in <file>.base).
 */
const { values } = parseArgs({
  options: {
    only: { type: 'string', default: 'recognition,store,http' },
    seconds: { type: 'string', default: '4' },
    rounds: { type: 'string', default: '3' },
    'slack-requests': { type: 'string', default: '1500' },
    connections: { type: 'string', default: '16,64' },
    targets: { type: 'string', default: '' },
    profile: { type: 'string', default: '' },
    store: { type: 'string', default: 'file' },
  },
});
if (values.store !== 'file' && values.store !== 'postgres') throw new Error(`--store is file or postgres, not ${values.store}`);
const onPostgres = values.store === 'postgres';
const parts = new Set(values.only.split(','));
const profiled = values.profile.split(',').filter(Boolean);
const started = new Date();
const stamp = started.toISOString().replace(/[:.]/g, '-');
const resultsDir = fileURLToPath(new URL('./results/', import.meta.url));
const profileDir = `${resultsDir}profiles-${stamp}`;
const log = (line: string) => console.log(line);
/** Busy and total CPU time of the whole machine so far (all cores), to tell how much others used during the run. */
function machineCpu(): { busy: number; total: number } {
  return cpus().reduce((sum, c) => {
    const total = c.times.user + c.times.nice + c.times.sys + c.times.irq + c.times.idle;
    return { busy: sum.busy + total - c.times.idle, total: sum.total + total };
  }, { busy: 0, total: 0 });
}
const cpuAtStart = machineCpu();
const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '', memoryMB: Math.round(totalmem() / 2 ** 20), node: process.version, loadAverageAtStart: loadavg() };

// The product is measured as production runs it: the compiled JavaScript in dist/ (built here when stale, like `npm start`).
if (parts.has('http') || parts.has('store')) {
  const build = spawnSync(process.execPath, [fileURLToPath(new URL('../scripts/build.mjs', import.meta.url)), '--if-stale'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed: the compiled server cannot be measured');
}

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

let pgStore: PgStoreMeasurement | undefined;
if (parts.has('store') && onPostgres) {
  log(`Store on PostgreSQL (${redactUrl(benchServerUrl())}, a fresh database): 10,000 orgs / 100,000 ledger entries...`);
  pgStore = await pgStoreBench({ orgs: 10_000, ledgerEntries: 100_000, concurrent: { writers: 50, total: 5000, maxSeconds: 10 }, single: { writers: 1, total: 1000, maxSeconds: 5 } });
}

let http: HttpBenchResult | undefined;
let pgHttp: PgHttpBenchResult | undefined;
if (parts.has('http') && onPostgres) {
  log(`HTTP on PostgreSQL (${redactUrl(benchServerUrl())}, a fresh database): echo bot, file store, one and two instances (rotating order)...`);
  pgHttp = await pgHttpBench({
    connections: values.connections.split(',').map(Number), rounds: Number(values.rounds), seconds: Number(values.seconds), warmupSeconds: 2, log,
    ...(profiled.length ? { profile: { targets: profiled, dir: profileDir } } : {}),
  });
} else if (parts.has('http')) {
  log('HTTP: the product vs the minimal bots (interleaved)...');
  if (process.env['BENCH_AB_BASE']) log(`A/B run: the "teams-echo" slot is the product of ${process.env['BENCH_AB_BASE']}; its verdicts below are not the issue's figures.`);
  http = await httpBench({
    connections: values.connections.split(',').map(Number),
    rounds: Number(values.rounds),
    seconds: Number(values.seconds),
    slackRequests: Number(values['slack-requests']),
    warmupSeconds: Number(process.env['BENCH_WARMUP_SECONDS'] ?? 2),
    ...(values.targets ? { only: values.targets.split(',') } : {}),
    ...(profiled.length ? { profile: { targets: profiled, dir: profileDir } } : {}),
    log,
  });
}

const results = [
  ...verdicts({ ...(http ? { http } : {}), ...(store ? { store } : {}), ...(recognition ? { recognition } : {}) }),
  ...pgVerdicts({ ...(pgHttp ? { http: pgHttp } : {}), ...(pgStore ? { store: pgStore } : {}) }),
];
const seconds = (Date.now() - started.getTime()) / 1000;
const cpuAtEnd = machineCpu();
// The bench's own processes use at most ~2 cores' worth only while autocannon runs; the rest of "busy" is other work on a shared machine.
const machineBusy = (cpuAtEnd.busy - cpuAtStart.busy) / (cpuAtEnd.total - cpuAtStart.total);
log('');
if (http) log(`${httpTable(http)}\n`);
if (store) log(`${storeTable(store)}\n`);
if (pgHttp) log(`${pgHttpTable(pgHttp)}\n`);
if (pgStore) log(`${pgStoreTable({ ...pgStore, orgs: 10_000, ledgerEntries: 100_000 }, store)}\n`);
if (recognition) log(`${recognitionLine(recognition)}\n`);
log(verdictTable(results));
await mkdir(resultsDir, { recursive: true });
const file = `${resultsDir}${stamp}.json`;
await writeFile(file, `${JSON.stringify({ startedAt: started.toISOString(), seconds, machine: { ...machine, loadAverageAtEnd: loadavg(), busyShare: machineBusy }, options: values, verdicts: results, http, store, recognition, postgres: onPostgres ? { http: pgHttp, store: pgStore } : undefined }, null, 2)}\n`);
const loads = (l: number[]) => l.map((x) => x.toFixed(1)).join(' ');
log(`\n${seconds.toFixed(0)} s on ${machine.cpus} cores; load average ${loads(machine.loadAverageAtStart)} at start, ${loads(loadavg())} at end; the cores were ${(machineBusy * 100).toFixed(0)} % busy over the run.`);
log('The machine may be shared: other processes add load (see the load averages) and slow both sides of each ratio; the bot and its minimal twin run interleaved so the ratios are the robust figures.');
log(`Results in ${file}${profiled.length ? `; CPU profiles in ${profileDir}` : ''}`);
