import { randomUUID } from 'node:crypto';
import { open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';
import { StoreError } from '../core/errors.js';

/**
 * A lowdb adapter for one JSON file that survives crashes and power loss: lowdb's own
 * JSONFile (steno) renames a temp file but never fsyncs, so a power cut can leave an empty
 * or stale file. Reads never modify the file.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  /** `parse` checks the parsed JSON (e.g. with zod) and throws if it is not a valid T. */
  constructor(
    readonly file: string,
    private readonly parse: (raw: unknown) => T,
  ) {}

  /** The file's data, or null when it does not exist. Throws StoreError CORRUPT_FILE on bad JSON. */
  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      throw new StoreError('CORRUPT_FILE', `${this.file}: not valid JSON (${(error as Error).message})`, { cause: error });
    }
    return this.parse(raw);
  }

  /** Resolves once `data` is on disk: readers see the old file or the new one, never a mix. */
  async write(data: T): Promise<void> {
    await writeFileDurably(this.file, `${JSON.stringify(data, null, 2)}\n`);
  }
}

/** Write a temp file beside the target, fsync it, rename it over the target, fsync the directory. */
export async function writeFileDurably(file: string, text: string): Promise<void> {
  const dir = dirname(file);
  // A unique name, so two writers can at worst lose an update, never interleave bytes.
  const temp = join(dir, `.${basename(file)}.${randomUUID()}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  // The rename is only durable once the directory entry is.
  const dirHandle = await open(dir, 'r');
  try {
    await dirHandle.sync();
  } finally {
    await dirHandle.close();
  }
}
