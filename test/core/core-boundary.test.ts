import { afterAll, describe, expect, it } from '@jest/globals';
import { ESLint } from 'eslint';
import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Proves the lint rule that keeps src/core pure is live (CI runs the same lint over the real files). */
const root = fileURLToPath(new URL('../..', import.meta.url));
const probe = `src/core/lint-probe-${process.pid}.ts`;

describe('src/core import boundary (enforced by ESLint)', () => {
  afterAll(() => rmSync(`${root}/${probe}`, { force: true }));

  it('rejects I/O, SDK and outside imports, the wall clock and randomness in src/core', async () => {
    writeFileSync(
      `${root}/${probe}`,
      [
        "import { readFileSync } from 'node:fs';",
        "import { Low } from 'lowdb';",
        "import { TurnContext } from 'botbuilder';",
        "import { x } from '../store/file-store.js';",
        'export const probe = [readFileSync, Low, TurnContext, x, Date.now(), Math.random(), new Date(), process.env];',
        '',
      ].join('\n'),
    );
    const [result] = await new ESLint({ cwd: root }).lintFiles([probe]);
    const rules = (result?.messages ?? []).map((m) => m.ruleId);
    expect(rules.filter((r) => r === 'no-restricted-imports')).toHaveLength(4);
    expect(rules).toEqual(expect.arrayContaining(['no-restricted-properties', 'no-restricted-syntax', 'no-restricted-globals']));
  });
});
