import type { ConfigurationBotFrameworkAuthentication } from 'botbuilder';

/** botbuilder's ConnectorFactory (botframework-connector), as an authenticated request carries it. */
type ConnectorFactory = NonNullable<Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>>['connectorFactory']>;
type ConnectorClient = Awaited<ReturnType<ConnectorFactory['create']>>;
type ClaimsIdentity = Parameters<ConfigurationBotFrameworkAuthentication['createUserTokenClient']>[0];
type UserTokenClient = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['createUserTokenClient']>>;

/** Service URLs are a handful per cloud region; the bound only matters if something sends many. */
const DEFAULT_MAX_CLIENTS = 100;

/** Clients by key, built once; bounded (the oldest dropped past `max`), a failed build not kept. */
class ClientCache<T> {
  private readonly clients = new Map<string, Promise<T>>();

  constructor(private readonly max: number) {}

  get size(): number {
    return this.clients.size;
  }

  get(key: string, build: () => Promise<T>): Promise<T> {
    const cached = this.clients.get(key);
    if (cached) return cached;
    const client = build();
    this.clients.set(key, client);
    // A failed build (credentials unavailable) is not remembered: the next turn tries again.
    client.catch(() => this.clients.get(key) === client && this.clients.delete(key));
    if (this.clients.size > this.max) this.clients.delete(this.clients.keys().next().value as string);
    return client;
  }
}

/**
 * CloudAdapter asks the request's ConnectorFactory for a new ConnectorClient on every turn, and
 * building one (its credentials, its HTTP pipeline and serializer) costs about as much CPU as
 * sending the reply. A client holds no per-turn state and its credentials fetch and cache their
 * own tokens, so one client per (app id, audience, service URL) serves every turn, as the older
 * BotFrameworkAdapter did. Bounded: the oldest client is dropped past `max`.
 */
export class ConnectorClients {
  private readonly clients: ClientCache<ConnectorClient>;

  constructor(max = DEFAULT_MAX_CLIENTS) {
    this.clients = new ClientCache(max);
  }

  /** A factory that hands out the cached client, building it with `factory` the first time. */
  reuse(factory: ConnectorFactory): ConnectorFactory {
    // botbuilder's implementation keeps the app id its credentials are for (none in development
    // mode: anonymous credentials); a factory that does not say is left alone.
    if (!Object.hasOwn(factory, 'appId')) return factory;
    const appId = (factory as { appId?: unknown }).appId;
    if (appId !== undefined && appId !== null && typeof appId !== 'string') return factory;
    return { create: (serviceUrl: string, audience?: string) => this.clients.get(`${appId ?? ''}\n${audience ?? ''}\n${serviceUrl}`, () => factory.create(serviceUrl, audience)) };
  }

  get size(): number {
    return this.clients.size;
  }
}

/**
 * Likewise, CloudAdapter builds a UserTokenClient (credentials and another HTTP pipeline) for
 * every turn, for sign-in flows this bot does not have. It depends only on the app id the request
 * was for (botbuilder's `getAppId`: the audience claim, else the appid claim), so one per app id
 * serves every turn; bounded like the connector clients.
 */
export class UserTokenClients {
  private readonly clients: ClientCache<UserTokenClient>;

  constructor(max = DEFAULT_MAX_CLIENTS) {
    this.clients = new ClientCache(max);
  }

  get(identity: ClaimsIdentity, build: (identity: ClaimsIdentity) => Promise<UserTokenClient>): Promise<UserTokenClient> {
    const appId = identity.getClaimValue('aud') ?? identity.getClaimValue('appid') ?? '';
    return this.clients.get(appId, () => build(identity));
  }

  get size(): number {
    return this.clients.size;
  }
}
