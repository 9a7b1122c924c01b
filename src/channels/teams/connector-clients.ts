import type { ConfigurationBotFrameworkAuthentication } from 'botbuilder';

/** botbuilder's ConnectorFactory (botframework-connector), as an authenticated request carries it. */
type ConnectorFactory = NonNullable<Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>>['connectorFactory']>;
type ConnectorClient = Awaited<ReturnType<ConnectorFactory['create']>>;

/** Service URLs are a handful per cloud region; the bound only matters if something sends many. */
const DEFAULT_MAX_CLIENTS = 100;

/**
 * CloudAdapter asks the request's ConnectorFactory for a new ConnectorClient on every turn, and
 * building one (its credentials, its HTTP pipeline and serializer) costs about as much CPU as
 * sending the reply. A client holds no per-turn state and its credentials fetch and cache their
 * own tokens, so one client per (app id, audience, service URL) serves every turn, as the older
 * BotFrameworkAdapter did. Bounded: the oldest client is dropped past `max`.
 */
export class ConnectorClients {
  private readonly clients = new Map<string, Promise<ConnectorClient>>();

  constructor(private readonly max = DEFAULT_MAX_CLIENTS) {}

  /** A factory that hands out the cached client, building it with `factory` the first time. */
  reuse(factory: ConnectorFactory): ConnectorFactory {
    // botbuilder's implementation keeps the app id its credentials are for (none in development
    // mode: anonymous credentials); a factory that does not say is left alone.
    if (!Object.hasOwn(factory, 'appId')) return factory;
    const appId = (factory as { appId?: unknown }).appId;
    if (appId !== undefined && appId !== null && typeof appId !== 'string') return factory;
    return { create: (serviceUrl: string, audience?: string) => this.get(`${appId ?? ''}\n${audience ?? ''}\n${serviceUrl}`, () => factory.create(serviceUrl, audience)) };
  }

  get size(): number {
    return this.clients.size;
  }

  private get(key: string, build: () => Promise<ConnectorClient>): Promise<ConnectorClient> {
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
