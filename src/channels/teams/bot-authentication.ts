import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { Config } from '../../config.js';
import { isLoopbackHost } from '../../loopback.js';
import { UserTokenClients } from './connector-clients.js';

/** botbuilder's authentication, handing every turn of an app id the same UserTokenClient. */
export class BotAuthentication extends ConfigurationBotFrameworkAuthentication {
  readonly userTokenClients = new UserTokenClients();

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
export function createBotAuthentication(teams: Config['teams'], credentials?: CredentialsFactory): BotAuthentication {
  return new BotAuthentication({
    MicrosoftAppId: teams.appId ?? '',
    MicrosoftAppPassword: teams.appPassword ?? '',
    // Without an app id the type does not matter, and UserAssignedMSI would demand one.
    MicrosoftAppType: teams.appId ? teams.appType : 'MultiTenant',
    MicrosoftAppTenantId: teams.tenantId ?? '',
    ...(teams.openIdMetadata ? { ...PUBLIC_CLOUD, ToBotFromChannelOpenIdMetadataUrl: teams.openIdMetadata } : {}),
  }, credentials);
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
