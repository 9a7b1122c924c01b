import { z } from 'zod';
import { auditEntrySchema, ownedActivationSchema, ownedLedgerEntrySchema, ownedLinkSchema, stateItemSchema, ticketSchema, unansweredSchema, userSchema, type StoreData } from './schema.js';
import { identityKey, type StoreIndex } from './store-index.js';

/** How many unanswered questions are kept (the oldest go first). */
export const MAX_UNANSWERED = 5000;

/**
 * What one group commit changed: the `ops` of a journal line. Records are added in order;
 * `tickets` are whole new versions (created or changed); `state` holds the items written and
 * `deleted` the keys removed. Empty sections are left out to keep lines short.
 */
export const journalOpsSchema = z.strictObject({
  activations: z.array(ownedActivationSchema).exactOptional(),
  /** Re-registered IDs: each replaces its org's activation (older journals never have them). */
  replacedActivations: z.array(ownedActivationSchema).exactOptional(),
  links: z.array(ownedLinkSchema).exactOptional(),
  ledger: z.array(ownedLedgerEntrySchema).exactOptional(),
  audit: z.array(auditEntrySchema).exactOptional(),
  unanswered: z.array(unansweredSchema).exactOptional(),
  tickets: z.array(ticketSchema).exactOptional(),
  /** Users created or changed (whole new versions), e.g. by the staff `link` command. */
  users: z.array(userSchema).exactOptional(),
  state: z.record(z.string(), stateItemSchema).exactOptional(),
  deleted: z.array(z.string()).exactOptional(),
  /** How many of the oldest audit entries / unanswered questions were rotated out (exported first), before this line's own are appended. */
  trim: z.strictObject({ audit: z.number().int().positive().exactOptional(), unanswered: z.number().int().positive().exactOptional() }).exactOptional(),
});
export type JournalOps = z.output<typeof journalOpsSchema>;

/**
 * Checks what the schema's cross-record rules would check for `ops` on top of the indexed
 * data: org ids exist, one activation per org, ticket sources unique. The first problem, or
 * undefined. Batches are built under these rules; replay checks them because a journal line
 * comes from disk.
 */
export function crossCheckOps(index: StoreIndex, ops: JournalOps): string | undefined {
  const activated = new Set<string>();
  for (const [section, records] of [['activations', ops.activations], ['replacedActivations', ops.replacedActivations], ['links', ops.links], ['ledger', ops.ledger]] as const) {
    const unknown = (records ?? []).findIndex((r) => !index.orgs.has(r.orgId));
    if (unknown !== -1) return `${section}[${unknown}].orgId: unknown org "${records?.[unknown]?.orgId}"`;
  }
  for (const [i, { orgId }] of (ops.activations ?? []).entries()) {
    if (index.orgs.get(orgId)?.activation || activated.has(orgId)) return `activations[${i}].orgId: duplicate activation for this org`;
    activated.add(orgId);
  }
  for (const [i, user] of (ops.users ?? []).entries()) {
    if (user.orgId !== null && !index.orgs.has(user.orgId)) return `users[${i}].orgId: unknown org "${user.orgId}"`;
    const taken = user.identities.find((identity) => (index.usersByIdentity.get(identityKey(identity))?.id ?? user.id) !== user.id);
    if (taken) return `users[${i}].identities: duplicate identity (channel, tenant, user)`;
  }
  for (const [i, ticket] of (ops.tickets ?? []).entries()) {
    const owner = index.ticketsBySource.get(ticket.sourceKey);
    if (owner && owner.id !== ticket.id) return `tickets[${i}].sourceKey: duplicate ticket source (ticket ${owner.id})`;
  }
  return undefined;
}

/** Applies `ops` to `data` in place (only ever to data that holds them durably, or to a copy). */
export function applyOps(data: StoreData, ops: JournalOps): StoreData {
  if (ops.trim?.audit) data.audit.splice(0, ops.trim.audit);
  if (ops.trim?.unanswered) data.unanswered.splice(0, ops.trim.unanswered);
  append(data.activations, ops.activations);
  for (const activation of ops.replacedActivations ?? []) {
    const at = data.activations.findIndex((a) => a.orgId === activation.orgId);
    if (at === -1) data.activations.push(activation);
    else data.activations[at] = activation;
  }
  append(data.links, ops.links);
  append(data.ledger, ops.ledger);
  append(data.audit, ops.audit);
  append(data.unanswered, ops.unanswered);
  if (data.unanswered.length > MAX_UNANSWERED) data.unanswered.splice(0, data.unanswered.length - MAX_UNANSWERED);
  for (const ticket of ops.tickets ?? []) {
    const at = data.tickets.findIndex((t) => t.id === ticket.id);
    if (at === -1) data.tickets.push(ticket);
    else data.tickets[at] = ticket;
  }
  for (const user of ops.users ?? []) {
    const at = data.users.findIndex((u) => u.id === user.id);
    if (at === -1) data.users.push(user);
    else data.users[at] = user;
  }
  for (const key of ops.deleted ?? []) delete data.state[key];
  Object.assign(data.state, ops.state);
  return data;
}

/** A loop, not push(...items): a replayed line may hold more records than a call takes arguments. */
function append<T>(target: T[], items: readonly T[] | undefined): void {
  for (const item of items ?? []) target.push(item);
}

/** A copy of `data` that `applyOps` can change without touching `data` (records are shared, never mutated). */
export function copyForChange(data: StoreData): StoreData {
  const { activations, links, ledger, audit, unanswered, tickets, state, users } = data;
  return { ...data, users: [...users], activations: [...activations], links: [...links], ledger: [...ledger], audit: [...audit], unanswered: [...unanswered], tickets: [...tickets], state: { ...state } };
}
