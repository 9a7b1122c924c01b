import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { startBothDoors, type BothDoors } from './hardening/both-doors.js';
import { sign } from './slack/slack-test-bed.js';
import { expectSlackReaction, fill, loadFixtures, type SlackFixture, type SlackRequestFixture, type TeamsFixture } from './support/payload-fixtures.js';
import { removeTempDirs } from './support/test-server.js';

/**
 * Real payload shapes (test/fixtures/payloads: ids adapted, each with where its shape comes from)
 * replayed over HTTP against the running server, each with the reaction it must get.
 */
let doors: BothDoors;
beforeAll(async () => {
  doors = await startBothDoors();
});
afterAll(async () => {
  await doors?.close();
  await removeTempDirs();
});
beforeEach(() => doors.slack.reset());

/** The body as Slack would send it over HTTP. */
function slackBody(request: SlackRequestFixture, responseUrl: string): { body: string; contentType: string } {
  if (request.json !== undefined) return { body: JSON.stringify(fill(request.json, responseUrl)), contentType: 'application/json' };
  if (request.payload !== undefined) return { body: new URLSearchParams({ payload: JSON.stringify(fill(request.payload, responseUrl)) }).toString(), contentType: 'application/x-www-form-urlencoded' };
  return { body: new URLSearchParams(fill(request.form ?? {}, responseUrl) as Record<string, string>).toString(), contentType: 'application/x-www-form-urlencoded' };
}

describe.each(loadFixtures<SlackFixture>('slack'))('Slack payload %s over HTTP', (name, fixture) => {
  it(`gets its expected reaction (${fixture.source})`, async () => {
    const answers: { status: number; body: string }[] = [];
    for (const request of fixture.requests) {
      const { body, contentType } = slackBody(request, doors.slack.responseUrl(name));
      const timestamp = Math.floor(Date.now() / 1000);
      const headers = { 'content-type': contentType, 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': sign(body, timestamp), ...request.headers };
      const res = await fetch(`${doors.server.url}/slack/events`, { method: 'POST', headers, body });
      answers.push({ status: res.status, body: await res.text() });
    }
    await doors.server.idle();
    for (const answer of answers) expect(answer.status).toBe(fixture.expect.status ?? 200);
    const body = fixture.expect.body;
    if (body !== undefined) expect(typeof body === 'string' ? answers[0]?.body : JSON.parse(answers[0]?.body ?? 'null')).toEqual(body);
    expectSlackReaction(doors.slack, name, fixture);
  });
});

describe.each(loadFixtures<TeamsFixture>('teams'))('Teams payload %s', (_name, fixture) => {
  it(`gets its expected reaction (${fixture.source})`, async () => {
    const conversation = fixture.activity.conversation.id;
    const before = doors.connector.messages(conversation).length;
    const text = JSON.stringify(fixture.activity).replaceAll('{{SERVICE_URL}}', doors.connector.url).replaceAll('{{TIMESTAMP}}', new Date().toISOString());
    const res = await fetch(`${doors.server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: text });
    expect(res.status).toBe(fixture.expect.status);
    const raw = await res.text();
    await doors.server.idle(); // an Action.Execute click is answered before its turn runs
    if (fixture.expect.body !== undefined) expect(JSON.parse(raw)).toMatchObject(fixture.expect.body as Record<string, unknown>);
    expect(doors.connector.messages(conversation).length - before).toBe(fixture.expect.replies);
  });
});
