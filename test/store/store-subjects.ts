import { join } from 'node:path';
import type { StorePort } from '../../src/core/ports.js';
import type { ImportData } from '../../src/store/schema.js';
import { openFileStore } from '../../src/store/file-store.js';
import { openPgStore } from '../../src/store/pg/open-pg-store.js';
import { clock, tempDir } from './helpers.js';
import { startTestPostgres, type TestPostgres } from './pg-harness.js';

/** A store as the contract suite sees it: the port plus the admin CLI's import and export. */
export type ContractStore = StorePort & { exportData(): Promise<ImportData>; replaceAll(data: ImportData): Promise<void> };

/** Opens a fresh store (demo data unless `demo: false`), and reopens the same one after a close. */
export interface StoreSubject {
  name: string;
  setUp(): Promise<void>;
  tearDown(): Promise<void>;
  fresh(options?: { demo?: boolean }): Promise<{ store: ContractStore; reopen(): Promise<ContractStore> }>;
}

export function fileSubject(): StoreSubject {
  return {
    name: 'file store',
    setUp: async () => undefined,
    tearDown: async () => undefined,
    async fresh(options = {}) {
      const file = join(await tempDir(), 'db.json');
      const store = await openFileStore({ file, clock, demo: options.demo !== false });
      return { store, reopen: () => openFileStore({ file, clock }) };
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
      const store = await openPgStore({ url, clock, demo: options.demo !== false });
      return { store, reopen: () => openPgStore({ url, clock }) };
    },
  };
}
