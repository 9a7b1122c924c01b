import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { Ajv } from 'ajv';
import { BOT_SCOPES, INSTALL_EVENTS, MESSAGE_EVENTS } from '../../src/channels/slack/app-manifest.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

interface SlackManifest {
  display_information: { name: string };
  features: {
    bot_user: { display_name: string };
    app_home: { home_tab_enabled: boolean; messages_tab_enabled: boolean; messages_tab_read_only_enabled: boolean };
    slash_commands: { command: string; url?: string; usage_hint: string }[];
  };
  oauth_config: { scopes: { bot: string[] }; redirect_urls?: string[] };
  settings: {
    event_subscriptions: { request_url?: string; bot_events: string[] };
    interactivity: { is_enabled: boolean; request_url?: string };
    socket_mode_enabled: boolean;
  };
}

const manifest = readJson(path.join(repoRoot, 'manifest', 'slack', 'manifest.json')) as SlackManifest;
/** The variant for local development: Socket Mode, one workspace, no public URL. */
const socketManifest = readJson(path.join(repoRoot, 'manifest', 'slack', 'manifest.socket-mode.json')) as SlackManifest;
// Slack's own draft-07 schema (vendored with its MIT licence in manifest/slack/schema/); strict off because it carries non-standard keywords ("regex", "_note").
// Its one "format" (uri) is checked with URL.canParse rather than pulling in ajv-formats.
const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addFormat('uri', (value: string) => URL.canParse(value));
const validate = ajv.compile(readJson(path.join(repoRoot, 'manifest', 'slack', 'schema', 'slack-app-manifest.v1.schema.json')) as object);
const errorsOf = (): string => (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`).join('\n');

describe('Slack app manifest', () => {
  it.each([['manifest.json', manifest], ['manifest.socket-mode.json', socketManifest]])('%s passes Slack\'s manifest schema', (_name, m) => {
    const ok = validate(m);
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

  it('subscribes to exactly the events the door handles (with OAuth: uninstalls too), and users can write to it in DMs', () => {
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual([...MESSAGE_EVENTS, ...INSTALL_EVENTS].sort());
    expect([...socketManifest.settings.event_subscriptions.bot_events].sort()).toEqual([...MESSAGE_EVENTS].sort());
    expect(manifest.features.app_home.messages_tab_enabled).toBe(true);
    for (const m of [manifest, socketManifest]) expect(m.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.features.app_home.messages_tab_read_only_enabled).toBe(false);
  });

  it('asks for exactly the bot scopes the app uses (the OAuth install asks for the same)', () => {
    for (const m of [manifest, socketManifest]) expect([...m.oauth_config.scopes.bot].sort()).toEqual([...BOT_SCOPES].sort());
  });

  it('HTTP variant: OAuth redirect to /slack/oauth_redirect; Socket Mode variant: socket mode on and no request URLs', () => {
    expect(manifest.oauth_config.redirect_urls).toEqual(['https://YOUR-PUBLIC-HOST/slack/oauth_redirect']);
    expect(socketManifest.settings.socket_mode_enabled).toBe(true);
    expect(JSON.stringify(socketManifest)).not.toContain('YOUR-PUBLIC-HOST');
    const { settings: _s, oauth_config: _o, features: f1, ...rest1 } = manifest;
    const { settings: _s2, oauth_config: _o2, features: f2, ...rest2 } = socketManifest;
    expect(rest2).toEqual(rest1);
    expect(f2.slash_commands.map((c) => c.command)).toEqual(f1.slash_commands.map((c) => c.command));
  });
});
