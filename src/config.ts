import { z } from 'zod';
import { alsoReadFrom, withTeamsEnvNames } from './teams-env.js';
import { isLoopbackHost } from './loopback.js';
import { DEFAULT_TURN_QUEUE } from './channels/turn-queue.js';

/**
 * Configuration, read once from the environment, checked with zod, frozen. Bot Framework
 * variables keep their standard names so Azure's settings work unchanged; the names Microsoft's
 * current tooling writes are accepted too (src/teams-env.ts).
 */
const optional = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() ? v.trim() : undefined));

const schema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3978),
    HOST: z.string().min(1).default('127.0.0.1'),
    DATA_FILE: z.string().min(1).default('data/db.json'),
    /** postgres://… selects the PostgreSQL store (several instances can share it); unset: the DATA_FILE store. */
    DATABASE_URL: z.string().trim().regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://').optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(10_000_000).default(256 * 1024),
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(30),
    /** Bot turns running at once, and turns waiting for one, before a door answers "busy, try again" (src/channels/turn-queue.ts). */
    TURN_CONCURRENCY: z.coerce.number().int().min(1).max(1000).default(DEFAULT_TURN_QUEUE.concurrency),
    TURN_BACKLOG: z.coerce.number().int().min(0).max(100_000).default(DEFAULT_TURN_QUEUE.maxBacklog),
    MicrosoftAppId: optional,
    MicrosoftAppPassword: optional,
    MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('SingleTenant'),
    MicrosoftAppTenantId: optional,
    /** Test and sovereign-cloud override of the Bot Framework OpenID metadata used to check tokens. */
    BOT_OPENID_METADATA: z.url().optional(),
    SLACK_SIGNING_SECRET: optional,
    SLACK_BOT_TOKEN: optional,
    /** App-level token (xapp-…): Slack over Socket Mode instead of the HTTP endpoint. */
    SLACK_APP_TOKEN: optional,
    SLACK_API_URL: z.url().optional(),
    /** Retention (see src/store/retention.ts): conversation state expiry, log caps, open tickets per person. */
    STATE_TTL_DAYS: z.coerce.number().min(0.001).max(3650).default(30),
    AUDIT_MAX_ENTRIES: z.coerce.number().int().min(100).max(10_000_000).default(50_000),
    UNANSWERED_MAX_ENTRIES: z.coerce.number().int().min(10).max(5000).default(5000),
    MAX_OPEN_TICKETS_PER_PERSON: z.coerce.number().int().min(1).max(1000).default(3),
    /** The loud opt-out: development mode (no app id, no authentication) listening beyond loopback. */
    ALLOW_UNAUTHENTICATED_NETWORK: z.enum(['true', 'false']).default('false'),
    /** OAuth install in many workspaces (instead of one SLACK_BOT_TOKEN). */
    SLACK_CLIENT_ID: optional,
    SLACK_CLIENT_SECRET: optional,
    SLACK_STATE_SECRET: optional,
    /** 32 bytes, base64: encrypts the installations' tokens at rest. */
    SLACK_TOKEN_KEY: optional,
    SLACK_REDIRECT_URI: z.url().optional(),
  });

/** Every variable the configuration reads by its main name (`.env.example` documents each). */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(schema.shape);

export interface Config {
  port: number;
  host: string;
  dataFile: string;
  /** Set: the PostgreSQL store at this URL instead of the data file. Holds the password: never log it. */
  databaseUrl?: string;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  maxBodyBytes: number;
  /** Bot turns per user per minute before the bot asks them to slow down. */
  rateLimitPerMinute: number;
  /** Turns run at once and turns waiting, at most, behind the doors that ack first (Slack); past it the user is told "busy". */
  turnQueue: { concurrency: number; maxBacklog: number };
  /** What the store keeps and for how long (defaults: 30 days of state, 50,000 audit entries, 5,000 unanswered questions, 3 open tickets a person). */
  retention: { stateTtlMs: number; auditMax: number; unansweredMax: number; maxOpenTicketsPerPerson: number };
  /**
   * Empty app id = development mode: unauthenticated, so loopback only (HOST, Host headers and
   * serviceUrls), unless `allowUnauthenticatedNetwork` (ALLOW_UNAUTHENTICATED_NETWORK=true) lifts
   * the HOST and Host-header rules.
   */
  teams: {
    appId?: string;
    appPassword?: string;
    appType: string;
    tenantId?: string;
    openIdMetadata?: string;
    allowUnauthenticatedNetwork: boolean;
    /** HTTPS_PROXY / HTTP_PROXY / ALL_PROXY is set: replies go through botbuilder's client, which honours them. */
    outboundProxy?: true;
  };
  /** Absent when Slack is not configured: the Slack endpoint is off. */
  slack?: { signingSecret?: string; botToken?: string; appToken?: string; apiUrl?: string; oauth?: SlackOAuthConfig };
}

export interface SlackOAuthConfig {
  clientId: string;
  clientSecret: string;
  stateSecret: string;
  tokenKey: string;
  redirectUri?: string;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Rules across variables, checked on the raw values so they are reported together with the rest. */
function crossProblems(env: Record<string, string | undefined>): string[] {
  const set = (name: string) => Boolean(env[name]?.trim());
  const problems: string[] = [];
  const type = env['MicrosoftAppType']?.trim() || 'SingleTenant';
  if (set('MicrosoftAppId') && type === 'SingleTenant' && !set('MicrosoftAppTenantId'))
    problems.push(`MicrosoftAppTenantId: required for a SingleTenant bot (the default): the "Directory (tenant) ID" on the Overview page of the bot's app registration (${alsoReadFrom('MicrosoftAppTenantId')}). Only a bot registered as multi-tenant before 2025-07-31 sets MicrosoftAppType=MultiTenant instead`);
  if (set('MicrosoftAppId') && type !== 'UserAssignedMSI' && !set('MicrosoftAppPassword')) problems.push(`MicrosoftAppPassword: required when MicrosoftAppId is set: a client secret of the app registration (${alsoReadFrom('MicrosoftAppPassword')})`);
  // A password without an app id is almost always a misspelt variable: starting unauthenticated would hide it.
  if (!set('MicrosoftAppId') && set('MicrosoftAppPassword')) problems.push('MicrosoftAppId: required when MicrosoftAppPassword is set');
  if (type === 'UserAssignedMSI' && set('MicrosoftAppPassword')) problems.push('MicrosoftAppPassword: must be empty for UserAssignedMSI (the managed identity has no secret)');
  if (type === 'UserAssignedMSI' && set('MicrosoftAppId') && !set('MicrosoftAppTenantId')) problems.push('MicrosoftAppTenantId: required for UserAssignedMSI');
  if (!set('MicrosoftAppId') && !isLoopbackHost(env['HOST'] ?? '127.0.0.1') && env['ALLOW_UNAUTHENTICATED_NETWORK']?.trim() !== 'true')
    problems.push('HOST: without MicrosoftAppId (development mode, no authentication) the bot listens on loopback only; set MicrosoftAppId and MicrosoftAppPassword, or ALLOW_UNAUTHENTICATED_NETWORK=true to expose an unauthenticated bot on purpose');
  const oauth = ['SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET', 'SLACK_TOKEN_KEY'];
  if (oauth.some(set) && !oauth.every(set)) problems.push(`${oauth.filter((n) => !set(n)).join(', ')}: OAuth install needs all of ${oauth.join(', ')}`);
  if (set('SLACK_TOKEN_KEY') && Buffer.from(env['SLACK_TOKEN_KEY']?.trim() ?? '', 'base64').length !== 32) problems.push('SLACK_TOKEN_KEY: must be 32 bytes, base64-encoded (openssl rand -base64 32)');
  if (oauth.every(set) && !set('SLACK_SIGNING_SECRET')) problems.push('SLACK_SIGNING_SECRET: OAuth install needs the signing secret');
  if (!oauth.every(set) && !set('SLACK_APP_TOKEN') && set('SLACK_SIGNING_SECRET') !== set('SLACK_BOT_TOKEN'))
    problems.push(`${set('SLACK_SIGNING_SECRET') ? 'SLACK_BOT_TOKEN' : 'SLACK_SIGNING_SECRET'}: Slack needs both SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN`);
  if (set('SLACK_APP_TOKEN') && !set('SLACK_BOT_TOKEN') && !oauth.every(set)) problems.push('SLACK_BOT_TOKEN: Socket Mode (SLACK_APP_TOKEN) needs the bot token too');
  if (set('SLACK_APP_TOKEN') && !env['SLACK_APP_TOKEN']?.trim().startsWith('xapp-')) problems.push('SLACK_APP_TOKEN: must be an app-level token (xapp-…)');
  return problems;
}

function slackConfig(e: z.infer<typeof schema>): Pick<Config, 'slack'> {
  const pick = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
  const oauth =
    e.SLACK_CLIENT_ID && e.SLACK_CLIENT_SECRET && e.SLACK_STATE_SECRET && e.SLACK_TOKEN_KEY
      ? (pick({ clientId: e.SLACK_CLIENT_ID, clientSecret: e.SLACK_CLIENT_SECRET, stateSecret: e.SLACK_STATE_SECRET, tokenKey: e.SLACK_TOKEN_KEY, redirectUri: e.SLACK_REDIRECT_URI }) as SlackOAuthConfig)
      : undefined;
  if (!((e.SLACK_SIGNING_SECRET || e.SLACK_APP_TOKEN) && (e.SLACK_BOT_TOKEN || oauth))) return {};
  return { slack: pick({ signingSecret: e.SLACK_SIGNING_SECRET, botToken: e.SLACK_BOT_TOKEN, appToken: e.SLACK_APP_TOKEN, apiUrl: e.SLACK_API_URL, oauth }) as NonNullable<Config['slack']> };
}

/** The proxy variables botbuilder's HTTP pipeline (core-rest-pipeline) reads, in either case. */
function outboundProxy(env: Record<string, string | undefined>): true | undefined {
  return ['HTTPS_PROXY', 'HTTP_PROXY', 'ALL_PROXY'].some((name) => env[name]?.trim() || env[name.toLowerCase()]?.trim()) ? true : undefined;
}

/** Reads the configuration; a ConfigError lists every missing or invalid variable at once. */
export function loadConfig(rawEnv: Record<string, string | undefined> = process.env): Readonly<Config> {
  const { env, problems: nameProblems } = withTeamsEnvNames(rawEnv);
  const parsed = schema.safeParse(env);
  const problems = [...(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`)), ...nameProblems, ...crossProblems(env)];
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const e = parsed.data;
  const pick = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    dataFile: e.DATA_FILE,
    ...(e.DATABASE_URL ? { databaseUrl: e.DATABASE_URL } : {}),
    logLevel: e.LOG_LEVEL,
    maxBodyBytes: e.MAX_BODY_BYTES,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    turnQueue: { concurrency: e.TURN_CONCURRENCY, maxBacklog: e.TURN_BACKLOG },
    retention: { stateTtlMs: Math.round(e.STATE_TTL_DAYS * 24 * 60 * 60 * 1000), auditMax: e.AUDIT_MAX_ENTRIES, unansweredMax: e.UNANSWERED_MAX_ENTRIES, maxOpenTicketsPerPerson: e.MAX_OPEN_TICKETS_PER_PERSON },
    teams: pick({
      appId: e.MicrosoftAppId, appPassword: e.MicrosoftAppPassword, appType: e.MicrosoftAppType, tenantId: e.MicrosoftAppTenantId, openIdMetadata: e.BOT_OPENID_METADATA,
      allowUnauthenticatedNetwork: e.ALLOW_UNAUTHENTICATED_NETWORK === 'true',
      outboundProxy: outboundProxy(rawEnv),
    }),
    ...slackConfig(e),
  }) as Readonly<Config>;
}
