import { randomUUID } from 'node:crypto';
import type { Clock } from '../../src/core/ports.js';
import type { LedgerEntry } from '../../src/core/types.js';
import { SCHEMA_VERSION, type StoreData } from '../../src/store/schema.js';

export interface BigDataOptions {
  orgs: number;
  /** Spread evenly over the orgs. */
  ledgerEntries: number;
}

const OFFERS = [
  { offer: 'gold', competencies: ['cloud-platform', 'data-analytics'] },
  { offer: 'silver', competencies: ['messaging'] },
  { offer: 'action-pack', competencies: [] },
] as const;
const BENEFITS = ['product-support', 'signature-cloud', 'signature-hybrid'] as const;

const orgId = (i: number) => `org-bench-${String(i).padStart(5, '0')}`;

/**
 * A data file shaped like a large deployment, valid per src/store/schema.ts: `orgs` orgs with a
 * current membership (gold, silver, Action Pack in turn), one admin user each with a Teams and a
 * Slack identity, an activation for every other org, and the ledger entries spread evenly.
 */
export function bigStoreData(clock: Clock, options: BigDataOptions): StoreData {
  const now = clock.now();
  const day = (offset: number) => new Date(now.getTime() + offset * 86_400_000);
  const startsOn = day(-90).toISOString().slice(0, 10);
  const endsOn = day(275).toISOString().slice(0, 10);
  const ids = Array.from({ length: options.orgs }, (_, i) => i);
  const perOrg = Math.ceil(options.ledgerEntries / options.orgs);
  const ledger = Array.from({ length: options.ledgerEntries }, (_, n): LedgerEntry & { orgId: string } => ({
    orgId: orgId(Math.floor(n / perOrg)),
    id: `ledger-${n}`,
    benefit: BENEFITS[n % BENEFITS.length]!,
    kind: n % 10 === 9 ? 'refunded' : 'opened',
    at: day(-80 + (n % 80)).toISOString(),
    ref: `SR ${String(120000000000000 + n)}`,
  }));
  return {
    schemaVersion: SCHEMA_VERSION,
    orgs: ids.map((i) => ({ id: orgId(i), name: `Bench Partner ${i} Ltd`, membership: { program: 'mpn-2021', ...OFFERS[i % OFFERS.length]!, competencies: [...OFFERS[i % OFFERS.length]!.competencies], startsOn, endsOn } })),
    users: ids.map((i) => ({
      id: `user-bench-admin-${i}`, orgId: orgId(i), name: `Admin ${i}`, roles: ['global-admin'], scope: 'membership',
      account: { kind: 'work', id: `admin@partner${i}.example` },
      identities: [
        { channel: 'msteams', tenant: `tenant-${i}`, user: randomUUID() },
        { channel: 'slack', tenant: `T0BENCH${i}`, user: `U0ADMIN${i}` },
      ],
    })),
    activations: ids.filter((i) => i % 2 === 0).map((i) => ({ orgId: orgId(i), accessId: randomUUID(), contractId: String(1_000_000_000 + i), activatedAt: day(-60).toISOString(), expiresAt: day(305).toISOString(), activatedBy: `user-bench-admin-${i}` })),
    links: [],
    ledger,
    state: {},
    audit: [],
    tickets: [],
    unanswered: [],
  };
}

export { orgId as benchOrgId };
