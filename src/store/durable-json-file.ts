import { createHash, randomUUID } from 'node:crypto';
import { open, readFile, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';
import { StoreError } from '../core/errors.js';
import { RecordLineReader, recordPerLine } from './record-per-line.js';

export { recordPerLine } from './record-per-line.js';

/**
 * The seal a file this adapter wrote ends with: a last top-level key `"sum"`, the first 16 hex
 * digits of the SHA-256 of every byte before it. A file whose seal matches is byte for byte
 * what this adapter wrote; a hand-edited, damaged or foreign file has none that matches.
 */
const SEAL = /,\n {2}"sum": "([0-9a-f]{16})"\n\}\n$/;
const SEAL_KEY = 'sum';

/** A finished hash as the seal writes it. */
function sumOf(hash: ReturnType<typeof createHash>): string {
  return hash.digest('hex').slice(0, 16);
}

/** `chunks` (the text of one JSON object) with the seal as its last key. */
function* sealed(chunks: Iterable<string>): Generator<string> {
  const hash = createHash('sha256');
  let previous: string | undefined;
  for (const chunk of chunks) {
    if (previous !== undefined) {
      hash.update(previous);
      yield previous;
    }
    previous = chunk;
  }
  // The object's closing brace goes after the seal.
  const text = previous ?? '{}';
  const last = text.slice(0, text.lastIndexOf('}')).trimEnd();
  hash.update(last);
  yield `${last}${last === '{' ? '' : ','}\n  "${SEAL_KEY}": "${sumOf(hash)}"\n}\n`;
}

/** Whether `bytes` end with a seal that matches them. */
function sealMatches(bytes: Buffer): boolean {
  // The seal is at the very end: look only at the last bytes (the rest may be megabytes).
  const tail = bytes.toString('utf8', Math.max(0, bytes.length - 64));
  const match = SEAL.exec(tail);
  if (!match) return false;
  const end = bytes.length - Buffer.byteLength(tail.slice(match.index));
  return sumOf(createHash('sha256').update(bytes.subarray(0, end))) === match[1];
}

/** How much of a file is read at once when it is read record by record. */
const READ_BYTES = 1 << 16;

/**
 * A sealed file's data, parsed record by record while it is read and its seal checked: no
 * copy of the whole file in memory, as bytes or as one string (which would be garbage until a
 * full GC). Null when the file does not exist; undefined when it has no seal, its seal does not
 * match, or it is not laid out as this adapter writes: the caller then reads it whole.
 */
export async function readSealed(file: string): Promise<Record<string, unknown> | null | undefined> {
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const { size } = await handle.stat();
    // The seal is at the very end: its sum, and where the bytes it covers end.
    const tail = Buffer.alloc(Math.min(size, 64));
    await handle.read(tail, 0, tail.length, size - tail.length);
    const text = tail.toString('utf8');
    const match = SEAL.exec(text);
    if (!match) return undefined;
    const end = size - Buffer.byteLength(text.slice(match.index));
    const hash = createHash('sha256');
    const reader = new RecordLineReader();
    let buffer = Buffer.allocUnsafe(READ_BYTES);
    let kept = 0;
    for (let position = 0; position < end; ) {
      // A line longer than the buffer: a bigger one.
      if (kept === buffer.length) buffer = Buffer.concat([buffer, Buffer.allocUnsafe(buffer.length)]);
      const { bytesRead } = await handle.read(buffer, kept, Math.min(buffer.length - kept, end - position), position);
      if (bytesRead === 0) return undefined;
      hash.update(buffer.subarray(kept, kept + bytesRead));
      position += bytesRead;
      const filled = kept + bytesRead;
      // Whole lines only (a newline byte is never inside a UTF-8 character); the last line ends where the seal starts.
      const cut = position === end ? filled : buffer.lastIndexOf(10, filled - 1) + 1;
      if (cut > 0) reader.next(buffer.toString('utf8', 0, cut));
      kept = buffer.copy(buffer, 0, cut, filled);
    }
    return sumOf(hash) === match[1] ? reader.finish() : undefined;
  } catch (error) {
    if (error instanceof SyntaxError) return undefined;
    throw error;
  } finally {
    await handle.close();
  }
}

/**
 * A lowdb adapter for one JSON file that survives crashes and power loss: lowdb's own
 * JSONFile (steno) renames a temp file but never fsyncs, so a power cut can leave an empty
 * or stale file. Reads never modify the file; writes put one record per line and seal it.
 */
export class DurableJsonFile<T extends object> implements Adapter<T> {
  /**
   * `parse` checks the parsed JSON (e.g. with zod) and throws if it is not a valid T;
   * `sealed` tells it the file is exactly as this adapter wrote it (its seal matches).
   */
  constructor(
    readonly file: string,
    private readonly parse: (raw: unknown, sealed: boolean) => T,
  ) {}

  /** The file's data (without the seal), or null when it does not exist. Throws StoreError CORRUPT_FILE on bad JSON. */
  async read(): Promise<T | null> {
    const sealed = await readSealed(this.file);
    if (sealed === null) return null;
    if (sealed !== undefined) return this.parse(sealed, true);
    const found = await this.readJson();
    return found && this.parse(found.raw, found.sealed);
  }

  /** The parsed JSON; the file's bytes and text are let go before `parse` runs (megabytes of a big file). */
  private async readJson(): Promise<{ raw: unknown; sealed: boolean } | null> {
    const found = await this.readText();
    if (!found) return null;
    let raw: unknown;
    try {
      raw = JSON.parse(found.text);
    } catch (error) {
      throw new StoreError('CORRUPT_FILE', `${this.file}: not valid JSON (${(error as Error).message})`, { cause: error });
    }
    // A seal that does not match is dropped too: the next write seals the file afresh.
    if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) delete (raw as Record<string, unknown>)[SEAL_KEY];
    return { raw, sealed: found.sealed };
  }

  /** The file's text and whether its seal matches; its bytes are garbage before the text is parsed. */
  private async readText(): Promise<{ text: string; sealed: boolean } | null> {
    let bytes: Buffer;
    try {
      bytes = await readFile(this.file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    return { text: bytes.toString('utf8'), sealed: sealMatches(bytes) };
  }

  /** Resolves once `data` is on disk, sealed: readers see the old file or the new one, never a mix. */
  async write(data: T): Promise<void> {
    await writeFileDurably(this.file, sealed(recordPerLine(data)));
  }
}

/** Write a temp file beside the target, fsync it, rename it over the target, fsync the directory. */
export async function writeFileDurably(file: string, text: string | Uint8Array | Iterable<string>): Promise<void> {
  const dir = dirname(file);
  // A unique name, so two writers can at worst lose an update, never interleave bytes.
  const temp = join(dir, `.${basename(file)}.${randomUUID()}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      // Chunk by chunk: a FileHandle's writeFile continues at the current position.
      for (const part of typeof text === 'string' || text instanceof Uint8Array ? [text] : text) await handle.writeFile(part);
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
  await syncDirectory(dir);
}

/** Fsyncs a directory, so a file created or renamed in it survives a power cut. */
export async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
