import { describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import type { Installation } from '@slack/bolt';
import { pino } from 'pino';
import { StoredInstallations, tokenKey, uninstallHooks, type InstallationPort } from '../../../src/channels/slack/installations.js';

/** The store's key-value state, in memory (a hand-written fake of our port). */
function memoryState(): InstallationPort & { items: Map<string, Record<string, unknown>> } {
  const items = new Map<string, Record<string, unknown>>();
  return {
    items,
    readState: async (keys) => Object.fromEntries(keys.flatMap((k) => (items.has(k) ? [[k, { value: structuredClone(items.get(k)!), eTag: '1' }]] : []))),
    writeState: async (changes) => void Object.entries(changes).forEach(([k, v]) => items.set(k, structuredClone(v.value))),
    deleteState: async (keys) => void keys.forEach((k) => items.delete(k)),
  };
}

const install = (team: string | undefined, token: string, enterprise?: string): Installation =>
  ({ team: team ? { id: team } : undefined, enterprise: enterprise ? { id: enterprise } : undefined, isEnterpriseInstall: !team, bot: { token, scopes: ['chat:write'], userId: 'U0BOT', id: 'B0BOT' }, user: { id: 'U0INSTALLR', token: undefined, scopes: undefined } }) as Installation;

describe('StoredInstallations', () => {
  it('keeps tokens encrypted, finds a workspace’s own install first, then its org’s', async () => {
    const state = memoryState();
    const store = new StoredInstallations(state, randomBytes(32));
    await store.storeInstallation(install('T1', 'xoxb-team-one'));
    await store.storeInstallation(install(undefined, 'xoxb-org-wide', 'E1'));
    expect(JSON.stringify([...state.items])).not.toMatch(/xoxb-/);
    expect(await store.tokenFor({ team: 'T1', enterprise: 'E1' })).toBe('xoxb-team-one');
    expect(await store.tokenFor({ team: 'T2', enterprise: 'E1' })).toBe('xoxb-org-wide');
    expect(await store.tokenFor({ team: 'T3' })).toBeUndefined();
    await store.deleteInstallation({ teamId: 'T1', enterpriseId: undefined, isEnterpriseInstall: false });
    expect(await store.tokenFor({ team: 'T1' })).toBeUndefined();
  });

  it('refuses a tampered record and a record moved to another workspace’s key (GCM with the key as associated data)', async () => {
    const state = memoryState();
    const store = new StoredInstallations(state, randomBytes(32));
    await store.storeInstallation(install('T1', 'xoxb-team-one'));
    const record = state.items.get('slack/installations/T:T1')!;
    state.items.set('slack/installations/T:T9', structuredClone(record));
    await expect(store.tokenFor({ team: 'T9' })).rejects.toThrow();
    const sealed = record['sealed'] as { data: string };
    const flipped = Buffer.from(sealed.data, 'base64');
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    state.items.set('slack/installations/T:T1', { sealed: { ...sealed, data: flipped.toString('base64') } });
    await expect(store.tokenFor({ team: 'T1' })).rejects.toThrow();
  });

  it('a key that is not 32 bytes is refused', () => {
    expect(() => tokenKey(randomBytes(16).toString('base64'))).toThrow(/32 bytes/);
    expect(tokenKey(randomBytes(32).toString('base64'))).toHaveLength(32);
  });
});

describe('uninstall events', () => {
  it('tokens_revoked deletes the installation only when the bot token is revoked; app_uninstalled always', async () => {
    const store = new StoredInstallations(memoryState(), randomBytes(32));
    const hooks = uninstallHooks(store, pino({ level: 'silent' }));
    await store.storeInstallation(install('T1', 'xoxb-team-one'));
    const body = { team_id: 'T1', authorizations: [{ team_id: 'T1', is_enterprise_install: false }] };
    await hooks['tokens_revoked']!(body, { type: 'tokens_revoked', tokens: { oauth: ['U0INSTALLR'], bot: [] } });
    expect(await store.tokenFor({ team: 'T1' })).toBe('xoxb-team-one');
    await hooks['tokens_revoked']!(body, { type: 'tokens_revoked', tokens: { oauth: [], bot: ['U0BOT'] } });
    expect(await store.tokenFor({ team: 'T1' })).toBeUndefined();
    await store.storeInstallation(install('T1', 'xoxb-team-one'));
    await hooks['app_uninstalled']!(body, { type: 'app_uninstalled' });
    expect(await store.tokenFor({ team: 'T1' })).toBeUndefined();
  });
});
