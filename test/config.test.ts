import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from '../src/config.js';

describe('configuration from the environment', () => {
  it('has working defaults: loopback, port 3978, the embedded store, Teams dev mode, Slack off', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ host: '127.0.0.1', port: 3978, dataFile: 'data/db.json', teams: { appType: 'MultiTenant' } });
    expect(c.teams.appId).toBeUndefined();
    expect(c.slack).toBeUndefined();
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('lists every missing or invalid variable at once', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud', MicrosoftAppId: 'abc', MicrosoftAppType: 'SingleTenant', SLACK_BOT_TOKEN: 'xoxb-1' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const v of ['PORT', 'LOG_LEVEL', 'MicrosoftAppPassword', 'MicrosoftAppTenantId', 'SLACK_SIGNING_SECRET']) expect(problems).toContain(v);
  });

  it('refuses a password without an app id (a misspelt variable would otherwise start unauthenticated)', () => {
    expect(() => loadConfig({ MicrosoftAppPasword: 'x', MicrosoftAppPassword: 'secret' })).toThrow(/MicrosoftAppId: required when MicrosoftAppPassword is set/);
    expect(() => loadConfig({ MicrosoftAppId: 'id', MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppPassword: 'x' })).toThrow(/must be empty for UserAssignedMSI[\s\S]*MicrosoftAppTenantId: required for UserAssignedMSI/);
  });

  it('turns Slack on only with both secrets, and treats blank values as unset', () => {
    expect(loadConfig({ SLACK_SIGNING_SECRET: 's', SLACK_BOT_TOKEN: 'xoxb-1' }).slack).toEqual({ signingSecret: 's', botToken: 'xoxb-1' });
    expect(loadConfig({ SLACK_SIGNING_SECRET: '  ', SLACK_BOT_TOKEN: '' }).slack).toBeUndefined();
  });
});
