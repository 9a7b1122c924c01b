import { may } from './access.js';
import type { Program } from './catalog-schema.js';
import { addMonths } from './dates.js';
import { membershipActive } from './ledger.js';
import type { Decision } from './ports.js';
import type { Activation, OrgRecord, User } from './types.js';

/**
 * Registering the IDs Partner Center shows after an admin activated the benefit (R21-V1..V3).
 * The bot never makes IDs up: it stores what the admin (or support staff for them) pasted,
 * after a format check and a confirmation.
 */

/** The shapes Partner Center uses: the Access ID is a GUID, the Contract ID a run of digits. */
export const ACCESS_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** 8–15 digits: the demo contracts have 10; under 8 would also escape secret redaction (redact.ts). */
export const CONTRACT_ID = /^\d{8,15}$/;

export interface PartnerCenterIds {
  accessId: string;
  contractId: string;
}

/** What a pasted text holds: the GUID-like token and the digit run, in any order, with or without labels. */
export function idsInText(text: string): Partial<PartnerCenterIds> {
  const accessId = /(?<![0-9a-f-])[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}(?![0-9a-f-])/i.exec(text)?.[0];
  const withoutAccess = accessId ? text.replace(accessId, ' ') : text;
  const contractId = /(?<![\w-])\d{8,15}(?![\w-])/.exec(withoutAccess)?.[0];
  return { ...(accessId ? { accessId: accessId.toLowerCase() } : {}), ...(contractId ? { contractId } : {}) };
}

/** The first field that is missing or not in Partner Center's shape, if any. */
export function malformedField(ids: Partial<PartnerCenterIds>): 'accessId' | 'contractId' | undefined {
  if (!ids.accessId || !ACCESS_ID.test(ids.accessId)) return 'accessId';
  if (!ids.contractId || !CONTRACT_ID.test(ids.contractId)) return 'contractId';
  return undefined;
}

/**
 * Until when registered IDs count as valid: a contract runs `contractMonths` from activation
 * (R21-P4), but never past the membership year (its last day, inclusive).
 */
export function registrationExpiry(program: Program, record: OrgRecord, activatedAt: Date): Date {
  const contractEnd = addMonths(activatedAt, program.contractMonths);
  const endsOn = record.org.membership?.endsOn;
  if (!endsOn) return contractEnd;
  const membershipEnd = new Date(Date.parse(`${endsOn}T00:00:00.000Z`) + 86_400_000);
  return membershipEnd < contractEnd ? membershipEnd : contractEnd;
}

export type RegistrationRefusal =
  | { kind: 'denied'; reason: 'not-admin' | 'other-org' | 'no-org' }
  /** A CSP-only account (message M1). */
  | { kind: 'not-authorized' }
  /** No active membership offer (message M2): nothing to register. */
  | { kind: 'no-benefits' };

export type RegistrationOutcome =
  | { kind: 'registered'; activation: Activation; replaced: boolean }
  /** The same pair again: nothing changes. */
  | { kind: 'unchanged'; activation: Activation }
  /** Other IDs are registered: replacing them needs a confirmation. */
  | { kind: 'confirm-replace'; current: Activation }
  | { kind: 'malformed'; field: 'accessId' | 'contractId' }
  | RegistrationRefusal;

/**
 * Who may register for this org: a Global admin or MPN partner admin of the org from the
 * membership side, or support staff on the org's behalf; always only with an active offer.
 */
export function registrationRefusal(program: Program, record: OrgRecord, by: User, now: Date): RegistrationRefusal | undefined {
  const staff = may(program, by, 'staff');
  if (!staff && by.orgId !== record.org.id) return { kind: 'denied', reason: by.orgId ? 'other-org' : 'no-org' };
  if (!staff && by.scope === 'csp-only') return { kind: 'not-authorized' };
  if (!staff && !may(program, by, 'activate')) return { kind: 'denied', reason: 'not-admin' };
  if (!membershipActive(record, now)) return { kind: 'no-benefits' };
  return undefined;
}

export interface RegistrationCommand {
  program: Program;
  record: OrgRecord;
  by: User;
  now: Date;
  ids: Partial<PartnerCenterIds>;
  /** True once the person confirmed replacing IDs that are already registered. */
  replace: boolean;
}

/** Registers (or, confirmed, replaces) the org's IDs; refusals before format checks, so nobody learns more than "no". */
export function decideRegistration(cmd: RegistrationCommand): Decision<RegistrationOutcome> {
  const refused = registrationRefusal(cmd.program, cmd.record, cmd.by, cmd.now);
  if (refused) return { result: refused };
  const field = malformedField(cmd.ids);
  if (field || !cmd.ids.accessId || !cmd.ids.contractId) return { result: { kind: 'malformed', field: field ?? 'accessId' } };
  const current = cmd.record.activation;
  const same = current && current.accessId.toLowerCase() === cmd.ids.accessId.toLowerCase() && current.contractId === cmd.ids.contractId;
  if (current && same) return { result: { kind: 'unchanged', activation: current } };
  if (current && !cmd.replace) return { result: { kind: 'confirm-replace', current } };
  const activation: Activation = {
    accessId: cmd.ids.accessId,
    contractId: cmd.ids.contractId,
    activatedAt: cmd.now.toISOString(),
    expiresAt: registrationExpiry(cmd.program, cmd.record, cmd.now).toISOString(),
    activatedBy: cmd.by.id,
  };
  return { result: { kind: 'registered', activation, replaced: current !== null }, changes: current ? { replaceActivation: activation } : { activation } };
}
