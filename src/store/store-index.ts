import type { StateItem } from '../core/ports.js';
import type { ChannelIdentity, OrgRecord, Ticket, User } from '../core/types.js';
import type { StoreData } from './schema.js';

/** `channel`, `tenant` and `user` joined with a separator none of them contains. */
export function identityKey(identity: ChannelIdentity): string {
  return `${identity.channel}\u0000${identity.tenant}\u0000${identity.user}`;
}

/**
 * Maps over the committed data so reads stay O(1) with 10,000 orgs. Holds only durable data:
 * a batch's changes are merged in after its write succeeded.
 */
export class StoreIndex {
  /** Per org: the org and its records, without the `orgId` tags of the file's flat lists. */
  readonly orgs = new Map<string, OrgRecord>();
  readonly users = new Map<string, User>();
  readonly usersByIdentity = new Map<string, User>();
  readonly usersByOrg = new Map<string, User[]>();
  readonly tickets = new Map<number, Ticket>();
  readonly ticketsBySource = new Map<string, Ticket>();
  maxTicketId = 0;
  state: Record<string, StateItem>;

  constructor(data: StoreData) {
    for (const t of data.tickets) this.putTicket(t);
    for (const org of data.orgs) this.orgs.set(org.id, { org, activation: null, links: [], ledger: [] });
    for (const { orgId, ...activation } of data.activations) this.entry(orgId).activation = activation;
    for (const { orgId, ...link } of data.links) this.entry(orgId).links.push(link);
    for (const { orgId, ...entry } of data.ledger) this.entry(orgId).ledger.push(entry);
    for (const user of data.users) {
      this.users.set(user.id, user);
      for (const identity of user.identities) this.usersByIdentity.set(identityKey(identity), user);
      if (user.orgId === null) continue;
      const members = this.usersByOrg.get(user.orgId);
      if (members) members.push(user);
      else this.usersByOrg.set(user.orgId, [user]);
    }
    this.state = data.state;
  }

  /** Merges a committed batch: its org drafts and tickets replace the entries, its state replaces the state. */
  commit(batch: { orgs: ReadonlyMap<string, OrgRecord>; tickets: ReadonlyMap<number, Ticket> }, state: Record<string, StateItem>): void {
    for (const [orgId, entry] of batch.orgs) this.orgs.set(orgId, entry);
    for (const ticket of batch.tickets.values()) this.putTicket(ticket);
    this.state = state;
  }

  private putTicket(ticket: Ticket): void {
    this.tickets.set(ticket.id, ticket);
    this.ticketsBySource.set(ticket.sourceKey, ticket);
    this.maxTicketId = Math.max(this.maxTicketId, ticket.id);
  }

  private entry(orgId: string): OrgRecord {
    const entry = this.orgs.get(orgId);
    // The schema's cross-record checks guarantee every orgId names an org.
    if (!entry) throw new Error(`index: unknown org ${orgId}`);
    return entry;
  }
}
