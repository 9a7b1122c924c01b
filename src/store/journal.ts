import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { closeFd, datasyncFd, openFd, statFd, truncateFd, writeAllFd } from './plain-fd.js';
import { dirname } from 'node:path';
import { StoreError } from '../core/errors.js';
import { syncDirectory, writeFileDurably } from './durable-json-file.js';

/**
 * The journal is opened with O_DSYNC where the platform has it: an append is then durable when
 * its write returns (one call, one trip through libuv's thread pool, instead of a write and an
 * fdatasync); elsewhere each append is followed by fdatasync.
 */
const DSYNC: number = constants.O_DSYNC ?? 0;

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
 *
 * The file stays open between appends, so an append costs a stat of the path and the write
 * (durable when it returns: O_DSYNC), not an open, fstat and close as well. Holding it open also pins its inode:
 * no other file can get that inode number meanwhile, so "the path still has our inode" proves
 * nobody replaced the file.
 */
export class Journal {
  /** The open journal file (an fd), from the first append until the file is replaced or closed. */
  private fd: number | undefined;

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
   * Appends one line durably: true once it is durable, false when the journal cannot be
   * appended to (see the class). Throws when the write fails; the journal then takes no more
   * lines until `reset`, as its tail is unknown. `ready` (the caller's own check, e.g. the
   * store's lock) runs beside the journal's check; if it rejects, nothing is written and the
   * journal is left as it was.
   */
  async append(seq: number, ops: unknown, ready?: Promise<void>): Promise<boolean> {
    const { size, lines, tail, ino } = this.state;
    if (tail === 'unknown') return false;
    const line = Buffer.from(encodeLine(seq, ops), 'utf8');
    const [found] = await Promise.all([this.whatIsThere(tail === 'missing'), ready]);
    if (!found) return this.refuse();
    // Grown or replaced since this process last wrote: another process is writing the same files.
    if (tail !== 'missing' && (found.ino !== ino || found.size !== size + tail)) {
      await this.refuse();
      throw new StoreError('LOCKED', `${this.file} was changed by another process: this process stops writing`);
    }
    this.state.tail = 'unknown';
    try {
      // A torn last line was never acknowledged: cut it off, or the next line would follow garbage.
      if (tail !== 'missing' && tail > 0) await truncateFd(found.fd, size);
      await writeAllFd(found.fd, line);
      if (!DSYNC) await datasyncFd(found.fd);
    } catch (error) {
      await this.closeFile();
      throw error;
    }
    if (tail === 'missing') await syncDirectory(dirname(this.file));
    this.state = { size: size + line.length, lines: lines + 1, tail: 0, ino: found.ino };
    return true;
  }

  /** Replaces the journal with an empty one, durably (call it once a snapshot holds every line). */
  async reset(): Promise<void> {
    this.state.tail = 'unknown';
    await this.closeFile();
    await writeFileDurably(this.file, '');
    this.state = { size: 0, lines: 0, tail: 0, ino: await this.hold() };
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
    await this.closeFile();
    const rest = read.bytes.subarray(bytes);
    await writeFileDurably(this.file, rest);
    this.state = { size: rest.length, lines: this.state.lines - lines, tail: 0, ino: await this.hold() };
  }

  /** Closes the file (a later append opens it again). */
  async close(): Promise<void> {
    await this.closeFile();
  }

  /**
   * The file at the journal's path now and an fd to append through: while an fd is held, the
   * path's inode and size (the fd is only used if that inode is still its own); else a new fd
   * (the file created when `create`) and its inode and size. Undefined when there is no file.
   */
  private async whatIsThere(create: boolean): Promise<{ fd: number; ino: number; size: number } | undefined> {
    const held = this.fd;
    if (held !== undefined) {
      const now = await stat(this.file).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return undefined;
        throw error;
      });
      return now && { fd: held, ino: now.ino, size: now.size };
    }
    const fd = await openForAppend(this.file, create);
    if (fd === undefined) return undefined;
    this.fd = fd;
    const { ino, size } = await statFd(fd);
    return { fd, ino, size };
  }

  /** Opens the file just written for appending and holds it: its inode. */
  private async hold(): Promise<number> {
    this.fd = await openFd(this.file, constants.O_WRONLY | constants.O_APPEND | DSYNC);
    return (await statFd(this.fd)).ino;
  }

  private async closeFile(): Promise<void> {
    const fd = this.fd;
    this.fd = undefined;
    if (fd !== undefined) await closeFd(fd);
  }

  private async refuse(): Promise<false> {
    this.state.tail = 'unknown';
    await this.closeFile();
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
async function openForAppend(file: string, create: boolean): Promise<number | undefined> {
  try {
    return await openFd(file, constants.O_WRONLY | constants.O_APPEND | DSYNC | (create ? constants.O_CREAT | constants.O_EXCL : 0));
  } catch (error) {
    if (['ENOENT', 'EEXIST'].includes((error as NodeJS.ErrnoException).code ?? '')) return undefined;
    throw error;
  }
}
