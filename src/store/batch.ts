import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { StoreError } from '../core/errors.js';
import type { OrgChanges, StateItem } from '../core/ports.js';
import type { AuditEntry, OrgRecord, Ticket, UnansweredEntry, User } from '../core/types.js';
import type { JournalOps } from './journal-ops.js';
import { activationSchema, auditEntrySchema, formatZodIssue, ledgerEntrySchema, linkSchema, ticketSchema, unansweredSchema, userSchema, type ImportData, type StoreData } from './schema.js';
import { identityKey, type StoreIndex } from './store-index.js';

export { MAX_UNANSWERED } from './journal-ops.js';

/** Rules of the running store a batch applies (retention and limits). */
export interface BatchRules {
  /** The time state items written in this batch get (ISO), for their expiry. */
  now?: string;
  /** Unresolved tickets one person may have; further requests get their newest open ticket back. */
  maxOpenTicketsPerPerson?: number;
}

/** What `updateOrg` may add (checked by both stores before anything is written). */
export const changesSchema = z.strictObject({
  activation: activationSchema.exactOptional(),
  replaceActivation: activationSchema.exactOptional(),
  links: z.array(linkSchema).exactOptional(),
  ledger: z.array(ledgerEntrySchema).exactOptional(),
  audit: z.array(auditEntrySchema).exactOptional(),
});

/** A JSON round trip: stored exactly as the file will hold it (no undefined, no class instances, e.g. in a ticket's conversation). */
function asJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Validates a record a mutation adds, so the file can never become unreadable. */
function checked<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new StoreError('SCHEMA_INVALID', `${what}: ${formatZodIssue(parsed.error.issues[0]!)}`);
  return parsed.data;
}

/**
 * The mutations of one group commit, applied on top of the committed index without touching
 * it: later mutations in the batch see earlier ones, and a failed write simply drops the batch.
 * Every method checks before it changes anything, so a mutation that throws leaves no trace.
 * What it collects is written as one journal line (`ops()`); an import replaces everything.
 */
export class Batch {
  /** Copies of the orgs this batch changed. */
  private readonly orgs = new Map<string, OrgRecord>();
  private readonly added: Pick<StoreData, 'activations' | 'links' | 'ledger'> & { replacedActivations: StoreData['activations'] } = { activations: [], replacedActivations: [], links: [], ledger: [] };
  /** Tickets this batch created or changed. */
  private readonly tickets = new Map<number, Ticket>();
  /** Users this batch created or changed. */
  private readonly users = new Map<string, User>();
  private readonly audit: AuditEntry[] = [];
  private readonly unanswered: UnansweredEntry[] = [];
  /** State items written, and keys deleted (a key is in at most one of them). */
  private readonly stateWritten = new Map<string, StateItem>();
  private readonly stateDeleted = new Set<string>();
  private replacement: ImportData | undefined;
  private readonly trimmed: NonNullable<JournalOps['trim']> = {};

  constructor(
    private readonly index: StoreIndex,
    private readonly rules: BatchRules = {},
  ) {}

  /** How many entries of each log this batch adds (for rotation). */
  get appended(): { audit: number; unanswered: number } {
    return { audit: this.audit.length, unanswered: this.unanswered.length };
  }

  /** Drops the `count` oldest entries of a log (they were exported first). */
  trim(section: 'audit' | 'unanswered', count: number): void {
    if (count > 0) this.trimmed[section] = count;
  }

  /** The org as this batch sees it (its own draft, else the committed entry). */
  org(orgId: string): OrgRecord | undefined {
    return this.orgs.get(orgId) ?? this.index.orgs.get(orgId);
  }

  /** Appends links and ledger entries and sets the activation (CONFLICT if the org already has one) or replaces it. */
  changeOrg(orgId: string, changes: OrgChanges): void {
    const parsed = changesSchema.safeParse(changes);
    if (!parsed.success) throw new StoreError('SCHEMA_INVALID', `changes to ${orgId}: ${formatZodIssue(parsed.error.issues[0]!)}`);
    const { activation, replaceActivation, links = [], ledger = [], audit = [] } = parsed.data;
    const current = this.org(orgId);
    if (!current) throw new StoreError('NOT_FOUND', `unknown org "${orgId}"`);
    if (activation && current.activation) throw new StoreError('CONFLICT', `org "${orgId}" already has an activation`);
    // Checked above; from here on nothing throws, so the audit lines and the changes go into this batch together or not at all.
    this.audit.push(...audit);
    if (!activation && !replaceActivation && links.length === 0 && ledger.length === 0) return;
    const next = replaceActivation ?? activation ?? current.activation;
    this.orgs.set(orgId, { ...current, activation: next, links: [...current.links, ...links], ledger: [...current.ledger, ...ledger] });
    if (activation) this.added.activations.push({ orgId, ...activation });
    if (replaceActivation) this.added.replacedActivations.push({ orgId, ...replaceActivation });
    this.added.links.push(...links.map((link) => ({ orgId, ...link })));
    this.added.ledger.push(...ledger.map((entry) => ({ orgId, ...entry })));
  }

  appendAudit(entry: AuditEntry): void {
    this.audit.push(checked(auditEntrySchema, entry, 'audit entry'));
  }

  recordUnanswered(entry: UnansweredEntry): void {
    this.unanswered.push(checked(unansweredSchema, entry, 'unanswered entry'));
  }

  ticket(id: number): Ticket | undefined {
    return this.tickets.get(id) ?? this.index.tickets.get(id);
  }

  /**
   * Files a ticket with the next number, unless one with the same source exists, or the person
   * already has `maxOpenTicketsPerPerson` unresolved ones: then returns that one, or their newest.
   */
  createTicket(draft: Omit<Ticket, 'id'>, audit?: Omit<AuditEntry, 'ticketId'>): { ticket: Ticket; created: boolean } {
    const existing = [...this.tickets.values()].find((t) => t.sourceKey === draft.sourceKey) ?? this.index.ticketsBySource.get(draft.sourceKey);
    if (existing) return { ticket: existing, created: false };
    const open = this.openTicketsOf(draft.requester);
    const max = this.rules.maxOpenTicketsPerPerson;
    if (max !== undefined && open.length >= max) return { ticket: open.at(-1)!, created: false };
    const id = Math.max(this.index.maxTicketId, ...this.tickets.keys()) + 1;
    const ticket = checked(ticketSchema, asJson({ ...draft, id }), `ticket ${id}`);
    const entries = audit ? [checked(auditEntrySchema, { ...audit, ticketId: id }, 'audit entry')] : [];
    this.tickets.set(id, ticket);
    this.audit.push(...entries);
    return { ticket, created: true };
  }

  /** The unresolved tickets a person (channel identity) filed, oldest first. */
  private openTicketsOf(who: Ticket['requester']): Ticket[] {
    const mine = (t: Ticket) => t.status !== 'resolved' && t.requester.channel === who.channel && t.requester.tenant === who.tenant && t.requester.user === who.user;
    const byId = new Map<number, Ticket>();
    for (const t of this.index.tickets.values()) if (mine(t)) byId.set(t.id, t);
    for (const t of this.tickets.values()) if (mine(t)) byId.set(t.id, t);
    return [...byId.values()].sort((a, b) => a.id - b.id);
  }

  /** Stores a new version of an existing ticket (if any) and the audit entries recording the change, both or neither. */
  changeTicket(ticket: Ticket | undefined, audit: readonly AuditEntry[] = []): void {
    const entries = audit.map((entry) => checked(auditEntrySchema, entry, 'audit entry'));
    if (ticket) {
      if (!this.ticket(ticket.id)) throw new StoreError('NOT_FOUND', `unknown ticket ${ticket.id}`);
      this.tickets.set(ticket.id, checked(ticketSchema, asJson(ticket), `ticket ${ticket.id}`));
    }
    this.audit.push(...entries);
  }

  /** Creates or replaces a user (its org must exist and its identities be its own), with the audit entries recording it. */
  putUser(user: User, audit: readonly AuditEntry[] = []): void {
    const entries = audit.map((entry) => checked(auditEntrySchema, entry, 'audit entry'));
    const next = checked(userSchema, asJson(user), `user ${user.id}`);
    if (next.orgId !== null && !this.index.orgs.has(next.orgId)) throw new StoreError('SCHEMA_INVALID', `user ${next.id}: unknown org "${next.orgId}"`);
    const others = [...this.users.values()].filter((u) => u.id !== next.id);
    for (const identity of next.identities) {
      const key = identityKey(identity);
      const holder = others.find((u) => u.identities.some((i) => identityKey(i) === key)) ?? this.index.usersByIdentity.get(key);
      if (holder && holder.id !== next.id) throw new StoreError('CONFLICT', `user ${next.id}: identity already belongs to user ${holder.id}`);
    }
    this.users.set(next.id, next);
    this.audit.push(...entries);
  }

  /** The state item of `key` as this batch sees it. */
  readState(key: string): StateItem | undefined {
    if (this.stateDeleted.has(key)) return undefined;
    return this.stateWritten.get(key) ?? this.index.state[key];
  }

  /** Writes state items with fresh eTags; CONFLICT if an expected eTag (other than "*") differs. */
  writeState(items: Record<string, { value: Record<string, unknown>; expectedETag?: string }>): void {
    const next = Object.entries(items).map(([key, { value, expectedETag }]) => {
      const stored = this.readState(key);
      if (stored && expectedETag !== undefined && expectedETag !== '*' && expectedETag !== stored.eTag) {
        throw new StoreError('CONFLICT', `state "${key}" was changed by someone else (eTag mismatch)`);
      }
      return [key, { eTag: randomUUID(), value: asJson(value), ...(this.rules.now ? { at: this.rules.now } : {}) }] as const;
    });
    for (const [key, item] of next) {
      this.stateDeleted.delete(key);
      this.stateWritten.set(key, item);
    }
  }

  deleteState(keys: string[]): void {
    for (const key of keys) {
      this.stateWritten.delete(key);
      if (this.index.state[key]) this.stateDeleted.add(key);
    }
  }

  /** Replaces all records (an import); conversation state is kept. Runs alone in its batch. */
  replaceAll(data: ImportData): void {
    this.replacement = data;
  }

  /** The import this batch holds (it then holds nothing else). */
  get replaced(): ImportData | undefined {
    return this.replacement;
  }

  /** What this batch changes, as a journal line's `ops` (empty: nothing to write). */
  ops(): JournalOps {
    const sections: JournalOps = {
      ...this.added,
      audit: this.audit,
      unanswered: this.unanswered,
      tickets: [...this.tickets.values()],
      users: [...this.users.values()],
      state: Object.fromEntries(this.stateWritten),
      deleted: [...this.stateDeleted],
      trim: this.trimmed,
    };
    return Object.fromEntries(Object.entries(sections).filter(([, v]) => (Array.isArray(v) ? v.length > 0 : Object.keys(v).length > 0))) as JournalOps;
  }
}
