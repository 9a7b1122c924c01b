import type { Activation, AuditEntry, ChannelIdentity, LedgerEntry, Link, Org, OrgRecord, Ticket, TicketStatus, UnansweredEntry, User } from './types.js';

/** Wall-clock time, injected so rules and tests are deterministic. */
export interface Clock {
  now(): Date;
}

/**
 * Identifiers, injected so tests can predict them. Never Access IDs or Contract IDs: those come
 * from Partner Center and are registered as given (see `decideRegistration`).
 */
export interface IdGenerator {
  /** A unique id for records (ledger entries, tickets, audit entries). */
  id(): string;
}

/** What an `updateOrg` decision adds to an org. Everything is append-only except the one activation. */
export interface OrgChanges {
  /** Set only when the org has none yet (the store refuses to replace one this way). */
  activation?: Activation;
  /** Replaces the org's registered IDs (a confirmed re-registration, decided under the org's lock). */
  replaceActivation?: Activation;
  links?: Link[];
  ledger?: LedgerEntry[];
  /**
   * The audit entries recording this decision, committed with its changes (alone, for a refusal):
   * both are durable or neither is (one transaction, one journal line).
   */
  audit?: AuditEntry[];
}

/** What `updateTicket`'s decision returns: the result, the ticket's new version, what audits it. */
export interface TicketDecision<T> {
  result: T;
  ticket?: Ticket;
  audit?: AuditEntry[];
}

export interface Decision<T> {
  result: T;
  changes?: OrgChanges;
}

/** One conversation-state item (botbuilder's Storage shape, with an optimistic-concurrency eTag). */
export interface StateItem {
  eTag: string;
  value: Record<string, unknown>;
  /** When it was last written (ISO); conversation state expires some time after (retention). */
  at?: string;
}

/**
 * Insert-if-absent, shared by every instance on the same store: the first claim of an id wins,
 * every later one (from any instance) loses. The PostgreSQL store has it; with the single-writer
 * file store, the channels claim through conversation state instead.
 */
export interface ClaimPort {
  /** True for the first claim of `id` within `scope`. */
  claimOnce(scope: string, id: string): Promise<boolean>;
}

/**
 * The store port. Implementations: the lowdb JSON file (default), later PostgreSQL.
 * Every mutation's promise resolves only once the change is durable.
 */
export interface StorePort {
  findUserByIdentity(identity: ChannelIdentity): Promise<User | undefined>;
  /** The org that linked this Teams tenant / Slack team or enterprise id (Org.tenants), if any. */
  findOrgByTenant(channel: string, tenant: string): Promise<Org | undefined>;
  /**
   * Creates or replaces a user record (whole version), durably, with `audit` (if given) in the
   * same commit. SCHEMA_INVALID for an unknown org, CONFLICT when one of its identities belongs
   * to another user.
   */
  saveUser(user: User, audit?: AuditEntry): Promise<void>;
  getUser(userId: string): Promise<User | undefined>;
  listUsers(orgId: string): Promise<User[]>;
  getOrg(orgId: string): Promise<OrgRecord | undefined>;
  /** Orgs whose id equals `query` or whose name contains it (case-insensitive). */
  findOrgs(query: string): Promise<Org[]>;
  /**
   * Atomically read the org, let `decide` choose, and apply its changes: no other update of the
   * same org runs in between (a transaction with a row lock in SQL). `decide` must be pure.
   * Rejects with StoreError NOT_FOUND for an unknown org.
   */
  updateOrg<T>(orgId: string, decide: (record: OrgRecord) => Decision<T>): Promise<T>;

  /** Orgs whose id or name the text mentions (case-insensitive; a name also by its first word). */
  findOrgsMentioned(text: string): Promise<Org[]>;
  /** Orgs of the people the text names in full ("Adele Vance", "diego.siciliani"), for support staff who name a person, not the company. */
  findOrgsOfPeopleNamed(text: string): Promise<Org[]>;
  /**
   * Orgs whose records hold what the text quotes: an Access ID or Contract ID, a request number on
   * the ledger, a Teams tenant of a linked workspace or of a member (support staff who have only that).
   */
  findOrgsOfReferences(text: string): Promise<Org[]>;

  /**
   * Appends to the audit log; durable when resolved. Entries are never changed; beyond the
   * store's cap the oldest are moved out (exported to a file, or to the audit_archive table).
   * An entry that records a mutation goes with the mutation instead (OrgChanges.audit, ...).
   */
  appendAudit(entry: AuditEntry): Promise<void>;
  /** The newest `limit` audit entries, oldest first. */
  listAudit(limit?: number): Promise<AuditEntry[]>;

  /**
   * Files a ticket, numbering it; idempotent by `sourceKey`: a second call with the same key
   * returns the first ticket and `created: false`, and so does a person who already has the
   * store's cap of unresolved tickets (their newest). `audit` is appended, with the new
   * ticket's id, in the same commit, only when a ticket is created.
   */
  createTicket(draft: Omit<Ticket, 'id'>, audit?: Omit<AuditEntry, 'ticketId'>): Promise<{ ticket: Ticket; created: boolean }>;
  getTicket(id: number): Promise<Ticket | undefined>;
  listTickets(statuses?: TicketStatus[]): Promise<Ticket[]>;
  /**
   * Atomically reads a ticket and applies `decide`'s new version of it and its audit entries,
   * all in one commit (NOT_FOUND for an unknown id).
   */
  updateTicket<T>(id: number, decide: (ticket: Ticket) => TicketDecision<T>): Promise<T>;

  recordUnanswered(entry: UnansweredEntry): Promise<void>;
  listUnanswered(): Promise<UnansweredEntry[]>;

  /** Conversation state for the bot (key -> item). */
  readState(keys: string[]): Promise<Record<string, StateItem>>;
  /** Writes items; an item whose `expectedETag` (when given and not "*") differs from the stored one is a CONFLICT. */
  writeState(items: Record<string, { value: Record<string, unknown>; expectedETag?: string }>): Promise<void>;
  deleteState(keys: string[]): Promise<void>;

  close(): Promise<void>;
}
