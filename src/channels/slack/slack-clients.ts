import { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import { boltLogger } from './bolt-logger.js';

/** The workspace (and Enterprise Grid org) a request came from. */
export interface Workspace {
  team: string;
  enterprise?: string;
}

/** Where bot tokens come from: one workspace's SLACK_BOT_TOKEN, or the installations of the OAuth flow. */
export interface BotTokens {
  /** The bot token for the workspace; undefined when the app is not installed there. */
  tokenFor(workspace: Workspace): Promise<string | undefined>;
}

/** Single-workspace mode: every request is answered with the one configured token. */
export const singleToken = (token: string): BotTokens => ({ tokenFor: async () => token });

export interface SlackClientsOptions {
  tokens: BotTokens;
  logger: Logger;
  /** Test and proxy override of https://slack.com/api/. */
  apiUrl?: string;
}

/**
 * Web API clients per workspace, each with that workspace's bot token (one client per token,
 * reused). Tokens live only inside the clients: never in a log line.
 */
export class SlackClients {
  private readonly byToken = new Map<string, webApi.WebClient>();
  private readonly apiUrl: string | undefined;

  constructor(private readonly options: SlackClientsOptions) {
    const url = options.apiUrl;
    this.apiUrl = url ? (url.endsWith('/') ? url : `${url}/`) : undefined;
  }

  /** The client for the workspace, or undefined when no token is known for it. */
  async for(workspace: Workspace): Promise<webApi.WebClient | undefined> {
    const token = await this.options.tokens.tokenFor(workspace);
    return token ? this.withToken(token) : undefined;
  }

  /** A client for a token (also for calls made before any installation exists, e.g. oauth.v2.access). */
  withToken(token: string | undefined): webApi.WebClient {
    const key = token ?? '';
    let client = this.byToken.get(key);
    if (!client) {
      client = new webApi.WebClient(token, { ...(this.apiUrl ? { slackApiUrl: this.apiUrl } : {}), retryConfig: { retries: 2, maxTimeout: 2000 }, logger: boltLogger(this.options.logger) });
      // Bounded: a workspace that reinstalled leaves its old token's client behind.
      if (this.byToken.size >= 1000) this.byToken.delete(this.byToken.keys().next().value ?? key);
      this.byToken.set(key, client);
    }
    return client;
  }

  get apiBase(): string | undefined {
    return this.apiUrl;
  }
}
