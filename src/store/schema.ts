import { z } from 'zod';
import { StoreError } from '../core/errors.js';
import { normalId } from './import-rules.js';
import { LOCALES, ROLES, type Activation, type AuditEntry, type LedgerEntry, type Link, type Org, type Ticket, type UnansweredEntry, type User } from '../core/types.js';

/**
 * The JSON data file of the default store (see docs/store-format.md). Records mirror
 * src/core/types.ts; org-owned records are flat lists tagged with `orgId` so the file stays
 * easy to read and to diff. Nested objects are strict so a typo in an import file is an error,
 * not silently ignored data.
 */

/**
 * Bump it (with a migration step below) whenever a rule gets stricter, not only when the format
 * changes: a data file the store sealed under the current version is not validated again on open.
 */
export const SCHEMA_VERSION = 3;

const text = z.string().min(1);
const isoDay = z.iso.date();
const isoTime = z.iso.datetime({ offset: true });

const identitySchema = z.strictObject({ channel: text, tenant: text, user: text });
const accountSchema = z.strictObject({ kind: z.enum(['work', 'msa']), id: text });

const membershipSchema = z
  .strictObject({ program: text, offer: text, alsoHolds: z.array(text).exactOptional(), competencies: z.array(text), startsOn: isoDay, endsOn: isoDay })
  .refine((m) => m.startsOn <= m.endsOn, { message: 'endsOn is before startsOn', path: ['endsOn'] })
  // The same offer cannot be bought twice (R26-E2); whether an offer exists is the catalog check's job.
  .refine((m) => new Set([m.offer, ...(m.alsoHolds ?? [])]).size === 1 + (m.alsoHolds?.length ?? 0), { message: 'an offer is held twice', path: ['alsoHolds'] });

const tenantsSchema = z.strictObject({ msteams: z.array(text).exactOptional(), slack: z.array(text).exactOptional() });

export const orgSchema = z.strictObject({ id: text, name: text, membership: membershipSchema.nullable(), tenants: tenantsSchema.exactOptional() });

export const userSchema = z.strictObject({
  id: text,
  orgId: text.nullable(),
  name: text,
  roles: z.array(z.enum(ROLES)),
  scope: z.enum(['membership', 'csp-only']),
  account: accountSchema,
  identities: z.array(identitySchema),
  locale: text.exactOptional(),
});

export const activationSchema = z.strictObject({ accessId: text, contractId: text, activatedAt: isoTime, expiresAt: isoTime, activatedBy: text });

export const linkSchema = z.strictObject({
  account: accountSchema,
  portal: z.enum(['support-for-business', 'azure-portal', 'dynamics']),
  linkedAt: isoTime,
  userId: text.exactOptional(),
});

export const ledgerEntrySchema = z.strictObject({
  id: text,
  /** An entitlement line id of the catalog (e.g. product-support, signature-hybrid). */
  benefit: text,
  kind: z.enum(['opened', 'refunded']),
  at: isoTime,
  ref: text.exactOptional(),
});

const ownedBy = { orgId: text };

/** Org-owned records as the file's flat lists hold them (tagged with `orgId`). */
export const ownedActivationSchema = activationSchema.extend(ownedBy);
export const ownedLinkSchema = linkSchema.extend(ownedBy);
export const ownedLedgerEntrySchema = ledgerEntrySchema.extend(ownedBy);

const actorSchema = identitySchema.extend({ userId: text.exactOptional() });

export const auditEntrySchema = z.strictObject({
  id: text,
  at: isoTime,
  actor: actorSchema,
  action: z.enum(['register-ids', 'activate', 'ticket-status', 'view-ids', 'staff-command', 'staff-lookup', 'staff-reveal', 'staff-triage', 'ticket-create', 'ticket-claim', 'ticket-note', 'ticket-resolve', 'staff-link']),
  outcome: z.enum(['ok', 'denied']),
  reason: text.exactOptional(),
  orgId: text.exactOptional(),
  ticketId: z.number().int().positive().exactOptional(),
});

const noteSchema = z.strictObject({ by: text, at: isoTime, text: text });

export const ticketSchema = z.strictObject({
  id: z.number().int().positive(),
  createdAt: isoTime,
  status: z.enum(['open', 'claimed', 'resolved']),
  orgId: text.nullable(),
  userId: text.nullable(),
  requester: identitySchema.extend({ name: text.exactOptional() }),
  locale: z.enum(LOCALES),
  summary: z.array(z.string()),
  problem: z.string().exactOptional(),
  answers: z.array(z.string()).exactOptional(),
  triage: z.strictObject({ leaf: text, path: z.array(z.strictObject({ fact: text, value: text })) }).exactOptional(),
  conversation: z.record(z.string(), z.unknown()),
  sourceKey: text,
  claimedBy: text.exactOptional(),
  notes: z.array(noteSchema),
  resolution: z.strictObject({ by: text, at: isoTime, reply: text }).exactOptional(),
});

export const unansweredSchema = z.strictObject({ at: isoTime, text: text, locale: z.enum(LOCALES) });

export const stateItemSchema = z.strictObject({ eTag: text, value: z.record(z.string(), z.unknown()), at: isoTime.exactOptional() });

/** Top level is loose: sections added by later schema versions are kept, never dropped by a write. */
const fileObject = z.looseObject({
  schemaVersion: z.literal(SCHEMA_VERSION, { error: `unsupported schema version (this build reads ${SCHEMA_VERSION})` }),
  /** The last journal line this snapshot includes (`<file>.journal` replays only later ones). Absent: 0. */
  journalSeq: z.number().int().nonnegative().exactOptional(),
  orgs: z.array(orgSchema),
  users: z.array(userSchema),
  activations: z.array(ownedActivationSchema),
  links: z.array(ownedLinkSchema),
  ledger: z.array(ownedLedgerEntrySchema),
  /** Conversation state (bot state items by key). Optional in import files. */
  state: z.record(z.string(), stateItemSchema).default({}),
  /** Append-only audit log; an import never replaces it. */
  audit: z.array(auditEntrySchema).default([]),
  tickets: z.array(ticketSchema).default([]),
  /** What the bot could not answer (redacted), newest last, capped. */
  unanswered: z.array(unansweredSchema).default([]),
});

type Ctx = z.RefinementCtx;
type Path = (string | number)[];

/** Reports the second and later occurrences of a key. */
function unique<T>(ctx: Ctx, items: readonly T[], opts: { key: (item: T) => string; path: (i: number) => Path; what: string }): void {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const k = opts.key(item);
    const first = seen.get(k);
    if (first === undefined) seen.set(k, i);
    else ctx.addIssue({ code: 'custom', path: opts.path(i), message: `duplicate ${opts.what} (first at index ${first})` });
  });
}

function crossChecks(data: z.output<typeof fileObject>, ctx: Ctx): void {
  const orgIds = new Set(data.orgs.map((o) => o.id));
  // Ids that differ only in case or surrounding spaces name the same org or user (imports normalize them).
  unique(ctx, data.orgs, { key: (o) => normalId(o.id), path: (i) => ['orgs', i, 'id'], what: 'org id' });
  unique(ctx, data.users, { key: (u) => normalId(u.id), path: (i) => ['users', i, 'id'], what: 'user id' });
  unique(ctx, data.activations, { key: (a) => a.orgId, path: (i) => ['activations', i, 'orgId'], what: 'activation for this org' });
  // One org's IDs must never be shown to another org's users: each Access ID and Contract ID belongs to one org.
  unique(ctx, data.activations, { key: (a) => a.accessId.trim().toLowerCase(), path: (i) => ['activations', i, 'accessId'], what: 'Access ID (each belongs to one org only)' });
  unique(ctx, data.activations, { key: (a) => a.contractId.trim(), path: (i) => ['activations', i, 'contractId'], what: 'Contract ID (each belongs to one org only)' });
  unique(ctx, data.tickets, { key: (t) => String(t.id), path: (i) => ['tickets', i, 'id'], what: 'ticket id' });
  unique(ctx, data.tickets, { key: (t) => t.sourceKey, path: (i) => ['tickets', i, 'sourceKey'], what: 'ticket source' });
  const identities = data.users.flatMap((u, i) => u.identities.map((id, j) => ({ key: JSON.stringify([id.channel, id.tenant, id.user]), path: ['users', i, 'identities', j] })));
  unique(ctx, identities, { key: (x) => x.key, path: (i) => identities[i]?.path ?? [], what: 'identity (channel, tenant, user)' });
  // A workspace belongs to one org: otherwise who its people are would depend on file order.
  const tenants = data.orgs.flatMap((o, i) => Object.entries(o.tenants ?? {}).flatMap(([channel, ids]) => (ids ?? []).map((id, j) => ({ key: `${channel}:${id}`, path: ['orgs', i, 'tenants', channel, j] }))));
  unique(ctx, tenants, { key: (x) => x.key, path: (i) => tenants[i]?.path ?? [], what: 'workspace (linked to another org)' });
  const knownOrg = (orgId: string | null, path: Path) => {
    if (orgId !== null && !orgIds.has(orgId)) ctx.addIssue({ code: 'custom', path, message: `unknown org "${orgId}"` });
  };
  data.users.forEach((u, i) => knownOrg(u.orgId, ['users', i, 'orgId']));
  for (const section of ['activations', 'links', 'ledger'] as const) {
    data[section].forEach((r, i) => knownOrg(r.orgId, [section, i, 'orgId']));
  }
}

/** The data file (and, with `state` optional, the admin import file). */
export const storeFileSchema = fileObject.superRefine(crossChecks);
export type StoreData = z.output<typeof storeFileSchema>;
/** What the admin CLI imports and exports: the data file without conversation state. */
export type ImportData = Pick<StoreData, 'schemaVersion' | 'orgs' | 'users' | 'activations' | 'links' | 'ledger'>;

/**
 * Schema-version migrations: migrations[n] turns a version-n file into version n+1. Bump
 * SCHEMA_VERSION and add a step here when the format changes.
 */
const migrations: Record<number, (raw: Record<string, unknown>) => Record<string, unknown>> = {
  // Version 2 added the audit log, the ticket queue and the unanswered questions.
  1: (v1) => ({ ...v1, schemaVersion: 2, audit: v1['audit'] ?? [], tickets: v1['tickets'] ?? [], unanswered: v1['unanswered'] ?? [] }),
  // Version 3 added orgs' linked workspaces (`tenants`, optional: no org has one yet) and the staff-link audit action.
  2: (v2) => ({ ...v2, schemaVersion: 3 }),
};

/** Upgrades a parsed file to the current schema version; anything it can't upgrade is left for the schema to reject. */
export function migrate(raw: unknown): unknown {
  let data = raw;
  while (isRecord(data) && typeof data['schemaVersion'] === 'number') {
    const step = migrations[data['schemaVersion']];
    if (!step) break;
    data = step(data);
  }
  return data;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `orgs[2].membership.offer: message` (an unrecognized key is named in the path). */
export function formatZodIssue(issue: z.core.$ZodIssue): string {
  const path: PropertyKey[] = issue.code === 'unrecognized_keys' ? [...issue.path, ...issue.keys.slice(0, 1)] : [...issue.path];
  const where = path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), '');
  return `${where || '(file)'}: ${issue.message}`;
}

/** Validates a parsed (and migrated) file: the data, or every issue formatted with its path. */
export function checkStoreData(raw: unknown): { ok: true; data: StoreData } | { ok: false; issues: string[] } {
  const result = storeFileSchema.safeParse(migrate(raw));
  return result.success ? { ok: true, data: result.data } : { ok: false, issues: result.error.issues.map(formatZodIssue) };
}

const SECTIONS = ['orgs', 'users', 'activations', 'links', 'ledger', 'audit', 'tickets', 'unanswered'] as const;

/**
 * The cheap check of a data file the store wrote itself (its seal matched, see
 * DurableJsonFile): the current schema version and the shape of the top level, not every
 * record. Every record was validated before the store wrote it, so checking them all again
 * on each open only costs time and a second copy of the data. The data as it is, or
 * undefined when it does not look like this build's data file (then it gets the full check).
 */
export function ownStoreData(raw: unknown): StoreData | undefined {
  if (!isRecord(raw) || raw['schemaVersion'] !== SCHEMA_VERSION) return undefined;
  const seq = raw['journalSeq'];
  if (seq !== undefined && !(Number.isSafeInteger(seq) && (seq as number) >= 0)) return undefined;
  if (!SECTIONS.every((section) => Array.isArray(raw[section])) || !isRecord(raw['state'])) return undefined;
  return raw as StoreData;
}

/** Validated data, or StoreError SCHEMA_INVALID naming `source` (a file) and the first bad field. */
export function parseStoreData(raw: unknown, source: string): StoreData {
  const checked = checkStoreData(raw);
  if (checked.ok) return checked.data;
  throw new StoreError('SCHEMA_INVALID', `${source}: ${checked.issues[0] ?? 'invalid'}`);
}

/** Compile-time guard: the schemas describe exactly the records of src/core/types.ts. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type SchemaMatchesCoreTypes = [
  Assert<Same<z.output<typeof orgSchema>, Org>>,
  Assert<Same<z.output<typeof userSchema>, User>>,
  Assert<Same<z.output<typeof activationSchema>, Activation>>,
  Assert<Same<z.output<typeof linkSchema>, Link>>,
  Assert<Same<z.output<typeof ledgerEntrySchema>, LedgerEntry>>,
  Assert<Same<z.output<typeof auditEntrySchema>, AuditEntry>>,
  Assert<Same<z.output<typeof ticketSchema>, Ticket>>,
  Assert<Same<z.output<typeof unansweredSchema>, UnansweredEntry>>,
];
