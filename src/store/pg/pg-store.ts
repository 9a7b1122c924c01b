import type { z } from 'zod';
import { StoreError } from '../../core/errors.js';
import type { Clock, Decision, StateItem, StorePort, TicketDecision } from '../../core/ports.js';
import type { AuditEntry, ChannelIdentity, Org, OrgRecord, Ticket, TicketStatus, UnansweredEntry, User } from '../../core/types.js';
import { DEFAULT_RETENTION } from '../retention.js';
import { MentionIndex, orgMatcher, personMatcher, referencesIn } from '../org-search.js';
import { auditEntrySchema, formatZodIssue, ticketSchema, unansweredSchema, userSchema } from '../schema.js';
import type { PgDb } from './pg-db.js';
import { capLog, insertAudit, lockOpenTicketsOf, type PgCaps } from './pg-retention.js';
import { PgGroupCommit } from './pg-group-commit.js';
import { handOut, ReadBatch } from './pg-read-batch.js';
import { claims, stateWrites } from './pg-set-kinds.js';
import { PgState } from './pg-state.js';

type Row<T> = { doc: T };

/** One statement, so one consistent snapshot of each org and its records. */
const ORG_RECORDS = `
SELECT o.doc AS org,
  (SELECT a.doc FROM activations a WHERE a.org_id = o.id) AS activation,
  COALESCE((SELECT jsonb_agg(l.doc ORDER BY l.seq) FROM links l WHERE l.org_id = o.id), '[]'::jsonb) AS links,
  COALESCE((SELECT jsonb_agg(e.doc ORDER BY e.seq) FROM ledger e WHERE e.org_id = o.id), '[]'::jsonb) AS ledger
FROM orgs o WHERE o.id = ANY($1::text[])`;

/** The users of several identities at once (a ReadBatch of findUserByIdentity); `n` is the identity's place. */
const USERS_BY_IDENTITY = `
SELECT k.n, u.doc FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS k(channel, tenant, "user", n)
JOIN identities i ON i.channel = k.channel AND i.tenant = k.tenant AND i."user" = k."user" JOIN users u ON u.id = i.user_id`;

/** Validates a record before it is written, so the database only ever holds what the file store would accept. */
export function checked<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(JSON.parse(JSON.stringify(value)));
  if (!parsed.success) throw new StoreError('SCHEMA_INVALID', `${what}: ${formatZodIssue(parsed.error.issues[0]!)}`);
  return parsed.data;
}

/**
 * The store port on PostgreSQL (see docs/store-format.md, "PostgreSQL"). Every mutation is
 * atomic with the file store's semantics: `updateOrg` decides on the org read under a row lock
 * (so concurrent activations on any instance are serialized, and ledger limits are checked
 * against what is committed), ticket numbers come from a sequence, an audit entry commits with
 * what it records, and the file store's caps hold (open tickets per person, log sizes: see
 * pg-retention.ts). Mutations run in the group commit (pg-group-commit.ts): concurrent ones share
 * one transaction, each in its own savepoint; a promise resolves once that transaction committed.
 */
export class PgStore implements StorePort {
  readonly state: PgState;
  readonly group: PgGroupCommit;
  protected readonly caps: PgCaps;
  private readonly users: ReadBatch<ChannelIdentity, User | undefined>;
  private readonly orgs: ReadBatch<string, OrgRecord | undefined>;
  /** The orgs by what a message may call them, and the newest org seq they were read at. */
  private mentions?: { version: string; index: MentionIndex };

  constructor(
    readonly db: PgDb,
    protected readonly clock: Clock,
    caps: Partial<PgCaps> = {},
  ) {
    this.state = new PgState(db);
    const { auditMax, unansweredMax, maxOpenTicketsPerPerson } = { ...DEFAULT_RETENTION, ...caps };
    this.caps = { auditMax, unansweredMax, maxOpenTicketsPerPerson };
    this.group = new PgGroupCommit(db, { auditMax });
    this.users = new ReadBatch(async (identities) => {
      const { rows } = await db.query<Row<User> & { n: string }>(USERS_BY_IDENTITY, [identities.map((i) => i.channel), identities.map((i) => i.tenant), identities.map((i) => i.user)]);
      const found = new Map(rows.map((r) => [Number(r.n), r.doc]));
      return identities.map((_, k) => found.get(k + 1));
    });
    this.orgs = new ReadBatch(async (ids) => {
      const take = handOut(new Map((await db.query<OrgRecord>(ORG_RECORDS, [ids])).rows.map((r) => [r.org.id, r])));
      return ids.map(take);
    });
  }

  findUserByIdentity(identity: ChannelIdentity): Promise<User | undefined> {
    return this.users.get(identity);
  }

  async findOrgByTenant(channel: string, tenant: string): Promise<Org | undefined> {
    // Org.tenants is { msteams?: string[]; slack?: string[] } (JSONB containment uses the GIN-less scan: few orgs).
    const { rows } = await this.db.query<Row<Org>>('SELECT doc FROM orgs WHERE doc->\'tenants\'->$1 ? $2 ORDER BY seq LIMIT 1', [channel, tenant]);
    return rows[0]?.doc;
  }

  /** Creates or replaces a user (whole record) and its identities in one transaction; an identity of another user is a CONFLICT. */
  saveUser(user: User, audit?: AuditEntry): Promise<void> {
    const doc = checked(userSchema, user, `user ${user.id}`);
    const entries = audit ? [checked(auditEntrySchema, audit, 'audit entry')] : [];
    return this.group.run(async (client) => {
      if (doc.orgId && (await client.query('SELECT 1 FROM orgs WHERE id = $1', [doc.orgId])).rowCount === 0) throw new StoreError('SCHEMA_INVALID', `user ${doc.id}: unknown org "${doc.orgId}"`);
      await client.query('INSERT INTO users (id, org_id, doc) VALUES ($1, $2, $3) ON CONFLICT (id) DO UPDATE SET org_id = EXCLUDED.org_id, doc = EXCLUDED.doc', [doc.id, doc.orgId, doc]);
      await client.query('DELETE FROM identities WHERE user_id = $1', [doc.id]);
      for (const i of doc.identities) {
        const added = await client.query('INSERT INTO identities (channel, tenant, "user", user_id) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING', [i.channel, i.tenant, i.user, doc.id]);
        if (added.rowCount !== 1) throw new StoreError('CONFLICT', `user ${doc.id}: identity ${i.channel}:${i.tenant}:${i.user} belongs to another user`);
      }
      await insertAudit(client, entries, this.caps.auditMax);
    });
  }

  async getUser(userId: string): Promise<User | undefined> {
    return (await this.db.query<Row<User>>('SELECT doc FROM users WHERE id = $1', [userId])).rows[0]?.doc;
  }

  async listUsers(orgId: string): Promise<User[]> {
    return (await this.db.query<Row<User>>('SELECT doc FROM users WHERE org_id = $1 ORDER BY seq', [orgId])).rows.map((r) => r.doc);
  }

  getOrg(orgId: string): Promise<OrgRecord | undefined> {
    return this.orgs.get(orgId);
  }

  async findOrgs(query: string): Promise<Org[]> {
    return (await this.allOrgs()).filter(orgMatcher(query));
  }

  async findOrgsOfPeopleNamed(text: string): Promise<Org[]> {
    const named = personMatcher(text);
    // Narrowed in SQL by the whole name (the common case), then checked as the file store does;
    // a name written in Hangul is compared by sound, so then every user is checked.
    const sql = "SELECT doc FROM users WHERE org_id IS NOT NULL AND ($2 OR position(lower(doc->>'name') IN lower($1)) > 0 OR position(lower(split_part(doc->'account'->>'id', '@', 1)) IN lower($1)) > 0)";
    const { rows } = await this.db.query<Row<User>>(sql, [text.slice(0, 1_000), /[\uAC00-\uD7A3]/.test(text)]);
    const orgIds = new Set(rows.map((r) => r.doc).filter(named).flatMap((u) => (u.orgId ? [u.orgId] : [])));
    const orgs = await Promise.all([...orgIds].map((id) => this.getOrg(id)));
    return orgs.flatMap((o) => (o ? [o.org] : []));
  }

  async findOrgsOfReferences(text: string): Promise<Org[]> {
    const refs = referencesIn(text);
    if (!refs) return [];
    // The same records as the file store's `holdsReference`, each looked up where it is kept.
    const sql = `SELECT org_id FROM activations WHERE lower(access_id) = ANY($1) OR contract_id = ANY($2)
      UNION SELECT org_id FROM ledger WHERE $3 AND regexp_replace(doc->>'ref', '\\D', '', 'g') = ANY($2)
      UNION SELECT u.org_id FROM identities i JOIN users u ON u.id = i.user_id WHERE u.org_id IS NOT NULL AND lower(i.tenant) = ANY($1)
      UNION SELECT id FROM orgs o WHERE EXISTS (SELECT 1 FROM jsonb_each(coalesce(o.doc->'tenants', '{}'::jsonb)) t, jsonb_array_elements_text(t.value) v WHERE lower(v) = ANY($1))`;
    const { rows } = await this.db.query<{ org_id: string }>(sql, [[...refs.guids], [...refs.numbers], refs.numbers.size > 0]);
    const orgs = await Promise.all(rows.map((r) => this.getOrg(r.org_id)));
    return orgs.flatMap((o) => (o ? [o.org] : []));
  }

  async findOrgsMentioned(text: string): Promise<Org[]> {
    // Orgs change only with an import (every row replaced, new seq numbers): the index is rebuilt when the newest seq changes.
    const { rows } = await this.db.query<{ v: string | null }>('SELECT max(seq)::text AS v FROM orgs');
    const version = rows[0]?.v ?? '';
    if (this.mentions?.version !== version) this.mentions = { version, index: new MentionIndex(await this.allOrgs()) };
    return this.mentions.index.find(text).map((org) => structuredClone(org));
  }

  /** Decides on the org read under its row lock, with the other updates of its batch (pg-org-batch.ts). */
  updateOrg<T>(orgId: string, decide: (record: OrgRecord) => Decision<T>): Promise<T> {
    return this.group.updateOrg<T>({ orgId, decide });
  }

  async appendAudit(entry: AuditEntry): Promise<void> {
    const doc = checked(auditEntrySchema, entry, 'audit entry');
    await this.group.run((client) => insertAudit(client, [doc], this.caps.auditMax));
  }

  async listAudit(limit = 1000): Promise<AuditEntry[]> {
    const { rows } = await this.db.query<Row<AuditEntry>>('SELECT doc FROM (SELECT seq, doc FROM audit ORDER BY seq DESC LIMIT $1) newest ORDER BY seq', [limit]);
    return rows.map((r) => r.doc);
  }

  createTicket(draft: Omit<Ticket, 'id'>, audit?: Omit<AuditEntry, 'ticketId'>): Promise<{ ticket: Ticket; created: boolean }> {
    return this.group.run(async (client) => {
      // The requester's lock first: then a redelivery and a second request of the same person see this one.
      const open = await lockOpenTicketsOf(client, draft.requester);
      const existing = await client.query<Row<Ticket>>('SELECT doc FROM tickets WHERE source_key = $1', [draft.sourceKey]);
      if (existing.rows[0]) return { ticket: existing.rows[0].doc, created: false };
      if (open.length >= this.caps.maxOpenTicketsPerPerson) return { ticket: open.at(-1)!, created: false };
      const id = Number((await client.query<{ id: string }>(`SELECT nextval('ticket_numbers') AS id`)).rows[0]?.id);
      const ticket = checked(ticketSchema, { ...draft, id }, `ticket ${id}`);
      const entries = audit ? [checked(auditEntrySchema, { ...audit, ticketId: id }, 'audit entry')] : [];
      const inserted = await client.query('INSERT INTO tickets (id, source_key, status, doc) VALUES ($1, $2, $3, $4) ON CONFLICT (source_key) DO NOTHING', [id, ticket.sourceKey, ticket.status, ticket]);
      // Another requester's message with the same key (never a real redelivery: those hold the same lock).
      if (inserted.rowCount !== 1) throw new StoreError('CONFLICT', 'ticket filed concurrently');
      await insertAudit(client, entries, this.caps.auditMax);
      return { ticket, created: true };
    }).catch(async (error: unknown) => {
      const raced = error instanceof StoreError && error.code === 'CONFLICT' ? await this.ticketBySource(draft.sourceKey) : undefined;
      if (raced) return { ticket: raced, created: false };
      throw error;
    });
  }

  async getTicket(id: number): Promise<Ticket | undefined> {
    return (await this.db.query<Row<Ticket>>('SELECT doc FROM tickets WHERE id = $1', [id])).rows[0]?.doc;
  }

  async listTickets(statuses?: TicketStatus[]): Promise<Ticket[]> {
    const { rows } = statuses
      ? await this.db.query<Row<Ticket>>('SELECT doc FROM tickets WHERE status = ANY($1::text[]) ORDER BY id', [statuses])
      : await this.db.query<Row<Ticket>>('SELECT doc FROM tickets ORDER BY id');
    return rows.map((r) => r.doc);
  }

  updateTicket<T>(id: number, decide: (ticket: Ticket) => TicketDecision<T>): Promise<T> {
    return this.group.run(async (client) => {
      const current = (await client.query<Row<Ticket>>('SELECT doc FROM tickets WHERE id = $1 FOR UPDATE', [id])).rows[0]?.doc;
      if (!current) throw new StoreError('NOT_FOUND', `unknown ticket ${id}`);
      const { result, ticket, audit = [] } = decide(current);
      const entries = audit.map((entry) => checked(auditEntrySchema, entry, 'audit entry'));
      if (ticket) {
        const next = checked(ticketSchema, { ...ticket, id }, `ticket ${id}`);
        await client.query('UPDATE tickets SET status = $2, source_key = $3, doc = $4 WHERE id = $1', [id, next.status, next.sourceKey, next]);
      }
      await insertAudit(client, entries, this.caps.auditMax);
      return result;
    });
  }

  async recordUnanswered(entry: UnansweredEntry): Promise<void> {
    const doc = checked(unansweredSchema, entry, 'unanswered entry');
    await this.group.run(async (client) => {
      await client.query('INSERT INTO unanswered (doc) VALUES ($1)', [doc]);
      await capLog(client, 'unanswered', this.caps.unansweredMax);
    });
  }

  async listUnanswered(): Promise<UnansweredEntry[]> {
    return (await this.db.query<Row<UnansweredEntry>>('SELECT doc FROM unanswered ORDER BY seq')).rows.map((r) => r.doc);
  }

  readState(keys: string[]): Promise<Record<string, StateItem>> {
    return this.state.read(keys);
  }

  async writeState(items: Record<string, { value: Record<string, unknown>; expectedETag?: string }>): Promise<void> {
    const entries = Object.entries(items);
    const at = this.clock.now().toISOString();
    // JSON text now, so a value that cannot be stored fails this call alone, and what is stored is what the file store would hold.
    const writes = entries.map(([key, { value, expectedETag }]) => ({ key, json: JSON.stringify(value), expectedETag, at }));
    // One item: with the batch's other one-item writes, in one statement. More: all or nothing, in a savepoint.
    if (writes.length === 1) await this.group.apply(stateWrites, writes[0]!);
    else if (writes.length > 1) await this.group.run((client) => this.state.write(client, writes));
  }

  async deleteState(keys: string[]): Promise<void> {
    if (keys.length > 0) await this.group.run((client) => this.state.delete(client, keys), { selfContained: true });
  }

  /** Insert-if-absent over every instance: the redelivery guard and the Slack event dedupe use it. */
  claimOnce(scope: string, id: string): Promise<boolean> {
    return this.group.apply(claims, { scope, id, at: this.clock.now().toISOString() });
  }

  /** True while the database answers (GET /readyz). */
  ping(): Promise<boolean> {
    return this.db.ping();
  }

  /** Waits for queued mutations, then closes the pool (later calls reject with CLOSED). */
  async close(): Promise<void> {
    await this.group.idle();
    await this.db.close();
  }

  private async allOrgs(): Promise<Org[]> {
    return (await this.db.query<Row<Org>>('SELECT doc FROM orgs ORDER BY seq')).rows.map((r) => r.doc);
  }

  private async ticketBySource(sourceKey: string): Promise<Ticket | undefined> {
    return (await this.db.query<Row<Ticket>>('SELECT doc FROM tickets WHERE source_key = $1', [sourceKey])).rows[0]?.doc;
  }
}
