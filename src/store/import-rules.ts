import { ACCESS_ID, CONTRACT_ID } from '../core/registration.js';
import type { ImportData } from './schema.js';

/**
 * Rules an import must meet beyond the schema. The IDs act like passwords and the log scrubber
 * recognizes them by shape too, so their shapes are the ones registration accepts (one rule, in
 * src/core/registration.ts): an Access ID is a GUID, a Contract ID 8–15 digits.
 */
export { ACCESS_ID, CONTRACT_ID };

/** The one spelling of an org or user id: trimmed, lower case ("ORG-Contoso " is "org-contoso"). */
export const normalId = (id: string): string => id.trim().toLowerCase();

type Raw = Record<string, unknown>;
const isRecord = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Applies `fix` to the named string fields of every record of `list`, when they are strings. */
function fixFields(list: unknown, fields: readonly string[], fix: (s: string) => string): unknown {
  if (!Array.isArray(list)) return list;
  return list.map((item: unknown) => {
    if (!isRecord(item)) return item;
    const out: Raw = { ...item };
    for (const f of fields) if (typeof out[f] === 'string') out[f] = fix(out[f]);
    return out;
  });
}

/**
 * An import file with its org and user ids normalized (also where records refer to them) and its
 * IDs trimmed (Access IDs lower-cased), before validation. Anything oddly shaped is left as it is,
 * for the schema to report.
 */
export function normalizeImport(raw: unknown): unknown {
  if (!isRecord(raw)) return raw;
  const id = (s: string) => normalId(s);
  return {
    ...raw,
    orgs: fixFields(raw['orgs'], ['id'], id),
    users: fixFields(raw['users'], ['id', 'orgId'], id),
    activations: fixFields(fixFields(fixFields(raw['activations'], ['orgId', 'activatedBy'], id), ['accessId'], id), ['contractId'], (s) => s.trim()),
    links: fixFields(raw['links'], ['orgId', 'userId'], id),
    ledger: fixFields(raw['ledger'], ['orgId'], id),
  };
}

/** Format problems of an import's IDs, each with its path (empty when all is well). */
export function importProblems(data: Pick<ImportData, 'activations'>): string[] {
  return data.activations.flatMap((a, i) => [
    ...(ACCESS_ID.test(a.accessId) ? [] : [`activations[${i}].accessId: an Access ID is a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)`]),
    ...(CONTRACT_ID.test(a.contractId) ? [] : [`activations[${i}].contractId: a Contract ID is 8 to 15 digits`]),
  ]);
}
