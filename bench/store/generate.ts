import { writeFile } from 'node:fs/promises';
import { checkStoreData } from '../../src/store/schema.js';
import { systemClock } from '../../src/store/ids.js';
import { serveParent } from '../child.js';
import { bigStoreData } from './big-data.js';

/**
 * Child process: writes the large data file and checks it against the schema, so the process
 * that measures opening it starts fresh.
 */

/** One record per line, as the store writes its file (a third smaller than pretty-printing). */
function recordPerLine(data: Record<string, unknown>): string {
  const field = ([key, value]: [string, unknown]) =>
    Array.isArray(value) && value.length > 0 ? `  ${JSON.stringify(key)}: [\n${value.map((item) => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]` : `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`;
  return `{\n${Object.entries(data).map(field).join(',\n')}\n}\n`;
}

const [file = '', orgs = '10000', ledger = '100000'] = process.argv.slice(2);
const data = bigStoreData(systemClock, { orgs: Number(orgs), ledgerEntries: Number(ledger) });
const checked = checkStoreData(data);
if (!checked.ok) throw new Error(`generated data is invalid: ${checked.issues.slice(0, 3).join('; ')}`);
const text = recordPerLine(data);
await writeFile(file, text);
serveParent({ ready: { file, bytes: Buffer.byteLength(text) } });
