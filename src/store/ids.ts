import { randomInt, randomUUID } from 'node:crypto';
import type { Clock, IdGenerator } from '../core/ports.js';

/** The real clock. */
export const systemClock: Clock = { now: () => new Date() };

/**
 * Ids from the OS's cryptographic random source: record ids and Access IDs are UUIDs,
 * Contract IDs are 10-digit numbers without a leading zero (like the portals show them).
 */
export const randomIds: IdGenerator = {
  id: () => randomUUID(),
  contractPair: () => ({ accessId: randomUUID(), contractId: String(randomInt(1_000_000_000, 10_000_000_000)) }),
};
