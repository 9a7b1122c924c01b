import { describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { ConfigError, loadConfig } from '../../../src/config.js';

const problems = (env: Record<string, string>): string => {
  try {
    loadConfig(env);
    return '';
  } catch (error) {
    return error instanceof ConfigError ? error.message : String(error);
  }
};
const key = randomBytes(32).toString('base64');
const oauth = { SLACK_CLIENT_ID: '1.2', SLACK_CLIENT_SECRET: 'cs', SLACK_STATE_SECRET: 'ss', SLACK_TOKEN_KEY: key };

describe('Slack configuration modes', () => {
  it('Socket Mode: an app token and a bot token, no signing secret needed', () => {
    expect(loadConfig({ SLACK_APP_TOKEN: 'xapp-1-A-1-x', SLACK_BOT_TOKEN: 'xoxb-1' }).slack).toEqual({ appToken: 'xapp-1-A-1-x', botToken: 'xoxb-1' });
    expect(problems({ SLACK_APP_TOKEN: 'xoxb-wrong', SLACK_BOT_TOKEN: 'xoxb-1' })).toContain('SLACK_APP_TOKEN: must be an app-level token');
    expect(problems({ SLACK_APP_TOKEN: 'xapp-1' })).toContain('SLACK_BOT_TOKEN');
  });

  it('OAuth: all four variables and the signing secret; no bot token needed', () => {
    expect(loadConfig({ SLACK_SIGNING_SECRET: 's', ...oauth }).slack).toEqual({ signingSecret: 's', oauth: { clientId: '1.2', clientSecret: 'cs', stateSecret: 'ss', tokenKey: key } });
    expect(problems({ SLACK_SIGNING_SECRET: 's', SLACK_CLIENT_ID: '1.2' })).toContain('OAuth install needs all of');
    expect(problems({ ...oauth })).toContain('SLACK_SIGNING_SECRET: OAuth install needs the signing secret');
    expect(problems({ SLACK_SIGNING_SECRET: 's', ...oauth, SLACK_TOKEN_KEY: randomBytes(16).toString('base64') })).toContain('SLACK_TOKEN_KEY: must be 32 bytes');
  });
});
