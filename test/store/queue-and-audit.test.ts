import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import type { AuditEntry, Ticket } from '../../src/core/types.js';
import { MAX_UNANSWERED } from '../../src/store/batch.js';
import { DEMO } from '../../src/store/demo-data.js';
import { openFileStore } from '../../src/store/file-store.js';
import { clock, tempDir } from './helpers.js';

const draft = (sourceKey: string): Omit<Ticket, 'id'> => ({
  createdAt: '2021-06-15T09:00:00.000Z',
  status: 'open',
  orgId: DEMO.orgs.contoso,
  userId: DEMO.users.contosoUser,
  requester: { channel: 'msteams', tenant: 't', user: 'u' },
  locale: 'en',
  summary: ['help please'],
  conversation: { channelId: 'msteams', conversation: { id: 'c1' } },
  sourceKey,
  notes: [],
});

const audit = (n: number): AuditEntry => ({ id: `a${n}`, at: '2021-06-15T09:00:00.000Z', actor: { channel: 'slack', tenant: 'T1', user: 'U1' }, action: 'view-ids', outcome: 'denied', reason: 'shared-scope' });

describe('tickets, audit log and unanswered questions in the file store', () => {
  it('numbers tickets, is idempotent by source (also for concurrent redeliveries), and keeps them across a reopen', async () => {
    const file = `${await tempDir()}/db.json`;
    const store = await openFileStore({ file, clock });
    const [a, b, c] = await Promise.all([store.createTicket(draft('m1')), store.createTicket(draft('m1')), store.createTicket(draft('m2'))]);
    expect([a.ticket.id, a.created, b.ticket.id, b.created, c.ticket.id, c.created]).toEqual([1, true, 1, false, 2, true]);
    await store.updateTicket(1, (t) => ({ result: null, ticket: { ...t, status: 'claimed', claimedBy: 'staff' } }));
    await store.close();
    const again = await openFileStore({ file, clock });
    expect((await again.listTickets(['claimed'])).map((t) => t.id)).toEqual([1]);
    expect((await again.createTicket(draft('m3'))).ticket.id).toBe(3);
    await expect(again.updateTicket(99, () => ({ result: null }))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses a ticket version that breaks the schema, leaving the stored one as it was', async () => {
    const store = await openFileStore({ file: `${await tempDir()}/db.json`, clock });
    await store.createTicket(draft('m1'));
    await expect(store.updateTicket(1, (t) => ({ result: null, ticket: { ...t, status: 'lost' as Ticket['status'] } }))).rejects.toMatchObject({ code: 'SCHEMA_INVALID' });
    expect((await store.getTicket(1))?.status).toBe('open');
  });

  it('appends audit entries durably; an import replaces records but never the audit log', async () => {
    const file = `${await tempDir()}/db.json`;
    const store = await openFileStore({ file, clock });
    await Promise.all([1, 2, 3].map((n) => store.appendAudit(audit(n))));
    await store.replaceAll(await store.exportData());
    expect((await store.listAudit()).map((e) => e.id)).toEqual(['a1', 'a2', 'a3']);
    expect((await store.listAudit(2)).map((e) => e.id)).toEqual(['a2', 'a3']);
    expect(JSON.parse(await readFile(file, 'utf8')).audit).toHaveLength(3);
  });

  it(`keeps the newest ${MAX_UNANSWERED} unanswered questions`, async () => {
    const store = await openFileStore({ file: `${await tempDir()}/db.json`, clock });
    await Promise.all(Array.from({ length: MAX_UNANSWERED + 3 }, (_, i) => store.recordUnanswered({ at: '2021-06-15T09:00:00.000Z', text: `q${i}`, locale: 'en' })));
    const kept = await store.listUnanswered();
    expect(kept).toHaveLength(MAX_UNANSWERED);
    expect(kept[0]?.text).toBe('q3');
  });

  it.each([
    ["show me Fabrikam's access id", [DEMO.orgs.fabrikam]],
    ['ids of org-northwind please', [DEMO.orgs.northwind]],
    ['contract id for Tailspin Labs', [DEMO.orgs.tailspin]],
    ['where are our access id and contract id?', []],
    // Misspelt by a letter, run together, with a Korean particle, or written in Hangul as it sounds.
    ['Fabricam Solutions say the Access ID field is empty', [DEMO.orgs.fabrikam]],
    ['Litwre inc - same error', [DEMO.orgs.litware]],
    ['Adventureworks - is their contract valid?', [DEMO.orgs.adventure]],
    // Run together and misspelt by a letter: the first word one edit off, the second word after it.
    ['adventurworks 인시던트 몇 건 남았어요?', [DEMO.orgs.adventure]],
    ['how many does adventreworks have left', [DEMO.orgs.adventure]],
    // Spelt as it sounds (two letters off, same consonants), or split in two.
    ['Litwear Inc - where are they at?', [DEMO.orgs.litware]],
    ['north wind traders - membership status pls', [DEMO.orgs.northwind]],
    ['Northwind는 ID가 있긴 해요?', [DEMO.orgs.northwind]],
    ['콘토소 클라우드 파트너스 직원 한 명이', [DEMO.orgs.contoso]],
    ['리트웨어에서 Azure에 오류가 떴대요', [DEMO.orgs.litware]],
    ['노스윈드 트레이더스가 연결 오류', [DEMO.orgs.northwind]],
    ['우드그로브 뱅크 파트너스는 몇 개 남았어요?', [DEMO.orgs.woodgrove]],
    ['어드벤처 웍스 사이클 쪽', [DEMO.orgs.adventure]],
    ['테일스핀 랩스가 파트너 센터에서', [DEMO.orgs.tailspin]],
    // Near misses stay misses: another word, a short first word, the bot's own vocabulary.
    ['northwest traders', []],
    // A first word one edit off run into another word is not the name.
    ['adventurstuff and adventurwise', []],
    ['우리 회사 파트너 센터에서 클라우드 지원 계약이 만료됐어요', []],
    ['the contracts expired in the portal', []],
    // Same consonants as "Contoso" but not two letters from it.
    ['how many counts do we have?', []],
    // A verb whose consonants sound like a name ("뜹니다" ~ "adventure") is not a name.
    ['아직 혜택이 없습니다 라고 뜹니다', []],
  ])('finds the orgs "%s" names', async (text, expected) => {
    const store = await openFileStore({ file: `${await tempDir()}/db.json`, clock });
    expect((await store.findOrgsMentioned(text)).map((o) => o.id)).toEqual(expected);
  });
});
