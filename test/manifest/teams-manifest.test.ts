import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from '@jest/globals';
import AdmZip from 'adm-zip';
import { buildTeamsManifest, packageTeamsApp, PLACEHOLDER_ID, uuidV5 } from '../../manifest/teams/package.js';
import type { TeamsManifest } from '../../manifest/teams/package.js';
import { createTeamsValidators, describeSchemaErrors, TEAMS_SCHEMA_DIR, TEAMS_SCHEMA_VERSION, validateWithAppManifest } from '../../manifest/teams/teams-schema.js';
import { readPng } from './png-reader.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const teamsDir = path.join(repoRoot, 'manifest', 'teams');
const readJson = (file: string): unknown => JSON.parse(readFileSync(path.join(teamsDir, file), 'utf8'));
const template = readJson('manifest.json') as TeamsManifest;
const korean = readJson('ko-KR.json') as Record<string, unknown>;
const validators = createTeamsValidators(repoRoot);
const BOT_ID = '0f8fad5b-d9cb-469f-a165-70867728950e';

const tempDirs: string[] = [];
afterAll(() => tempDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function built(env: Record<string, string>): TeamsManifest {
  const result = buildTeamsManifest(template, env);
  if (result.kind !== 'built') throw new Error(`expected a manifest, got: ${result.message}`);
  return result.manifest;
}

/** Resolves `bots[0].commandLists[1].commands[2].title` or `name.short` in an object. */
function lookup(root: unknown, key: string): unknown {
  return key.split('.').flatMap((part) => {
    const [name, ...indexes] = part.split(/[[\]]+/).filter((s) => s !== '');
    return [name ?? '', ...indexes];
  }).reduce<unknown>((node, step) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[step] : undefined), root);
}

describe(`Teams manifest (schema v${TEAMS_SCHEMA_VERSION})`, () => {
  it('is pinned to the newest schema version @microsoft/app-manifest ships', () => {
    const shipped = readdirSync(path.join(repoRoot, TEAMS_SCHEMA_DIR, '..')).filter((v) => /^v\d+\.\d+$/.test(v));
    const newest = shipped.map((v) => v.slice(1)).sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1])).at(-1);
    expect(TEAMS_SCHEMA_VERSION).toBe(newest);
    expect(template['manifestVersion']).toBe(TEAMS_SCHEMA_VERSION);
    expect(template['$schema']).toBe(`https://developer.microsoft.com/en-us/json-schemas/teams/v${TEAMS_SCHEMA_VERSION}/MicrosoftTeams.schema.json`);
    expect(korean['$schema']).toBe(`https://developer.microsoft.com/en-us/json-schemas/teams/v${TEAMS_SCHEMA_VERSION}/MicrosoftTeams.Localization.schema.json`);
  });

  it('passes @microsoft/app-manifest\'s own validator, as committed and as packaged', () => {
    expect(validateWithAppManifest(repoRoot, template)).toEqual([]);
    expect(validateWithAppManifest(repoRoot, built({ MicrosoftAppId: BOT_ID }))).toEqual([]);
    const broken = validateWithAppManifest(repoRoot, { ...template, bots: [{ ...template.bots?.[0], botId: 'not-a-guid' }] });
    expect(broken.join('\n')).toMatch(/botId/);
  });

  it('the committed manifest.json passes the schema compiled for packaging', () => {
    const ok = validators.manifest(template);
    expect(describeSchemaErrors(validators.manifest.errors)).toBe('');
    expect(ok).toBe(true);
  });

  it('rejects a manifest with a bad field (the validator is live)', () => {
    expect(validators.manifest({ ...template, manifestVersion: '0' })).toBe(false);
    expect(describeSchemaErrors(validators.manifest.errors)).toContain('/manifestVersion');
    expect(validators.manifest({ ...template, bots: [{ ...template.bots?.[0], botId: 'not-a-guid' }] })).toBe(false);
    expect(validators.localization({ ...korean, 'bots[0].commandLists[0].commands[0].label': 'x' })).toBe(false);
  });

  it('offers help, benefits, ids, error, incidents and human everywhere, and activate in the personal chat', () => {
    const lists = template.bots?.[0]?.commandLists ?? [];
    expect(lists.flatMap((list) => list.scopes).sort()).toEqual(['groupChat', 'personal', 'team']);
    for (const list of lists) {
      const personal = list.scopes.includes('personal');
      expect(list.commands.map((c) => c.title)).toEqual(['help', 'benefits', 'ids', 'error', 'incidents', ...(personal ? ['activate'] : []), 'human']);
    }
    const sharedIds = lists.filter((l) => !l.scopes.includes('personal')).map((l) => l.commands[2]?.description ?? '');
    expect(sharedIds).toEqual([expect.stringContaining('personal chat'), expect.stringContaining('personal chat')]);
  });
});

describe('Korean localization (ko-KR.json)', () => {
  it('is named by localizationInfo and passes the localization schema', () => {
    expect(template.localizationInfo?.additionalLanguages).toEqual([{ languageTag: 'ko-kr', file: 'ko-KR.json' }]);
    const ok = validators.localization(korean);
    expect(describeSchemaErrors(validators.localization.errors)).toBe('');
    expect(ok).toBe(true);
  });

  it('every key points at an existing string in manifest.json', () => {
    const keys = Object.keys(korean).filter((key) => key !== '$schema');
    const dangling = keys.filter((key) => typeof lookup(template, key) !== 'string');
    expect(dangling).toEqual([]);
  });

  it('translates every command title and description, in Korean', () => {
    const lists = template.bots?.[0]?.commandLists ?? [];
    const expected = lists.flatMap((list, i) => list.commands.flatMap((_, j) => [
      `bots[0].commandLists[${i}].commands[${j}].title`, `bots[0].commandLists[${i}].commands[${j}].description`]));
    expect(expected).toHaveLength(38);
    for (const key of expected) expect(korean[key]).toEqual(expect.any(String));
    expect(korean['name.short']).toMatch(/[가-힣]/);
    expect(korean['bots[0].commandLists[1].commands[2].description']).toContain('개인 채팅');
  });
});

describe('buildTeamsManifest', () => {
  it('puts MicrosoftAppId into the bot and derives a stable app id that still validates', () => {
    const manifest = built({ MicrosoftAppId: BOT_ID });
    expect(manifest.bots?.map((bot) => bot.botId)).toEqual([BOT_ID]);
    expect(manifest.id).not.toBe(PLACEHOLDER_ID);
    expect(manifest.id).toBe(built({ MicrosoftAppId: BOT_ID }).id);
    expect(validators.manifest(manifest)).toBe(true);
    expect(template.bots?.[0]?.botId).toBe(PLACEHOLDER_ID);
  });

  it('uses TEAMS_APP_ID when given', () => {
    const appId = '11111111-2222-4333-8444-555555555555';
    expect(built({ MicrosoftAppId: BOT_ID, TEAMS_APP_ID: appId }).id).toBe(appId);
  });

  it.each([
    ['MicrosoftAppId missing', {}, /MicrosoftAppId is not set/],
    ['MicrosoftAppId blank', { MicrosoftAppId: ' ' }, /MicrosoftAppId is not set/],
    ['MicrosoftAppId not a GUID', { MicrosoftAppId: 'my-bot' }, /MicrosoftAppId must be a GUID/],
    ['MicrosoftAppId is the placeholder', { MicrosoftAppId: PLACEHOLDER_ID }, /MicrosoftAppId is still the placeholder/],
    ['TEAMS_APP_ID not a GUID', { MicrosoftAppId: BOT_ID, TEAMS_APP_ID: 'x' }, /TEAMS_APP_ID must be a GUID/],
  ])('refuses to build: %s', (_case, env, message) => {
    const result = buildTeamsManifest(template, env);
    expect(result).toEqual({ kind: 'refused', message: expect.stringMatching(message) });
  });

  it('derives app ids as RFC 4122 UUIDv5', () => {
    // RFC 4122 DNS namespace test vector.
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });
});

describe('packageTeamsApp', () => {
  function tempZip(): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'teams-pkg-'));
    tempDirs.push(dir);
    return path.join(dir, 'out', 'partner-support.zip');
  }

  it('writes a zip with exactly the four files at its root, carrying the bot id', () => {
    const outFile = tempZip();
    const result = packageTeamsApp({ manifest: built({ MicrosoftAppId: BOT_ID }), sourceDir: teamsDir, outFile, validators });
    expect(result.kind).toBe('written');
    const zip = new AdmZip(outFile);
    expect(zip.getEntries().map((entry) => entry.entryName).sort()).toEqual(['color.png', 'ko-KR.json', 'manifest.json', 'outline.png']);
    const packed = JSON.parse(zip.readAsText('manifest.json')) as TeamsManifest;
    expect(packed.bots?.[0]?.botId).toBe(BOT_ID);
    expect(validators.manifest(packed)).toBe(true);
  });

  it('refuses to write a package whose manifest breaks the schema', () => {
    const outFile = tempZip();
    const result = packageTeamsApp({ manifest: { ...built({ MicrosoftAppId: BOT_ID }), accentColor: 'blue' }, sourceDir: teamsDir, outFile, validators });
    expect(result).toEqual({ kind: 'invalid', problems: expect.stringContaining('/accentColor') });
    expect(existsSync(outFile)).toBe(false);
  });
});

describe('icons', () => {
  const colour = readPng(readFileSync(path.join(teamsDir, 'color.png')));
  const outline = readPng(readFileSync(path.join(teamsDir, 'outline.png')));

  it('are the sizes Teams requires (192x192 colour, 32x32 outline)', () => {
    expect([colour.width, colour.height]).toEqual([192, 192]);
    expect([outline.width, outline.height]).toEqual([32, 32]);
  });

  it('outline is white on transparent only, and not empty', () => {
    const pixels = outline.rgba ?? new Uint8Array();
    expect(pixels).toHaveLength(32 * 32 * 4);
    const offenders: number[] = [];
    let white = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      const [r, g, b, a] = pixels.subarray(i, i + 4);
      if (a === 0) continue;
      if (r === 255 && g === 255 && b === 255) white += 1;
      else offenders.push(i / 4);
    }
    expect(offenders).toEqual([]);
    expect(white).toBeGreaterThan(50);
  });

  it('colour icon is opaque and uses more than one colour', () => {
    const pixels = colour.rgba ?? new Uint8Array();
    const centre = (96 * 192 + 96) * 4;
    expect(pixels[centre + 3]).toBe(255);
    const colours = new Set<string>();
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i + 3] === 255) colours.add(pixels.subarray(i, i + 3).join(','));
    expect(colours.size).toBeGreaterThan(1);
  });
});
