import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { StoreError } from '../core/errors.js';
import type { Clock, Decision, StateItem, StorePort, TicketDecision } from '../core/ports.js';
import type { AuditEntry, ChannelIdentity, Org, OrgRecord, Ticket, TicketStatus, UnansweredEntry, User } from '../core/types.js';
import { learnSecrets } from '../logging.js';
import { Batch } from './batch.js';
import { copy, copyOrg } from './copy.js';
import { demoData } from './demo-data.js';
import { loadStore } from './load-store.js';
import { checkStoreData, SCHEMA_VERSION, type ImportData, type StoreData } from './schema.js';
import { StoreFiles, type CompactAfter } from './store-files.js';
import { importProblems, normalizeImport } from './import-rules.js';
import { holdsReference, orgMatcher, personMatcher, referencesIn } from './org-search.js';
import { identityKey, tenantKey } from './store-index.js';
import { GuardedWriter } from './guarded-writer.js';
import { DEFAULT_RETENTION, expiredKeys, type Retention } from './retention.js';
import { lockStore, type StoreLock } from './store-lock.js';

export type { CompactAfter } from './store-files.js';

export interface FileStoreOptions {
  /** Path of the JSON data file (created when missing); its journal is `<file>.journal`. */
  file: string;
  clock: Clock;
  /** Fill a newly created file with the fictional demo data (default true); otherwise it starts empty. */
  demo?: boolean;
  /** When to fold the journal into the data file (default: 4 MiB or 5,000 batches). */
  compactAfter?: Partial<CompactAfter>;
  /** What is kept and for how long (default DEFAULT_RETENTION). */
  retention?: Partial<Retention>;
}

interface Job {
  /** Applies the mutation to the batch (or throws, changing nothing) and returns how to resolve it. */
  apply(batch: Batch): () => void;
  reject(error: unknown): void;
  /** Runs in a batch of its own (an import replaces everything). */
  exclusive: boolean;
}

/** The state key of the readiness probe's write. */
const PROBE_KEY = 'health/probe';

const emptyData = (): StoreData => ({ schemaVersion: SCHEMA_VERSION, orgs: [], users: [], activations: [], links: [], ledger: [], state: {}, audit: [], tickets: [], unanswered: [] });

/**
 * Opens the data file and replays its journal: refuses a bad file (CORRUPT_FILE /
 * SCHEMA_INVALID, both files left byte-for-byte untouched), or creates a missing one durably
 * (demo data unless `demo: false`).
 */
export async function openFileStore(options: FileStoreOptions): Promise<FileStore> {
  await mkdir(dirname(options.file), { recursive: true });
  const lock = await lockStore(options.file);
  try {
    const loaded = await loadStore(options.file, () => (options.demo === false ? emptyData() : demoData(options.clock)));
    const files = new StoreFiles(loaded, { bytes: 4 * 2 ** 20, batches: 5000, ...options.compactAfter });
    return new FileStore(options.file, files, { lock, clock: options.clock, retention: { ...DEFAULT_RETENTION, ...options.retention } });
  } catch (error) {
    await lock.release();
    throw error;
  }
}

/**
 * The default store: one JSON file (the snapshot) held in memory, plus a journal of the
 * changes since (see StoreFiles). Mutations queued while a write is in flight are written
 * together (group commit) as one appended, fsynced journal line; each promise resolves once
 * the line holding it is durable. Reads return copies of the durable data, so a failed write
 * needs no undo.
 */
export class FileStore implements StorePort {
  private queue: Job[] = [];
  private flushing: Promise<void> | undefined;
  private closed = false;
  private closing: Promise<void> | undefined;

  private readonly lock: StoreLock;
  private readonly writer: GuardedWriter;
  private readonly clock: Clock;
  private readonly retention: Retention;
  /** State written before times were kept counts as written now (when this store opened). */
  private readonly openedAt: Date;
  private lastSweep: number;
  private lastProbe = -Infinity;

  /** Use `openFileStore`. */
  constructor(
    readonly file: string,
    private readonly files: StoreFiles,
    options: { lock: StoreLock; clock: Clock; retention: Retention },
  ) {
    ({ lock: this.lock, clock: this.clock, retention: this.retention } = options);
    this.writer = new GuardedWriter({ dataFile: file, files, ...options });
    this.openedAt = this.clock.now();
    // The first write after opening looks for expired state (the bot may have been stopped for long).
    this.lastSweep = -Infinity;
    this.learnIds();
  }

  /** The log scrubber learns every stored Access ID and Contract ID, whatever its shape. */
  private learnIds(): void {
    learnSecrets(this.files.data.activations.flatMap((a) => [a.accessId, a.contractId]));
  }

  private get index() {
    return this.files.index;
  }

  async findUserByIdentity(identity: ChannelIdentity): Promise<User | undefined> {
    return copy(this.index.usersByIdentity.get(identityKey(identity)));
  }

  async findOrgByTenant(channel: string, tenant: string): Promise<Org | undefined> {
    return copy(this.index.orgsByTenant.get(tenantKey(channel, tenant)));
  }

  saveUser(user: User, audit?: AuditEntry): Promise<void> {
    return this.enqueue((batch) => batch.putUser(user, audit ? [audit] : []));
  }

  async getUser(userId: string): Promise<User | undefined> {
    return copy(this.index.users.get(userId));
  }

  async listUsers(orgId: string): Promise<User[]> {
    return copy(this.index.usersByOrg.get(orgId) ?? []);
  }

  async getOrg(orgId: string): Promise<OrgRecord | undefined> {
    const record = this.index.orgs.get(orgId);
    return record && copyOrg(record);
  }

  async findOrgs(query: string): Promise<Org[]> {
    const matches = orgMatcher(query);
    return copy([...this.index.orgs.values()].map((entry) => entry.org).filter(matches));
  }

  updateOrg<T>(orgId: string, decide: (record: OrgRecord) => Decision<T>): Promise<T> {
    return this.enqueue((batch) => {
      const current = batch.org(orgId);
      if (!current) throw new StoreError('NOT_FOUND', `unknown org "${orgId}"`);
      const { result, changes } = decide(copyOrg(current));
      if (changes) batch.changeOrg(orgId, changes);
      return result;
    });
  }

  async findOrgsOfPeopleNamed(text: string): Promise<Org[]> {
    const named = personMatcher(text);
    const orgIds = new Set([...this.index.users.values()].flatMap((u) => (u.orgId !== null && named(u) ? [u.orgId] : [])));
    return copy([...orgIds].flatMap((id) => this.index.orgs.get(id)?.org ?? []));
  }

  async findOrgsOfReferences(text: string): Promise<Org[]> {
    const refs = referencesIn(text);
    if (!refs) return [];
    const ofMembers = new Set([...this.index.users.values()].flatMap((u) => (u.orgId !== null && u.identities.some((i) => refs.guids.has(i.tenant.toLowerCase())) ? [u.orgId] : [])));
    return copy([...this.index.orgs.values()].filter((entry) => ofMembers.has(entry.org.id) || holdsReference(refs, entry)).map((entry) => entry.org));
  }

  async findOrgsMentioned(text: string): Promise<Org[]> {
    return copy(this.index.mentions().find(text));
  }

  appendAudit(entry: AuditEntry): Promise<void> {
    return this.enqueue((batch) => batch.appendAudit(entry));
  }

  async listAudit(limit = 1000): Promise<AuditEntry[]> {
    return copy(this.files.data.audit.slice(-limit));
  }

  createTicket(draft: Omit<Ticket, 'id'>, audit?: Omit<AuditEntry, 'ticketId'>): Promise<{ ticket: Ticket; created: boolean }> {
    return this.enqueue((batch) => copy(batch.createTicket(draft, audit)));
  }

  async getTicket(id: number): Promise<Ticket | undefined> {
    return copy(this.index.tickets.get(id));
  }

  async listTickets(statuses?: TicketStatus[]): Promise<Ticket[]> {
    return copy([...this.index.tickets.values()].filter((t) => !statuses || statuses.includes(t.status)));
  }

  updateTicket<T>(id: number, decide: (ticket: Ticket) => TicketDecision<T>): Promise<T> {
    return this.enqueue((batch) => {
      const current = batch.ticket(id);
      if (!current) throw new StoreError('NOT_FOUND', `unknown ticket ${id}`);
      const { result, ticket, audit = [] } = decide(copy(current));
      batch.changeTicket(ticket && { ...ticket, id }, audit);
      return result;
    });
  }

  recordUnanswered(entry: UnansweredEntry): Promise<void> {
    return this.enqueue((batch) => batch.recordUnanswered(entry));
  }

  async listUnanswered(): Promise<UnansweredEntry[]> {
    return copy(this.files.data.unanswered);
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

  /**
   * Whether the store can take writes (GET /readyz): false once FAILURES_UNTIL_UNREADY writes
   * failed in a row or another process took the files over. While failing, it tries a tiny write
   * of its own (at most once a second), so it turns true again as soon as writes work, even
   * when no traffic arrives because the instance is marked unready.
   */
  async writable(): Promise<boolean> {
    if (this.writer.fenced || this.closed) return false;
    if (this.writer.healthy) return true;
    const now = Date.now();
    if (now - this.lastProbe < 1000) return false;
    this.lastProbe = now;
    return this.writeState({ [PROBE_KEY]: { value: { at: this.clock.now().toISOString() } } }).then(
      () => true,
      () => false,
    );
  }

  /** Waits for queued writes; afterwards every mutation rejects with CLOSED (reads still work). */
  async close(): Promise<void> {
    this.closed = true;
    this.closing ??= this.idle()
      // A store that another process took over must not write a snapshot over its data.
      .then(() => this.files.close(!this.writer.fenced))
      // Nothing is lost if the last compaction fails: the journal holds every change and is replayed on open.
      .catch(() => undefined)
      .then(() => this.lock.release());
    await this.closing;
  }

  /** Resolves once queued writes and a compaction in progress are done (for tools and tests). */
  async whenIdle(): Promise<void> {
    await this.idle();
    await this.files.idle();
  }

  /** All durable records without conversation state, in the import format (for the admin CLI). */
  async exportData(): Promise<ImportData> {
    const { schemaVersion, orgs, users, activations, links, ledger } = this.files.data;
    return copy({ schemaVersion, orgs, users, activations, links, ledger });
  }

  /** Replaces every record with `data` (ids normalized, then validated: IMPORT_INVALID), durably; conversation state is kept. */
  replaceAll(data: ImportData): Promise<void> {
    const checked = checkStoreData(normalizeImport(data));
    const problems = checked.ok ? importProblems(checked.data) : checked.issues;
    if (!checked.ok || problems.length > 0) return Promise.reject(new StoreError('IMPORT_INVALID', `import: ${problems[0] ?? 'invalid'}`));
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
    const batch = new Batch(this.index, { now: this.clock.now().toISOString(), maxOpenTicketsPerPerson: this.retention.maxOpenTicketsPerPerson });
    const applied = jobs.flatMap((job) => {
      try {
        return [{ job, settle: job.apply(batch) }];
      } catch (error) {
        job.reject(error);
        return [];
      }
    });
    try {
      await this.writer.write(batch);
    } catch (cause) {
      const error = cause === this.writer.fenced ? cause : new StoreError('WRITE_FAILED', `${this.file}: write failed (${(cause as Error).message})`, { cause });
      for (const { job } of applied) job.reject(error);
      return;
    }
    if (batch.replaced || batch.ops().activations) this.learnIds();
    for (const { settle } of applied) settle();
    this.sweepWhenDue();
  }

  /** Deletes expired conversation state, at most once per `sweepEveryMs` (as a write of its own). */
  private sweepWhenDue(): void {
    const now = this.clock.now();
    if (this.closed || now.getTime() - this.lastSweep < this.retention.sweepEveryMs) return;
    this.lastSweep = now.getTime();
    const keys = expiredKeys(this.index.state, { now, ttlMs: this.retention.stateTtlMs, since: this.openedAt });
    // A failed sweep is retried at the next one; the state stays readable meanwhile.
    if (keys.length > 0) this.deleteState(keys).catch(() => undefined);
  }
}
