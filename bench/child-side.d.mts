/** CPU time (µs) and memory of a child, as `process.cpuUsage()` and `process.memoryUsage()` report them. */
export interface Usage {
  userMicros: number;
  systemMicros: number;
  rssBytes: number;
  /** Peak RSS since the process started (`process.resourceUsage().maxRSS`). */
  maxRssBytes: number;
}

export type Op = (args: unknown) => unknown;

export function usageNow(): Usage;

export function serveParent(options: { ready: unknown; ops?: Record<string, Op>; stop?: () => Promise<void> }): void;
