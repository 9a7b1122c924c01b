import { mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { StoreError } from '../core/errors.js';
import { DurableJsonFile } from './durable-json-file.js';
import { applyOps, crossCheckOps, journalOpsSchema } from './journal-ops.js';
import { Journal, readJournal, type JournalLine } from './journal.js';
import { formatZodIssue, ownStoreData, parseStoreData, type StoreData } from './schema.js';
import { StoreIndex } from './store-index.js';

/** The data file and its journal, read and replayed. */
export interface LoadedStore {
  adapter: DurableJsonFile<StoreData>;
  data: StoreData;
  index: StoreIndex;
  journal: Journal;
  /** The last journal seq the data holds. */
  seq: number;
}

/** The journal of a data file. */
export const journalFileOf = (file: string): string => `${file}.journal`;

/** The snapshot as written: `journalSeq` (the last journal line it holds) right after `schemaVersion`. */
export function snapshotOf(data: StoreData, seq: number): StoreData {
  return Object.assign({ schemaVersion: data.schemaVersion, journalSeq: seq }, data, { journalSeq: seq });
}

/**
 * Reads the data file (the snapshot) and replays the journal lines after its `journalSeq`.
 * Nothing is changed on disk unless the data file is missing; then `create()`'s data is
 * written with a fresh journal. A torn last line is ignored, and cut off by the first append;
 * a damaged line before the end, a seq gap or an invalid record is
 * refused (CORRUPT_FILE / SCHEMA_INVALID naming the file and line), touching nothing.
 */
export async function loadStore(file: string, create: () => StoreData): Promise<LoadedStore> {
  for (let attempt = 1; ; attempt++) {
    const before = await inodeOf(file);
    try {
      return await loadOnce(file, create);
    } catch (error) {
      // A reader without the lock (a tool, a test) can read the data file just before the writing process
      // replaces it in a compaction, and the journal just after it was cut: the data file has changed since
      // (a compaction writes a new file). Then both are read again; a real gap stays an error.
      const moved = error instanceof StoreError && error.code === 'CORRUPT_FILE' && before !== undefined && (await inodeOf(file)) !== before;
      if (!moved || attempt >= READ_ATTEMPTS) throw error;
    }
  }
}

/** How often a read that raced a compaction is repeated. */
const READ_ATTEMPTS = 5;

async function inodeOf(file: string): Promise<number | undefined> {
  return (await stat(file).catch(() => undefined))?.ino;
}

async function loadOnce(file: string, create: () => StoreData): Promise<LoadedStore> {
  // A file the store sealed gets the cheap check; any other (edited, damaged, older) the full one.
  const adapter = new DurableJsonFile(file, (raw, sealed) => (sealed ? ownStoreData(raw) : undefined) ?? parseStoreData(raw, file));
  const journalFile = journalFileOf(file);
  const snapshot = await adapter.read();
  const contents = await readJournal(journalFile);
  if (snapshot === null) {
    if (contents.lines.length > 0) {
      throw new StoreError('CORRUPT_FILE', `${journalFile}: journal without its data file ${file} (restore the data file, or move the journal away to start afresh)`);
    }
    const data = create();
    await mkdir(dirname(file), { recursive: true });
    await adapter.write(snapshotOf(data, 0));
    const journal = new Journal(journalFile, { size: 0, lines: 0, tail: 'unknown', ino: undefined });
    await journal.reset();
    return { adapter, data, index: new StoreIndex(data), journal, seq: 0 };
  }
  const base = snapshot.journalSeq ?? 0;
  delete snapshot.journalSeq;
  const index = new StoreIndex(snapshot);
  replay(contents.lines.filter((line) => line.seq > base), { data: snapshot, index, base, journalFile });
  const last = contents.lines.at(-1)?.seq ?? 0;
  // Lines older than the snapshot (a crash between writing it and resetting the journal) must not be continued.
  const stale = contents.lines.length > 0 && last < base;
  const tail = contents.ino === undefined ? 'missing' : stale ? 'unknown' : contents.torn;
  const journal = new Journal(journalFile, { size: contents.size, lines: contents.lines.length, tail, ino: contents.ino });
  return { adapter, data: snapshot, index, journal, seq: Math.max(base, last) };
}

/** Applies journal lines to the snapshot, checking each like a batch checks a mutation. */
function replay(lines: JournalLine[], target: { data: StoreData; index: StoreIndex; base: number; journalFile: string }): void {
  const { data, index, base, journalFile } = target;
  const first = lines[0];
  if (first && first.seq !== base + 1) {
    throw new StoreError('CORRUPT_FILE', `${journalFile}: line ${first.line}: seq ${first.seq} does not follow the data file's journalSeq ${base} (a journal from another copy of the data file?)`);
  }
  for (const line of lines) {
    const parsed = journalOpsSchema.safeParse(line.ops);
    const problem = parsed.success ? crossCheckOps(index, parsed.data) : formatZodIssue(parsed.error.issues[0]!);
    if (problem !== undefined || !parsed.success) throw new StoreError('SCHEMA_INVALID', `${journalFile}: line ${line.line}: ${problem ?? 'invalid'}`);
    applyOps(data, parsed.data);
    index.apply(parsed.data);
  }
}
