import type { Storage, StoreItems } from 'botbuilder';
import type { StorePort } from '../core/ports.js';

/**
 * botbuilder's `Storage` (conversation and user state) on top of the store port, so bot state
 * lives in the same durable store as the records. eTags follow botbuilder's MemoryStorage:
 * an item without eTag or with "*" overwrites; any other eTag must match the stored one
 * (else the write rejects with StoreError CONFLICT and nothing is written).
 */
export class ConversationStorage implements Storage {
  constructor(private readonly store: Pick<StorePort, 'readState' | 'writeState' | 'deleteState'>) {}

  async read(keys: string[]): Promise<StoreItems> {
    const items = await this.store.readState(keys);
    return Object.fromEntries(Object.entries(items).map(([key, item]) => [key, { ...item.value, eTag: item.eTag }]));
  }

  /** Each store keeps what JSON keeps of a value (no undefined, no prototypes): no copy of ours on the way. */
  async write(changes: StoreItems): Promise<void> {
    const items = Object.fromEntries(
      Object.entries(changes as Record<string, Record<string, unknown>>).map(([key, item]) => {
        const { eTag, ...value } = item;
        return [key, typeof eTag === 'string' && eTag !== '' && eTag !== '*' ? { value, expectedETag: eTag } : { value }];
      }),
    );
    await this.store.writeState(items);
  }

  async delete(keys: string[]): Promise<void> {
    await this.store.deleteState(keys);
  }
}
