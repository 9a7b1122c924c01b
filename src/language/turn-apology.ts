import { StoreError } from '../core/errors.js';

/**
 * Which apology a failed turn gets. A store that is unreachable (PostgreSQL down or
 * restarting) or a conversation changed elsewhere at the same moment (a lost eTag race, never
 * overwritten) is worth trying again shortly, and the user is told so; anything else gets the
 * general apology.
 */
export function apologyKeys(error: unknown): { title: string; text: string } {
  if (error instanceof StoreError && error.code === 'UNAVAILABLE') return { title: 'store:unavailable.title', text: 'store:unavailable.text' };
  if (error instanceof StoreError && error.code === 'CONFLICT') return { title: 'store:conflict.title', text: 'store:conflict.text' };
  return { title: 'answers:error.title', text: 'answers:error.text' };
}
