import { z } from 'zod';

/**
 * Configuration, read once from the environment, checked with zod, frozen. Bot Framework
 * variables keep their standard names so Azure's settings work unchanged.
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
    STATE_MAX_AGE_DAYS: z.coerce.number().int().min(0).max(3650).default(30),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(10_000_000).default(256 * 1024),
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(30),
    MicrosoftAppId: optional,
    MicrosoftAppPassword: optional,
    MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
    MicrosoftAppTenantId: optional,
    /** Test and sovereign-cloud override of the Bot Framework OpenID metadata used to check tokens. */
    BOT_OPENID_METADATA: z.url().optional(),
    SLACK_SIGNING_SECRET: optional,
    SLACK_BOT_TOKEN: optional,
    SLACK_API_URL: z.url().optional(),
  });

export interface Config {
  port: number;
  host: string;
  dataFile: string;
  /** Set: the PostgreSQL store at this URL instead of the data file. Holds the password: never log it. */
  databaseUrl?: string;
  /** Conversation state idle this many days is forgotten (0: never). */
  stateMaxAgeDays: number;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  maxBodyBytes: number;
  /** Bot turns per user per minute before the bot asks them to slow down. */
  rateLimitPerMinute: number;
  /** Empty app id = development mode: unauthenticated, loopback only unless HOST says otherwise. */
  teams: { appId?: string; appPassword?: string; appType: string; tenantId?: string; openIdMetadata?: string };
  /** Absent when Slack is not configured: the Slack endpoint is off. */
  slack?: { signingSecret: string; botToken: string; apiUrl?: string };
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
  const type = env['MicrosoftAppType']?.trim() || 'MultiTenant';
  if (set('MicrosoftAppId') && type === 'SingleTenant' && !set('MicrosoftAppTenantId')) problems.push('MicrosoftAppTenantId: required when MicrosoftAppType is SingleTenant');
  if (set('MicrosoftAppId') && type !== 'UserAssignedMSI' && !set('MicrosoftAppPassword')) problems.push('MicrosoftAppPassword: required when MicrosoftAppId is set');
  // A password without an app id is almost always a misspelt variable: starting unauthenticated would hide it.
  if (!set('MicrosoftAppId') && set('MicrosoftAppPassword')) problems.push('MicrosoftAppId: required when MicrosoftAppPassword is set');
  if (type === 'UserAssignedMSI' && set('MicrosoftAppPassword')) problems.push('MicrosoftAppPassword: must be empty for UserAssignedMSI (the managed identity has no secret)');
  if (type === 'UserAssignedMSI' && set('MicrosoftAppId') && !set('MicrosoftAppTenantId')) problems.push('MicrosoftAppTenantId: required for UserAssignedMSI');
  if (set('SLACK_SIGNING_SECRET') !== set('SLACK_BOT_TOKEN'))
    problems.push(`${set('SLACK_SIGNING_SECRET') ? 'SLACK_BOT_TOKEN' : 'SLACK_SIGNING_SECRET'}: Slack needs both SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN`);
  return problems;
}

/** Reads the configuration; a ConfigError lists every missing or invalid variable at once. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Readonly<Config> {
  const parsed = schema.safeParse(env);
  const problems = [...(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`)), ...crossProblems(env)];
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const e = parsed.data;
  const pick = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    dataFile: e.DATA_FILE,
    ...(e.DATABASE_URL ? { databaseUrl: e.DATABASE_URL } : {}),
    stateMaxAgeDays: e.STATE_MAX_AGE_DAYS,
    logLevel: e.LOG_LEVEL,
    maxBodyBytes: e.MAX_BODY_BYTES,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    teams: pick({ appId: e.MicrosoftAppId, appPassword: e.MicrosoftAppPassword, appType: e.MicrosoftAppType, tenantId: e.MicrosoftAppTenantId, openIdMetadata: e.BOT_OPENID_METADATA }),
    ...(e.SLACK_SIGNING_SECRET && e.SLACK_BOT_TOKEN ? { slack: pick({ signingSecret: e.SLACK_SIGNING_SECRET, botToken: e.SLACK_BOT_TOKEN, apiUrl: e.SLACK_API_URL }) } : {}),
  }) as Readonly<Config>;
}
