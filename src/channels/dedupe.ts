import { ActivityTypes, type Middleware, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { z } from 'zod';
import { StoreError } from '../core/errors.js';
import type { ClaimPort, StorePort } from '../core/ports.js';
import { noteTurn } from '../logging.js';
import { turnWrites, type TurnWrites } from '../store/conversation-storage.js';

export interface RedeliveryGuardOptions {
  /**
   * With `claimOnce` (PostgreSQL), ids are claimed there: one winner across every instance.
   * With `writable` (the file store), a turn the store could not remember fails before it runs.
   */
  store: Pick<StorePort, 'readState' | 'writeState'> & Partial<ClaimPort> & { writable?(): Promise<boolean> };
  logger?: Logger;
  /** Activity ids remembered per conversation (default 200). */
  keep?: number;
}

const remembered = z.object({ ids: z.array(z.string()) });

/** A conversation with turns under way: its remembered ids, read from the store once, then kept here. */
interface Claims {
  ids: Promise<string[]>;
  /** Ids whose turns run now (kept even when more than `keep` newer ids push them off the list). */
  running: Set<string>;
  turns: number;
}

/**
 * Channels redeliver an activity when the bot is slow to acknowledge it (Teams after ~15 s,
 * Slack after 3 s), often while the first delivery is still running. This middleware claims each
 * activity id BEFORE the turn runs, so a redelivery, concurrent or after a restart, is skipped.
 * Invokes are not deduplicated: the channel waits for their response.
 *
 * Where the claim is durable depends on the store:
 * - PostgreSQL (`claimOnce`, several instances): claimed in the database before the turn runs,
 *   one winner across instances. At most once: a crash between the claim and the reply leaves
 *   the activity unanswered (its redelivery is skipped).
 * - The file store (one process owns it): claimed in memory before the turn runs, and made
 *   durable in the SAME commit as the turn's conversation state (`turnWrites`: one durable
 *   commit per turn instead of two), or by this guard after a turn that saved no state. While
 *   the process lives, a redelivery is skipped, concurrent or not; after a restart, so is the
 *   redelivery of every turn whose state was committed. A crash after the reply but before
 *   that commit loses the claim WITH the turn's state: the redelivery Teams then sends (it got
 *   no 200) is answered again, from the state before the lost turn. At least once: the user may
 *   see an answer twice (and a dialog step's store change, e.g. filing a ticket, is attempted
 *   again, where the store's own idempotency holds), never no answer.
 */
export class RedeliveryGuard implements Middleware {
  private readonly keep: number;
  /** Conversations with a turn whose claim is not yet durable (an entry lives only while such turns run). */
  private readonly claims = new Map<string, Claims>();

  constructor(private readonly options: RedeliveryGuardOptions) {
    this.keep = options.keep ?? 200;
  }

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const { id, type, channelId, conversation } = context.activity;
    if (!id || !conversation?.id || type === ActivityTypes.Invoke) return next();
    const key = `dedupe/${channelId}/${conversation.id}`;
    const { store } = this.options;
    if (store.claimOnce) {
      if (await store.claimOnce(key, id)) return next();
      return this.skip(context);
    }
    // A store that takes no writes now (closed, failing, taken over) could keep neither the claim
    // nor the turn's state: the turn fails before it answers (the user gets only the apology), as
    // when the claim was written first, instead of answering and then apologising.
    if (store.writable && !(await store.writable())) throw new StoreError('WRITE_FAILED', 'the store takes no writes: the redelivery claim cannot be kept');
    let claims = this.claims.get(key);
    if (!claims) {
      claims = { ids: this.stored(key), running: new Set(), turns: 0 };
      this.claims.set(key, claims);
    }
    claims.turns += 1;
    let claimed = false;
    try {
      // Every turn of the conversation works on the same list (the store's as read, plus the ids claimed since).
      const ids = await claims.ids;
      if (claims.running.has(id) || ids.includes(id)) return this.skip(context);
      claims.running.add(id);
      claimed = true;
      ids.push(id);
      if (ids.length > this.keep) ids.splice(0, ids.length - this.keep);
      const writes = turnWrites(context);
      writes.set(key, () => ({ ids: [...ids] }));
      try {
        await next();
      } catch (error) {
        await this.writeLeftOver(key, writes).catch((failure: unknown) => this.options.logger?.error({ err: failure, channel: channelId, activityId: id }, 'redelivery claim not written'));
        throw error;
      }
      await this.writeLeftOver(key, writes);
    } finally {
      if (claimed) claims.running.delete(id);
      // Once no turn is under way, every claim is durable (or its turn failed): the store's list is whole again.
      claims.turns -= 1;
      if (claims.turns === 0) this.claims.delete(key);
    }
  }

  /** Conversations with a claim under way (an entry lives only while its turns run). */
  get pending(): number {
    return this.claims.size;
  }

  private skip(context: TurnContext): void {
    const { channelId, type, id } = context.activity;
    noteTurn(context, { outcome: 'duplicate' });
    this.options.logger?.info({ channel: channelId, activityType: type, activityId: id }, 'redelivered activity skipped');
  }

  /** A turn that saved no state (or failed before it did) left its claim to write: written on its own. */
  private async writeLeftOver(key: string, writes: TurnWrites): Promise<void> {
    const value = writes.get(key);
    if (!value) return;
    writes.delete(key);
    await this.options.store.writeState({ [key]: { value: value() } });
  }

  /** The ids the store holds for the conversation (none from a damaged record: it starts over). */
  private async stored(key: string): Promise<string[]> {
    const item = (await this.options.store.readState([key]))[key];
    const parsed = remembered.safeParse(item?.value);
    return parsed.success ? parsed.data.ids : [];
  }
}
