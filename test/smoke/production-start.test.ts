import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { runSmoke } from './smoke.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** `npm start`'s prestart step: builds dist/ unless it was built from the same sources. */
function buildIfStale() {
  return spawnSync(process.execPath, ['scripts/build.mjs', '--if-stale'], { cwd: root, encoding: 'utf8' });
}

describe('production start (compiled dist/)', () => {
  beforeAll(() => {
    const build = buildIfStale();
    expect(build.status).toBe(0);
  }, 120_000);

  it('prestart does nothing when dist/ is up to date', () => {
    const again = buildIfStale();
    expect(again.status).toBe(0);
    expect(again.stderr).toBe('');
  });

  it('the compiled server starts, answers /healthz, a Teams turn and a signed Slack command, and stops on SIGTERM, without warnings', async () => {
    const checks = await runSmoke(process.execPath);
    expect(checks.filter((c) => !c.ok)).toEqual([]);
    expect(checks.map((c) => c.name)).toEqual(['starts', 'GET /healthz', 'Teams turn over HTTP', 'signed Slack command', 'clean SIGTERM', 'no warnings at start']);
  }, 90_000);
});
