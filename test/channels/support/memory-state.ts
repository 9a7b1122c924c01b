import type { StorePort } from '../../../src/core/ports.js';

/** Conversation state in memory: what the Teams redelivery guard needs from the store. */
export function memoryStateStore(): Pick<StorePort, 'readState' | 'writeState'> {
  const items = new Map<string, Record<string, unknown>>();
  return {
    readState: async (keys) => Object.fromEntries(keys.flatMap((k) => (items.has(k) ? [[k, { value: items.get(k)!, eTag: '1' }]] : []))),
    writeState: async (changes) => void Object.entries(changes).forEach(([k, v]) => items.set(k, v.value)),
  };
}
