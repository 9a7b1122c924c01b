/* global process */
/**
 * The child's side of the benchmark's parent/child protocol, in plain JavaScript so that the
 * servers measured (bench/targets/*.mjs) run on plain `node`, the way production runs the
 * compiled bot (`npm start` = node dist/src/main.js), without tsx's loader in the process.
 * Types: child-side.d.mts. The parent's side is bench/child.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { dirname } from 'node:path';

/** The usage the parent reads before and after each measured run. */
export function usageNow() {
  const cpu = process.cpuUsage();
  return { userMicros: cpu.user, systemMicros: cpu.system, rssBytes: process.memoryUsage().rss, maxRssBytes: process.resourceUsage().maxRSS * 1024 };
}

/** The V8 profiler of this process, only while the parent asks for a profile (steady state, not start-up). */
function profilerOps() {
  let session;
  /** Stops the profiler the inspector session runs (`method`) and writes its profile to `file`. */
  const stopInto = async (method, file) => {
    if (!session) return;
    const { profile } = await session.post(method);
    session.disconnect();
    session = undefined;
    mkdirSync(dirname(String(file)), { recursive: true });
    writeFileSync(String(file), JSON.stringify(profile));
  };
  return {
    profileStart: async () => {
      session = new Session();
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.start');
    },
    /** Sampling allocation profile (objects collected by GC included), while the parent asks for one. */
    heapStart: async () => {
      session = new Session();
      session.connect();
      await session.post('HeapProfiler.enable');
      await session.post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
    },
    heapStop: (file) => stopInto('HeapProfiler.stopSampling', file),
    profileStop: (file) => stopInto('Profiler.stop', file),
  };
}

/**
 * Answers the parent's calls with `ops` (plus `usage` and the profiler), runs `stop` and exits
 * on the parent's `stop` (or when the parent goes away).
 */
export function serveParent(options) {
  const ops = { usage: usageNow, ...profilerOps(), ...options.ops };
  const stop = async () => {
    await options.stop?.();
    process.exit(0);
  };
  process.on('message', (message) => {
    if (message.op === 'stop') return void stop();
    const op = ops[message.op];
    Promise.resolve()
      .then(() => {
        if (!op) throw new Error(`unknown op ${message.op}`);
        return op(message.args);
      })
      .then(
        (result) => process.send?.({ id: message.id, result }),
        (error) => process.send?.({ id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
      );
  });
  process.once('disconnect', () => void stop());
  process.send?.({ ready: options.ready });
}
