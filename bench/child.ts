import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

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

/** CPU time (µs) and memory of a child, as `process.cpuUsage()` and `process.memoryUsage()` report them. */
export interface Usage {
  userMicros: number;
  systemMicros: number;
  rssBytes: number;
  /** Peak RSS since the process started (`process.resourceUsage().maxRSS`). */
  maxRssBytes: number;
}

export interface StartOptions {
  args?: string[];
  env?: Record<string, string>;
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

  /** Forks `script` (a path relative to bench/) under tsx and waits for its `ready` message. */
  static async start<R>(script: string, options: StartOptions = {}): Promise<Child<R>> {
    const file = fileURLToPath(new URL(script, import.meta.url));
    // restify reads process.binding('http_parser'): a known deprecation warning that would only clutter the tables.
    const child = fork(file, options.args ?? [], { execArgv: [...process.execArgv, '--no-deprecation'], env: { ...process.env, ...options.env }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
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
    await this.call('profileStart');
    try {
      return await work();
    } finally {
      await this.call('profileStop', file);
    }
  }

  /** Asks the child to close what it runs and exit; resolves with its exit code. */
  async stop(): Promise<number | null> {
    if (this.process.exitCode === null) this.process.send({ id: 0, op: 'stop' });
    return this.exited;
  }
}

type Op = (args: unknown) => unknown;

/** The V8 profiler of this process, only while the parent asks for a profile (steady state, not start-up). */
function profilerOps(): Record<string, Op> {
  let session: Session | undefined;
  return {
    profileStart: async () => {
      session = new Session();
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.start');
    },
    profileStop: async (file) => {
      if (!session) return;
      const { profile } = await session.post('Profiler.stop');
      session.disconnect();
      session = undefined;
      mkdirSync(dirname(String(file)), { recursive: true });
      writeFileSync(String(file), JSON.stringify(profile));
    },
  };
}

/** The usage the parent reads before and after each measured run. */
export function usageNow(): Usage {
  const cpu = process.cpuUsage();
  return { userMicros: cpu.user, systemMicros: cpu.system, rssBytes: process.memoryUsage().rss, maxRssBytes: process.resourceUsage().maxRSS * 1024 };
}

/**
 * The child's side: answers the parent's calls with `ops` (plus `usage`), runs `stop` and exits
 * on the parent's `stop` (or when the parent goes away).
 */
export function serveParent(options: { ready: unknown; ops?: Record<string, Op>; stop?: () => Promise<void> }): void {
  const ops: Record<string, Op> = { usage: usageNow, ...profilerOps(), ...options.ops };
  const stop = async () => {
    await options.stop?.();
    process.exit(0);
  };
  process.on('message', (message: { id: number; op: string; args: unknown }) => {
    if (message.op === 'stop') return void stop();
    const op = ops[message.op];
    Promise.resolve()
      .then(() => {
        if (!op) throw new Error(`unknown op ${message.op}`);
        return op(message.args);
      })
      .then(
        (result) => process.send?.({ id: message.id, result }),
        (error: unknown) => process.send?.({ id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
      );
  });
  process.once('disconnect', () => void stop());
  process.send?.({ ready: options.ready });
}
