import { describe, expect, it } from '@jest/globals';
import { TurnQueue } from '../../src/channels/turn-queue.js';
import { createMetrics, meteredTurnQueue } from '../../src/metrics.js';

/** A turn that runs until the test opens its gate, recording when it started. */
function gated(log: string[], name: string) {
  let open: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (open = resolve));
  return { open, turn: async () => void (log.push(name), await gate) };
}

describe('the turn queue', () => {
  it('runs at most `concurrency` turns, keeps at most `maxBacklog` waiting in order, and refuses the rest at once', async () => {
    const refused: string[] = [];
    const queue = new TurnQueue({ concurrency: 2, maxBacklog: 3, onRefused: (channel) => refused.push(channel) });
    const started: string[] = [];
    const turns = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((name) => gated(started, name));
    const taken = turns.map((t) => queue.offer('slack', t.turn));
    expect(taken.map((p) => p !== undefined)).toEqual([true, true, true, true, true, false, false]);
    expect(refused).toEqual(['slack', 'slack']);
    expect(started).toEqual(['a', 'b']);
    expect({ active: queue.active, depth: queue.depth }).toEqual({ active: 2, depth: 3 });

    turns[1]!.open();
    await taken[1];
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual(['a', 'b', 'c']);
    for (const t of turns) t.open();
    await Promise.all(taken.filter((p) => p !== undefined));
    expect(started).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect({ active: queue.active, depth: queue.depth }).toEqual({ active: 0, depth: 0 });
  });

  it('frees the slot of a turn that fails', async () => {
    const queue = new TurnQueue({ concurrency: 1, maxBacklog: 0 });
    await queue.offer('slack', async () => {
      throw new Error('boom');
    });
    let ran = false;
    await queue.offer('slack', async () => void (ran = true));
    expect(ran).toBe(true);
  });

  it('50,000 turns offered at once: the backlog never holds more than its bound', async () => {
    const queue = new TurnQueue({ concurrency: 4, maxBacklog: 100 });
    let open: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const taken = Array.from({ length: 50_000 }, () => queue.offer('slack', () => gate)).filter((p) => p !== undefined);
    expect(taken).toHaveLength(104);
    expect(queue.depth).toBe(100);
    open();
    await Promise.all(taken);
    expect(queue.depth).toBe(0);
  });

  it('shows its depth, running turns and refusals in /metrics', async () => {
    const metrics = createMetrics();
    const queue = meteredTurnQueue(metrics, { concurrency: 1, maxBacklog: 1 });
    const started: string[] = [];
    const [a, b] = [gated(started, 'a'), gated(started, 'b')];
    const taken = [queue.offer('slack', a.turn), queue.offer('msteams', b.turn), queue.offer('slack', async () => undefined)];
    expect(taken[2]).toBeUndefined();
    const text = await metrics.registry.metrics();
    expect(text).toMatch(/^bot_turn_queue_depth 1$/m);
    expect(text).toMatch(/^bot_turn_queue_active 1$/m);
    expect(text).toMatch(/^bot_turn_queue_refused_total\{channel="slack"\} 1$/m);
    a.open();
    b.open();
    await Promise.all(taken.slice(0, 2).filter((p) => p !== undefined));
  });
});
