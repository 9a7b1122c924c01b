/** Shared vocabulary of the domain. Ids are plain strings so data files stay readable. */

export const LOCALES = ['en', 'ko'] as const;
export type Locale = (typeof LOCALES)[number];

/** A text the catalog carries in both supported languages. */
export interface LocalizedText {
  en: string;
  ko: string;
}

export type Role = 'global-admin' | 'mpn-partner-admin' | 'admin-agent' | 'user' | 'staff';
export const ROLES: readonly Role[] = ['global-admin', 'mpn-partner-admin', 'admin-agent', 'user', 'staff'];

/** Which side of the company an account belongs to (R21-A2): CSP-only accounts cannot see membership benefits. */
export type AccountScope = 'membership' | 'csp-only';

/** Sign-in account used in a support portal (R21-A4): work account (Azure AD) or Microsoft account. */
export interface SignInAccount {
  kind: 'work' | 'msa';
  /** UPN or e-mail address, compared case-insensitively. */
  id: string;
}

/** Who is speaking, as a channel sees them. `tenant` is the Teams tenant id, the Slack team id, or "local". */
export interface ChannelIdentity {
  channel: string;
  tenant: string;
  user: string;
}

export interface Membership {
  program: string;
  offer: string;
  /** Offers held beside `offer` (current program only: several at once, each once, R26-E2). */
  alsoHolds?: string[];
  competencies: string[];
  /** ISO dates (YYYY-MM-DD), inclusive. */
  startsOn: string;
  endsOn: string;
}

/** Channels whose workspaces an org can be recognised by: Teams (Entra tenant ids) and Slack (team or enterprise ids). */
export type DirectoryChannel = 'msteams' | 'slack';

export interface Org {
  id: string;
  name: string;
  membership: Membership | null;
  /**
   * The org's own workspaces: everyone speaking from one of them is a user of the org (role
   * `user`) without being listed. Roles above `user` still need a user record.
   */
  tenants?: Partial<Record<DirectoryChannel, string[]>>;
}

export interface User {
  id: string;
  orgId: string | null;
  name: string;
  roles: Role[];
  scope: AccountScope;
  account: SignInAccount;
  identities: ChannelIdentity[];
  locale?: string;
}

export interface Activation {
  accessId: string;
  contractId: string;
  /** ISO timestamps. The contract expires one year after provisioning (R21-P4). */
  activatedAt: string;
  expiresAt: string;
  activatedBy: string;
}

export type Portal = 'support-for-business' | 'azure-portal' | 'dynamics';

export interface Link {
  account: SignInAccount;
  portal: Portal;
  linkedAt: string;
  userId?: string;
}

export type LedgerKind = 'opened' | 'refunded';

export interface LedgerEntry {
  id: string;
  benefit: string;
  kind: LedgerKind;
  at: string;
  /** Support request number or a note; never an Access ID or Contract ID. */
  ref?: string;
}

/** Everything the core needs to decide about one org, read in one consistent snapshot. */
export interface OrgRecord {
  org: Org;
  activation: Activation | null;
  links: Link[];
  ledger: LedgerEntry[];
}

/** What the audit log records: who did or was refused what, when, through which channel. */
export type AuditAction =
  | 'activate'
  | 'view-ids'
  | 'staff-command'
  | 'staff-lookup'
  | 'staff-reveal'
  | 'staff-triage'
  | 'ticket-create'
  | 'ticket-claim'
  | 'ticket-note'
  | 'ticket-resolve'
  | 'staff-link';

export interface AuditEntry {
  id: string;
  at: string;
  /** The speaker as the channel saw them, and the store's user when known. */
  actor: ChannelIdentity & { userId?: string };
  action: AuditAction;
  outcome: 'ok' | 'denied';
  /** Why it was refused, or what was done (never a secret). */
  reason?: string;
  orgId?: string;
  ticketId?: number;
}

export type TicketStatus = 'open' | 'claimed' | 'resolved';

export interface TicketNote {
  by: string;
  at: string;
  text: string;
}

/** A partner's request for a person (the handoff queue). Texts are redacted of secrets before they get here. */
export interface Ticket {
  id: number;
  createdAt: string;
  status: TicketStatus;
  orgId: string | null;
  userId: string | null;
  requester: ChannelIdentity & { name?: string };
  locale: Locale;
  /** What the partner asked lately, redacted, oldest first. */
  summary: string[];
  /** The triage result of the partner's conversation, if any. */
  triage?: { leaf: string; path: { fact: string; value: string }[] };
  /** The channel's reference to the partner's conversation, for delivering the reply. */
  conversation: Record<string, unknown>;
  /** Identifies the message that asked for the ticket, so a redelivery never opens a second one. */
  sourceKey: string;
  claimedBy?: string;
  notes: TicketNote[];
  resolution?: { by: string; at: string; reply: string };
}

/** A question the bot could not answer, kept (redacted) to grow the intent set. */
export interface UnansweredEntry {
  at: string;
  text: string;
  locale: Locale;
}
