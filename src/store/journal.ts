import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { StoreError } from '../core/errors.js';
import { syncDirectory, writeFileDurably } from './durable-json-file.js';

/** The journal line format this build writes and reads. */
const LINE_VERSION = 1;
const SUM_SUFFIX = /,"sum":"([0-9a-f]{16})"\}$/;

/** One whole, checksummed journal line; `line` is its 1-based line number (for messages). */
export interface JournalLine {
  seq: number;
  ops: unknown;
  line: number;
}

/** What is on disk: the whole lines, and the bytes of a torn or damaged last line after them. */
export interface JournalContents {
  /** The file's inode, undefined when there is no file. */
  ino: number | undefined;
  lines: JournalLine[];
  /** Bytes up to the end of the last whole line. */
  size: number;
  /** Bytes of a last line that was never acknowledged (a crash during its append), else 0. */
  torn: number;
}

/**
 * What follows the whole lines on disk: nothing (0); a torn line of that many bytes, cut off
 * by the next append; no file at all, created by the next append; or unknown, after a failed
 * append or when the file holds lines older than the snapshot (the next write is a snapshot).
 */
export type JournalTail = number | 'missing' | 'unknown';

function checksum(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/**
 * One group commit as an NDJSON line: `{"v":1,"seq":N,"ops":{…},"sum":"…"}`, where `sum` is
 * the first 16 hex digits of the SHA-256 of the text before `,"sum"`, so a torn or damaged
 * line is told apart from a whole one byte for byte.
 */
export function encodeLine(seq: number, ops: unknown): string {
  const body = `{"v":${LINE_VERSION},"seq":${seq},"ops":${JSON.stringify(ops)}`;
  return `${body},"sum":"${checksum(body)}"}\n`;
}

/** The line's fields, or undefined when it is torn or damaged. */
function decodeLine(text: string): Record<string, unknown> | undefined {
  const match = SUM_SUFFIX.exec(text);
  if (!match || checksum(text.slice(0, match.index)) !== match[1]) return undefined;
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

function damagedLine(file: string, line: number): StoreError {
  return new StoreError('CORRUPT_FILE', `${file}: line ${line} is damaged (bad checksum or not JSON) but is not the last line`);
}

/** A whole line's seq and ops; its seq must follow the previous line's. */
function checkedLine(file: string, fields: Record<string, unknown>, line: number, previous: number | undefined): JournalLine {
  const { v, seq, ops } = fields;
  if (v !== LINE_VERSION) throw new StoreError('SCHEMA_INVALID', `${file}: line ${line}: unsupported journal line version ${String(v)} (this build reads ${LINE_VERSION})`);
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 1) throw new StoreError('CORRUPT_FILE', `${file}: line ${line}: seq is not a positive integer`);
  if (previous !== undefined && seq !== previous + 1) throw new StoreError('CORRUPT_FILE', `${file}: line ${line}: seq ${seq} does not follow ${previous}`);
  return { seq, ops, line };
}

/**
 * Reads and checks a journal without changing it. Only the last line can be torn (each
 * append is one line, acknowledged after its fsync), so a bad line followed by anything else
 * is corruption: StoreError CORRUPT_FILE naming the file and line. So are lines whose `seq`
 * does not count up by one; a newer line format is SCHEMA_INVALID.
 */
export async function readJournal(file: string): Promise<JournalContents> {
  const read = await readWithInode(file);
  if (!read) return { ino: undefined, lines: [], size: 0, torn: 0 };
  const { bytes, ino } = read;
  const lines: JournalLine[] = [];
  let size = 0;
  let damaged: number | undefined;
  for (let start = 0; start < bytes.length; ) {
    if (damaged !== undefined) throw damagedLine(file, damaged);
    const end = bytes.indexOf(0x0a, start);
    const fields = end === -1 ? undefined : decodeLine(bytes.toString('utf8', start, end));
    if (fields) {
      lines.push(checkedLine(file, fields, lines.length + 1, lines.at(-1)?.seq));
      size = end + 1;
    } else {
      damaged = lines.length + 1;
    }
    start = end === -1 ? bytes.length : end + 1;
  }
  return { ino, lines, size, torn: bytes.length - size };
}

/** Where the journal stands: whole lines, what follows them, and the file's inode. */
export interface JournalState {
  size: number;
  lines: number;
  tail: JournalTail;
  /** Another process replacing the file (its compaction) gives it a new inode. */
  ino: number | undefined;
}

/**
 * The journal beside the data file, appended by one process. An append first checks that the
 * file is exactly as this process left it (same inode, same size): if another process changed
 * it, nothing is appended and the append throws StoreError LOCKED (the store stops writing);
 * if it vanished or an earlier append failed, nothing is appended and the caller writes a
 * snapshot instead, which starts a fresh journal.
 */
export class Journal {
  constructor(
    readonly file: string,
    private state: JournalState,
  ) {}

  /** Bytes of whole lines in the file. */
  get size(): number {
    return this.state.size;
  }

  /** Whole lines in the file (batches since the last snapshot, or older ones it already holds). */
  get lines(): number {
    return this.state.lines;
  }

  /**
   * Appends one line and fsyncs it: true once it is durable, false when the journal cannot be
   * appended to (see the class). Throws when the write fails; the journal then takes no more
   * lines until `reset`, as its tail is unknown.
   */
  async append(seq: number, ops: unknown): Promise<boolean> {
    const { size, lines, tail, ino } = this.state;
    if (tail === 'unknown') return false;
    const line = Buffer.from(encodeLine(seq, ops), 'utf8');
    const handle = await openForAppend(this.file, tail === 'missing');
    if (!handle) return this.refuse();
    let found: number;
    try {
      const info = await handle.stat();
      found = info.ino;
      // Grown or replaced since this process last wrote: another process is writing the same files.
      if (tail !== 'missing' && (info.ino !== ino || info.size !== size + tail)) {
        this.refuse();
        throw new StoreError('LOCKED', `${this.file} was changed by another process: this process stops writing`);
      }
      this.state.tail = 'unknown';
      // A torn last line was never acknowledged: cut it off, or the next line would follow garbage.
      if (tail !== 'missing' && tail > 0) await handle.truncate(size);
      await handle.appendFile(line);
      await handle.datasync();
    } finally {
      await handle.close();
    }
    if (tail === 'missing') await syncDirectory(dirname(this.file));
    this.state = { size: size + line.length, lines: lines + 1, tail: 0, ino: found };
    return true;
  }

  /** Replaces the journal with an empty one, durably (call it once a snapshot holds every line). */
  async reset(): Promise<void> {
    this.state.tail = 'unknown';
    await writeFileDurably(this.file, '');
    this.state = { size: 0, lines: 0, tail: 0, ino: (await stat(this.file)).ino };
  }

  /**
   * Cuts the first `bytes` (whole `lines`) off the journal once a snapshot holds them, keeping
   * the lines appended since: the rest is written to a new file that atomically replaces it.
   * Does nothing unless the file is exactly as this process left it.
   */
  async dropThrough(bytes: number, lines: number): Promise<void> {
    if (this.state.tail !== 0) return;
    const read = await readWithInode(this.file);
    if (!read || read.ino !== this.state.ino || read.bytes.length !== this.state.size) return;
    this.state.tail = 'unknown';
    const rest = read.bytes.subarray(bytes);
    await writeFileDurably(this.file, rest);
    this.state = { size: rest.length, lines: this.state.lines - lines, tail: 0, ino: (await stat(this.file)).ino };
  }

  private refuse(): false {
    this.state.tail = 'unknown';
    return false;
  }
}

/** The file's bytes and inode, read through one handle; undefined when it does not exist. */
async function readWithInode(file: string): Promise<{ bytes: Buffer; ino: number } | undefined> {
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const { ino } = await handle.stat();
    return { bytes: await handle.readFile(), ino };
  } finally {
    await handle.close();
  }
}

/** An fd that appends, creating the file only when `create` (and only if it does not exist); undefined when that is not possible. */
async function openForAppend(file: string, create: boolean): Promise<FileHandle | undefined> {
  try {
    return await open(file, constants.O_WRONLY | constants.O_APPEND | (create ? constants.O_CREAT | constants.O_EXCL : 0));
  } catch (error) {
    if (['ENOENT', 'EEXIST'].includes((error as NodeJS.ErrnoException).code ?? '')) return undefined;
    throw error;
  }
}
