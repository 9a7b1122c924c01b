import type { LedgerEntry, OrgRecord, Role, User } from '../../src/core/types.js';

export const NOW = new Date('2021-06-15T09:00:00.000Z');

/** An org record with an active membership (2021-01-01 … 2021-12-31) unless told otherwise. */
export function orgRecord(options: {
  id?: string;
  offer?: string | null;
  competencies?: string[];
  activated?: { at?: string; expiresAt?: string } | false;
  ledger?: LedgerEntry[];
  links?: OrgRecord['links'];
  membership?: { startsOn: string; endsOn: string };
}): OrgRecord {
  const id = options.id ?? 'org-a';
  const offer = options.offer === undefined ? 'gold' : options.offer;
  const range = options.membership ?? { startsOn: '2021-01-01', endsOn: '2021-12-31' };
  const act = options.activated === undefined ? false : options.activated;
  return {
    org: { id, name: `Org ${id}`, membership: offer ? { program: 'mpn-2021', offer, competencies: options.competencies ?? ['cloud-platform', 'data-analytics'], ...range } : null },
    activation: act
      ? { accessId: `ACCESS-${id}`, contractId: `CONTRACT-${id}`, activatedAt: act.at ?? '2021-01-10T00:00:00.000Z', expiresAt: act.expiresAt ?? '2022-01-10T00:00:00.000Z', activatedBy: 'u-admin' }
      : null,
    links: options.links ?? [],
    ledger: options.ledger ?? [],
  };
}

export function user(options: { id?: string; orgId?: string | null; roles?: Role[]; scope?: User['scope']; account?: string; kind?: 'work' | 'msa' } = {}): User {
  const id = options.id ?? 'u-1';
  return {
    id,
    orgId: options.orgId === undefined ? 'org-a' : options.orgId,
    name: id,
    roles: options.roles ?? ['user'],
    scope: options.scope ?? 'membership',
    account: { kind: options.kind ?? 'work', id: options.account ?? `${id}@org-a.example` },
    identities: [{ channel: 'test', tenant: 't', user: id }],
  };
}

export function entries(line: string, opened: number, refunded = 0): LedgerEntry[] {
  const out: LedgerEntry[] = [];
  for (let i = 0; i < opened; i++) out.push({ id: `${line}-o${i}`, benefit: line, kind: 'opened', at: '2021-02-01T00:00:00.000Z' });
  for (let i = 0; i < refunded; i++) out.push({ id: `${line}-r${i}`, benefit: line, kind: 'refunded', at: '2021-02-02T00:00:00.000Z' });
  return out;
}
