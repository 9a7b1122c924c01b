import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { Config } from '../../config.js';
import { isLoopbackHost } from '../../loopback.js';
import { UserTokenClients } from './connector-clients.js';

type AuthenticateRequestResult = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>>;

/** How long a validated token is taken on its word, at most (its own expiry comes first when sooner). */
export const VALIDATED_TOKEN_TTL_MS = 5 * 60_000;
/** Validated tokens remembered at most (a channel sends the same token for about an hour; a handful are in use at once). */
const MAX_VALIDATED_TOKENS = 1000;

/**
 * botbuilder's authentication, handing every turn of an app id the same UserTokenClient, and
 * checking each channel token once: with an app id, checking a token (signature, issuer,
 * audience, lifetime, the signing key's endorsement of the channel, the service URL claim) costs
 * 100–170 µs of CPU, and a channel sends the same token with every activity for about an hour.
 * A token that passed is remembered with what it was checked against (the exact Authorization
 * header, channel id and service URL) until its `exp` or VALIDATED_TOKEN_TTL_MS, whichever comes
 * first; anything else (another header, channel or service URL, no token, a token that failed)
 * is checked by botbuilder as before, and failures are never remembered. botbuilder itself keeps
 * the signing keys for days and accepts a token up to 5 minutes past its `exp`, so this accepts
 * nothing botbuilder would refuse at that moment except a token whose signing key was withdrawn
 * from the metadata within the last 5 minutes and that botbuilder had not yet re-read anyway.
 */
export class BotAuthentication extends ConfigurationBotFrameworkAuthentication {
  readonly userTokenClients = new UserTokenClients();
  private readonly validated = new Map<string, { until: number; result: AuthenticateRequestResult }>();

  constructor(
    configuration: ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>[0],
    credentials: CredentialsFactory | undefined,
    /** Only with an app id: without one botbuilder checks no token at all. */
    private readonly remembersTokens: boolean,
    private readonly now: () => number = Date.now,
  ) {
    super(configuration, credentials);
  }

  override async authenticateRequest(activity: Parameters<ConfigurationBotFrameworkAuthentication['authenticateRequest']>[0], authHeader: string): Promise<AuthenticateRequestResult> {
    if (!this.remembersTokens || !authHeader.trim()) return super.authenticateRequest(activity, authHeader);
    const key = `${activity.channelId ?? ''}\n${activity.serviceUrl ?? ''}\n${authHeader}`;
    const now = this.now();
    const known = this.validated.get(key);
    if (known && known.until > now) return { ...known.result };
    if (known) this.validated.delete(key);
    const result = await super.authenticateRequest(activity, authHeader);
    const exp = Number(result.claimsIdentity?.getClaimValue('exp'));
    if (result.claimsIdentity?.isAuthenticated && Number.isFinite(exp) && exp * 1000 > now) {
      this.validated.set(key, { until: Math.min(exp * 1000, now + VALIDATED_TOKEN_TTL_MS), result: { ...result } });
      if (this.validated.size > MAX_VALIDATED_TOKENS) this.validated.delete(this.validated.keys().next().value as string);
    }
    return result;
  }

  /** Tokens remembered now (tests). */
  get rememberedTokens(): number {
    return this.validated.size;
  }

  override createUserTokenClient(identity: Parameters<ConfigurationBotFrameworkAuthentication['createUserTokenClient']>[0]): ReturnType<ConfigurationBotFrameworkAuthentication['createUserTokenClient']> {
    return this.userTokenClients.get(identity, (claims) => super.createUserTokenClient(claims));
  }
}

/** Where reply tokens come from: botbuilder's, from the app id and secret, unless a test gives its own. */
export type CredentialsFactory = ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>[1];

/**
 * Checks the Bot Framework tokens on incoming activities and gets tokens for replies, from the
 * standard variables. Without an app id botbuilder turns authentication off (development mode).
 */
export function createBotAuthentication(teams: Config['teams'], credentials?: CredentialsFactory, now?: () => number): BotAuthentication {
  return new BotAuthentication({
    MicrosoftAppId: teams.appId ?? '',
    MicrosoftAppPassword: teams.appPassword ?? '',
    // Without an app id the type does not matter, and UserAssignedMSI would demand one.
    MicrosoftAppType: teams.appId ? teams.appType : 'MultiTenant',
    MicrosoftAppTenantId: teams.tenantId ?? '',
    ...(teams.openIdMetadata ? { ...PUBLIC_CLOUD, ToBotFromChannelOpenIdMetadataUrl: teams.openIdMetadata } : {}),
  }, credentials, Boolean(teams.appId), now);
}

/**
 * botbuilder's public-cloud settings (AuthenticationConstants). Once any one of them is given,
 * botbuilder takes ALL of them from the configuration and leaves the rest undefined (then no
 * token is ever valid and replies get no token), so overriding the OpenID metadata means
 * spelling out the others.
 */
const PUBLIC_CLOUD = {
  ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
  ToChannelFromBotOAuthScope: 'https://api.botframework.com',
  ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
  OAuthUrl: 'https://api.botframework.com',
  ToBotFromEmulatorOpenIdMetadataUrl: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
  CallerId: 'urn:botframework:azure',
} as const;

/** Development mode: no app id, so nobody's token is checked. */
export function isDevelopmentMode(teams: Config['teams']): boolean {
  return !teams.appId;
}

/**
 * Development mode without the ALLOW_UNAUTHENTICATED_NETWORK opt-out: /api/messages accepts
 * loopback Host headers only (serviceUrls are loopback-only in development mode either way).
 */
export function loopbackOnly(teams: Config['teams']): boolean {
  return isDevelopmentMode(teams) && !teams.allowUnauthenticatedNetwork;
}

/**
 * The warning main logs at startup in development mode: anyone who can reach the port can talk
 * to the bot as anyone, and the bot posts its replies to whatever serviceUrl a request names.
 */
export function developmentModeWarning(config: Pick<Config, 'host' | 'teams'>): string | undefined {
  if (!isDevelopmentMode(config.teams)) return undefined;
  const reach = isLoopbackHost(config.host)
    ? `only this machine can reach it (HOST=${config.host}; Host headers and serviceUrls must be loopback too)`
    : `HOST=${config.host} is NOT loopback and ALLOW_UNAUTHENTICATED_NETWORK=true: ANYONE ON THE NETWORK CAN SPEAK AS ANY USER (replies still go to loopback serviceUrls only)`;
  return [
    '*** DEVELOPMENT MODE: MicrosoftAppId is not set. ***',
    'Requests to /api/messages are NOT authenticated: any caller that reaches it can speak as any user.',
    `Use it only with the Bot Framework Emulator; ${reach}.`,
    'Set MicrosoftAppId and MicrosoftAppPassword before exposing the bot to Teams.',
  ].join(' ');
}
