import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { Ajv } from 'ajv';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

interface SlackManifest {
  display_information: { name: string };
  features: {
    bot_user: { display_name: string };
    app_home: { messages_tab_enabled: boolean; messages_tab_read_only_enabled: boolean };
    slash_commands: { command: string; url: string; usage_hint: string }[];
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { request_url: string; bot_events: string[] };
    interactivity: { is_enabled: boolean; request_url: string };
    socket_mode_enabled: boolean;
  };
}

const manifest = readJson(path.join(repoRoot, 'manifest', 'slack', 'manifest.json')) as SlackManifest;
// Slack's own draft-07 schema (vendored with its MIT licence in manifest/slack/schema/); strict off because it carries non-standard keywords ("regex", "_note").
// Its one "format" (uri) is checked with URL.canParse rather than pulling in ajv-formats.
const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addFormat('uri', (value: string) => URL.canParse(value));
const validate = ajv.compile(readJson(path.join(repoRoot, 'manifest', 'slack', 'schema', 'slack-app-manifest.v1.schema.json')) as object);
const errorsOf = (): string => (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`).join('\n');

describe('Slack app manifest', () => {
  it('passes Slack\'s manifest schema', () => {
    const ok = validate(manifest);
    expect(errorsOf()).toBe('');
    expect(ok).toBe(true);
  });

  it.each([
    ['a slash command without the leading slash', { ...manifest, features: { ...manifest.features, slash_commands: [{ command: 'partner', description: 'x' }] } }],
    ['no display name', { ...manifest, display_information: {} }],
    ['an unknown settings field', { ...manifest, settings: { ...manifest.settings, socket_mode: true } }],
  ])('rejects a manifest with %s (the validator is live)', (_case, broken) => {
    expect(validate(broken)).toBe(false);
  });

  it('offers /partner, and every Slack request comes to /slack/events', () => {
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual(['/partner']);
    const urls = [
      manifest.features.slash_commands[0]?.url,
      manifest.settings.event_subscriptions.request_url,
      manifest.settings.interactivity.request_url,
    ];
    for (const url of urls) expect(url).toMatch(/^https:\/\/[^/]+\/slack\/events$/);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(false);
  });

  it('hears mentions and direct messages, and users can write to it in DMs', () => {
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(expect.arrayContaining(['app_mention', 'message.im']));
    expect(manifest.features.app_home.messages_tab_enabled).toBe(true);
    expect(manifest.features.app_home.messages_tab_read_only_enabled).toBe(false);
  });

  it('asks for exactly the bot scopes the app uses', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(
      ['app_mentions:read', 'chat:write', 'commands', 'im:history', 'im:write', 'users:read']);
  });
});
