import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { StorePort } from '../../core/ports.js';
import type { BotTokens, Workspace } from './slack-clients.js';
import type { EventHook } from './slack-door.js';

/** Where installations live: the store's key-value state (file store now, PostgreSQL later: the same port). */
export type InstallationPort = Pick<StorePort, 'readState' | 'writeState' | 'deleteState'>;

const PREFIX = 'slack/installations/';
const sealedSchema = z.object({ v: z.literal(1), iv: z.string(), tag: z.string(), data: z.string() });

/** A 32-byte AES key from `SLACK_TOKEN_KEY` (base64); throws when it is not one. */
export function tokenKey(base64: string): Buffer {
  const key = Buffer.from(base64, 'base64');
  if (key.length !== 32) throw new Error('SLACK_TOKEN_KEY must be 32 bytes, base64-encoded (e.g. `openssl rand -base64 32`)');
  return key;
}

/** AES-256-GCM with a fresh 96-bit IV per write; the key id (the state key) is authenticated too. */
function seal(key: Buffer, aad: string, plaintext: string): z.infer<typeof sealedSchema> {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(aad));
  const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return { v: 1, iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64') };
}

function unseal(key: Buffer, aad: string, sealed: z.infer<typeof sealedSchema>): string {
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64')).setAAD(Buffer.from(aad));
  decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]).toString('utf8');
}

/** An org-wide install is found by its enterprise, any other by its workspace. */
function keyOf(query: { teamId?: string | undefined; enterpriseId?: string | undefined; isEnterpriseInstall?: boolean | undefined }): string {
  return query.isEnterpriseInstall && query.enterpriseId ? `${PREFIX}E:${query.enterpriseId}` : `${PREFIX}T:${query.teamId ?? ''}`;
}

/**
 * Slack OAuth installations (Bolt's `InstallationStore`) in our store, the whole installation
 * (bot token included) encrypted at rest with AES-256-GCM under a key from the environment.
 * Also the door's {@link BotTokens}: the bot token of a workspace, or of its Enterprise Grid org.
 */
export class StoredInstallations implements InstallationStore, BotTokens {
  constructor(
    private readonly store: InstallationPort,
    private readonly key: Buffer,
  ) {}

  async storeInstallation(installation: Installation): Promise<void> {
    const key = keyOf({ teamId: installation.team?.id, enterpriseId: installation.enterprise?.id, isEnterpriseInstall: installation.isEnterpriseInstall });
    await this.store.writeState({ [key]: { value: { sealed: seal(this.key, key, JSON.stringify(installation)) } } });
  }

  async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation> {
    const found = await this.read(keyOf(query));
    if (!found) throw Object.assign(new Error('no installation for this workspace'), { code: 'slack_not_installed' });
    return found;
  }

  async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
    await this.store.deleteState([keyOf(query)]);
  }

  async tokenFor(workspace: Workspace): Promise<string | undefined> {
    const own = await this.read(keyOf({ teamId: workspace.team }));
    const org = own || !workspace.enterprise ? undefined : await this.read(keyOf({ enterpriseId: workspace.enterprise, isEnterpriseInstall: true }));
    return (own ?? org)?.bot?.token;
  }

  private async read(key: string): Promise<Installation | undefined> {
    const item = (await this.store.readState([key]))[key];
    const sealed = sealedSchema.safeParse(item?.value['sealed']);
    if (!sealed.success) return undefined;
    return JSON.parse(unseal(this.key, key, sealed.data)) as Installation;
  }
}

/**
 * app_uninstalled, and tokens_revoked for the bot's token: the workspace's installation (or the
 * org's, for an org-wide install) is deleted, so nothing is ever sent with a dead token.
 */
export function uninstallHooks(installations: Pick<StoredInstallations, 'deleteInstallation'>, logger: Logger): Record<string, EventHook> {
  const forget: EventHook = async (body, event) => {
    const revoked = (event['tokens'] as { bot?: unknown[] } | undefined)?.bot;
    if (event['type'] === 'tokens_revoked' && !revoked?.length) return; // only user tokens: the bot keeps working
    const orgWide = (body['authorizations'] as { is_enterprise_install?: unknown }[] | undefined)?.[0]?.is_enterprise_install === true;
    const teamId = typeof body['team_id'] === 'string' ? body['team_id'] : undefined;
    const enterpriseId = typeof body['enterprise_id'] === 'string' ? body['enterprise_id'] : undefined;
    await installations.deleteInstallation({ teamId, enterpriseId, isEnterpriseInstall: orgWide } as InstallationQuery<boolean>);
    logger.info({ team: teamId, enterprise: enterpriseId, event: event['type'] }, 'slack: installation removed');
  };
  return { app_uninstalled: forget, tokens_revoked: forget };
}
