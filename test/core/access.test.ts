import { describe, expect, it } from '@jest/globals';
import { may, viewIds } from '../../src/core/access.js';
import { loadCatalog } from '../../src/core/catalog.js';
import type { Role } from '../../src/core/types.js';
import { NOW, orgRecord, user } from '../fakes/records.js';

const program = loadCatalog().defaultProgram;

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
