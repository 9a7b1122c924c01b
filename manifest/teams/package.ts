/**
 * Builds the Teams app package: manifest/teams/build/partner-support.zip.
 * Usage: MicrosoftAppId=<bot app id> [TEAMS_APP_ID=<guid>] npm run package:teams
 * The pure part (template + env -> manifest) is `buildTeamsManifest`; `packageTeamsApp`
 * validates against Microsoft's schema and writes the zip.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AdmZip from 'adm-zip';
import { loadEnvFileIfPresent } from '../../src/env-file.js';
import { withTeamsEnvNames } from '../../src/teams-env.js';
import { createTeamsValidators, describeSchemaErrors, TEAMS_SCHEMA_VERSION, validateWithAppManifest } from './teams-schema.js';
import type { TeamsValidators } from './teams-schema.js';

/** The id committed in manifest.json; a real package must never carry it. */
export const PLACEHOLDER_ID = '00000000-0000-0000-0000-000000000000';

const GUID = /^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i;

/** Fixed UUIDv5 namespace for app ids derived from bot ids (any constant works; never change it). */
const APP_ID_NAMESPACE = '6f1d3c52-8a4e-4b7a-9d0e-3c2b5a718e44';

/** The parts of the manifest this script rewrites; everything else passes through untouched. */
export interface TeamsManifest {
  id: string;
  icons: { color: string; outline: string };
  bots?: { botId: string; commandLists?: { scopes: string[]; commands: { title: string; description: string }[] }[] }[];
  localizationInfo?: { additionalLanguages?: { file: string }[] };
  [key: string]: unknown;
}

export type BuildResult =
  | { readonly kind: 'built'; readonly manifest: TeamsManifest; readonly appId: string; readonly botId: string }
  | { readonly kind: 'refused'; readonly message: string };

/**
 * UUIDv5 (RFC 4122, SHA-1) of `name` in `namespace`: the same bot always gets the same Teams
 * app id, so a re-upload updates the app instead of installing a second copy.
 */
export function uuidV5(name: string, namespace: string): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest()
    .subarray(0, 16);
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.toString('hex');
  return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join('-');
}

function checkGuid(name: string, value: string): string | undefined {
  if (!GUID.test(value)) return `${name} must be a GUID like 12345678-abcd-4321-abcd-1234567890ab (got "${value}").`;
  if (value === PLACEHOLDER_ID) return `${name} is still the placeholder ${PLACEHOLDER_ID}; use the real id.`;
  return undefined;
}

/**
 * Fills the template's placeholder ids from the environment. Pure: reads nothing but its inputs.
 * `MicrosoftAppId` (required) becomes every bot's `botId`; `TEAMS_APP_ID` (optional) becomes the
 * app `id`, defaulting to a UUIDv5 derived from the bot id.
 */
export function buildTeamsManifest(template: TeamsManifest, env: Readonly<Record<string, string | undefined>>): BuildResult {
  const botId = env['MicrosoftAppId']?.trim() ?? '';
  if (botId === '') {
    return { kind: 'refused', message: 'MicrosoftAppId is not set. Set it to the Azure Bot\'s Microsoft App ID: MicrosoftAppId=<guid> npm run package:teams' };
  }
  const badBot = checkGuid('MicrosoftAppId', botId);
  if (badBot !== undefined) return { kind: 'refused', message: badBot };
  const appId = env['TEAMS_APP_ID']?.trim() || uuidV5(botId.toLowerCase(), APP_ID_NAMESPACE);
  const badApp = checkGuid('TEAMS_APP_ID', appId);
  if (badApp !== undefined) return { kind: 'refused', message: badApp };
  const manifest = structuredClone(template);
  manifest.id = appId;
  for (const bot of manifest.bots ?? []) bot.botId = botId;
  return { kind: 'built', manifest, appId, botId };
}

export interface PackageOptions {
  readonly manifest: TeamsManifest;
  /** Directory holding the icons and localization files the manifest names. */
  readonly sourceDir: string;
  readonly outFile: string;
  readonly validators: TeamsValidators;
}

export type PackageResult =
  | { readonly kind: 'written'; readonly file: string; readonly entries: readonly string[] }
  | { readonly kind: 'invalid'; readonly problems: string };

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Validates the manifest and every localization file it names, then zips them with the icons at the zip root. */
export function packageTeamsApp(options: PackageOptions): PackageResult {
  const { manifest, sourceDir, outFile, validators } = options;
  if (!validators.manifest(manifest)) {
    return { kind: 'invalid', problems: `manifest.json:\n${describeSchemaErrors(validators.manifest.errors)}` };
  }
  const languageFiles = (manifest.localizationInfo?.additionalLanguages ?? []).map((lang) => lang.file);
  for (const file of languageFiles) {
    if (!validators.localization(readJson(path.join(sourceDir, file)))) {
      return { kind: 'invalid', problems: `${file}:\n${describeSchemaErrors(validators.localization.errors)}` };
    }
  }
  const zip = new AdmZip();
  zip.addFile('manifest.json', Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8'));
  for (const file of [...languageFiles, manifest.icons.color, manifest.icons.outline]) {
    zip.addFile(file, readFileSync(path.join(sourceDir, file)));
  }
  mkdirSync(path.dirname(outFile), { recursive: true });
  zip.writeZip(outFile);
  return { kind: 'written', file: outFile, entries: zip.getEntries().map((entry) => entry.entryName) };
}

function main(): number {
  const here = path.dirname(fileURLToPath(import.meta.url));
  loadEnvFileIfPresent();
  // The bot id under any of the names Microsoft's tooling writes (CLIENT_ID, BOT_ID).
  const built = buildTeamsManifest(readJson(path.join(here, 'manifest.json')) as TeamsManifest, withTeamsEnvNames(process.env).env);
  if (built.kind === 'refused') {
    console.error(`package:teams refused: ${built.message}`);
    return 1;
  }
  const problems = validateWithAppManifest(path.resolve(here, '..', '..'), built.manifest);
  if (problems.length > 0) {
    console.error(`package:teams refused: @microsoft/app-manifest's validator says:\n${problems.join('\n')}`);
    return 1;
  }
  const result = packageTeamsApp({
    manifest: built.manifest,
    sourceDir: here,
    outFile: path.join(here, 'build', 'partner-support.zip'),
    validators: createTeamsValidators(path.resolve(here, '..', '..')),
  });
  if (result.kind === 'invalid') {
    console.error(`package:teams refused: the package does not match the Teams v${TEAMS_SCHEMA_VERSION} schema.\n${result.problems}`);
    return 1;
  }
  console.log(`wrote ${result.file} (${result.entries.join(', ')}); app id ${built.appId}, bot id ${built.botId}`);
  return 0;
}

// Run only as a script (tsx manifest/teams/package.ts), not when a test imports the functions.
if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main();
}
