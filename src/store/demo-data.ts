import { addMonths, isoDay } from '../core/dates.js';
import type { Clock } from '../core/ports.js';
import type { LedgerEntry, Org, Role, User } from '../core/types.js';
import { SCHEMA_VERSION, type StoreData } from './schema.js';

/**
 * Fictional demo organizations and people (names from Microsoft's fictional demo companies),
 * written to a new data file so the bot can be tried at once. Dates are relative to the clock,
 * so memberships are always current.
 */

const tenants = {
  contoso: { teams: '0c05f0a1-7e2d-4b8a-9f3c-5a1d2e3f4a01', slack: 'T0CONTOSO', domain: 'contoso.example' },
  fabrikam: { teams: 'fab0a1b2-c3d4-4e5f-8a6b-7c8d9e0f1a02', slack: 'T0FABRIKAM', domain: 'fabrikam.example' },
  northwind: { teams: '0e7b1d2c-3a4f-4b5e-9c6d-8e9f0a1b2c03', slack: 'T0NORTHWND', domain: 'northwind.example' },
  tailspin: { teams: '7a115b1e-4c2d-4e3f-8a5b-6c7d8e9f0a04', slack: 'T0TAILSPIN', domain: 'tailspin.example' },
  litware: { teams: '1e7a2b3c-4d5e-4f60-8a1b-2c3d4e5f6a06', slack: 'T0LITWARE', domain: 'litware.example' },
  adventure: { teams: 'ad0e1f2a-3b4c-4d5e-9f6a-7b8c9d0e1f07', slack: 'T0ADVWORKS', domain: 'adventure-works.example' },
  woodgrove: { teams: '80d9a0e1-2b3c-4d4e-8f5a-6b7c8d9e0f08', slack: 'T0WOODGRV', domain: 'woodgrove.example' },
  staff: { teams: '5f0a7e2d-9b1c-4d3e-8f4a-1b2c3d4e5f05', slack: 'T0PSUPPORT', domain: 'partner-support.example' },
} as const;

type TenantKey = keyof typeof tenants;

/** Ids the tests and docs refer to. */
export const DEMO = {
  orgs: { contoso: 'org-contoso', fabrikam: 'org-fabrikam', northwind: 'org-northwind', tailspin: 'org-tailspin', litware: 'org-litware', adventure: 'org-adventure', woodgrove: 'org-woodgrove' },
  users: {
    contosoAdmin: 'user-contoso-admin',
    contosoPartnerAdmin: 'user-contoso-mpn',
    contosoAgent: 'user-contoso-agent',
    contosoUser: 'user-contoso-user',
    contosoCspOnly: 'user-contoso-csp',
    fabrikamAdmin: 'user-fabrikam-admin',
    fabrikamUser: 'user-fabrikam-user',
    northwindPartnerAdmin: 'user-northwind-mpn',
    northwindUser: 'user-northwind-user',
    tailspinAdmin: 'user-tailspin-admin',
    litwareAdmin: 'user-litware-admin',
    adventureUser: 'user-adventure-user',
    woodgroveAdmin: 'user-woodgrove-admin',
    woodgroveUser: 'user-woodgrove-user',
    staff: 'user-staff',
  },
  /** The Gold org's contract (fictional). */
  activation: { accessId: '3f2b9c1e-5a7d-4e21-b8c4-6d0e9f1a2b3c', contractId: '7741203398' },
  /** Litware's contract: its 5 hybrid Signature incidents are used up. */
  litwareActivation: { accessId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', contractId: '5520931147' },
  /** Woodgrove's contract (current program: Solutions Partner designation + Partner Success Core). */
  woodgroveActivation: { accessId: '5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a', contractId: '8851207736' },
  /** Adventure Works' contract: activated 13 months ago, so expired. */
  adventureActivation: { accessId: '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e', contractId: '6630418825' },
  teamsTenants: { contoso: tenants.contoso.teams, fabrikam: tenants.fabrikam.teams, northwind: tenants.northwind.teams, tailspin: tenants.tailspin.teams, woodgrove: tenants.woodgrove.teams, staff: tenants.staff.teams },
  slackTeams: { contoso: tenants.contoso.slack, fabrikam: tenants.fabrikam.slack, northwind: tenants.northwind.slack, tailspin: tenants.tailspin.slack, woodgrove: tenants.woodgrove.slack, staff: tenants.staff.slack },
  /** The console identity `npm run chat` uses by default: an ordinary user of the Gold org. */
  consoleUser: 'contoso-user',
} as const;

interface Person {
  id: string;
  tenant: TenantKey;
  name: string;
  roles: Role[];
  console: string;
  slack: string;
  /** Last digits of the fictional Teams aadObjectId. */
  aad: number;
  scope?: User['scope'];
  msa?: string;
}

const U = DEMO.users;
const people: Person[] = [
  { id: U.contosoAdmin, tenant: 'contoso', name: 'Megan Bowen', roles: ['global-admin'], console: 'contoso-admin', slack: 'U0CONTADMN', aad: 1 },
  { id: U.contosoPartnerAdmin, tenant: 'contoso', name: 'Adele Vance', roles: ['mpn-partner-admin'], console: 'contoso-mpn', slack: 'U0CONTMPNA', aad: 2 },
  { id: U.contosoAgent, tenant: 'contoso', name: 'Alex Wilber', roles: ['admin-agent'], console: 'contoso-agent', slack: 'U0CONTAGNT', aad: 3 },
  { id: U.contosoUser, tenant: 'contoso', name: 'Diego Siciliani', roles: ['user'], console: 'contoso-user', slack: 'U0CONTUSER', aad: 4 },
  // An admin, but signed in from the CSP side only: Partner Center says "not authorized" (M1).
  { id: U.contosoCspOnly, tenant: 'contoso', name: 'Isaiah Langer', roles: ['global-admin'], console: 'contoso-csp', slack: 'U0CONTCSP0', aad: 5, scope: 'csp-only' },
  { id: U.fabrikamAdmin, tenant: 'fabrikam', name: 'Lee Gu', roles: ['global-admin'], console: 'fabrikam-admin', slack: 'U0FABADMIN', aad: 11 },
  { id: U.fabrikamUser, tenant: 'fabrikam', name: 'Lidia Holloway', roles: ['user'], console: 'fabrikam-user', slack: 'U0FABUSER0', aad: 12 },
  { id: U.northwindPartnerAdmin, tenant: 'northwind', name: 'Lynne Robbins', roles: ['mpn-partner-admin'], console: 'northwind-admin', slack: 'U0NWADMIN0', aad: 21 },
  { id: U.northwindUser, tenant: 'northwind', name: 'Miriam Graham', roles: ['user'], console: 'northwind-user', slack: 'U0NWUSER00', aad: 22, msa: 'miriam.graham@outlook.example' },
  { id: U.tailspinAdmin, tenant: 'tailspin', name: 'Nestor Wilke', roles: ['global-admin'], console: 'tailspin-admin', slack: 'U0TAILADMN', aad: 31 },
  { id: U.litwareAdmin, tenant: 'litware', name: 'Pradeep Gupta', roles: ['global-admin'], console: 'litware-admin', slack: 'U0LITADMIN', aad: 41 },
  { id: U.adventureUser, tenant: 'adventure', name: 'Johanna Lorenz', roles: ['user'], console: 'adventure-user', slack: 'U0ADVUSER0', aad: 51 },
  // Woodgrove is on the current program: a partner admin (activated) and an ordinary user.
  { id: U.woodgroveAdmin, tenant: 'woodgrove', name: 'Christie Cline', roles: ['mpn-partner-admin'], console: 'woodgrove-admin', slack: 'U0WGADMIN0', aad: 61 },
  { id: U.woodgroveUser, tenant: 'woodgrove', name: 'Grady Archie', roles: ['user'], console: 'woodgrove-user', slack: 'U0WGUSER00', aad: 62 },
  { id: U.staff, tenant: 'staff', name: 'Patti Fernandez', roles: ['staff'], console: 'staff', slack: 'U0PSSTAFF0', aad: 91 },
];

const orgOf: Record<TenantKey, string | null> = {
  contoso: DEMO.orgs.contoso,
  fabrikam: DEMO.orgs.fabrikam,
  northwind: DEMO.orgs.northwind,
  tailspin: DEMO.orgs.tailspin,
  litware: DEMO.orgs.litware,
  adventure: DEMO.orgs.adventure,
  woodgrove: DEMO.orgs.woodgrove,
  staff: null,
};

function user(p: Person): User {
  const t = tenants[p.tenant];
  const login = p.name.toLowerCase().replace(' ', '.');
  return {
    id: p.id,
    orgId: orgOf[p.tenant],
    name: p.name,
    roles: p.roles,
    scope: p.scope ?? 'membership',
    account: p.msa ? { kind: 'msa', id: p.msa } : { kind: 'work', id: `${login}@${t.domain}` },
    identities: [
      { channel: 'console', tenant: 'local', user: p.console },
      { channel: 'msteams', tenant: t.teams, user: `3e5c0d1a-0000-4000-8000-${String(p.aad).padStart(12, '0')}` },
      { channel: 'slack', tenant: t.slack, user: p.slack },
    ],
  };
}

const days = (from: Date, n: number) => new Date(from.getTime() + n * 86_400_000).toISOString();

/** Contoso's incident history: product-support and both Signature lines (entitlement line ids); a refund names the request it gives back. */
function contosoLedger(start: Date): LedgerEntry[] {
  const entry = (n: number, benefit: string, kind: LedgerEntry['kind'], day: number, request = n): LedgerEntry => ({
    id: `demo-ledger-${n}`,
    benefit,
    kind,
    at: days(start, day),
    ref: `SR 12${String(103040000000 + request)}`,
  });
  return [
    entry(1, 'product-support', 'opened', 10),
    entry(2, 'product-support', 'opened', 24),
    entry(3, 'product-support', 'opened', 41, 4),
    entry(4, 'product-support', 'refunded', 45),
    entry(5, 'signature-hybrid', 'opened', 60),
    entry(6, 'signature-cloud', 'opened', 70),
  ];
}

/**
 * Woodgrove's incident history on the current program, per offer line (maicpp-2026 line ids):
 * a duplicate refunded (R26-C1), one on-premises incident, one on the Success Core line.
 */
function woodgroveLedger(start: Date): LedgerEntry[] {
  const entry = (n: number, benefit: string, kind: LedgerEntry['kind'], day: number, request = n): LedgerEntry => ({ id: `demo-woodgrove-${n}`, benefit, kind, at: days(start, day), ref: `SR 25${String(103040000000 + request)}` });
  return [
    entry(1, 'cloud-solutions-partner', 'opened', 8),
    entry(2, 'cloud-solutions-partner', 'opened', 19, 3),
    entry(3, 'cloud-solutions-partner', 'refunded', 23),
    entry(4, 'on-premises-solutions-partner', 'opened', 33),
    entry(5, 'cloud-partner-success-core', 'opened', 47),
  ];
}

/** A complete, valid data file of fictional demo data, current relative to `clock.now()`. */
export function demoData(clock: Clock): StoreData {
  const now = clock.now();
  const start = addMonths(now, -3);
  const membership = (offer: string, competencies: string[]) => ({ program: 'mpn-2021', offer, competencies, startsOn: isoDay(start), endsOn: isoDay(addMonths(now, 9)) });
  const orgs: Org[] = [
    { id: DEMO.orgs.contoso, name: 'Contoso Cloud Partners', membership: membership('gold', ['cloud-platform', 'data-analytics']) },
    { id: DEMO.orgs.fabrikam, name: 'Fabrikam Solutions', membership: membership('silver', ['messaging']) },
    { id: DEMO.orgs.northwind, name: 'Northwind Traders', membership: membership('action-pack', []) },
    { id: DEMO.orgs.tailspin, name: 'Tailspin Labs', membership: null },
    { id: DEMO.orgs.litware, name: 'Litware Inc.', membership: membership('silver', ['messaging']) },
    { id: DEMO.orgs.adventure, name: 'Adventure Works Cycles', membership: membership('gold', ['security']) },
    { id: DEMO.orgs.woodgrove, name: 'Woodgrove Bank Partners', membership: { ...membership('solutions-partner', []), program: 'maicpp-2026', alsoHolds: ['partner-success-core'] } },
  ];
  const litwareLedger = [1, 2, 3, 4, 5].map((n): LedgerEntry => ({ id: `demo-litware-${n}`, benefit: 'signature-hybrid', kind: 'opened', at: days(start, 5 + n * 7), ref: `SR 22${String(103040000000 + n)}` }));
  const adventureStart = addMonths(now, -13);
  const orgId = DEMO.orgs.contoso;
  return {
    schemaVersion: SCHEMA_VERSION,
    orgs,
    users: people.map(user),
    activations: [
      { orgId, ...DEMO.activation, activatedAt: start.toISOString(), expiresAt: addMonths(start, 12).toISOString(), activatedBy: U.contosoAdmin },
      { orgId: DEMO.orgs.litware, ...DEMO.litwareActivation, activatedAt: start.toISOString(), expiresAt: addMonths(start, 12).toISOString(), activatedBy: U.litwareAdmin },
      { orgId: DEMO.orgs.woodgrove, ...DEMO.woodgroveActivation, activatedAt: days(start, 2), expiresAt: addMonths(new Date(days(start, 2)), 12).toISOString(), activatedBy: U.woodgroveAdmin },
      // Activated in the previous membership year and never renewed: expired, though the membership is current.
      { orgId: DEMO.orgs.adventure, ...DEMO.adventureActivation, activatedAt: adventureStart.toISOString(), expiresAt: addMonths(adventureStart, 12).toISOString(), activatedBy: U.adventureUser },
    ],
    links: [{ orgId, account: { kind: 'work', id: 'diego.siciliani@contoso.example' }, portal: 'support-for-business', linkedAt: days(start, 9), userId: U.contosoUser }],
    ledger: [
      ...contosoLedger(start).map((e) => ({ orgId, ...e })),
      ...litwareLedger.map((e) => ({ orgId: DEMO.orgs.litware, ...e })),
      ...woodgroveLedger(start).map((e) => ({ orgId: DEMO.orgs.woodgrove, ...e })),
    ],
    state: {},
    audit: [],
    tickets: [],
    unanswered: [],
  };
}
