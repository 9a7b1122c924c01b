import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Usage } from './child-side.mjs';

/**
 * Every benchmark target (and the sink, the store and the recognizer benchmarks) runs in a
 * process of its own: its CPU time is then its own (`process.cpuUsage`), its RSS too, and the
 * load generator in the parent never shares an event loop with what it measures.
 */

interface Reply {
  id: number;
  result?: unknown;
  error?: string;
}

export interface StartOptions {
  args?: string[];
  env?: Record<string, string>;
  /**
   * Run `script` (a .mjs file) on plain node, without the tsx loader this process runs under:
   * the measured servers, as production runs the compiled bot.
   */
  plain?: boolean;
  /** Node flags for the child (e.g. `startFlags()` for the product). */
  nodeFlags?: string[];
}

/**
 * The node flags of `npm start` (package.json), so the measured product runs with them as
 * production does; `BENCH_NODE_FLAGS` replaces them, to measure others (`BENCH_NODE_FLAGS=' '`: none).
 */
export function startFlags(): string[] {
  const override = process.env['BENCH_NODE_FLAGS'];
  if (override !== undefined) return override.split(/\s+/).filter(Boolean);
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: { start: string } };
  return pkg.scripts.start.split(/\s+/).filter((word) => word.startsWith('--'));
}

/** A benchmark child process, driven by request/reply messages over the IPC channel. */
export class Child<Ready = unknown> {
  private nextId = 0;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private readonly exited: Promise<number | null>;

  private constructor(
    private readonly process: ChildProcess,
    readonly ready: Ready,
    readonly name: string,
  ) {
    process.on('message', (message: Reply) => {
      const call = this.pending.get(message.id);
      if (!call) return;
      this.pending.delete(message.id);
      if (message.error !== undefined) call.reject(new Error(`${name}: ${message.error}`));
      else call.resolve(message.result);
    });
    this.exited = new Promise((resolve) => process.once('exit', (code) => resolve(code)));
    void this.exited.then((code) => {
      for (const call of this.pending.values()) call.reject(new Error(`${name} exited (${code}) while a call was pending`));
      this.pending.clear();
    });
  }

  /** Forks `script` (a path relative to bench/), under tsx unless `plain`, and waits for its `ready` message. */
  static async start<R>(script: string, options: StartOptions = {}): Promise<Child<R>> {
    const file = fileURLToPath(new URL(script, import.meta.url));
    // restify reads process.binding('http_parser'): a known deprecation warning that would only clutter the tables.
    const child = fork(file, options.args ?? [], { execArgv: [...(options.plain ? [] : process.execArgv), ...(options.nodeFlags ?? []), '--no-deprecation'], env: { ...process.env, ...options.env }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const ready = await new Promise<R>((resolve, reject) => {
      child.once('message', (message: { ready?: R }) => resolve(message.ready as R));
      child.once('exit', (code) => reject(new Error(`${script} exited (${code}) before it was ready`)));
    });
    return new Child<R>(child, ready, script);
  }

  /** Runs `op` in the child and returns its result. */
  call<T>(op: string, args?: unknown): Promise<T> {
    const id = ++this.nextId;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.process.send({ id, op, args });
    });
  }

  usage(): Promise<Usage> {
    return this.call<Usage>('usage');
  }

  /** Runs `work` while the child's V8 CPU profiler records; the profile goes to `file` (.cpuprofile). */
  async profiled<T>(file: string, work: () => Promise<T>): Promise<T> {
    // BENCH_HEAP_PROFILE=1: a sampling allocation profile (.heapprofile, collected objects included) instead.
    const heap = Boolean(process.env['BENCH_HEAP_PROFILE']);
    await this.call(heap ? 'heapStart' : 'profileStart');
    try {
      return await work();
    } finally {
      await this.call(heap ? 'heapStop' : 'profileStop', heap ? file.replace(/\.cpuprofile$/, '.heapprofile') : file);
    }
  }

  /** Asks the child to close what it runs and exit; resolves with its exit code. */
  async stop(): Promise<number | null> {
    if (this.process.exitCode === null) this.process.send({ id: 0, op: 'stop' });
    return this.exited;
  }
}

export { serveParent, usageNow, type Usage } from './child-side.mjs';
