import { close, fdatasync, fstat, ftruncate, open, readFile, write, type BigIntStats, type Stats } from 'node:fs';

/**
 * Plain file descriptors, for the files the file store keeps open for its whole life (the
 * journal, the lock). Not `FileHandle`s: a store left unclosed (a test simulating a crash)
 * would get each closed on garbage collection with a warning; a plain fd stays open until
 * the process exits, as a crashed process's would.
 */
const settle =
  <T>(resolve: (value: T) => void, reject: (error: Error) => void) =>
  (error: Error | null, value: T) =>
    error ? reject(error) : resolve(value);

export const openFd = (path: string, flags: string | number) => new Promise<number>((resolve, reject) => open(path, flags, settle(resolve, reject)));

export const closeFd = (fd: number) => new Promise<void>((resolve, reject) => close(fd, (error) => (error ? reject(error) : resolve())));

export const statFd = (fd: number) => new Promise<Stats>((resolve, reject) => fstat(fd, settle(resolve, reject)));

export const bigStatFd = (fd: number) => new Promise<BigIntStats>((resolve, reject) => fstat(fd, { bigint: true }, settle(resolve, reject)));

export const truncateFd = (fd: number, size: number) => new Promise<void>((resolve, reject) => ftruncate(fd, size, (error) => (error ? reject(error) : resolve())));

export const datasyncFd = (fd: number) => new Promise<void>((resolve, reject) => fdatasync(fd, (error) => (error ? reject(error) : resolve())));

export const readFd = (fd: number) => new Promise<string>((resolve, reject) => readFile(fd, 'utf8', settle(resolve, reject)));

/** Writes all of `bytes` (a regular file takes them in one write but for a full disk or a signal). */
export async function writeAllFd(fd: number, bytes: Buffer): Promise<void> {
  for (let at = 0; at < bytes.length; ) {
    at += await new Promise<number>((resolve, reject) => write(fd, bytes, at, bytes.length - at, null, settle(resolve, reject)));
  }
}
