import { readFileSync } from 'node:fs';
import { where } from './profile-where.js';

/**
 * `tsx bench/heap-summary.ts <file.heapprofile> <turns> [top]`: where a sampling allocation
 * profile (`BENCH_HEAP_PROFILE=1 npm run bench -- --profile=teams-bot ...`, objects collected by
 * GC included) allocated, per turn: by package or source file, by allocating function, and
 * inclusive for the channel door, the store, botbuilder and restify. `turns` is the turns of the
 * profiled run (its turns/s times its seconds).
 */

interface HeapNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: HeapNode[];
}



const INCLUSIVE = /src\/channels|src\/server|src\/store|dialogs\/bot|botbuilder|botframework|restify|zod/;

function summarize(head: HeapNode, turns: number, top: number): string {
  const byPlace = new Map<string, number>();
  const bySite = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  const add = (map: Map<string, number>, key: string, bytes: number) => map.set(key, (map.get(key) ?? 0) + bytes);
  const walk = (node: HeapNode, stack: string[]) => {
    const { functionName, url, lineNumber } = node.callFrame;
    const label = `${functionName || '(anonymous)'} ${where(url, '(native)')}:${lineNumber + 1}`;
    const here = [...stack, label];
    total += node.selfSize;
    add(byPlace, where(url, '(native)'), node.selfSize);
    add(bySite, label, node.selfSize);
    for (const key of new Set(here)) if (INCLUSIVE.test(key)) add(inclusive, key, node.selfSize);
    for (const child of node.children) walk(child, here);
  };
  walk(head, []);
  const list = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([key, bytes]) => `${(bytes / turns / 1024).toFixed(1).padStart(6)} KB/turn ${((100 * bytes) / total).toFixed(1).padStart(5)}%  ${key}`)
      .join('\n');
  return [
    `${(total / turns / 1024).toFixed(0)} KB allocated per turn (${turns} turns)`,
    '', 'By package / file:', list(byPlace),
    '', 'By allocating function:', list(bySite),
    '', 'Inclusive (channel door, server, store, botbuilder, restify, zod):', list(inclusive),
  ].join('\n');
}

const [file, turns, top = '30'] = process.argv.slice(2);
if (!file || !turns) throw new Error('usage: tsx bench/heap-summary.ts <file.heapprofile> <turns> [top]');
console.log(summarize((JSON.parse(readFileSync(file, 'utf8')) as { head: HeapNode }).head, Number(turns), Number(top)));
