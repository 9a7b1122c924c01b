import type { StateItem } from '../core/ports.js';
import type { Activation, ChannelIdentity, LedgerEntry, Link, Org, Ticket, User } from '../core/types.js';
import type { JournalOps } from './journal-ops.js';
import { MentionIndex } from './org-search.js';
import type { StoreData } from './schema.js';

/** `channel`, `tenant` and `user` joined with a separator none of them contains. */
export function identityKey(identity: ChannelIdentity): string {
  return `${identity.channel}\u0000${identity.tenant}\u0000${identity.user}`;
}

/** Key of a linked workspace: the channel and the Teams tenant / Slack team or enterprise id. */
export function tenantKey(channel: string, tenant: string): string {
  return `${channel}\u0000${tenant}`;
}

type Owned<T> = T & { orgId: string };

/**
 * An org and its records. The records are the data's own objects, still tagged with `orgId`
 * (sharing them saves a copy of every ledger entry): copies handed out drop the tag.
 */
export interface IndexedOrg {
  org: Org;
  activation: Owned<Activation> | null;
  links: Owned<Link>[];
  ledger: Owned<LedgerEntry>[];
}

/**
 * Maps over the committed data so reads stay O(1) with 10,000 orgs. Holds only durable data:
 * a batch's changes are merged in after its write succeeded. `state` is the data's own object.
 */
export class StoreIndex {
  /** Per org: the org and its records. */
  readonly orgs = new Map<string, IndexedOrg>();
  readonly users = new Map<string, User>();
  readonly usersByIdentity = new Map<string, User>();
  readonly usersByOrg = new Map<string, User[]>();
  /** `channel:tenant` of every linked workspace to its org (Org.tenants). */
  readonly orgsByTenant = new Map<string, Org>();
  readonly tickets = new Map<number, Ticket>();
  readonly ticketsBySource = new Map<string, Ticket>();
  maxTicketId = 0;
  readonly state: Record<string, StateItem>;
  private mentionIndex?: MentionIndex;

  constructor(data: StoreData) {
    for (const t of data.tickets) this.putTicket(t);
    for (const org of data.orgs) {
      this.orgs.set(org.id, { org, activation: null, links: [], ledger: [] });
      for (const [channel, tenants] of Object.entries(org.tenants ?? {})) for (const tenant of tenants ?? []) this.orgsByTenant.set(tenantKey(channel, tenant), org);
    }
    this.addRecords(data);
    for (const user of data.users) this.putUser(user);
    this.state = data.state;
  }

  /** The orgs by what a message may call them, built on first use (orgs change only with a whole new index: an import). */
  mentions(): MentionIndex {
    this.mentionIndex ??= new MentionIndex([...this.orgs.values()].map((entry) => entry.org));
    return this.mentionIndex;
  }

  /** Adds a user, or replaces the version with the same id (its old identities and org membership go). */
  private putUser(user: User): void {
    const old = this.users.get(user.id);
    if (old) {
      for (const identity of old.identities) this.usersByIdentity.delete(identityKey(identity));
      if (old.orgId !== null) this.usersByOrg.set(old.orgId, (this.usersByOrg.get(old.orgId) ?? []).filter((u) => u.id !== user.id));
    }
    this.users.set(user.id, user);
    for (const identity of user.identities) this.usersByIdentity.set(identityKey(identity), user);
    if (user.orgId === null) return;
    const members = this.usersByOrg.get(user.orgId);
    if (members) members.push(user);
    else this.usersByOrg.set(user.orgId, [user]);
  }

  /**
   * Merges durable `ops` (state is not touched: it is the data's object, which `applyOps`
   * changes). Org entries change in place: readers only ever get copies of them.
   */
  apply(ops: JournalOps): void {
    this.addRecords(ops);
    for (const activation of ops.replacedActivations ?? []) this.entry(activation.orgId).activation = activation;
    for (const ticket of ops.tickets ?? []) this.putTicket(ticket);
    for (const user of ops.users ?? []) this.putUser(user);
  }

  /**
   * Adds org-owned records. Each record's `orgId` becomes its org's own id string and a ledger
   * entry's `benefit` and `kind` one string per value: JSON.parse gives every record copies of
   * its own (about 8 MB with 100,000 ledger entries).
   */
  private addRecords(records: Partial<Pick<StoreData, 'activations' | 'links' | 'ledger'>>): void {
    const words = new Map<string, string>();
    const word = <T extends string>(text: T): T => {
      const known = words.get(text);
      if (known !== undefined) return known as T;
      words.set(text, text);
      return text;
    };
    for (const activation of records.activations ?? []) this.owner(activation).activation = activation;
    for (const link of records.links ?? []) this.owner(link).links.push(link);
    for (const entry of records.ledger ?? []) {
      entry.benefit = word(entry.benefit);
      entry.kind = word(entry.kind);
      this.owner(entry).ledger.push(entry);
    }
  }

  /** The record's org entry; the record then holds the org's own id string. */
  private owner(record: { orgId: string }): IndexedOrg {
    const entry = this.entry(record.orgId);
    record.orgId = entry.org.id;
    return entry;
  }

  private putTicket(ticket: Ticket): void {
    this.tickets.set(ticket.id, ticket);
    this.ticketsBySource.set(ticket.sourceKey, ticket);
    this.maxTicketId = Math.max(this.maxTicketId, ticket.id);
  }

  private entry(orgId: string): IndexedOrg {
    const entry = this.orgs.get(orgId);
    // The schema's cross-record checks guarantee every orgId names an org.
    if (!entry) throw new Error(`index: unknown org ${orgId}`);
    return entry;
  }
}
