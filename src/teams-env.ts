import type { Config } from './config.js';

/**
 * The other names Microsoft's tooling writes for the Teams bot's settings: the Azure portal's
 * "client" wording and Teams samples (`CLIENT_ID`, `CLIENT_SECRET`, `TENANT_ID`, `BOT_TYPE`) and
 * the Agents Toolkit's `.env` files (`BOT_ID`, `SECRET_BOT_PASSWORD`). Bot Framework's own name
 * comes first and is the one messages use.
 */
export const TEAMS_ENV_NAMES = {
  MicrosoftAppId: ['MicrosoftAppId', 'CLIENT_ID', 'BOT_ID'],
  MicrosoftAppPassword: ['MicrosoftAppPassword', 'CLIENT_SECRET', 'SECRET_BOT_PASSWORD'],
  MicrosoftAppTenantId: ['MicrosoftAppTenantId', 'TENANT_ID'],
  MicrosoftAppType: ['MicrosoftAppType', 'BOT_TYPE'],
} as const;

type Env = Record<string, string | undefined>;

/**
 * Copies whichever name is set onto the Bot Framework name. Two names of one setting with
 * different values are a problem: guessing which one is current would pick the wrong secret.
 */
export function withTeamsEnvNames(env: Env): { env: Env; problems: string[] } {
  const out: Env = { ...env };
  const problems: string[] = [];
  for (const [name, names] of Object.entries(TEAMS_ENV_NAMES)) {
    const set = names.filter((n) => env[n]?.trim());
    const values = new Set(set.map((n) => env[n]?.trim()));
    if (values.size > 1) problems.push(`${set.join(', ')}: the same setting with different values; keep one`);
    if (set[0]) out[name] = env[set[0]];
  }
  return { env: out, problems };
}

/** "also read from CLIENT_ID or BOT_ID", for messages about a setting. */
export function alsoReadFrom(name: keyof typeof TEAMS_ENV_NAMES): string {
  const [, ...others] = TEAMS_ENV_NAMES[name];
  return `also read from ${others.join(' or ')}`;
}

/**
 * What main logs at start about the Teams registration. Since 2025-07-31 Azure creates only
 * single-tenant bots, so a MultiTenant setting without a tenant is usually an old template's
 * default rather than a real multi-tenant registration, and Teams would refuse its tokens.
 */
export function teamsStartNotes(teams: Config['teams']): string[] {
  if (!teams.appId || teams.appType !== 'MultiTenant' || teams.tenantId) return [];
  return [
    'MicrosoftAppType is MultiTenant without MicrosoftAppTenantId. Azure has created only single-tenant bots since 31 July 2025, so this is right only for a bot registered as multi-tenant before then. ' +
      'If Teams messages get 401 or replies fail to get a token, set MicrosoftAppType=SingleTenant and MicrosoftAppTenantId to the "Directory (tenant) ID" on the Overview page of the bot\'s app registration (see docs/teams.md).',
  ];
}
