/* global process, console, URL */
/**
 * `npm run build`: compiles src/ and dialogs/ to dist/ (tsconfig.build.json) and copies the
 * runtime assets tsc does not emit (the i18n JSON files). With `--if-stale` (`prestart`) it does
 * nothing when dist/ was built from the same sources, so `npm start` stays fast after the first
 * run; a container's runtime image has no sources and skips it too.
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = path.join(root, 'dist');
const stamp = path.join(dist, '.build-hash');
const SOURCE_DIRS = ['src', 'dialogs'];
const INPUTS = [...SOURCE_DIRS, 'tsconfig.json', 'tsconfig.build.json', 'package.json', 'package-lock.json'];

/** Every file under `rel`, relative to the root, sorted so the hash does not depend on directory order. */
function files(rel) {
  const full = path.join(root, rel);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [rel];
  return readdirSync(full)
    .flatMap((name) => files(path.join(rel, name)))
    .sort();
}

/** Content hash of everything the build reads: a checkout or an edit changes it, a touch does not. */
function sourceHash() {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap(files)) hash.update(`${file}\0`).update(readFileSync(path.join(root, file))).update('\0');
  return hash.digest('hex');
}

function build(hash) {
  rmSync(dist, { recursive: true, force: true });
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const run = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
  for (const file of SOURCE_DIRS.flatMap(files).filter((f) => !f.endsWith('.ts'))) cpSync(path.join(root, file), path.join(dist, file));
  writeFileSync(stamp, `${hash}\n`);
}

const ifStale = process.argv.includes('--if-stale');
if (ifStale && !existsSync(path.join(root, 'src'))) process.exit(0);
const hash = sourceHash();
const built = existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === hash;
if (ifStale && built) process.exit(0);
console.error(ifStale ? 'dist/ is missing or older than the sources: building (npm run build)…' : 'building dist/ …');
build(hash);
