import { readFileSync } from 'node:fs';
import { where } from './profile-where.js';

/**
 * `tsx bench/profile-summary.ts <file.cpuprofile> [top] [regex]`: where a V8 CPU profile (from
 * `npm run bench -- --profile=...`) spent its time: self time by package or source file, the
 * top functions by self time, and the inclusive time of the app's own functions (src/, dialogs/,
 * compiled or not) and of any function whose label matches `regex` (e.g. `ConnectorClient|create`).
 * Samples taken while the profiler itself was being stopped are left out.
 */

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}


const label = (node: ProfileNode) => `${node.callFrame.functionName || '(anonymous)'} ${where(node.callFrame.url)}:${node.callFrame.lineNumber + 1}`;
const isOwn = (node: ProfileNode) => /^(src|dialogs)\//.test(where(node.callFrame.url));
const add = (map: Map<string, number>, key: string, us: number) => map.set(key, (map.get(key) ?? 0) + us);

function summarize(profile: CpuProfile, top: number, match?: RegExp): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const stackOf = (id: number): ProfileNode[] => {
    const stack: ProfileNode[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) stack.push(byId.get(at) as ProfileNode);
    return stack;
  };
  const byPlace = new Map<string, number>();
  const bySelf = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    const stack = stackOf(id);
    const [leaf] = stack;
    if (!leaf || leaf.callFrame.functionName === '(idle)' || stack.some((n) => n.callFrame.url === 'node:inspector')) return;
    busy += us;
    add(byPlace, leaf.callFrame.functionName === '(garbage collector)' ? '(garbage collector)' : where(leaf.callFrame.url), us);
    add(bySelf, label(leaf), us);
    for (const key of new Set(stack.filter((n) => isOwn(n) || match?.test(label(n))).map(label))) add(inclusive, key, us);
  });
  const list = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([key, us]) => `${((100 * us) / busy).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(7)} ms  ${key}`)
      .join('\n');
  return [
    `busy ${(busy / 1000).toFixed(0)} ms (shares below are of busy time)`,
    '', 'Self time by package / file:', list(byPlace),
    '', 'Top functions by self time:', list(bySelf),
    '', `The app's own functions${match ? ` and those matching ${match}` : ''}, inclusive time:`, list(inclusive),
  ].join('\n');
}

const [file, top = '25', pattern] = process.argv.slice(2);
if (!file) throw new Error('usage: tsx bench/profile-summary.ts <file.cpuprofile> [top] [regex]');
console.log(summarize(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, Number(top), pattern ? new RegExp(pattern) : undefined));
