import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { StorePort } from '../../src/core/ports.js';
import type { ImportData } from '../../src/store/schema.js';
import { openFileStore } from '../../src/store/file-store.js';
import type { Retention } from '../../src/store/retention.js';
import { openPgStore } from '../../src/store/pg/open-pg-store.js';
import { clock, tempDir } from './helpers.js';
import { startTestPostgres, type TestPostgres } from './pg-harness.js';

/** A store as the contract suite sees it: the port plus the admin CLI's import and export. */
export type ContractStore = StorePort & { exportData(): Promise<ImportData>; replaceAll(data: ImportData): Promise<void> };

/** The caps both stores enforce (see src/store/retention.ts). */
export type Caps = Partial<Pick<Retention, 'auditMax' | 'unansweredMax' | 'maxOpenTicketsPerPerson'>>;

export interface Opened {
  store: ContractStore;
  reopen(): Promise<ContractStore>;
  /** What rotation moved out of a log, oldest first: export files beside the data file, or the `<section>_archive` table. */
  rotated(section: 'audit' | 'unanswered'): Promise<unknown[]>;
}

/** Opens a fresh store (demo data unless `demo: false`), and reopens the same one after a close. */
export interface StoreSubject {
  name: string;
  setUp(): Promise<void>;
  tearDown(): Promise<void>;
  fresh(options?: { demo?: boolean; caps?: Caps }): Promise<Opened>;
}

export function fileSubject(): StoreSubject {
  return {
    name: 'file store',
    setUp: async () => undefined,
    tearDown: async () => undefined,
    async fresh(options = {}) {
      const file = join(await tempDir(), 'db.json');
      const retention = options.caps ?? {};
      const store = await openFileStore({ file, clock, demo: options.demo !== false, retention });
      const rotated = async (section: string) => {
        const names = (await readdir(dirname(file))).filter((n) => n.startsWith(`db.json.${section}-`)).sort();
        const texts = await Promise.all(names.map((n) => readFile(join(dirname(file), n), 'utf8')));
        return texts.flatMap((t) => t.trim().split('\n')).map((line) => JSON.parse(line) as unknown);
      };
      return { store, reopen: () => openFileStore({ file, clock, retention }), rotated };
    },
  };
}

export function pgSubject(): StoreSubject {
  let server: TestPostgres | undefined;
  return {
    name: 'PostgreSQL store',
    async setUp() {
      server = await startTestPostgres();
    },
    async tearDown() {
      await server?.stop();
    },
    async fresh(options = {}) {
      if (!server) throw new Error('setUp first');
      const url = await server.fresh();
      const caps = options.caps ?? {};
      const store = await openPgStore({ url, clock, demo: options.demo !== false, caps });
      const rotated = async (section: string) => (await store.db.query<{ doc: unknown }>(`SELECT doc FROM ${section}_archive ORDER BY seq`)).rows.map((r) => r.doc);
      return { store, reopen: () => openPgStore({ url, clock, caps }), rotated };
    },
  };
}
