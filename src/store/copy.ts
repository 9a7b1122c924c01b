import type { OrgRecord } from '../core/types.js';

/** A copy of an org and its records, without the `orgId` tags the store keeps on them. */
export function copyOrg(record: OrgRecord): OrgRecord {
  const untagged = <T extends object>(owned: T): T => {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(owned)) if (key !== 'orgId') out[key] = copy((owned as Record<string, unknown>)[key]);
    return out as T;
  };
  return { org: copy(record.org), activation: record.activation && untagged(record.activation), links: record.links.map(untagged), ledger: record.ledger.map(untagged) };
}

/**
 * Callers get copies, so nothing outside the store can change what it holds. The store holds
 * JSON data only (records are validated; state items and tickets are JSON round-tripped on the
 * way in), which this copies several times faster than structuredClone: on the write path,
 * every decision gets a copy of its org.
 */
export function copy<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((item: unknown) => copy(item)) as T;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = copy((value as Record<string, unknown>)[key]);
    // Assigning "__proto__" would set the prototype, not a key (state values are anyone's JSON).
    if (key === '__proto__') Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true });
    else out[key] = item;
  }
  return out as T;
}
