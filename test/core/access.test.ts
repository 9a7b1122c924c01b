import { describe, expect, it } from '@jest/globals';
import { decideActivation, may, viewIds } from '../../src/core/access.js';
import { loadCatalog } from '../../src/core/catalog.js';
import type { Role } from '../../src/core/types.js';
import { NOW, orgRecord, user } from '../fakes/records.js';

const program = loadCatalog().defaultProgram;
const pair = { accessId: 'NEW-ACCESS', contractId: 'NEW-CONTRACT' };

describe('activation: every role and case (R21-V3, R21-A2, M1, M2)', () => {
  it.each<[string, { roles: Role[]; scope?: 'membership' | 'csp-only'; orgId?: string | null }, Record<string, unknown>]>([
    ['Global admin activates', { roles: ['global-admin'] }, { kind: 'activated' }],
    ['MPN partner admin activates', { roles: ['mpn-partner-admin'] }, { kind: 'activated' }],
    ['Admin agent is refused: not an admin', { roles: ['admin-agent'] }, { kind: 'denied', reason: 'not-admin' }],
    ['ordinary user is refused: not an admin', { roles: ['user'] }, { kind: 'denied', reason: 'not-admin' }],
    ['staff cannot activate a partner org', { roles: ['staff'] }, { kind: 'denied', reason: 'not-admin' }],
    ['CSP-only Global admin gets "not authorized"', { roles: ['global-admin'], scope: 'csp-only' }, { kind: 'not-authorized' }],
    ['admin of another org is refused', { roles: ['global-admin'], orgId: 'org-b' }, { kind: 'denied', reason: 'other-org' }],
  ])('%s', (_name, who, expected) => {
    const decision = decideActivation({ program, record: orgRecord({}), user: user(who), now: NOW, pair });
    expect(decision.result).toMatchObject(expected);
    expect(decision.changes?.activation !== undefined).toBe(expected['kind'] === 'activated');
  });

  it('issues the given pair with a one-year contract, recorded with who and when', () => {
    const { result, changes } = decideActivation({ program, record: orgRecord({}), user: user({ id: 'u-admin', roles: ['global-admin'] }), now: NOW, pair });
    expect(result).toEqual({
      kind: 'activated',
      activation: { accessId: 'NEW-ACCESS', contractId: 'NEW-CONTRACT', activatedAt: '2021-06-15T09:00:00.000Z', expiresAt: '2022-06-15T09:00:00.000Z', activatedBy: 'u-admin' },
    });
    expect(changes?.activation?.accessId).toBe('NEW-ACCESS');
  });

  it('is idempotent: a second activation returns the existing pair and changes nothing', () => {
    const { result, changes } = decideActivation({ program, record: orgRecord({ activated: {} }), user: user({ roles: ['mpn-partner-admin'] }), now: NOW, pair });
    expect(result).toMatchObject({ kind: 'already-active', activation: { accessId: 'ACCESS-org-a', contractId: 'CONTRACT-org-a' } });
    expect(changes).toBeUndefined();
  });

  it.each([
    ['no membership offer', orgRecord({ offer: null })],
    ['membership ended', orgRecord({ membership: { startsOn: '2020-01-01', endsOn: '2020-12-31' } })],
  ])('an org with %s gets the "no benefits yet" case', (_n, record) => {
    expect(decideActivation({ program, record, user: user({ roles: ['global-admin'] }), now: NOW, pair }).result).toEqual({ kind: 'no-benefits' });
  });
});

describe('viewing the IDs (R21-A3)', () => {
  const activated = orgRecord({ activated: {} });

  it.each<Role>(['user', 'admin-agent', 'global-admin', 'mpn-partner-admin'])('every %s of the org sees the IDs in private', (role) => {
    expect(viewIds(program, activated, { user: user({ roles: [role] }), scope: 'private', now: NOW })).toMatchObject({
      kind: 'ids',
      accessId: 'ACCESS-org-a',
      contractId: 'CONTRACT-org-a',
      expired: false,
    });
  });

  it('never in a shared scope', () => {
    expect(viewIds(program, activated, { user: user(), scope: 'shared', now: NOW })).toEqual({ kind: 'denied', reason: 'shared-scope' });
  });

  it('never to another org, a CSP-only account or an org without benefits', () => {
    expect(viewIds(program, activated, { user: user({ orgId: 'org-b' }), scope: 'private', now: NOW })).toEqual({ kind: 'denied', reason: 'other-org' });
    expect(viewIds(program, activated, { user: user({ scope: 'csp-only' }), scope: 'private', now: NOW })).toEqual({ kind: 'not-authorized' });
    expect(viewIds(program, orgRecord({ offer: null, activated: {} }), { user: user(), scope: 'private', now: NOW })).toEqual({ kind: 'no-benefits' });
  });

  it('before activation says so, and whether this user could activate', () => {
    expect(viewIds(program, orgRecord({}), { user: user(), scope: 'private', now: NOW })).toEqual({ kind: 'not-activated', canActivate: false });
    expect(viewIds(program, orgRecord({}), { user: user({ roles: ['global-admin'] }), scope: 'private', now: NOW })).toEqual({ kind: 'not-activated', canActivate: true });
  });

  it('role rights come from the catalog', () => {
    expect(may(program, { roles: ['admin-agent'] }, 'file-for-csp-customer')).toBe(true);
    expect(may(program, { roles: ['user'] }, 'file-for-csp-customer')).toBe(false);
    expect(may(program, { roles: ['staff'] }, 'view-ids')).toBe(false);
  });
});
