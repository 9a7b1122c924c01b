import { viewIds, type Scope, type ViewIdsOutcome } from './access.js';
import type { Program } from './catalog-schema.js';
import { programOf, type Catalog } from './catalog.js';
import { isoDay } from './dates.js';
import { isDirectoryChannel, tenantMember } from './directory.js';
import { StoreError } from './errors.js';
import { entitlementsFor, type EntitlementLine, type MembershipInput } from './entitlements.js';
import { balances, membershipActive, openIncident, refundIncident, type IncidentOutcome, type LineBalance } from './ledger.js';
import { contractUsable, decideLink, type LinkOutcome } from './linking.js';
import type { Clock, Decision, IdGenerator, StorePort } from './ports.js';
import { recordNotes, type RecordNote, type RecordTopic } from './record-notes.js';
import { decideRegistration, registrationExpiry, registrationRefusal, type PartnerCenterIds, type RegistrationOutcome, type RegistrationRefusal } from './registration.js';
import { factsFromRecords, type TriageFacts } from './triage.js';
import type { Activation, AuditAction, AuditEntry, ChannelIdentity, LedgerEntry, Link, Org, OrgRecord, Portal, User } from './types.js';

/** What an audit entry says: who (through which channel), did or was refused what, about which org or ticket. */
export interface AuditFacts {
  via: ChannelIdentity;
  user?: User | undefined;
  action: AuditAction;
  ok: boolean;
  reason?: string;
  orgId?: string | null | undefined;
  ticketId?: number;
}

export interface ServiceDeps {
  store: StorePort;
  catalog: Catalog;
  clock: Clock;
  ids: IdGenerator;
}

/** What anyone in the org may know about its benefits. Never contains the Access ID or Contract ID. */
export interface OrgSummary {
  org: Org;
  program: Program;
  membershipActive: boolean;
  lines: LineBalance[];
  contract: 'not-activated' | 'expired' | 'exhausted' | 'valid';
  activatedAt?: string;
  expiresAt?: string;
  /** The user id of whoever activated (registered the IDs). */
  activatedBy?: string;
  linkCount: number;
  /** The day (UTC) the summary was made: "today" for the dates in it. */
  asOf: string;
  /** Which sign-in accounts linked the contract, where and when. */
  links: Link[];
  /** The incidents opened and refunded on record (in the order they were recorded). */
  history: readonly LedgerEntry[];
}

/**
 * The one entitlement core every channel and dialog calls: reads a consistent org record from
 * the store, lets the pure rules decide, and applies their changes atomically and durably.
 */
export class EntitlementService {
  constructor(private readonly deps: ServiceDeps) {}

  get catalog(): Catalog {
    return this.deps.catalog;
  }

  /**
   * The user behind a channel identity: their own record when the store has one, else a plain
   * user of the org that linked their Teams tenant or Slack workspace, else undefined.
   */
  async whoIs(identity: ChannelIdentity): Promise<User | undefined> {
    const user = await this.deps.store.findUserByIdentity(identity);
    if (user || !identity.tenant || !isDirectoryChannel(identity.channel)) return user;
    const org = await this.deps.store.findOrgByTenant(identity.channel, identity.tenant);
    return org && tenantMember(org, identity);
  }

  /** The org's users (names and roles, for "who can activate?"). */
  async orgUsers(orgId: string): Promise<User[]> {
    return this.deps.store.listUsers(orgId);
  }

  /** Lines for a membership described in a question (no org needed). */
  entitlements(membership: MembershipInput, programId?: string): EntitlementLine[] {
    return entitlementsFor(programOf(this.deps.catalog, programId), membership);
  }

  async summary(orgId: string): Promise<OrgSummary | undefined> {
    const record = await this.deps.store.getOrg(orgId);
    return record && this.summarize(record);
  }

  /** Whether `user` may register IDs for their org now, and what is registered (asked before the IDs are pasted). */
  async registrationStatus(user: User): Promise<RegistrationRefusal | { kind: 'may'; current: Activation | null; expiresAt: string }> {
    if (!user.orgId) return { kind: 'denied', reason: 'no-org' };
    const record = await this.record(user.orgId);
    const program = this.programFor(record);
    const now = this.deps.clock.now();
    return registrationRefusal(program, record, user, now) ?? { kind: 'may', current: record.activation, expiresAt: registrationExpiry(program, record, now).toISOString() };
  }

  /**
   * Registers the IDs Partner Center shows for `orgId` (an admin's own org, or any org for
   * support staff), replacing registered ones only when `replace` (confirmed). Every outcome but
   * the request for confirmation is audited; the IDs themselves never are.
   */
  async registerIds(by: User, options: { orgId: string | null; via: ChannelIdentity; ids: Partial<PartnerCenterIds>; replace: boolean }): Promise<RegistrationOutcome> {
    const entry = (outcome: RegistrationOutcome) => {
      const ok = outcome.kind === 'registered' || outcome.kind === 'unchanged';
      const what = outcome.kind === 'registered' ? (outcome.replaced ? 'replaced' : 'registered') : outcome.kind === 'malformed' ? `malformed-${outcome.field}` : 'reason' in outcome ? outcome.reason : outcome.kind;
      const reason = by.orgId === options.orgId ? what : `${what} (on behalf)`;
      return this.auditEntry({ via: options.via, user: by, action: 'register-ids', ok, reason, orgId: options.orgId });
    };
    if (!options.orgId) {
      const outcome: RegistrationOutcome = { kind: 'denied', reason: 'no-org' };
      await this.deps.store.appendAudit(entry(outcome));
      return outcome;
    }
    // The audit line commits with the registration it records (or alone, for a refusal).
    return this.update(options.orgId, (record, now) => {
      const decided = decideRegistration({ program: this.programFor(record), record, by, now, ids: options.ids, replace: options.replace });
      if (decided.result.kind === 'confirm-replace') return decided;
      return { result: decided.result, changes: { ...decided.changes, audit: [entry(decided.result)] } };
    });
  }

  /**
   * The org's IDs for one of its members, privately only. `requested` are orgs the question named:
   * asking for any org but one's own is refused. Every disclosure and refusal is audited.
   */
  async ids(user: User | undefined, options: { scope: Scope; via: ChannelIdentity; requested?: readonly string[] }): Promise<ViewIdsOutcome> {
    const other = options.requested?.find((orgId) => orgId !== user?.orgId);
    let outcome: ViewIdsOutcome;
    if (!user) outcome = { kind: 'denied', reason: 'unknown-user' };
    else if (other) outcome = { kind: 'denied', reason: 'other-org' };
    else if (!user.orgId) outcome = { kind: 'denied', reason: 'no-org' };
    else {
      const record = await this.record(user.orgId);
      outcome = viewIds(this.programFor(record), record, { user, scope: options.scope, now: this.deps.clock.now() });
    }
    if (outcome.kind === 'ids' || outcome.kind === 'denied' || outcome.kind === 'not-authorized') {
      const reason = outcome.kind === 'denied' ? outcome.reason : outcome.kind === 'not-authorized' ? 'csp-only' : 'disclosed';
      await this.audit({ via: options.via, user, action: 'view-ids', ok: outcome.kind === 'ids', reason, orgId: other ?? user?.orgId });
    }
    return outcome;
  }

  /** Orgs a question names (by id or name), e.g. to refuse "show Fabrikam's IDs" to anyone outside Fabrikam. */
  async orgsMentioned(text: string, options: { byReferences?: boolean; byPeople?: boolean } = {}): Promise<Org[]> {
    const named = await this.deps.store.findOrgsMentioned(text);
    // (A partner's records question asks about the org it names, if any; looking for people is left to the questions about them.)
    if (named.length || options.byPeople === false) return named;
    // "Adele Vance 있는 회사요", "Christie Cline's company": the org of the person named.
    const people = await this.deps.store.findOrgsOfPeopleNamed(text);
    // "SR 22103040000003 받은 파트너", "tenant 80d9a0e1-…", "계약 ID 6630418825": the org whose records hold it.
    // Only for support staff: whose an Access ID is must not be told to anyone who pastes one.
    return people.length || !options.byReferences ? people : this.deps.store.findOrgsOfReferences(text);
  }

  /** Appends one audit entry (who, when, what, through which channel). */
  async audit(e: AuditFacts): Promise<void> {
    await this.deps.store.appendAudit(this.auditEntry(e));
  }

  /** One audit entry, for a mutation to carry into the store with its change (committed together). */
  auditEntry(e: AuditFacts): AuditEntry {
    return {
      id: this.deps.ids.id(),
      at: this.deps.clock.now().toISOString(),
      actor: { channel: e.via.channel, tenant: e.via.tenant, user: e.via.user, ...(e.user ? { userId: e.user.id } : {}) },
      action: e.action,
      outcome: e.ok ? 'ok' : 'denied',
      ...(e.reason ? { reason: e.reason } : {}),
      ...(e.orgId ? { orgId: e.orgId } : {}),
      ...(e.ticketId !== undefined ? { ticketId: e.ticketId } : {}),
    };
  }

  async link(user: User, portal: Portal): Promise<LinkOutcome | { kind: 'no-org' }> {
    if (!user.orgId) return { kind: 'no-org' };
    return this.update(user.orgId, (record, now) =>
      decideLink({ program: this.programFor(record), record, account: user.account, portal, now, userId: user.id }),
    );
  }

  async openIncident(orgId: string, line: string, ref?: string): Promise<IncidentOutcome> {
    const entryId = this.deps.ids.id();
    return this.update(orgId, (record, now) => openIncident({ program: this.programFor(record), record, line, now, entryId, ...(ref ? { ref } : {}) }));
  }

  async refundIncident(orgId: string, line: string, ref?: string): Promise<IncidentOutcome> {
    const entryId = this.deps.ids.id();
    return this.update(orgId, (record, now) => refundIncident({ program: this.programFor(record), record, line, now, entryId, ...(ref ? { ref } : {}) }));
  }

  /** What an org's records show that bears on a question about `topic` (see recordNotes); empty for an unknown org. */
  async notes(orgId: string, topic: RecordTopic): Promise<RecordNote[]> {
    const record = await this.deps.store.getOrg(orgId);
    return record ? recordNotes(record, this.programFor(record), this.deps.clock.now(), topic) : [];
  }

  /** Triage facts the records already answer: for this user's own org, or for the org support staff asks about. */
  async triageFacts(user: User, orgId: string | null | undefined = user.orgId): Promise<TriageFacts> {
    if (!orgId) return {};
    const record = await this.deps.store.getOrg(orgId);
    return record ? factsFromRecords(this.programFor(record), record, user, this.deps.clock.now()) : {};
  }

  programFor(record: OrgRecord): Program {
    return programOf(this.deps.catalog, record.org.membership?.program);
  }

  /** Today on the service's clock (YYYY-MM-DD). */
  today(): string {
    return isoDay(this.deps.clock.now());
  }

  summarize(record: OrgRecord): OrgSummary {
    const program = this.programFor(record);
    const now = this.deps.clock.now();
    const a = record.activation;
    return {
      org: record.org,
      program,
      membershipActive: membershipActive(record, now),
      lines: balances(program, record, now),
      contract: contractUsable(program, record, now),
      ...(a ? { activatedAt: a.activatedAt, expiresAt: a.expiresAt, activatedBy: a.activatedBy } : {}),
      linkCount: record.links.length,
      asOf: isoDay(now),
      links: record.links,
      history: record.ledger,
    };
  }

  private async record(orgId: string): Promise<OrgRecord> {
    const record = await this.deps.store.getOrg(orgId);
    if (!record) throw new StoreError('NOT_FOUND', `org ${orgId} not found`);
    return record;
  }

  private update<T>(orgId: string, decide: (record: OrgRecord, now: Date) => Decision<T>): Promise<T> {
    return this.deps.store.updateOrg(orgId, (record) => decide(record, this.deps.clock.now()));
  }
}
