import { describe, expect, it } from '@jest/globals';
import { loadCatalog } from '../../src/core/catalog.js';
import { balances, contractState, lastOpenedOn, openIncident, refundIncident } from '../../src/core/ledger.js';
import { decideLink, linkActive } from '../../src/core/linking.js';
import { NOW, entries, orgRecord, user } from '../fakes/records.js';

const program = loadCatalog().defaultProgram;
const activated = { at: '2021-01-10T00:00:00.000Z', expiresAt: '2022-01-10T00:00:00.000Z' };
const left = (record: ReturnType<typeof orgRecord>, line: string, now = NOW) => {
  const r = balances(program, record, now).find((l) => l.line === line)?.remaining;
  return r?.kind === 'count' ? r.left : r?.kind;
};

describe('incident ledger', () => {
  it.each([
    ['nothing used', [], 20],
    ['3 opened', entries('product-support', 3), 17],
    ['3 opened, 1 refunded', entries('product-support', 3, 1), 18],
    ['all 20 opened', entries('product-support', 20), 0],
    ['other lines do not count', entries('signature-hybrid', 4), 20],
  ])('remaining = allowance − opened + refunded: %s', (_n, ledger, expected) => {
    expect(left(orgRecord({ activated, ledger }), 'product-support')).toBe(expected);
  });

  it('unlimited stays unlimited however much is used', () => {
    const record = orgRecord({ activated, ledger: entries('signature-cloud', 500) });
    expect(left(record, 'signature-cloud')).toBe('unlimited');
    expect(openIncident({ program, record, line: 'signature-cloud', now: NOW, entryId: 'e1' }).result).toMatchObject({ kind: 'opened', remaining: { kind: 'unlimited' } });
  });

  it('opens one incident and appends exactly one entry', () => {
    const { result, changes } = openIncident({ program, record: orgRecord({ activated, ledger: entries('product-support', 2) }), line: 'product-support', now: NOW, entryId: 'e1', ref: 'SR-1' });
    expect(result).toMatchObject({ kind: 'opened', remaining: { left: 17, opened: 3 } });
    expect(changes?.ledger).toEqual([{ id: 'e1', benefit: 'product-support', kind: 'opened', at: NOW.toISOString(), ref: 'SR-1' }]);
  });

  it('refuses to open with none left', () => {
    const d = openIncident({ program, record: orgRecord({ activated, ledger: entries('signature-hybrid', 10) }), line: 'signature-hybrid', now: NOW, entryId: 'e1' });
    expect(d).toEqual({ result: { kind: 'refused', reason: 'exhausted' } });
  });

  it('refuses before activation, after expiry, and on a line the org does not have', () => {
    const cmd = { program, line: 'product-support', now: NOW, entryId: 'e' };
    expect(openIncident({ ...cmd, record: orgRecord({}) }).result).toEqual({ kind: 'refused', reason: 'not-activated' });
    expect(openIncident({ ...cmd, record: orgRecord({ activated: { expiresAt: '2021-06-01T00:00:00.000Z' } }) }).result).toEqual({ kind: 'refused', reason: 'expired' });
    expect(openIncident({ ...cmd, line: 'signature-hybrid', record: orgRecord({ activated, competencies: ['cloud-platform'] }) }).result).toEqual({ kind: 'refused', reason: 'no-such-line' });
  });

  it('an expired contract has nothing left, on any line', () => {
    const record = orgRecord({ activated: { expiresAt: '2021-06-15T09:00:00.000Z' } });
    expect(contractState(record, NOW)).toBe('expired');
    expect(balances(program, record, NOW).map((l) => [l.line, l.usable])).toEqual([
      ['product-support', false],
      ['signature-cloud', false],
      ['signature-hybrid', false],
    ]);
    expect(left(record, 'product-support')).toBe(0);
  });

  it('refunds give one incident back, never more than were opened', () => {
    const record = orgRecord({ activated, ledger: entries('product-support', 1, 1) });
    expect(refundIncident({ program, record, line: 'product-support', now: NOW, entryId: 'r' }).result).toEqual({ kind: 'refused', reason: 'nothing-to-refund' });
    const withOne = orgRecord({ activated, ledger: entries('product-support', 20) });
    expect(refundIncident({ program, record: withOne, line: 'product-support', now: NOW, entryId: 'r' }).result).toMatchObject({ kind: 'refunded', remaining: { left: 1 } });
  });
});

describe('account linking (R21-A4, R21-C4, R21-P4)', () => {
  const cmd = { program, portal: 'azure-portal' as const, now: NOW };

  it.each(['work', 'msa'] as const)('a %s account links the contract once', (kind) => {
    const u = user({ kind, account: 'Someone@Example.com' });
    const { result, changes } = decideLink({ ...cmd, record: orgRecord({ activated }), account: u.account, userId: u.id });
    expect(result).toMatchObject({ kind: 'linked', link: { account: { kind, id: 'Someone@Example.com' }, portal: 'azure-portal' } });
    expect(changes?.links).toHaveLength(1);
  });

  it('a second link of the same account is the "already associated" case and adds nothing', () => {
    const first = { account: { kind: 'work' as const, id: 'a@x.example' }, portal: 'support-for-business' as const, linkedAt: '2021-02-01T00:00:00.000Z' };
    const d = decideLink({ ...cmd, record: orgRecord({ activated, links: [first] }), account: { kind: 'work', id: 'A@X.example' } });
    expect(d.result).toEqual({ kind: 'already-associated', link: first, contract: 'valid' });
    expect(d.changes).toBeUndefined();
  });

  it('another account of the same org links on its own', () => {
    const first = { account: { kind: 'work' as const, id: 'a@x.example' }, portal: 'support-for-business' as const, linkedAt: '2021-02-01T00:00:00.000Z' };
    expect(decideLink({ ...cmd, record: orgRecord({ activated, links: [first] }), account: { kind: 'msa', id: 'a@x.example' } }).result.kind).toBe('linked');
  });

  it('a link lasts until the contract expires or has no incidents left', () => {
    const account = { kind: 'work' as const, id: 'a@x.example' };
    const links = [{ account, portal: 'azure-portal' as const, linkedAt: '2021-02-01T00:00:00.000Z' }];
    expect(linkActive(program, orgRecord({ activated, links }), account, NOW)).toBe(true);
    expect(linkActive(program, orgRecord({ activated: { expiresAt: '2021-05-01T00:00:00.000Z' }, links }), account, NOW)).toBe(false);
    const usedUp = orgRecord({ activated, links, offer: 'silver', competencies: ['messaging'], ledger: [...entries('product-support', 15), ...entries('signature-hybrid', 5)] });
    expect(linkActive(program, usedUp, account, NOW)).toBe(false);
  });

  it('cannot link before activation or to an invalid contract', () => {
    expect(decideLink({ ...cmd, record: orgRecord({}), account: { kind: 'work', id: 'a' } }).result).toEqual({ kind: 'not-activated' });
    expect(decideLink({ ...cmd, record: orgRecord({ activated: { expiresAt: '2021-05-01T00:00:00.000Z' } }), account: { kind: 'work', id: 'a' } }).result).toEqual({
      kind: 'contract-invalid',
      contract: 'expired',
    });
  });
});

describe('lastOpenedOn', () => {
  it('is the day of the latest request opened on the line, whatever the order; refunds and other lines are not requests opened', () => {
    const ledger = [
      { id: 'a', benefit: 'signature-hybrid', kind: 'opened' as const, at: '2021-04-24T09:00:00.000Z' },
      { id: 'b', benefit: 'signature-hybrid', kind: 'opened' as const, at: '2021-03-27T09:00:00.000Z' },
      { id: 'c', benefit: 'signature-hybrid', kind: 'refunded' as const, at: '2021-05-01T09:00:00.000Z' },
      { id: 'd', benefit: 'product-support', kind: 'opened' as const, at: '2021-06-01T09:00:00.000Z' },
    ];
    expect(lastOpenedOn(ledger, 'signature-hybrid')).toBe('2021-04-24');
    expect(lastOpenedOn(ledger, 'signature-cloud')).toBeUndefined();
  });
});
