import { describe, expect, it } from '@jest/globals';
import { loadCatalog } from '../../src/core/catalog.js';
import { decideRegistration, idsInText, malformedField, registrationExpiry } from '../../src/core/registration.js';
import type { Role } from '../../src/core/types.js';
import { NOW, orgRecord, user } from '../fakes/records.js';

const program = loadCatalog().defaultProgram;
const ids = { accessId: '3f2b9c1e-5a7d-4e21-b8c4-6d0e9f1a2b3c', contractId: '7741203398' };

describe('registering the IDs Partner Center shows: who may (R21-V3, R21-A2, M1, M2)', () => {
  it.each<[string, { roles: Role[]; scope?: 'membership' | 'csp-only'; orgId?: string | null }, Record<string, unknown>]>([
    ['Global admin registers', { roles: ['global-admin'] }, { kind: 'registered', replaced: false }],
    ['MPN partner admin registers', { roles: ['mpn-partner-admin'] }, { kind: 'registered' }],
    ['support staff register on the org’s behalf', { roles: ['staff'], orgId: null }, { kind: 'registered' }],
    ['Admin agent is refused: not an admin', { roles: ['admin-agent'] }, { kind: 'denied', reason: 'not-admin' }],
    ['ordinary user is refused', { roles: ['user'] }, { kind: 'denied', reason: 'not-admin' }],
    ['CSP-only Global admin gets "not authorized"', { roles: ['global-admin'], scope: 'csp-only' }, { kind: 'not-authorized' }],
    ['admin of another org is refused', { roles: ['global-admin'], orgId: 'org-b' }, { kind: 'denied', reason: 'other-org' }],
  ])('%s', (_name, who, expected) => {
    const decision = decideRegistration({ program, record: orgRecord({}), by: user(who), now: NOW, ids, replace: false });
    expect(decision.result).toMatchObject(expected);
    expect(decision.changes?.activation !== undefined).toBe(expected['kind'] === 'registered');
  });

  it('an ordinary user is refused before the format check: a refusal says nothing about the pasted IDs', () => {
    expect(decideRegistration({ program, record: orgRecord({}), by: user(), now: NOW, ids: { accessId: 'nonsense' }, replace: false }).result).toEqual({ kind: 'denied', reason: 'not-admin' });
  });

  it.each([
    ['no membership offer', orgRecord({ offer: null })],
    ['membership ended', orgRecord({ membership: { startsOn: '2020-01-01', endsOn: '2020-12-31' } })],
  ])('an org with %s has nothing to register', (_n, record) => {
    expect(decideRegistration({ program, record, by: user({ roles: ['global-admin'] }), now: NOW, ids, replace: false }).result).toEqual({ kind: 'no-benefits' });
    expect(decideRegistration({ program, record, by: user({ roles: ['staff'], orgId: null }), now: NOW, ids, replace: false }).result).toEqual({ kind: 'no-benefits' });
  });
});

describe('what is stored', () => {
  const admin = user({ id: 'u-admin', roles: ['global-admin'] });

  it('the pasted pair as given, valid one year but never past the membership year (ends 2021-12-31)', () => {
    const { result, changes } = decideRegistration({ program, record: orgRecord({}), by: admin, now: NOW, ids, replace: false });
    const activation = { ...ids, activatedAt: '2021-06-15T09:00:00.000Z', expiresAt: '2022-01-01T00:00:00.000Z', activatedBy: 'u-admin' };
    expect(result).toEqual({ kind: 'registered', activation, replaced: false });
    expect(changes).toEqual({ activation });
  });

  it('a contract shorter than the membership year keeps its own end', () => {
    const record = orgRecord({ membership: { startsOn: '2021-06-01', endsOn: '2022-05-31' } });
    expect(registrationExpiry(program, record, new Date('2021-03-01T00:00:00.000Z')).toISOString()).toBe('2022-03-01T00:00:00.000Z');
    expect(registrationExpiry(program, record, NOW).toISOString()).toBe('2022-06-01T00:00:00.000Z');
  });

  it('other IDs already registered: a confirmation first, then a replacement', () => {
    const record = orgRecord({ activated: {} });
    expect(decideRegistration({ program, record, by: admin, now: NOW, ids, replace: false })).toEqual({ result: { kind: 'confirm-replace', current: record.activation } });
    const replaced = decideRegistration({ program, record, by: admin, now: NOW, ids, replace: true });
    expect(replaced.result).toMatchObject({ kind: 'registered', replaced: true, activation: ids });
    expect(replaced.changes?.replaceActivation).toMatchObject(ids);
    expect(replaced.changes?.activation).toBeUndefined();
  });

  it('the same pair again changes nothing', () => {
    const record = orgRecord({});
    const first = decideRegistration({ program, record, by: admin, now: NOW, ids, replace: false }).changes?.activation;
    const again = decideRegistration({ program, record: { ...record, activation: first ?? null }, by: admin, now: NOW, ids: { ...ids, accessId: ids.accessId.toUpperCase() }, replace: false });
    expect(again).toEqual({ result: { kind: 'unchanged', activation: first } });
  });
});

describe('format checks (Access ID GUID, Contract ID digits)', () => {
  it.each<[string, Partial<typeof ids>]>([
    ['Access ID: 3f2b9c1e-5a7d-4e21-b8c4-6d0e9f1a2b3c\nContract ID: 7741203398', ids],
    ['7741203398 3F2B9C1E-5A7D-4E21-B8C4-6D0E9F1A2B3C', ids],
    ['액세스 ID 3f2b9c1e-5a7d-4e21-b8c4-6d0e9f1a2b3c, 계약 ID 7741203398입니다', ids],
    ['just the contract 7741203398', { contractId: '7741203398' }],
    ['3f2b9c1e-5a7d-4e21-b8c4 and 12345', {}],
  ])('%j', (text, expected) => {
    expect(idsInText(text)).toEqual(expected);
  });

  it.each<[Partial<typeof ids>, string | undefined]>([
    [ids, undefined],
    [{ contractId: ids.contractId }, 'accessId'],
    [{ ...ids, accessId: '3f2b9c1e5a7d4e21b8c46d0e9f1a2b3c' }, 'accessId'],
    [{ accessId: ids.accessId }, 'contractId'],
    [{ ...ids, contractId: '1234' }, 'contractId'],
    [{ ...ids, contractId: '77412O3398' }, 'contractId'],
  ])('%j → %s', (pair, field) => {
    expect(malformedField(pair)).toBe(field);
    if (field) expect(decideRegistration({ program, record: orgRecord({}), by: user({ roles: ['global-admin'] }), now: NOW, ids: pair, replace: false }).result).toEqual({ kind: 'malformed', field });
  });
});
