import { mkdir, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { cardOf, cardText } from '../support/cards.js';
import { stranger, teamsMessage } from '../support/teams-activities.js';
import { useTeamsServer } from '../support/test-server.js';
import { activityId } from './both-doors.js';

/**
 * /readyz tells the truth about the store: after repeated failed writes (here the data
 * directory vanishes; the tests run as root, for whom a read-only directory is still writable)
 * it answers 503 so the load balancer sends traffic elsewhere, and 200 again as soon as a write
 * works, without needing traffic to find out.
 */
const { server, connector } = useTeamsServer();
const APOLOGY = 'Sorry, something went wrong';

async function ready(): Promise<number> {
  return (await fetch(`${server().url}/readyz`)).status;
}

async function ask(text: string): Promise<string> {
  const before = connector().messages().length;
  const conversationId = `a:1ready-${activityId()}`;
  const res = await server().post({ ...teamsMessage({ serviceUrl: connector().url, user: stranger, text, conversationId }), id: activityId() });
  expect(res.status).toBeLessThan(500);
  return connector().messages().slice(before).map((m) => cardText(cardOf(m))).join('\n');
}

describe('GET /readyz and store writes', () => {
  it('is 503 after repeated write failures and 200 again once writes succeed', async () => {
    expect(await ready()).toBe(200);
    expect(await ask('help')).not.toContain(APOLOGY);
    const dir = dirname(server().dataFile);
    await rm(dir, { recursive: true, force: true });
    for (let i = 0; i < 3; i += 1) expect(await ask('help')).toContain(APOLOGY);
    expect(await ready()).toBe(503);
    expect((await fetch(`${server().url}/healthz`)).status).toBe(200);
    await mkdir(dir, { recursive: true });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await ready()).toBe(200);
    expect(await ask('help')).not.toContain(APOLOGY);
    expect(await ready()).toBe(200);
  });
});
