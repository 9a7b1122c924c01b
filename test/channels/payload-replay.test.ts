import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import type { types as slack } from '@slack/bolt';
import { startBothDoors, type BothDoors } from './hardening/both-doors.js';
import { sign, titleOf } from './slack/slack-test-bed.js';
import { removeTempDirs } from './support/test-server.js';

/**
 * Real payload shapes (test/fixtures/payloads: ids adapted, each with where its shape comes from)
 * replayed over HTTP against the running server, each with the reaction it must get.
 */
const FIXTURES = new URL('../fixtures/payloads/', import.meta.url);

interface SlackRequestFixture {
  json?: unknown;
  form?: Record<string, string>;
  payload?: unknown;
  headers?: Record<string, string>;
}
interface SlackFixture {
  source: string;
  requests: SlackRequestFixture[];
  expect: {
    status?: number;
    body?: unknown;
    posts?: { channel?: string; thread_ts?: string; title?: string }[];
    responses?: { response_type?: string; title?: string }[];
  };
}
interface TeamsFixture {
  source: string;
  activity: { conversation: { id: string } } & Record<string, unknown>;
  expect: { status: number; body?: unknown; replies: number };
}

function load<T>(folder: string): [string, T][] {
  const dir = new URL(`${folder}/`, FIXTURES);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => [f.slice(0, -'.json'.length), JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as T]);
}

let doors: BothDoors;
beforeAll(async () => {
  doors = await startBothDoors();
});
afterAll(async () => {
  await doors?.close();
  await removeTempDirs();
});
beforeEach(() => doors.slack.reset());

/** The body as Slack would send it, with the placeholders filled in (now, the fake's response_url). */
function slackBody(request: SlackRequestFixture, responseUrl: string): { body: string; contentType: string } {
  const fill = (text: string) => text.replaceAll('"{{NOW}}"', String(Math.floor(Date.now() / 1000))).replaceAll('{{RESPONSE_URL}}', responseUrl);
  if (request.json !== undefined) return { body: fill(JSON.stringify(request.json)), contentType: 'application/json' };
  if (request.payload !== undefined) return { body: new URLSearchParams({ payload: fill(JSON.stringify(request.payload)) }).toString(), contentType: 'application/x-www-form-urlencoded' };
  const form = Object.fromEntries(Object.entries(request.form ?? {}).map(([k, v]) => [k, fill(v)]));
  return { body: new URLSearchParams(form).toString(), contentType: 'application/x-www-form-urlencoded' };
}

describe.each(load<SlackFixture>('slack'))('Slack payload %s', (name, fixture) => {
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
    const posts = doors.slack.posts().map((p) => p.args as { channel: string; thread_ts?: string; blocks?: slack.KnownBlock[] });
    expect(posts.map((p) => ({ channel: p.channel, ...(p.thread_ts ? { thread_ts: p.thread_ts } : {}), title: titleOf(p) }))).toEqual(
      (fixture.expect.posts ?? []).map((p) => expect.objectContaining(p)),
    );
    const responses = doors.slack.responses.filter((r) => r.key === name).map((r) => ({ response_type: r.body.response_type, title: titleOf(r.body) }));
    expect(responses).toEqual((fixture.expect.responses ?? []).map((r) => expect.objectContaining(r)));
  });
});

describe.each(load<TeamsFixture>('teams'))('Teams payload %s', (_name, fixture) => {
  it(`gets its expected reaction (${fixture.source})`, async () => {
    const conversation = fixture.activity.conversation.id;
    const before = doors.connector.messages(conversation).length;
    const text = JSON.stringify(fixture.activity).replaceAll('{{SERVICE_URL}}', doors.connector.url).replaceAll('{{TIMESTAMP}}', new Date().toISOString());
    const res = await fetch(`${doors.server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: text });
    expect(res.status).toBe(fixture.expect.status);
    const raw = await res.text();
    if (fixture.expect.body !== undefined) expect(JSON.parse(raw)).toMatchObject(fixture.expect.body as Record<string, unknown>);
    expect(doors.connector.messages(conversation).length - before).toBe(fixture.expect.replies);
  });
});
