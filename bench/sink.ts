import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serveParent } from './child.js';

/**
 * Child process: the one fake Bot Framework connector, Slack Web API and response_url shared by
 * every target, on 127.0.0.1. It answers 200 at once and counts what each target sent, keyed by
 * the first path segment (`/teams-bot/v3/conversations/...`, `/slack-min/respond/...`), so the
 * parent can wait until a run's turns have all been answered and check that they were answers,
 * not refusals.
 */

/** Replies that are not a real answer: the rate-limit refusal, the turn-error apology and the full turn queue's busy. */
const REFUSALS = ['One moment, please', 'Sorry, something went wrong', 'Busy right now'];

export interface SinkCounts {
  /** Messages and response_url posts received (typing indicators and Web API look-ups excluded). */
  replies: number;
  /** Replies that were a refusal or an apology. */
  refused: number;
  /** Other requests (users.info, typing indicators). */
  other: number;
}

const counts = new Map<string, SinkCounts>();
/** The last answer each target sent, so the report can show what the turns answered. */
const lastReply = new Map<string, string>();

function tally(target: string): SinkCounts {
  let entry = counts.get(target);
  if (!entry) counts.set(target, (entry = { replies: 0, refused: 0, other: 0 }));
  return entry;
}

function answerFor(path: string): string {
  if (path.includes('/v3/conversations/')) return '{"id":"1"}';
  if (path.endsWith('/users.info')) return '{"ok":true,"user":{"id":"U0","locale":"en-US"}}';
  return '{"ok":true}';
}

function receive(req: IncomingMessage, res: ServerResponse): void {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const path = req.url ?? '/';
    const body = Buffer.concat(chunks).toString('utf8');
    const entry = tally(path.split('/')[1] ?? '');
    const isReply = path.includes('/respond/') || (path.includes('/v3/conversations/') && body.includes('"type":"message"'));
    if (!isReply) entry.other += 1;
    else {
      entry.replies += 1;
      lastReply.set(path.split('/')[1] ?? '', body.slice(0, 8192));
      if (REFUSALS.some((text) => body.includes(text))) entry.refused += 1;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(answerFor(path));
  });
}

const server = createServer({ keepAliveTimeout: 60_000 }, receive);
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
serveParent({
  ready: { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` },
  ops: {
    counts: (target) => ({ ...tally(String(target)) }),
    lastReply: (target) => lastReply.get(String(target)) ?? '',
  },
  stop: async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  },
});
