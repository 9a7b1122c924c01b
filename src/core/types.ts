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
  competencies: string[];
  /** ISO dates (YYYY-MM-DD), inclusive. */
  startsOn: string;
  endsOn: string;
}

export interface Org {
  id: string;
  name: string;
  membership: Membership | null;
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
