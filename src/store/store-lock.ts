import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { BigIntStats } from 'node:fs';
import { link, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { StoreError } from '../core/errors.js';
import { bigStatFd, closeFd, openFd, readFd } from './plain-fd.js';

/**
 * The store has one writer: `<file>.lock` names the writing process. It is created with
 * link(2), which fails when the name exists, from a temp file already holding the whole
 * record, so nobody ever reads a half-written lock and two starters cannot both create it.
 *
 * A lock is stale when its process is gone: a different boot, no such pid, or a pid now used by
 * another process (its start time differs). A stale lock is taken over by one process only:
 * the first to create `<lock>.takeover-<id>` (exclusive) for that very lock; it checks the
 * lock is still the stale one, unlinks it and links its own. Limit: a takeover marker left by a
 * process that crashed within those few milliseconds is removed once it is 10 s old.
 */
export interface LockRecord {
  pid: number;
  /** The process's start time in clock ticks since boot (Linux /proc), when known. */
  start?: string;
  /** /proc/sys/kernel/random/boot_id, when known. */
  boot?: string;
  /** Unique per acquisition: tells this lock from an older one of the same process. */
  nonce: string;
}

export interface StoreLock {
  /** Throws StoreError LOCKED when the lock file is no longer this one (taken over or removed). */
  check(): Promise<void>;
  release(): Promise<void>;
}

const ABANDONED_TAKEOVER_MS = 10_000;

function readProc(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return undefined;
  }
}

/** Field 22 of /proc/<pid>/stat (after the parenthesised command name, which may hold spaces). */
export function processStart(pid: number): string | undefined {
  const stat = readProc(`/proc/${pid}/stat`);
  return stat?.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
}

const bootId = (): string | undefined => readProc('/proc/sys/kernel/random/boot_id');

function pidExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether the process that wrote the record still runs (not merely some process with its pid). */
export function holderAlive(record: LockRecord): boolean {
  const boot = bootId();
  if (record.boot && boot && record.boot !== boot) return false;
  if (!pidExists(record.pid)) return false;
  const start = processStart(record.pid);
  return !(record.start && start && record.start !== start);
}

/** The lock's record; a bare pid is the previous format; undefined when missing or unreadable. */
async function readLock(lock: string): Promise<{ text: string; record: LockRecord | undefined } | undefined> {
  const text = await readFile(lock, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (text === undefined) return undefined;
  if (/^\d+$/.test(text.trim())) return { text, record: { pid: Number(text.trim()), nonce: text } };
  try {
    const parsed = JSON.parse(text) as Partial<LockRecord>;
    return { text, record: typeof parsed.pid === 'number' && typeof parsed.nonce === 'string' ? (parsed as LockRecord) : undefined };
  } catch {
    return { text, record: undefined };
  }
}

/** Creates `lock` holding `text`, atomically and only if it does not exist; false when it exists. */
async function createExclusive(lock: string, text: string): Promise<boolean> {
  const temp = `${lock}.${process.pid}.${randomUUID()}.tmp`;
  await writeFile(temp, text, { flag: 'wx' });
  try {
    await link(temp, lock);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

const ignoreMissing = (error: NodeJS.ErrnoException) => {
  if (error.code !== 'ENOENT') throw error;
};

/** Removes the stale lock whose text is `stale`, if this process wins the takeover of it. */
async function takeOver(lock: string, stale: string, nonce: string): Promise<void> {
  const marker = `${lock}.takeover-${Buffer.from(stale).toString('base64url').slice(-40)}`;
  if (!(await createExclusive(marker, nonce))) {
    const age = await stat(marker).then((s) => Date.now() - s.mtimeMs, () => 0);
    if (age > ABANDONED_TAKEOVER_MS) await unlink(marker).catch(ignoreMissing);
    return;
  }
  try {
    // Only the marker's holder may remove this lock, so it is still the stale one if it reads so now.
    if ((await readLock(lock))?.text === stale) await unlink(lock).catch(ignoreMissing);
  } finally {
    await unlink(marker).catch(ignoreMissing);
  }
}

/**
 * Takes the single-writer lock of `file`, or throws StoreError LOCKED naming the live holder.
 * A stale lock (see above) is taken over.
 */
export async function lockStore(file: string): Promise<StoreLock> {
  const lock = `${file}.lock`;
  const mine: LockRecord = { pid: process.pid, nonce: randomUUID() };
  const start = processStart(process.pid);
  const boot = bootId();
  if (start) mine.start = start;
  if (boot) mine.boot = boot;
  const text = JSON.stringify(mine);
  for (let attempt = 0; attempt < 50; attempt += 1) {
    if (await createExclusive(lock, text)) return await heldLock(lock, text);
    const found = await readLock(lock);
    if (!found) continue;
    // The same process opening the file again (tests simulating a crash, a tool reopening it)
    // takes the lock over: the earlier store then finds it gone and stops writing.
    if (found.record && found.record.pid !== process.pid && holderAlive(found.record)) {
      throw new StoreError('LOCKED', `${file} is in use by process ${found.record.pid} (stop it first, or use another DATA_FILE)`);
    }
    await takeOver(lock, found.text, mine.nonce);
    await new Promise((resolve) => setTimeout(resolve, attempt));
  }
  throw new StoreError('LOCKED', `${file}: could not take the lock (another process keeps taking it)`);
}

/** What `stat` says of a lock file that was read and found to be ours. */
interface Verified {
  /** An fd open on the lock file, so its inode cannot be reused by another file while held. */
  fd: number;
  seen: BigIntStats;
}

/** Opens `lock` and holds it if it says `text`; undefined when it does not (or is gone). */
async function verify(lock: string, text: string): Promise<Verified | undefined> {
  const fd = await openFd(lock, 'r').catch(() => undefined);
  if (fd === undefined) return undefined;
  // Stat before reading: a change after the stat shows as a changed file at the next check.
  const seen = await bigStatFd(fd);
  if ((await readFd(fd)) === text) return { fd, seen };
  await closeFd(fd);
  return undefined;
}

/** Whether the lock path still names the verified file, unchanged (inode, size, mtime, ctime). */
async function unchanged(lock: string, { seen }: Verified): Promise<boolean> {
  const now = await stat(lock, { bigint: true }).catch(() => undefined);
  return !!now && now.ino === seen.ino && now.dev === seen.dev && now.size === seen.size && now.mtimeNs === seen.mtimeNs && now.ctimeNs === seen.ctimeNs;
}

/**
 * The lock this process holds. `check` runs before every write: a stat of the lock path while
 * it is the very file this process last read and found to be its own, unchanged (held open, so
 * its inode is not reused); else the lock is read again as it always was. Limit: rewriting the
 * lock in place with as many bytes, within the timestamp tick in which it was created, is unseen
 * (a takeover creates a new file instead).
 */
async function heldLock(lock: string, text: string): Promise<StoreLock> {
  let verified = await verify(lock, text);
  const forget = async () => {
    const fd = verified?.fd;
    verified = undefined;
    if (fd !== undefined) await closeFd(fd);
  };
  return {
    async check() {
      if (verified && (await unchanged(lock, verified))) return;
      await forget();
      const now = await readLock(lock).catch(() => undefined);
      // Deleted by hand (or its directory went away): taken again if nobody else has it meanwhile.
      if (now?.text === text || (!now && (await createExclusive(lock, text).catch(() => true)))) {
        verified = await verify(lock, text);
        return;
      }
      throw new StoreError('LOCKED', `${lock} is no longer held by this process: it stops writing`);
    },
    async release() {
      await forget();
      // Never remove a lock that another process took over.
      if ((await readLock(lock).catch(() => undefined))?.text === text) await unlink(lock).catch(ignoreMissing);
    },
  };
}
