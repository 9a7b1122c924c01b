import { describe, expect, it } from '@jest/globals';
import { loadCatalog } from '../../src/core/catalog.js';
import { RateLimiter } from '../../src/core/rate-limit.js';
import { maskSecret, redactSecrets } from '../../src/core/redact.js';
import { assessCase } from '../../src/core/staff.js';
import { claimTicket, noteTicket, resolveTicket } from '../../src/core/tickets.js';
import { factsFromRecords } from '../../src/core/triage.js';
import type { Ticket } from '../../src/core/types.js';
import { NOW, entries, orgRecord, user } from '../fakes/records.js';

const program = loadCatalog().defaultProgram;

describe('staff assessment: the most likely leaf, what it rests on, and what to ask', () => {
  it.each<[string, ReturnType<typeof orgRecord> | undefined, Record<string, string>, string, string, string[]]>([
    ['Action Pack org, Azure paste', orgRecord({ offer: 'action-pack', activated: {} }), { location: 'azure-link' }, 'no-cloud-benefit', 'high', []],
    ['expired contract', orgRecord({ activated: { expiresAt: '2021-05-01T00:00:00.000Z' } }), { location: 'azure-link' }, 'contract-invalid', 'medium', ['customerSubscription']],
    ['used up hybrid pack', orgRecord({ offer: 'silver', competencies: ['messaging'], activated: {}, ledger: entries('signature-hybrid', 5) }), { location: 'azure-link' }, 'contract-invalid', 'medium', ['customerSubscription']],
    ['never activated', orgRecord({}), { location: 'azure-link' }, 'activate-first', 'medium', ['customerSubscription']],
    ['valid contract, no org user', orgRecord({ activated: {} }), { location: 'azure-link' }, 'already-linked', 'low', ['customerSubscription', 'linkedBefore', 'planOffered']],
    ['no org named, SfB paste', undefined, { location: 'other' }, 'other-portal', 'low', []],
    ['nothing known at all', undefined, {}, 'already-linked', 'low', ['location', 'offer', 'customerSubscription', 'contractStatus', 'linkedBefore', 'planOffered']],
    ['CSP customer said by staff', orgRecord({ activated: {} }), { location: 'azure-link', customerSubscription: 'yes' }, 'csp-customer', 'high', []],
    ['escalate when told not offered, and listed in Support for Business', orgRecord({ activated: {} }), { location: 'azure-link', customerSubscription: 'no', linkedBefore: 'no', planOffered: 'no', planInSfb: 'yes' }, 'escalate', 'medium', []],
    ['not offered, and not listed in Support for Business either: add the contract', orgRecord({ activated: {} }), { location: 'azure-link', customerSubscription: 'no', linkedBefore: 'no', planOffered: 'no', planInSfb: 'no' }, 'add-contract', 'medium', []],
  ])('%s → %s', (_n, record, told, leaf, confidence, toAsk) => {
    const records = record ? factsFromRecords(program, record, undefined, NOW) : {};
    const a = assessCase(program.triage, { records, told });
    expect(a.result.leaf).toBe(leaf);
    expect(a.confidence).toBe(confidence);
    expect(a.assumed.map((s) => s.fact)).toEqual(toAsk);
    for (const s of a.fromRecords) expect(records[s.fact]).toBe(s.value);
    for (const s of a.told) expect(told[s.fact]).toBe(s.value);
  });
});

describe('ticket rules', () => {
  const ticket: Ticket = {
    id: 7, createdAt: NOW.toISOString(), status: 'open', orgId: 'org-a', userId: 'u-1', requester: { channel: 'test', tenant: 't', user: 'u' },
    locale: 'ko', summary: [], conversation: {}, sourceKey: 'k', notes: [],
  };
  const ann = user({ id: 'ann', roles: ['staff'], orgId: null });
  const bob = user({ id: 'bob', roles: ['staff'], orgId: null });

  it('open → claimed → noted → resolved with a reply', () => {
    const claimed = claimTicket(ticket, ann, NOW);
    if (claimed.kind !== 'ok') throw new Error('claim refused');
    const noted = noteTicket(claimed.ticket, ann, { text: 'asked for screenshot', at: NOW });
    if (noted.kind !== 'ok') throw new Error('note refused');
    const resolved = resolveTicket(noted.ticket, ann, { reply: 'Ignore the message.', at: NOW });
    expect(resolved).toMatchObject({ kind: 'ok', ticket: { status: 'resolved', claimedBy: 'ann', notes: [{ by: 'ann', text: 'asked for screenshot' }], resolution: { by: 'ann', reply: 'Ignore the message.' } } });
  });

  it('refuses to resolve someone else’s claim, an empty reply, or anything resolved', () => {
    const claimed = claimTicket(ticket, ann, NOW);
    if (claimed.kind !== 'ok') throw new Error('claim refused');
    expect(resolveTicket(claimed.ticket, bob, { reply: 'x', at: NOW })).toEqual({ kind: 'refused', reason: 'claimed-by-other' });
    expect(resolveTicket(claimed.ticket, ann, { reply: '  ', at: NOW })).toEqual({ kind: 'refused', reason: 'empty-text' });
    const done = resolveTicket(claimed.ticket, ann, { reply: 'ok', at: NOW });
    if (done.kind !== 'ok') throw new Error('resolve refused');
    expect(claimTicket(done.ticket, bob, NOW)).toEqual({ kind: 'refused', reason: 'resolved' });
    expect(noteTicket(done.ticket, ann, { text: 'late', at: NOW })).toEqual({ kind: 'refused', reason: 'resolved' });
  });

  it('a takeover by another staff member is noted', () => {
    const first = claimTicket(ticket, ann, NOW);
    if (first.kind !== 'ok') throw new Error('claim refused');
    expect(claimTicket(first.ticket, bob, NOW)).toMatchObject({ kind: 'ok', ticket: { claimedBy: 'bob', notes: [{ by: 'bob', text: 'took over from ann' }] } });
  });
});

describe('secrets', () => {
  it('redacts GUIDs, long numbers and the given secrets, keeping ordinary numbers', () => {
    const text = 'access 3f2b9c1e-5a7d-4e21-b8c4-6d0e9f1a2b3c contract 7741203398, code ABCD-99, 20 incidents on 2021-06-15';
    expect(redactSecrets(text, ['ABCD-99'])).toBe('access [redacted] contract [redacted], code [redacted], 20 incidents on 2021-06-15');
  });
  it('masks to the last four characters', () => {
    expect(maskSecret('7741203398')).toBe('••••3398');
  });
});

describe('rate limit', () => {
  it('allows `limit` turns per window per user, then refuses until the window moves on', () => {
    const limiter = new RateLimiter(3, 60_000);
    const at = (s: number) => new Date(NOW.getTime() + s * 1000);
    expect([0, 1, 2, 3].map((s) => limiter.allow('u', at(s)))).toEqual([true, true, true, false]);
    expect(limiter.allow('other', at(3))).toBe(true);
    expect(limiter.allow('u', at(61))).toBe(true);
  });
});
