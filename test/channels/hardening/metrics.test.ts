import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SLACK_USERS, visibleText } from '../slack/slack-test-bed.js';
import { facts } from '../support/cards.js';
import { exchange } from '../support/conversation.js';
import { stranger, teamsMessage } from '../support/teams-activities.js';
import { removeTempDirs, startTestServer } from '../support/test-server.js';
import { activityId, directMessage, postSlack, slashCommand, startBothDoors, type BothDoors } from './both-doors.js';

let doors: BothDoors;

beforeAll(async () => {
  doors = await startBothDoors();
});

afterAll(async () => {
  doors?.connector.release();
  await doors?.close();
  await removeTempDirs();
});

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** The samples of a Prometheus text exposition (comments skipped). */
function parse(text: string): Sample[] {
  return text.split('\n').flatMap((line) => {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match) return [];
    const labels = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]));
    return [{ name: match[1]!, labels, value: Number(match[3]) }];
  });
}

/** The sum of the samples of `name` whose labels include `labels`. */
function total(samples: Sample[], name: string, labels: Record<string, string> = {}): number {
  return samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v)).reduce((sum, s) => sum + s.value, 0);
}

async function scrape(url: string): Promise<Sample[]> {
  const res = await fetch(`${url}/metrics`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return parse(await res.text());
}

const teams = (text: string) => ({ ...teamsMessage({ serviceUrl: doors.connector.url, user: stranger, text }), id: activityId() });
const form = { contentType: 'application/x-www-form-urlencoded' };

describe('GET /metrics after a conversation on both doors', () => {
  it('counts turns by channel, intent and outcome, and times turns and durable store writes', async () => {
    const gold = teams('how many incidents does gold give?');
    const [table] = await exchange(doors.server, doors.connector, gold);
    expect(facts(table!).map((f) => f.value).join('\n')).toMatch(/\b20\b/);
    await exchange(doors.server, doors.connector, teams('help'));
    expect((await doors.server.post(gold)).status).toBe(200); // Teams redelivers it: skipped

    expect((await postSlack(doors.server, slashCommand(doors.slack, SLACK_USERS.contosoUser, 'help'), form)).status).toBe(200);
    expect((await postSlack(doors.server, directMessage(SLACK_USERS.contosoUser, 'how many incidents for gold?'), { contentType: 'application/json' })).status).toBe(200);
    await doors.server.idle();
    expect(visibleText(doors.slack.sent().at(-1)!)).toContain('20 incidents');

    const samples = await scrape(doors.server.url);
    const turns = samples.filter((s) => s.name === 'bot_turns_total');
    expect(turns.map((s) => s.labels)).toEqual(expect.arrayContaining([
      { channel: 'msteams', intent: 'help', outcome: 'ok' },
      { channel: 'msteams', intent: '-', outcome: 'duplicate' },
      { channel: 'slack', intent: 'help', outcome: 'ok' },
    ]));
    expect(total(samples, 'bot_turns_total', { channel: 'msteams' })).toBe(3);
    expect(total(samples, 'bot_turns_total', { channel: 'slack' })).toBe(2);
    expect(total(samples, 'bot_turns_total', { outcome: 'ok' })).toBe(4);
    // The gold question, asked on either door, is counted under one and the same intent.
    const goldIntent = turns.find((s) => s.labels['channel'] === 'msteams' && s.labels['outcome'] === 'ok' && s.labels['intent'] !== 'help')?.labels['intent'];
    expect(goldIntent).toMatch(/^[a-z][a-z-]+$/);
    expect(total(samples, 'bot_turns_total', { channel: 'slack', intent: goldIntent!, outcome: 'ok' })).toBe(1);

    expect(total(samples, 'bot_turn_duration_seconds_count', { channel: 'msteams' })).toBe(3);
    expect(total(samples, 'bot_turn_duration_seconds_count', { channel: 'slack' })).toBe(2);
    expect(total(samples, 'store_write_duration_seconds_count')).toBeGreaterThan(0);
    expect(total(samples, 'store_write_duration_seconds_count', { operation: 'writeState' })).toBeGreaterThan(0);
    expect(samples.filter((s) => s.name === 'bot_errors_total')).toEqual([]);
    expect(samples.map((s) => s.name)).toEqual(expect.arrayContaining(['process_cpu_user_seconds_total', 'process_resident_memory_bytes', 'nodejs_eventloop_lag_seconds']));
  });

  it('keeps labels to a fixed set whatever the caller sends', async () => {
    const made = { ...teams('help'), channelId: `made-up-${activityId()}` };
    expect((await doors.server.post(made)).status).toBe(200);
    const samples = await scrape(doors.server.url);
    expect(samples.some((s) => Object.values(s.labels).some((v) => v.startsWith('made-up')))).toBe(false);
    expect(total(samples, 'bot_turns_total', { channel: 'other' })).toBe(1);
  });

  it('each server counts its own turns', async () => {
    const other = await startTestServer();
    try {
      const samples = await scrape(other.url);
      expect(samples.filter((s) => s.name === 'bot_turns_total')).toEqual([]);
    } finally {
      await other.close();
    }
  });
});

/** A raw connection to the server, to send a request in parts. */
async function connection(url: string): Promise<{ socket: Socket; write(data: string): Promise<void>; status(): Promise<number> }> {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  await new Promise<void>((resolve) => socket.once('connect', resolve));
  let received = '';
  const answered = new Promise<number>((resolve, reject) => {
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('utf8');
      const match = /^HTTP\/1\.1 (\d{3})/.exec(received);
      if (match) resolve(Number(match[1]));
    });
    socket.once('close', () => reject(new Error('closed without an answer')));
  });
  answered.catch(() => undefined); // awaited by status(), or never needed
  return {
    socket,
    write: (data) => new Promise<void>((resolve, reject) => socket.write(data, (error) => (error ? reject(error) : resolve()))),
    status: () => answered,
  };
}

describe('GET /readyz around a shutdown', () => {
  it('is 200 while serving and 503 once closing began; a turn arriving then gets 503; the turn in flight finishes', async () => {
    expect((await fetch(`${doors.server.url}/readyz`)).status).toBe(200);
    // Requests whose headers are not complete yet: their connections are busy, so the closing server keeps them.
    const readyz = await connection(doors.server.url);
    await readyz.write('GET /readyz HTTP/1.1\r\nhost: localhost\r\n');
    const late = await connection(doors.server.url);
    const body = JSON.stringify(teams('help'));
    await late.write(`POST /api/messages HTTP/1.1\r\nhost: localhost\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n`);
    try {
      doors.connector.hold();
      const inFlight = doors.server.post(teams('help'));
      await doors.connector.waiting(1); // the turn is sending its reply

      const closing = doors.server.close();
      await readyz.write('\r\n');
      await late.write(`\r\n${body}`);
      expect(await readyz.status()).toBe(503);
      expect(await late.status()).toBe(503);
      doors.connector.release();
      expect((await inFlight).status).toBe(200);
      readyz.socket.destroy();
      await closing;
      await expect(fetch(`${doors.server.url}/readyz`)).rejects.toThrow();
    } finally {
      readyz.socket.destroy();
      late.socket.destroy();
    }
  });
});
