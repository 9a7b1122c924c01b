import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { TurnContext } from 'botbuilder';
import { createTeamsAdapter } from '../../../src/channels/teams/teams-adapter.js';
import { TurnQueue } from '../../../src/channels/turn-queue.js';
import { createLogger } from '../../../src/logging.js';
import { FakeConnector } from '../support/fake-connector.js';
import { memoryStateStore } from '../support/memory-state.js';
import { stranger, teamsMessage } from '../support/teams-activities.js';

/**
 * An Action.Execute click (an invoke Teams waits for) is answered at once, whatever its turn
 * costs; its turn runs from the turn queue, and with the queue full the user is told "busy".
 * The bot's logic is held at a gate, so the test knows which turn holds the slot.
 */
describe('Teams Action.Execute clicks and the turn queue', () => {
  let connector: FakeConnector;
  const queue = new TurnQueue({ concurrency: 1, maxBacklog: 1 });
  const adapter = createTeamsAdapter({
    config: { teams: { appType: 'MultiTenant', allowUnauthenticatedNetwork: false } },
    logger: createLogger({ level: 'silent' }),
    store: memoryStateStore(),
    bot: { handleTurnError: async () => undefined },
    queue,
  });

  beforeAll(async () => {
    connector = await FakeConnector.start();
  });
  afterAll(async () => connector.close());

  const click = (n: number, locale = 'en-US') => ({
    ...teamsMessage({ serviceUrl: connector.url, user: stranger, conversationId: `a:1busy-${n}`, locale }),
    type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: 'choice', data: { choice: `c${n}` } } },
  });

  it('answers every click at once, runs the queued ones, and tells the overflow "busy" in its language', async () => {
    let open: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const logic = async (context: TurnContext) => {
      await gate;
      await context.sendActivity(`chose ${(context.activity.value as { choice: string }).choice}`);
    };
    const responses = [];
    for (const [n, locale] of [[1, 'en-US'], [2, 'en-US'], [3, 'en-US'], [4, 'ko-KR']] as const) responses.push(await adapter.handle({ body: click(n, locale) }, logic));
    // All four answered while the first turn is still held.
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect(responses.every((r) => (r.body as { type?: string }).type === 'application/vnd.microsoft.activity.message')).toBe(true);
    expect({ active: queue.active, waiting: queue.depth }).toEqual({ active: 1, waiting: 1 });

    open();
    await adapter.idle();
    const text = (n: number) => connector.messages(`a:1busy-${n}`).map((m) => m.text);
    expect(text(1)).toEqual(['chose c1']);
    expect(text(2)).toEqual(['chose c2']);
    expect(text(3)).toEqual([expect.stringMatching(/Busy right now[\s\S]*try again in a moment/)]);
    expect(text(4)).toEqual([expect.stringMatching(/지금은 요청이 너무 많습니다[\s\S]*잠시 후 다시 시도해 주세요/)]);
  });
});
