import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { quietBotbuilderAuthErrors } from '../../../src/channels/teams/auth-noise.js';
import { createBotAuthentication, VALIDATED_TOKEN_TTL_MS } from '../../../src/channels/teams/bot-authentication.js';
import { CHANNEL_ISSUER, FakeOpenId } from '../support/fake-openid.js';

const APP_ID = '00000000-0000-4000-8000-00000000707e';
const SERVICE_URL = 'https://smba.trafficmanager.net/amer/';

let openId: FakeOpenId;
beforeAll(async () => {
  quietBotbuilderAuthErrors();
  openId = await FakeOpenId.start();
});
afterAll(async () => openId.close());
afterEach(() => {
  jest.restoreAllMocks();
});

/** Authentication with an app id, on a clock the test moves. */
function authentication(clock: { now: number }) {
  return createBotAuthentication({ appId: APP_ID, appPassword: 'not-a-real-secret', appType: 'MultiTenant', tenantId: '', openIdMetadata: openId.metadataUrl, allowUnauthenticatedNetwork: false }, undefined, () => clock.now);
}

const activity = (serviceUrl = SERVICE_URL, channelId = 'msteams') => ({ type: 'message', id: 'a-1', channelId, serviceUrl, conversation: { id: 'c' } }) as never;
const bearer = (claims: Record<string, unknown> = {}) => `Bearer ${openId.token({ iss: CHANNEL_ISSUER, aud: APP_ID, serviceurl: SERVICE_URL, ...claims })}`;

/** Counts botbuilder's own checks (the remembered path does not call it). */
function countChecks() {
  return jest.spyOn(ConfigurationBotFrameworkAuthentication.prototype, 'authenticateRequest');
}

describe('Teams tokens checked once (with an app id)', () => {
  it('checks a token once and gives every later request with it the same identity', async () => {
    const clock = { now: Date.now() };
    const auth = authentication(clock);
    const checks = countChecks();
    const token = bearer();
    const first = await auth.authenticateRequest(activity(), token);
    const second = await auth.authenticateRequest(activity(), token);
    expect(checks).toHaveBeenCalledTimes(1);
    expect(second.claimsIdentity.isAuthenticated).toBe(true);
    expect(second.claimsIdentity.getClaimValue('aud')).toBe(APP_ID);
    expect(second.audience).toBe(first.audience);
    expect(second.callerId).toBe(first.callerId);
    expect(auth.rememberedTokens).toBe(1);
  });

  it('checks it again after VALIDATED_TOKEN_TTL_MS, and after the token\'s own exp when that comes first', async () => {
    const clock = { now: Date.now() };
    const auth = authentication(clock);
    const checks = countChecks();
    const token = bearer();
    await auth.authenticateRequest(activity(), token);
    clock.now += VALIDATED_TOKEN_TTL_MS + 1;
    await auth.authenticateRequest(activity(), token);
    expect(checks).toHaveBeenCalledTimes(2);

    const shortLived = bearer({ exp: Math.floor(clock.now / 1000) + 30 });
    await auth.authenticateRequest(activity(), shortLived);
    clock.now += 31_000;
    await auth.authenticateRequest(activity(), shortLived);
    expect(checks).toHaveBeenCalledTimes(4);
  });

  it('never remembers a refusal, and a remembered token does not cover another service URL or channel', async () => {
    const clock = { now: Date.now() };
    const auth = authentication(clock);
    const checks = countChecks();
    const forged = `Bearer ${openId.token({ iss: CHANNEL_ISSUER, aud: APP_ID, serviceurl: SERVICE_URL }, { untrustedKey: true })}`;
    await expect(auth.authenticateRequest(activity(), forged)).rejects.toThrow();
    await expect(auth.authenticateRequest(activity(), forged)).rejects.toThrow();
    expect(checks).toHaveBeenCalledTimes(2);

    const token = bearer();
    await auth.authenticateRequest(activity(), token);
    await expect(auth.authenticateRequest(activity('https://smba.trafficmanager.net/emea/'), token)).rejects.toThrow();
    await expect(auth.authenticateRequest(activity(SERVICE_URL, 'slack'), token)).rejects.toThrow();
    await expect(auth.authenticateRequest(activity(), '')).rejects.toThrow();
    expect(checks).toHaveBeenCalledTimes(6);
    expect(auth.rememberedTokens).toBe(1);
  });

  it('remembers nothing in development mode (no app id: no token is checked at all)', async () => {
    const auth = createBotAuthentication({ appType: 'MultiTenant', allowUnauthenticatedNetwork: false });
    const checks = countChecks();
    await auth.authenticateRequest(activity(), '');
    await auth.authenticateRequest(activity(), bearer());
    expect(checks).toHaveBeenCalledTimes(2);
    expect(auth.rememberedTokens).toBe(0);
  });
});
