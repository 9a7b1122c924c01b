import { expect } from '@jest/globals';
import { ADAPTIVE_CARD, attachmentBytes, cardIssues, cardOf, TEAMS_MAX_BYTES, type Json } from './cards.js';
import type { FakeConnector } from './fake-connector.js';
import type { TestServer } from './test-server.js';

/**
 * Sends one activity over HTTP and returns the cards the bot sent back during that turn. Every
 * reply must be a single valid Adaptive Card 1.5 under Teams' 28 KB limit.
 */
export async function exchange(server: TestServer, connector: FakeConnector, activity: Json): Promise<Json[]> {
  const before = connector.sent.length;
  const res = await server.post(activity);
  expect(res.status).toBe(200);
  const replies = connector.sent.slice(before).filter((s) => s.activity.type === 'message');
  for (const reply of replies) {
    expect(reply.conversationId).toBe((activity.conversation as { id: string }).id);
    expect(reply.activity.attachments).toEqual([expect.objectContaining({ contentType: ADAPTIVE_CARD })]);
    expect(cardIssues(cardOf(reply.activity))).toEqual([]);
    expect(attachmentBytes(reply.activity)).toBeLessThan(TEAMS_MAX_BYTES);
  }
  return replies.map((r) => cardOf(r.activity));
}
