import { StoreError } from '../../src/core/errors.js';
import type { Decision, StateItem, StorePort } from '../../src/core/ports.js';
import type { Activation, ChannelIdentity, LedgerEntry, Link, Org, OrgRecord, User } from '../../src/core/types.js';

/** A hand-written in-memory StorePort for core and dialog tests (the real one is tested in test/store). */
export class MemoryStore implements StorePort {
  orgs = new Map<string, Org>();
  users: User[] = [];
  activations = new Map<string, Activation>();
  links: (Link & { orgId: string })[] = [];
  ledger: (LedgerEntry & { orgId: string })[] = [];
  state = new Map<string, StateItem>();
  private etag = 0;
  private queue: Promise<unknown> = Promise.resolve();

  addOrg(org: Org, extra: { activation?: Activation; links?: Link[]; ledger?: LedgerEntry[] } = {}): void {
    this.orgs.set(org.id, org);
    if (extra.activation) this.activations.set(org.id, extra.activation);
    for (const l of extra.links ?? []) this.links.push({ ...l, orgId: org.id });
    for (const e of extra.ledger ?? []) this.ledger.push({ ...e, orgId: org.id });
  }

  async findUserByIdentity(identity: ChannelIdentity): Promise<User | undefined> {
    const u = this.users.find((x) => x.identities.some((i) => i.channel === identity.channel && i.tenant === identity.tenant && i.user === identity.user));
    return u && structuredClone(u);
  }
  async getUser(userId: string): Promise<User | undefined> {
    const u = this.users.find((x) => x.id === userId);
    return u && structuredClone(u);
  }
  async listUsers(orgId: string): Promise<User[]> {
    return structuredClone(this.users.filter((u) => u.orgId === orgId));
  }
  async getOrg(orgId: string): Promise<OrgRecord | undefined> {
    return this.snapshot(orgId);
  }
  async findOrgs(query: string): Promise<Org[]> {
    const q = query.toLowerCase();
    return [...this.orgs.values()].filter((o) => o.id === query || o.name.toLowerCase().includes(q));
  }
  updateOrg<T>(orgId: string, decide: (record: OrgRecord) => Decision<T>): Promise<T> {
    const run = this.queue.then(() => {
      const record = this.snapshot(orgId);
      if (!record) throw new StoreError('NOT_FOUND', `org ${orgId} not found`);
      const { result, changes } = decide(record);
      if (changes?.activation) {
        if (this.activations.has(orgId)) throw new StoreError('CONFLICT', 'already activated');
        this.activations.set(orgId, changes.activation);
      }
      for (const l of changes?.links ?? []) this.links.push({ ...l, orgId });
      for (const e of changes?.ledger ?? []) this.ledger.push({ ...e, orgId });
      return result;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }
  async readState(keys: string[]): Promise<Record<string, StateItem>> {
    const out: Record<string, StateItem> = {};
    for (const k of keys) {
      const item = this.state.get(k);
      if (item) out[k] = structuredClone(item);
    }
    return out;
  }
  async writeState(items: Record<string, { value: Record<string, unknown>; expectedETag?: string }>): Promise<void> {
    for (const [k, { value, expectedETag }] of Object.entries(items)) {
      const cur = this.state.get(k);
      if (expectedETag && expectedETag !== '*' && cur && cur.eTag !== expectedETag) throw new StoreError('CONFLICT', `eTag mismatch for ${k}`);
      this.etag += 1;
      this.state.set(k, { eTag: String(this.etag), value: structuredClone(value) });
    }
  }
  async deleteState(keys: string[]): Promise<void> {
    for (const k of keys) this.state.delete(k);
  }
  async close(): Promise<void> {}

  private snapshot(orgId: string): OrgRecord | undefined {
    const org = this.orgs.get(orgId);
    if (!org) return undefined;
    const strip = <X extends { orgId: string }>({ orgId: _o, ...rest }: X) => rest;
    return structuredClone({
      org,
      activation: this.activations.get(orgId) ?? null,
      links: this.links.filter((l) => l.orgId === orgId).map(strip),
      ledger: this.ledger.filter((e) => e.orgId === orgId).map(strip),
    });
  }
}
