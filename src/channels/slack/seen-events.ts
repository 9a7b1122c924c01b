import type { ClaimPort, StorePort } from '../../core/ports.js';

export interface SeenEventsOptions {
  /** With `claimOnce` (PostgreSQL), action ids are claimed there: one winner across every instance. */
  store: Pick<StorePort, 'readState' | 'writeState'> & Partial<ClaimPort>;
  /** How many recent action ids to remember (Slack retries within minutes, three times at most). */
  limit?: number;
  /** The state key the ids are kept under. */
  key?: string;
}

/**
 * Remembers the user actions already taken (a message by team, channel and ts; a command or
 * click by its trigger id), so a retry (`X-Slack-Retry-Num`), a replayed request or the
 * app_mention twin of a DM never runs a second turn. The check-and-claim is synchronous
 * in memory (two concurrent deliveries cannot both win), and the recent ids are also written to
 * the store's conversation state before the turn runs, so a retry that arrives after a restart
 * is still recognised. Bounded: the oldest ids are forgotten first.
 *
 * Writes are coalesced: the whole list is one state item (up to `limit` ids, tens of kB), so
 * claims that arrive while a write is under way share the next write instead of each writing
 * the list again (under load that was a fifth of a Slack turn's CPU). A claim still resolves
 * only once a write holding its id is done.
 */
export class SeenEvents {
  private readonly store: SeenEventsOptions['store'];
  private readonly limit: number;
  private readonly key: string;
  private recent: string[] = [];
  private readonly index = new Set<string>();
  private loaded: Promise<void> | undefined;
  private saving: Promise<void> = Promise.resolve();
  /** The next write, queued behind the one under way and not started yet: later claims join it. */
  private next: Promise<void> | undefined;

  constructor(options: SeenEventsOptions) {
    this.store = options.store;
    this.limit = options.limit ?? 2000;
    this.key = options.key ?? 'slack/seen-events';
  }

  /** True when the action id is new (it is now claimed and saved); false for a duplicate. */
  async claim(eventId: string): Promise<boolean> {
    if (this.store.claimOnce) return this.store.claimOnce(this.key, eventId);
    this.loaded ??= this.load();
    await this.loaded;
    if (this.index.has(eventId)) return false;
    this.index.add(eventId);
    this.recent.push(eventId);
    while (this.recent.length > this.limit) this.index.delete(this.recent.shift() ?? '');
    await this.save();
    return true;
  }

  /** Action ids remembered now (at most `limit`). */
  get size(): number {
    return this.index.size;
  }

  private async load(): Promise<void> {
    const items = await this.store.readState([this.key]);
    const ids = items[this.key]?.value['ids'];
    if (!Array.isArray(ids)) return;
    for (const id of ids.slice(-this.limit)) {
      if (typeof id === 'string' && !this.index.has(id)) {
        this.index.add(id);
        this.recent.push(id);
      }
    }
  }

  /**
   * Writes one after the other, each the list as it is when the write starts (so it holds every
   * id claimed before), and the last write holds every id.
   */
  private save(): Promise<void> {
    if (this.next) return this.next;
    const next = this.saving
      .catch(() => undefined)
      .then(() => {
        this.next = undefined;
        return this.store.writeState({ [this.key]: { value: { ids: [...this.recent] } } });
      });
    this.next = next;
    this.saving = next;
    return next;
  }
}
