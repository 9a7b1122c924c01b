import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from 'pino';

const text = (msg: unknown[]): string => msg.map((m) => (m instanceof Error ? m.message : String(m))).join(' ');

/**
 * Bolt's (and its WebClient's) logger on top of pino. Debug output is dropped on purpose: at
 * debug, Bolt logs whole request bodies and the WebClient whole chat.postMessage bodies, which
 * would put users' text and Access/Contract IDs in the log.
 */
export function boltLogger(logger: Logger): BoltLogger {
  const log = logger.child({ component: 'slack-bolt' });
  return {
    debug: () => undefined,
    info: (...msg: unknown[]) => log.info(text(msg)),
    warn: (...msg: unknown[]) => log.warn(text(msg)),
    error: (...msg: unknown[]) => log.error(text(msg)),
    setLevel: () => undefined,
    getLevel: () => LogLevel.INFO,
    setName: () => undefined,
  };
}
