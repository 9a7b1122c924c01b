import { randomUUID } from 'node:crypto';
import type { Clock, IdGenerator } from '../core/ports.js';

/** The real clock. */
export const systemClock: Clock = { now: () => new Date() };

/** Record ids from the OS's cryptographic random source. Access IDs and Contract IDs are never made here: Partner Center issues them. */
export const randomIds: IdGenerator = {
  id: () => randomUUID(),
};
