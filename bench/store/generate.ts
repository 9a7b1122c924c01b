import { writeFile } from 'node:fs/promises';
import { DurableJsonFile, recordPerLine } from '../../src/store/durable-json-file.js';
import { snapshotOf } from '../../src/store/load-store.js';
import { checkStoreData } from '../../src/store/schema.js';
import { systemClock } from '../../src/store/ids.js';
import { serveParent } from '../child.js';
import { bigStoreData } from './big-data.js';

/**
 * Child process: writes the large data file as the store writes its own (one record per line,
 * sealed), after checking it against the schema, so the process that measures opening it
 * starts fresh. Beside it, the same data unsealed (`<file>.unsealed`): a file the store did not
 * write (hand-made, or from a build before the seal), which opening validates in full.
 */

const [file = '', orgs = '10000', ledger = '100000'] = process.argv.slice(2);
const data = bigStoreData(systemClock, { orgs: Number(orgs), ledgerEntries: Number(ledger) });
const checked = checkStoreData(data);
if (!checked.ok) throw new Error(`generated data is invalid: ${checked.issues.slice(0, 3).join('; ')}`);
await new DurableJsonFile(file, () => data).write(snapshotOf(data, 0));
const text = [...recordPerLine(snapshotOf(data, 0))].join('');
await writeFile(`${file}.unsealed`, text);
serveParent({ ready: { file, bytes: Buffer.byteLength(text) } });
