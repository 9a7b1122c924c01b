import type { Logger } from 'pino';

/** The one Web API call this needs (`users.info`; the `users:read` scope). */
export type UsersInfo = (args: { user: string; include_locale: boolean }) => Promise<{ user?: { locale?: string } }>;

export interface UserLocalesOptions {
  logger: Logger;
  /** Users remembered at most; the oldest entry goes first. */
  maxEntries?: number;
  /** How long a looked-up locale (or a failed look-up) is kept, in milliseconds. */
  ttlMs?: number;
  now?: () => number;
}

interface Entry {
  locale: string | undefined;
  at: number;
}

/**
 * Slack users' locales ("ko-KR", "en-US") from `users.info`, cached per team and user. A failed
 * look-up (no `users:read` scope, network) is cached as "unknown" too and never fails the turn:
 * the bot then goes by the language of the text.
 */
export class UserLocales {
  private readonly cache = new Map<string, Entry>();
  private readonly maxEntries: number;
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(private readonly options: UserLocalesOptions) {
    this.maxEntries = options.maxEntries ?? 5000;
    this.ttlMs = options.ttlMs ?? 6 * 60 * 60 * 1000;
    this.now = options.now ?? Date.now;
  }

  async of(team: string, user: string, usersInfo: UsersInfo): Promise<string | undefined> {
    const key = `${team}:${user}`;
    const cached = this.cache.get(key);
    if (cached && this.now() - cached.at < this.ttlMs) return cached.locale;
    const locale = await this.lookUp(user, usersInfo);
    this.cache.delete(key);
    this.cache.set(key, { locale, at: this.now() });
    if (this.cache.size > this.maxEntries) this.cache.delete(this.cache.keys().next().value ?? key);
    return locale;
  }

  /** The locale already looked up, without calling Slack (undefined when not known or expired). */
  known(team: string, user: string): string | undefined {
    const cached = this.cache.get(`${team}:${user}`);
    return cached && this.now() - cached.at < this.ttlMs ? cached.locale : undefined;
  }

  /** Users remembered now (at most `maxEntries`). */
  get size(): number {
    return this.cache.size;
  }

  private async lookUp(user: string, usersInfo: UsersInfo): Promise<string | undefined> {
    try {
      const result = await usersInfo({ user, include_locale: true });
      const locale = result.user?.locale;
      return typeof locale === 'string' && locale ? locale : undefined;
    } catch (err) {
      const code = (err as { data?: { error?: unknown }; code?: unknown }).data?.error ?? (err as { code?: unknown }).code;
      this.options.logger.debug({ code: typeof code === 'string' ? code : undefined }, 'slack users.info failed; locale from the text');
      return undefined;
    }
  }
}
