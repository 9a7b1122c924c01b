import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Low } from 'lowdb';
import { StoreError } from '../core/errors.js';
import type { Clock, Decision, StateItem, StorePort } from '../core/ports.js';
import type { AuditEntry, ChannelIdentity, Org, OrgRecord, Ticket, TicketStatus, UnansweredEntry, User } from '../core/types.js';
import { Batch } from './batch.js';
import { demoData } from './demo-data.js';
import { DurableJsonFile } from './durable-json-file.js';
import { checkStoreData, parseStoreData, SCHEMA_VERSION, type ImportData, type StoreData } from './schema.js';
import { identityKey, StoreIndex } from './store-index.js';

export interface FileStoreOptions {
  /** Path of the JSON data file (created when missing). */
  file: string;
  clock: Clock;
  /** Fill a newly created file with the fictional demo data (default true); otherwise it starts empty. */
  demo?: boolean;
}

interface Job {
  /** Applies the mutation to the batch (or throws, changing nothing) and returns how to resolve it. */
  apply(batch: Batch): () => void;
  reject(error: unknown): void;
  /** Runs in a batch of its own (an import replaces everything). */
  exclusive: boolean;
}

const emptyData = (): StoreData => ({ schemaVersion: SCHEMA_VERSION, orgs: [], users: [], activations: [], links: [], ledger: [], state: {}, audit: [], tickets: [], unanswered: [] });

/**
 * Opens the data file: validates an existing one (CORRUPT_FILE / SCHEMA_INVALID, the file left
 * byte-for-byte untouched), or creates a missing one durably (demo data unless `demo: false`).
 */
export async function openFileStore(options: FileStoreOptions): Promise<FileStore> {
  const adapter = new DurableJsonFile(options.file, (raw) => parseStoreData(raw, options.file));
  let data = await adapter.read();
  if (data === null) {
    data = options.demo === false ? emptyData() : demoData(options.clock);
    await mkdir(dirname(options.file), { recursive: true });
    await adapter.write(data);
  }
  return new FileStore(new Low(adapter, data), options.file);
}

/**
 * The default store: one JSON file held in memory, every change written with one atomic,
 * fsynced write. Mutations queued while a write is in flight are written together (group
 * commit); each promise resolves once the write holding it is durable. `db.data` and the
 * index only ever hold durable data, so reads return copies of it and a failed write needs
 * no undo.
 */
export class FileStore implements StorePort {
  private index: StoreIndex;
  private queue: Job[] = [];
  private flushing: Promise<void> | undefined;
  private closed = false;

  constructor(
    private readonly db: Low<StoreData>,
    readonly file: string,
  ) {
    this.index = new StoreIndex(db.data);
  }

  async findUserByIdentity(identity: ChannelIdentity): Promise<User | undefined> {
    return copy(this.index.usersByIdentity.get(identityKey(identity)));
  }

  async getUser(userId: string): Promise<User | undefined> {
    return copy(this.index.users.get(userId));
  }

  async listUsers(orgId: string): Promise<User[]> {
    return copy(this.index.usersByOrg.get(orgId) ?? []);
  }

  async getOrg(orgId: string): Promise<OrgRecord | undefined> {
    return copy(this.index.orgs.get(orgId));
  }

  async findOrgs(query: string): Promise<Org[]> {
    const q = query.trim();
    if (!q) return [];
    const found = [...this.index.orgs.values()].filter(({ org }) => org.id === q || org.name.toLowerCase().includes(q.toLowerCase()));
    return copy(found.map((entry) => entry.org));
  }

  updateOrg<T>(orgId: string, decide: (record: OrgRecord) => Decision<T>): Promise<T> {
    return this.enqueue((batch) => {
      const current = batch.org(orgId);
      if (!current) throw new StoreError('NOT_FOUND', `unknown org "${orgId}"`);
      const { result, changes } = decide(copy(current));
      if (changes) batch.changeOrg(orgId, changes);
      return result;
    });
  }

  async findOrgsMentioned(text: string): Promise<Org[]> {
    const lower = text.toLowerCase();
    const words = new Set(lower.split(/[^\p{L}\p{N}-]+/u).filter(Boolean));
    const mentioned = [...this.index.orgs.values()].filter(({ org }) => {
      const first = org.name.toLowerCase().split(/\s+/)[0] ?? '';
      return words.has(org.id.toLowerCase()) || lower.includes(org.name.toLowerCase()) || (first.length >= 4 && words.has(first));
    });
    return copy(mentioned.map((entry) => entry.org));
  }

  appendAudit(entry: AuditEntry): Promise<void> {
    return this.enqueue((batch) => batch.appendAudit(entry));
  }

  async listAudit(limit = 1000): Promise<AuditEntry[]> {
    return copy(this.db.data.audit.slice(-limit));
  }

  createTicket(draft: Omit<Ticket, 'id'>): Promise<{ ticket: Ticket; created: boolean }> {
    return this.enqueue((batch) => copy(batch.createTicket(draft)));
  }

  async getTicket(id: number): Promise<Ticket | undefined> {
    return copy(this.index.tickets.get(id));
  }

  async listTickets(statuses?: TicketStatus[]): Promise<Ticket[]> {
    return copy([...this.index.tickets.values()].filter((t) => !statuses || statuses.includes(t.status)));
  }

  updateTicket<T>(id: number, decide: (ticket: Ticket) => { result: T; ticket?: Ticket }): Promise<T> {
    return this.enqueue((batch) => {
      const current = batch.ticket(id);
      if (!current) throw new StoreError('NOT_FOUND', `unknown ticket ${id}`);
      const { result, ticket } = decide(copy(current));
      if (ticket) batch.putTicket({ ...ticket, id });
      return result;
    });
  }

  recordUnanswered(entry: UnansweredEntry): Promise<void> {
    return this.enqueue((batch) => batch.recordUnanswered(entry));
  }

  async listUnanswered(): Promise<UnansweredEntry[]> {
    return copy(this.db.data.unanswered);
  }

  async readState(keys: string[]): Promise<Record<string, StateItem>> {
    const found = keys.flatMap((key) => {
      const item = this.index.state[key];
      return item ? [[key, item] as const] : [];
    });
    return copy(Object.fromEntries(found));
  }

  writeState(items: Record<string, { value: Record<string, unknown>; expectedETag?: string }>): Promise<void> {
    return this.enqueue((batch) => batch.writeState(items));
  }

  deleteState(keys: string[]): Promise<void> {
    return this.enqueue((batch) => batch.deleteState(keys));
  }

  /** Waits for queued writes; afterwards every mutation rejects with CLOSED (reads still work). */
  async close(): Promise<void> {
    this.closed = true;
    await this.idle();
  }

  /** All durable records without conversation state, in the import format (for the admin CLI). */
  async exportData(): Promise<ImportData> {
    const { schemaVersion, orgs, users, activations, links, ledger } = structuredClone(this.db.data);
    return { schemaVersion, orgs, users, activations, links, ledger };
  }

  /** Replaces every record with `data` (validated: IMPORT_INVALID), durably; conversation state is kept. */
  replaceAll(data: ImportData): Promise<void> {
    const checked = checkStoreData(data);
    if (!checked.ok) return Promise.reject(new StoreError('IMPORT_INVALID', `import: ${checked.issues[0] ?? 'invalid'}`));
    const { schemaVersion, orgs, users, activations, links, ledger } = checked.data;
    return this.enqueue((batch) => batch.replaceAll({ schemaVersion, orgs, users, activations, links, ledger }), true);
  }

  private enqueue<T>(mutate: (batch: Batch) => T, exclusive = false): Promise<T> {
    if (this.closed) return Promise.reject(new StoreError('CLOSED', `${this.file}: the store is closed`));
    return new Promise<T>((resolve, reject) => {
      this.queue.push({
        exclusive,
        reject,
        apply: (batch) => {
          const result = mutate(batch);
          return () => resolve(result);
        },
      });
      this.flushing ??= this.flush();
    });
  }

  private async idle(): Promise<void> {
    if (this.flushing) await this.flushing;
  }

  /** Writes batches until the queue is empty; whatever arrives during a write joins the next batch. */
  private async flush(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        const exclusiveAt = this.queue.findIndex((job) => job.exclusive);
        const take = exclusiveAt === -1 ? this.queue.length : Math.max(exclusiveAt, 1);
        await this.commit(this.queue.splice(0, take));
      }
    } finally {
      this.flushing = undefined;
    }
  }

  private async commit(jobs: Job[]): Promise<void> {
    const batch = new Batch(this.index);
    const applied = jobs.flatMap((job) => {
      try {
        return [{ job, settle: job.apply(batch) }];
      } catch (error) {
        job.reject(error);
        return [];
      }
    });
    if (batch.changed) {
      const next = batch.build(this.db.data);
      try {
        // Not db.write(): db.data must keep holding what is on disk until the write is durable.
        await this.db.adapter.write(next);
      } catch (cause) {
        const error = new StoreError('WRITE_FAILED', `${this.file}: write failed (${(cause as Error).message})`, { cause });
        for (const { job } of applied) job.reject(error);
        return;
      }
      this.db.data = next;
    }
    if (batch.replaced) this.index = new StoreIndex(this.db.data);
    else this.index.commit(batch, this.db.data.state);
    for (const { settle } of applied) settle();
  }
}

/** Callers get copies, so nothing outside the store can change what it holds. */
function copy<T>(value: T): T {
  return structuredClone(value);
}
