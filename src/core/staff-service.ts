import { may } from './access.js';
import type { Program } from './catalog-schema.js';
import type { ServiceDeps, EntitlementService, OrgSummary } from './service.js';
import { linkPerson, type LinkOutcome, type LinkRequest } from './onboarding.js';
import { maskSecret, redactSecrets } from './redact.js';
import type { PartnerCenterIds, RegistrationOutcome } from './registration.js';
import { assessCase, type Assessment, type MessageMatch } from './staff.js';
import { claimTicket, latestTicketOf, noteTicket, resolveTicket, ticketContext, type TicketOutcome } from './tickets.js';
import { factsFromRecords, treeFor, type TriageFacts } from './triage.js';
import type { AuditEntry, ChannelIdentity, Link, Locale, Org, Ticket, User } from './types.js';

export type NotStaff = { kind: 'refused'; reason: 'not-staff' };
export type OrgMiss = { kind: 'org-not-found'; query: string } | { kind: 'org-ambiguous'; orgs: Org[] };

export interface OrgLookup {
  kind: 'org';
  summary: OrgSummary;
  users: User[];
  links: Link[];
  /** Only when staff asked to reveal them (audited); otherwise masked to the last 4 characters. */
  accessId?: string;
  contractId?: string;
  revealed: boolean;
}

export interface StaffAssessment {
  kind: 'assessment';
  messageId: string;
  assessment: Assessment;
  /** The org whose records were used, when staff named one. */
  org?: OrgLookup;
}

/** The text matched no known message (or one without a tree): no guess, only what to ask. */
export interface UnknownMessage {
  kind: 'unknown-message';
  org?: OrgLookup;
}

type Actor = { actor: User | undefined; via: ChannelIdentity };

const ANNOUNCE_KEY = 'staff/announce';

/**
 * What support staff may do, enforced here and not in the UI: every method checks the staff role
 * and audits both the refusals and the actions. Partner-side ticket filing lives here too.
 */
export class StaffService {
  constructor(private readonly deps: ServiceDeps & { entitlements: EntitlementService }) {}

  private get program(): Program {
    return this.deps.catalog.defaultProgram;
  }

  isStaff(user: User | undefined): boolean {
    return user !== undefined && may(this.program, user, 'staff');
  }

  /** Staff only; anyone else is refused, and the refusal audited with the command they tried. */
  async gate({ actor, via }: Actor, command: string): Promise<User | undefined> {
    if (this.isStaff(actor)) return actor;
    await this.deps.entitlements.audit({ via, user: actor, action: 'staff-command', ok: false, reason: `not-staff: ${command}` });
    return undefined;
  }

  /** `link <person> org:<org> [role]` (see onboarding.ts). */
  link(who: Actor, request: LinkRequest): Promise<LinkOutcome> {
    return linkPerson({ store: this.deps.store, staff: this, entitlements: this.deps.entitlements }, who, request);
  }

  /** An org by exact id, else by a unique name match, else the one org the words name. */
  async findOrg(query: string): Promise<{ org: Org } | OrgMiss> {
    const orgs = await this.deps.store.findOrgs(query.trim());
    const exact = orgs.find((o) => o.id === query.trim() || o.name.toLowerCase() === query.trim().toLowerCase());
    if (exact) return { org: exact };
    if (orgs.length === 1 && orgs[0]) return { org: orgs[0] };
    if (orgs.length > 1) return { kind: 'org-ambiguous', orgs: orgs.slice(0, 10) };
    // "lookup Fabrikam Solutions: are they activated?": the one org the words name.
    const mentioned = await this.deps.store.findOrgsMentioned(query);
    return mentioned.length === 1 && mentioned[0] ? { org: mentioned[0] } : { kind: 'org-not-found', query };
  }

  /** An org's entitlement summary for staff; IDs masked unless `reveal` (both audited). */
  async lookup(who: Actor, options: { query: string; reveal: boolean }): Promise<NotStaff | OrgMiss | OrgLookup> {
    const staff = await this.gate(who, options.reveal ? 'reveal' : 'lookup');
    if (!staff) return { kind: 'refused', reason: 'not-staff' };
    const found = await this.findOrg(options.query);
    if (!('org' in found)) return found;
    const result = await this.orgLookup(found.org.id, options.reveal);
    await this.deps.entitlements.audit({ via: who.via, user: staff, action: options.reveal ? 'staff-reveal' : 'staff-lookup', ok: true, orgId: found.org.id });
    return result;
  }

  /**
   * Staff triage of a pasted message: the tree of the message the text matched, walked with the
   * org's records (when named) and what the text says, to the most likely leaf, with what had to
   * be assumed. A text that matched no message gets no diagnosis (`unknown-message`).
   */
  async triage(who: Actor, input: { orgQuery?: string; told: TriageFacts; match?: MessageMatch }): Promise<NotStaff | OrgMiss | StaffAssessment | UnknownMessage> {
    const staff = await this.gate(who, 'triage');
    if (!staff) return { kind: 'refused', reason: 'not-staff' };
    let records: TriageFacts = {};
    let org: OrgLookup | undefined;
    let program = this.program;
    if (input.orgQuery) {
      const found = await this.findOrg(input.orgQuery);
      if (!('org' in found)) return found;
      const record = await this.deps.store.getOrg(found.org.id);
      if (record) {
        program = this.deps.entitlements.programFor(record);
        records = factsFromRecords(program, record, undefined, this.deps.clock.now());
      }
      org = await this.orgLookup(found.org.id, false);
    }
    const orgId = org ? { orgId: org.summary.org.id } : {};
    const tree = input.match && treeFor(program, input.match.messageId);
    if (!input.match || !tree) {
      await this.deps.entitlements.audit({ via: who.via, user: staff, action: 'staff-triage', ok: true, reason: 'unknown-message', ...orgId });
      return { kind: 'unknown-message', ...(org ? { org } : {}) };
    }
    const assessment = assessCase(tree, { records, told: input.told, match: input.match });
    await this.deps.entitlements.audit({ via: who.via, user: staff, action: 'staff-triage', ok: true, reason: `${input.match.messageId}:${assessment.result.leaf}`, ...orgId });
    return { kind: 'assessment', messageId: input.match.messageId, assessment, ...(org ? { org } : {}) };
  }

  /**
   * Registers the IDs Partner Center shows on an org's behalf (staff only, audited as
   * "on behalf"); replacing registered IDs needs `replace`.
   */
  async registerFor(who: Actor, input: { orgQuery: string; ids: Partial<PartnerCenterIds>; replace: boolean }): Promise<NotStaff | OrgMiss | { kind: 'outcome'; org: Org; outcome: RegistrationOutcome }> {
    const staff = await this.gate(who, 'register');
    if (!staff) return { kind: 'refused', reason: 'not-staff' };
    const found = await this.findOrg(input.orgQuery);
    if (!('org' in found)) return found;
    const outcome = await this.deps.entitlements.registerIds(staff, { orgId: found.org.id, via: who.via, ids: input.ids, replace: input.replace });
    return { kind: 'outcome', org: found.org, outcome };
  }

  async openTickets(who: Actor): Promise<NotStaff | { kind: 'tickets'; tickets: Ticket[] }> {
    if (!(await this.gate(who, 'tickets'))) return { kind: 'refused', reason: 'not-staff' };
    return { kind: 'tickets', tickets: await this.deps.store.listTickets(['open', 'claimed']) };
  }

  /** Claim, note or resolve a ticket; every change is audited. The caller delivers a resolution's reply. */
  async changeTicket(who: Actor, change: { id: number; action: 'claim' | 'note' | 'resolve'; text?: string }): Promise<NotStaff | { kind: 'ticket-not-found' } | TicketOutcome> {
    const staff = await this.gate(who, change.action);
    if (!staff) return { kind: 'refused', reason: 'not-staff' };
    if (!(await this.deps.store.getTicket(change.id))) return { kind: 'ticket-not-found' };
    const at = this.deps.clock.now();
    const text = change.text ?? '';
    const action: AuditEntry['action'] = `ticket-${change.action}`;
    // The audit line commits with the change it records.
    return this.deps.store.updateTicket<TicketOutcome>(change.id, (ticket) => {
      const o = change.action === 'claim' ? claimTicket(ticket, staff, at) : change.action === 'note' ? noteTicket(ticket, staff, { text, at }) : resolveTicket(ticket, staff, { reply: text, at });
      const audit = [this.deps.entitlements.auditEntry({ via: who.via, user: staff, action, ok: o.kind === 'ok', ticketId: change.id, ...(o.kind === 'refused' ? { reason: o.reason } : {}) })];
      return o.kind === 'ok' ? { result: o as TicketOutcome, ticket: o.ticket, audit } : { result: o as TicketOutcome, audit };
    });
  }

  /** Makes a conversation (a staff channel) the place where new tickets are announced. */
  async setAnnounceChannel(who: Actor, reference: Record<string, unknown>): Promise<boolean> {
    const staff = await this.gate(who, 'announce');
    if (!staff) return false;
    await this.deps.store.writeState({ [ANNOUNCE_KEY]: { value: { reference } } });
    return true;
  }

  /** The staff channel's conversation reference, if staff set one. */
  async announceChannel(): Promise<Record<string, unknown> | undefined> {
    const item = (await this.deps.store.readState([ANNOUNCE_KEY]))[ANNOUNCE_KEY];
    return item?.value['reference'] as Record<string, unknown> | undefined;
  }

  /** The most frequent questions the bot could not answer. */
  async unanswered(who: Actor, top = 10): Promise<NotStaff | { kind: 'unanswered'; items: { text: string; count: number }[] }> {
    if (!(await this.gate(who, 'unanswered'))) return { kind: 'refused', reason: 'not-staff' };
    const counts = new Map<string, number>();
    for (const e of await this.deps.store.listUnanswered()) counts.set(e.text, (counts.get(e.text) ?? 0) + 1);
    const items = [...counts].map(([text, count]) => ({ text, count })).sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
    return { kind: 'unanswered', items: items.slice(0, top) };
  }

  /**
   * A partner's "talk to a person": files a ticket (idempotent by the message that asked), with
   * the recent conversation redacted of the org's IDs and anything shaped like one.
   */
  async openTicket(input: {
    user: User | undefined;
    via: ChannelIdentity & { name?: string };
    locale: Locale;
    recent: string[];
    /** The bot's last answers in the conversation (titles and lead text). */
    answers?: string[];
    triage?: Ticket['triage'];
    conversation: Record<string, unknown>;
    sourceKey: string;
  }): Promise<{ ticket: Ticket; created: boolean }> {
    const record = input.user?.orgId ? await this.deps.store.getOrg(input.user.orgId) : undefined;
    const secrets = record?.activation ? [record.activation.accessId, record.activation.contractId] : [];
    const filed = await this.deps.store.createTicket({
      createdAt: this.deps.clock.now().toISOString(),
      status: 'open',
      orgId: input.user?.orgId ?? null,
      userId: input.user?.id ?? null,
      requester: input.via,
      locale: input.locale,
      summary: input.recent.map((t) => redactSecrets(t, secrets)),
      ...ticketContext(input.recent.map((t) => redactSecrets(t, secrets)), (input.answers ?? []).map((t) => redactSecrets(t, secrets))),
      ...(input.triage ? { triage: input.triage } : {}),
      conversation: input.conversation,
      sourceKey: input.sourceKey,
      notes: [],
    }, this.deps.entitlements.auditEntry({ via: input.via, user: input.user, action: 'ticket-create', ok: true, ...(input.user?.orgId ? { orgId: input.user.orgId } : {}) }));
    return filed;
  }

  /**
   * A partner's "what happened to my ticket?": their latest ticket, with the name of whoever has
   * it. Only the requester's own tickets; audited.
   */
  async ticketStatus(input: { user: User | undefined; via: ChannelIdentity }): Promise<{ kind: 'none' } | { kind: 'ticket'; ticket: Ticket; staffName?: string }> {
    const ticket = latestTicketOf(await this.deps.store.listTickets(), { userId: input.user?.id ?? null, identity: input.via });
    await this.deps.entitlements.audit({ via: input.via, user: input.user, action: 'ticket-status', ok: true, ...(ticket ? { ticketId: ticket.id } : { reason: 'none' }) });
    if (!ticket) return { kind: 'none' };
    const staffId = ticket.resolution?.by ?? ticket.claimedBy;
    const staffName = staffId ? (await this.deps.store.getUser(staffId))?.name : undefined;
    return { kind: 'ticket', ticket, ...(staffName ? { staffName } : {}) };
  }

  /** Keeps a question the bot could not answer, redacted. */
  async recordUnanswered(text: string, locale: Locale): Promise<void> {
    const clean = redactSecrets(text).trim().slice(0, 500);
    if (clean) await this.deps.store.recordUnanswered({ at: this.deps.clock.now().toISOString(), text: clean, locale });
  }

  private async orgLookup(orgId: string, reveal: boolean): Promise<OrgLookup> {
    const record = await this.deps.store.getOrg(orgId);
    const summary = await this.deps.entitlements.summary(orgId);
    if (!record || !summary) throw new Error(`org ${orgId} vanished`);
    const a = record.activation;
    return {
      kind: 'org',
      summary,
      users: await this.deps.store.listUsers(orgId),
      links: record.links,
      revealed: reveal,
      ...(a && reveal ? { accessId: a.accessId, contractId: a.contractId } : a ? { accessId: maskSecret(a.accessId), contractId: maskSecret(a.contractId) } : {}),
    };
  }
}
