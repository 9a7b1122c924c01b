import { DEMO, demoData } from '../src/store/demo-data.js';
import type { StoreData } from '../src/store/schema.js';
import type { Clock } from '../src/core/ports.js';

/**
 * One demo user cannot carry the load: the bot limits turns per user (RATE_LIMIT_PER_MINUTE,
 * 30 by default, at most 10,000), and concurrent turns in one conversation would conflict on its
 * state (eTags). The benchmark's data file is the demo data plus a pool of ordinary Contoso
 * users, each with a Teams and a Slack identity, and every request speaks as the next user of
 * the pool, so each user sends a turn every few seconds at most, one at a time.
 */
export const POOL_SIZE = 600;

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The i-th pool user's Teams AAD object id (in Contoso's tenant). */
export function poolAad(i: number): string {
  return `be0c0000-0000-4000-8000-${pad(i % POOL_SIZE, 12)}`;
}

/** The i-th pool user's Slack user id (in Contoso's workspace). */
export function poolSlackUser(i: number): string {
  return `U0BENCH${pad(i % POOL_SIZE, 4)}`;
}

export const CONTOSO = { teamsTenant: DEMO.teamsTenants.contoso, slackTeam: DEMO.slackTeams.contoso, org: DEMO.orgs.contoso };

/** Demo data plus the pool of users. */
export function benchData(clock: Clock): StoreData {
  const data = demoData(clock);
  const pool = Array.from({ length: POOL_SIZE }, (_, i) => ({
    id: `user-bench-${pad(i, 4)}`,
    orgId: CONTOSO.org,
    name: `Bench User ${i}`,
    roles: ['user' as const],
    scope: 'membership' as const,
    account: { kind: 'work' as const, id: `bench.user${i}@contoso.example` },
    identities: [
      { channel: 'msteams', tenant: CONTOSO.teamsTenant, user: poolAad(i) },
      { channel: 'slack', tenant: CONTOSO.slackTeam, user: poolSlackUser(i) },
    ],
  }));
  return { ...data, users: [...data.users, ...pool] };
}
