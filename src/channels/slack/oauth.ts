import type { IncomingMessage, ServerResponse } from 'node:http';
import { InstallProvider, type InstallationStore } from '@slack/oauth';
import type { Logger } from 'pino';
import { BOT_SCOPES } from './app-manifest.js';
import { boltLogger } from './bolt-logger.js';
import { errorSummary } from './slack-door.js';

export { BOT_SCOPES } from './app-manifest.js';

export const INSTALL_PATH = '/slack/install';
export const REDIRECT_PATH = '/slack/oauth_redirect';

export interface SlackOAuthOptions {
  clientId: string;
  clientSecret: string;
  /** Signs the state parameter and its cookie (the callback is refused without a matching pair). */
  stateSecret: string;
  installations: InstallationStore;
  logger: Logger;
  /** The public https://…/slack/oauth_redirect, when the app has several redirect URLs. */
  redirectUri?: string;
  /** Test and proxy override of https://slack.com/api/ (oauth.v2.access, auth.test). */
  apiUrl?: string;
}

/**
 * Multi-workspace install with @slack/oauth's `InstallProvider`: GET /slack/install shows the
 * "Add to Slack" page and sets the state cookie; GET /slack/oauth_redirect checks the state
 * against the cookie, exchanges the code (oauth.v2.access) and stores the installation.
 * Failures are answered with Slack's error page and logged by code only (never a token).
 */
export function createSlackOAuth(options: SlackOAuthOptions): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const logger = options.logger.child({ channel: 'slack', component: 'oauth' });
  const slackApiUrl = options.apiUrl ? (options.apiUrl.endsWith('/') ? options.apiUrl : `${options.apiUrl}/`) : undefined;
  const provider = new InstallProvider({
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    stateSecret: options.stateSecret,
    installationStore: options.installations,
    logger: boltLogger(logger),
    ...(slackApiUrl ? { clientOptions: { slackApiUrl } } : {}),
  });
  const installUrl = { scopes: [...BOT_SCOPES], ...(options.redirectUri ? { redirectUri: options.redirectUri } : {}) };
  const callback = {
    success: (installation: { team?: { id?: string } | undefined; enterprise?: { id?: string } | undefined }, _options: unknown, _req: IncomingMessage, res: ServerResponse) => {
      logger.info({ team: installation.team?.id, enterprise: installation.enterprise?.id }, 'slack: installed in a workspace');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<html><body><p>Partner Support is installed. You can close this page and message the bot in Slack.</p></body></html>');
    },
    failure: (error: unknown, _options: unknown, _req: IncomingMessage, res: ServerResponse) => {
      logger.warn({ err: errorSummary(error) }, 'slack: an install was refused');
      res.writeHead(400, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<html><body><p>The installation could not be completed. Please start again from the install page.</p></body></html>');
    },
  };
  return async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === REDIRECT_PATH) return provider.handleCallback(req, res, callback, installUrl);
    return provider.handleInstallPath(req, res, {}, installUrl);
  };
}
