import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import type { ErrorObject, ValidateFunction } from 'ajv-draft-04';

/** The newest manifest schema `@microsoft/app-manifest` ships (vDevPreview aside); manifest.json is pinned to it. */
export const TEAMS_SCHEMA_VERSION = '1.30';

/** Where `@microsoft/app-manifest` ships that version's schemas, relative to the repo root. */
export const TEAMS_SCHEMA_DIR = path.join('node_modules', '@microsoft', 'app-manifest', 'build', 'json-schemas', 'teams', `v${TEAMS_SCHEMA_VERSION}`);

/** Compiled validators for the app manifest and its localization files. */
export interface TeamsValidators {
  readonly manifest: ValidateFunction;
  readonly localization: ValidateFunction;
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/**
 * Compiles Microsoft's own draft-04 schemas for Teams manifest v1.30 (synchronous, for the
 * packaging script and the localization file, which the package's validator does not cover).
 * The JSON files are read directly: importing `@microsoft/app-manifest` itself fails under jest.
 * @param repoRoot directory that holds `node_modules`.
 */
export function createTeamsValidators(repoRoot: string): TeamsValidators {
  const dir = path.join(repoRoot, TEAMS_SCHEMA_DIR);
  // ajv-draft-04 is CommonJS; under NodeNext the default import is the module object, whose
  // `.default` is the class both at runtime and for the type checker.
  // Vendor-schema quirks: a lone `]` in a localization key pattern is illegal under the `u` flag,
  // and several objects use additionalProperties without `type: "object"` (a strictTypes warning).
  // Every other strict-mode check (unknown keywords, unknown formats) stays on.
  const ajv = new AjvDraft04.default({ allErrors: true, unicodeRegExp: false, strictTypes: false });
  // The only format the schemas use is "uri" (on `$schema`); checked here so strict mode stays on
  // without pulling in ajv-formats.
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  return {
    manifest: ajv.compile(readJson(path.join(dir, 'MicrosoftTeams.schema.json')) as object),
    localization: ajv.compile(readJson(path.join(dir, 'MicrosoftTeams.Localization.schema.json')) as object),
  };
}

/** Runs in a child Node: the package require()s ES modules, which Node does natively and jest cannot. */
const VALIDATE_SCRIPT = `
const { readFileSync } = require('node:fs');
const [packageJson, schemaFile] = process.argv.slice(1);
const { AppManifestUtils } = require('node:module').createRequire(packageJson)('@microsoft/app-manifest');
const manifest = JSON.parse(readFileSync(0, 'utf8'));
AppManifestUtils.validateAgainstSchema(manifest, JSON.parse(readFileSync(schemaFile, 'utf8'))).then(
  (errors) => process.stdout.write(JSON.stringify(errors)),
  (error) => { process.stderr.write(String(error && error.stack || error)); process.exitCode = 1; });`;

/**
 * Validates a manifest with `@microsoft/app-manifest`'s own validator (AppManifestUtils, as the
 * Teams tooling uses it), given the schema file the package ships so nothing is fetched.
 * @returns the validator's messages; empty when valid. Throws when the validator itself fails.
 */
export function validateWithAppManifest(repoRoot: string, manifest: unknown): string[] {
  const schemaFile = path.join(repoRoot, TEAMS_SCHEMA_DIR, 'MicrosoftTeams.schema.json');
  const run = spawnSync(process.execPath, ['-e', VALIDATE_SCRIPT, path.join(repoRoot, 'package.json'), schemaFile], { input: JSON.stringify(manifest), encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`@microsoft/app-manifest validator failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as string[];
}

/** One line per schema error, e.g. `/bots/0/botId must match pattern "..."`. */
export function describeSchemaErrors(errors: readonly ErrorObject[] | null | undefined): string {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`).join('\n');
}
