import { basename, dirname, join } from 'node:path';
import type { StateItem } from '../core/ports.js';
import type { Batch } from './batch.js';
import { writeFileDurably } from './durable-json-file.js';
import type { StoreData } from './schema.js';

/**
 * What the file store keeps, and for how long, so that data stays bounded however many people
 * talk to the bot: conversation state expires, the audit log and the unanswered questions are
 * rotated (the oldest exported to a file first), and one person can hold only a few open tickets.
 */
export interface Retention {
  /** Conversation state (dialogs, language, remembered activity ids) not written for this long is deleted. */
  stateTtlMs: number;
  /** How often expired state is looked for (on a write, at most this often). */
  sweepEveryMs: number;
  /** Audit entries kept in the store; beyond, the oldest tenth is exported and dropped. */
  auditMax: number;
  /** Unanswered questions kept; beyond, the oldest tenth is exported and dropped. */
  unansweredMax: number;
  /** Unresolved tickets per person; further requests are answered with their newest open ticket. */
  maxOpenTicketsPerPerson: number;
}

const DAY = 24 * 60 * 60 * 1000;
export const DEFAULT_RETENTION: Retention = { stateTtlMs: 30 * DAY, sweepEveryMs: 10 * 60 * 1000, auditMax: 50_000, unansweredMax: 5000, maxOpenTicketsPerPerson: 3 };

/**
 * State that belongs to one conversation or user (botbuilder's `<channel>/conversations/<id>/`
 * and `<channel>/users/<id>/`, the redelivery guard's `dedupe/…`). Other keys (the staff
 * channel, Slack's recent event ids) are the bot's own and never expire.
 */
export function expires(key: string): boolean {
  return key.startsWith('dedupe/') || /^[^/]+\/(conversations|users)\//.test(key);
}

/** Keys of conversation state last written before `now - ttl` (an item from before times were kept counts from `since`). */
export function expiredKeys(state: Record<string, StateItem>, options: { now: Date; ttlMs: number; since: Date }): string[] {
  const cutoff = options.now.getTime() - options.ttlMs;
  const fallback = options.since.getTime();
  return Object.entries(state)
    .filter(([key, item]) => expires(key) && (item.at ? Date.parse(item.at) : fallback) < cutoff)
    .map(([key]) => key);
}

/** How many of the oldest entries to drop so a log of `current + added` entries stays within `max` (down to 90% of it). */
export function overflow(current: number, added: number, max: number): number {
  const total = current + added;
  return total <= max ? 0 : Math.min(current, total - Math.floor(max * 0.9));
}

/**
 * Writes rotated entries, one JSON object a line, durably to `<data file>.<section>-<time>.jsonl`
 * beside the data file, before they leave the store. Returns the file's path.
 */
export async function exportRotated(dataFile: string, section: string, entries: readonly unknown[], now: Date): Promise<string> {
  // The monotonic part keeps two rotations within one clock tick apart, and in order by name.
  const stamp = `${now.toISOString().replace(/[:.]/g, '-')}-${process.hrtime.bigint().toString().padStart(20, '0')}`;
  const file = join(dirname(dataFile), `${basename(dataFile)}.${section}-${stamp}.jsonl`);
  await writeFileDurably(file, entries.map((e) => JSON.stringify(e)).join('\n') + '\n');
  return file;
}

/**
 * Before a batch that would grow the audit log or the unanswered questions past their cap, the
 * oldest entries are exported to a file beside the data file, then dropped in the same journal
 * line (`batch.trim`). If the export fails they are kept (and tried again with the next batch).
 */
export async function rotateLogs(options: { dataFile: string; data: Pick<StoreData, 'audit' | 'unanswered'>; batch: Batch; retention: Retention; now: Date; ready?: Promise<void> }): Promise<void> {
  const { dataFile, data, batch, retention, now, ready } = options;
  const caps = { audit: retention.auditMax, unanswered: retention.unansweredMax } as const;
  for (const section of ['audit', 'unanswered'] as const) {
    const drop = overflow(data[section].length, batch.appended[section], caps[section]);
    if (drop === 0) continue;
    // Nothing is exported before the caller's check (the store's lock) passes.
    await ready;
    try {
      await exportRotated(dataFile, section, data[section].slice(0, drop), now);
      batch.trim(section, drop);
    } catch {
      // kept: the log stays over its cap until an export succeeds
    }
  }
}
