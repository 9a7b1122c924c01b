import { ActivityTypes, type Middleware, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { z } from 'zod';
import { StoreError } from '../core/errors.js';
import type { ClaimPort, StorePort } from '../core/ports.js';
import { noteTurn } from '../logging.js';

export interface RedeliveryGuardOptions {
  /** With `claimOnce` (PostgreSQL), ids are claimed there: one winner across every instance. */
  store: Pick<StorePort, 'readState' | 'writeState'> & Partial<ClaimPort>;
  logger?: Logger;
  /** Activity ids remembered per conversation (default 200). */
  keep?: number;
}

const remembered = z.object({ ids: z.array(z.string()) });
const MAX_ATTEMPTS = 3;

/**
 * Channels redeliver an activity when the bot is slow to acknowledge it (Teams after ~15 s,
 * Slack after 3 s), often while the first delivery is still running. This middleware claims each
 * activity id in the store's conversation state BEFORE the turn runs, so a redelivery, concurrent
 * or after a restart, is skipped: answered once, and never a second activation. The price is
 * at-most-once: a turn that fails after claiming is not retried (the user got an apology).
 * Invokes are not deduplicated: the channel waits for their response.
 */
export class RedeliveryGuard implements Middleware {
  private readonly keep: number;
  /** Claims of one conversation run one after another (the store has no create-if-absent). */
  private readonly locks = new Map<string, Promise<void>>();

  constructor(private readonly options: RedeliveryGuardOptions) {
    this.keep = options.keep ?? 200;
  }

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const { id, type, channelId, conversation } = context.activity;
    if (!id || !conversation?.id || type === ActivityTypes.Invoke) return next();
    const key = `dedupe/${channelId}/${conversation.id}`;
    const { store } = this.options;
    const claimed = store.claimOnce ? await store.claimOnce(key, id) : await this.serialized(key, () => this.claim(key, id));
    if (!claimed) {
      noteTurn(context, { outcome: 'duplicate' });
      this.options.logger?.info({ channel: channelId, activityType: type, activityId: id }, 'redelivered activity skipped');
      return;
    }
    await next();
  }

  /** Conversations with a claim under way (an entry lives only while its claim runs). */
  get pending(): number {
    return this.locks.size;
  }

  /** Records the id; false when it was already recorded. Retries when another writer got in between. */
  private async claim(key: string, id: string): Promise<boolean> {
    for (let attempt = 1; ; attempt += 1) {
      const item = (await this.options.store.readState([key]))[key];
      const parsed = remembered.safeParse(item?.value);
      const ids = parsed.success ? parsed.data.ids : [];
      if (ids.includes(id)) return false;
      try {
        await this.options.store.writeState({ [key]: { value: { ids: [...ids, id].slice(-this.keep) }, ...(item ? { expectedETag: item.eTag } : {}) } });
        return true;
      } catch (error) {
        if (!(error instanceof StoreError && error.code === 'CONFLICT') || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }

  private async serialized<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.locks.get(key) ?? Promise.resolve();
    const run = previous.then(task);
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    this.locks.set(key, settled);
    try {
      return await run;
    } finally {
      if (this.locks.get(key) === settled) this.locks.delete(key);
    }
  }
}
