import { readFileSync } from 'node:fs';
import path from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import type { ErrorObject, ValidateFunction } from 'ajv-draft-04';

/** Where `@microsoft/app-manifest` ships the pinned v1.19 schemas, relative to the repo root. */
export const TEAMS_SCHEMA_DIR = path.join('node_modules', '@microsoft', 'app-manifest', 'build', 'json-schemas', 'teams', 'v1.19');

/** Compiled validators for the app manifest and its localization files. */
export interface TeamsValidators {
  readonly manifest: ValidateFunction;
  readonly localization: ValidateFunction;
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/**
 * Compiles Microsoft's own draft-04 schemas for Teams manifest v1.19.
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

/** One line per schema error, e.g. `/bots/0/botId must match pattern "..."`. */
export function describeSchemaErrors(errors: readonly ErrorObject[] | null | undefined): string {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`).join('\n');
}
