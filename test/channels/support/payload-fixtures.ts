import { expect } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import type { types as slack } from '@slack/bolt';
import type { FakeSlack } from '../slack/fake-slack.js';
import { titleOf } from '../slack/slack-test-bed.js';

/** Real payload shapes (ids adapted) with the reaction each must get: test/fixtures/payloads. */
const FIXTURES = new URL('../../fixtures/payloads/', import.meta.url);

export interface SlackRequestFixture {
  json?: unknown;
  form?: Record<string, string>;
  payload?: unknown;
  headers?: Record<string, string>;
}
export interface SlackFixture {
  source: string;
  requests: SlackRequestFixture[];
  expect: {
    status?: number;
    body?: unknown;
    posts?: { channel?: string; thread_ts?: string; title?: string }[];
    responses?: { response_type?: string; title?: string }[];
  };
}
export interface TeamsFixture {
  source: string;
  activity: { conversation: { id: string } } & Record<string, unknown>;
  expect: { status: number; body?: unknown; replies: number };
}

export function loadFixtures<T>(folder: 'slack' | 'teams'): [string, T][] {
  const dir = new URL(`${folder}/`, FIXTURES);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => [f.slice(0, -'.json'.length), JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as T]);
}

/** The fixture's placeholders filled in: now (event_time) and the fake's response_url. */
export function fill(value: unknown, responseUrl: string): unknown {
  const text = JSON.stringify(value).replaceAll('"{{NOW}}"', String(Math.floor(Date.now() / 1000))).replaceAll('{{RESPONSE_URL}}', responseUrl);
  return JSON.parse(text) as unknown;
}

/** What reached the fake Slack (chat.postMessage, and response_url posts keyed `name`) is what the fixture expects. */
export function expectSlackReaction(fake: FakeSlack, name: string, fixture: SlackFixture): void {
  const posts = fake.posts().map((p) => p.args as { channel: string; thread_ts?: string; blocks?: slack.KnownBlock[] });
  expect(posts.map((p) => ({ channel: p.channel, ...(p.thread_ts ? { thread_ts: p.thread_ts } : {}), title: titleOf(p) }))).toEqual(
    (fixture.expect.posts ?? []).map((p) => expect.objectContaining(p)),
  );
  const responses = fake.responses.filter((r) => r.key === name).map((r) => ({ response_type: r.body.response_type, title: titleOf(r.body) }));
  expect(responses).toEqual((fixture.expect.responses ?? []).map((r) => expect.objectContaining(r)));
}
