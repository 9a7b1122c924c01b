import { createRequire } from 'node:module';
import { describe, expect, it } from '@jest/globals';
import type * as AdaptiveCardsModule from 'adaptivecards';
import type { Answer } from '../../src/core/answer.js';
import { renderCard } from '../../src/channels/teams/render-card.js';
import { answerFixtures, fixture } from '../fixtures/answers.js';

// The package's `lib/` is extension-less ESM that Node cannot load; its UMD bundle parses and
// validates without a DOM.
const AdaptiveCards = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js') as typeof AdaptiveCardsModule;

const TEAMS_MAX_BYTES = 28 * 1024;

type Json = Record<string, unknown>;

/** Parse events and validation failures the Adaptive Cards SDK reports for a 1.5 host. */
function cardIssues(content: unknown): string[] {
  const card = new AdaptiveCards.AdaptiveCard();
  const context = new AdaptiveCards.SerializationContext(AdaptiveCards.Versions.v1_5);
  card.parse(content, context);
  const parsing = Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i).message);
  return [...parsing, ...card.validateProperties().validationEvents.map((e) => e.message)];
}

function content(answer: Answer): Json {
  const attachment = renderCard(answer);
  expect(attachment.contentType).toBe('application/vnd.microsoft.card.adaptive');
  return attachment.content as Json;
}

/** Every element and action in the card, depth first. */
function walk(node: unknown): Json[] {
  if (Array.isArray(node)) return node.flatMap(walk);
  if (typeof node !== 'object' || node === null) return [];
  const obj = node as Json;
  const children = ['body', 'items', 'columns', 'actions', 'card'].flatMap((key) => walk(obj[key]));
  return typeof obj.type === 'string' ? [obj, ...children] : children;
}

const ofType = (card: Json, type: string): Json[] => walk(card).filter((el) => el.type === type);
const texts = (card: Json): string[] => ofType(card, 'TextBlock').map((el) => String(el.text));

describe('renderCard', () => {
  it('the validator used below does reject a broken card', () => {
    const broken = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'x', color: 'Blue' }, { type: 'Carousel2' }] };
    expect(cardIssues(broken)).toHaveLength(2);
  });

  it.each(answerFixtures)('$name: a valid Adaptive Card 1.5 under 28 KB', ({ answer }) => {
    const attachment = renderCard(answer);
    const card = attachment.content as Json;
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json' });
    expect(cardIssues(card)).toEqual([]);
    expect(Buffer.byteLength(JSON.stringify(attachment), 'utf8')).toBeLessThan(TEAMS_MAX_BYTES);
    for (const set of ofType(card, 'ActionSet')) expect((set.actions as unknown[]).length).toBeLessThanOrEqual(6);
  });

  it.each(answerFixtures.filter((f) => (f.answer.choices ?? []).length > 0))(
    '$name: every choice is a button whose plain data is its value (works in Teams, the Emulator and the Agents Playground)', ({ answer }) => {
      const buttons = ofType(content(answer), 'Action.Submit');
      expect(buttons.map((b) => b.data)).toEqual((answer.choices ?? []).map((c) => ({ choice: c.value })));
      expect(JSON.stringify(buttons)).not.toContain('msteams');
    });

  it('makes web addresses in steps, text and notes markdown links that show the address', () => {
    const card = content({ kind: 'info', locale: 'en', title: 'Links', sensitive: false, text: 'Compare at https://partner.microsoft.com/support.', steps: ['Open https://aka.ms/a_b(c).'], notes: ['See https://x.example/y'] });
    const texts = ofType(card, 'TextBlock').map((b) => b.text);
    expect(texts).toContain('Compare at [https://partner.microsoft.com/support](https://partner.microsoft.com/support).');
    expect(texts).toContain('1. Open [https://aka.ms/a\\_b(c)](https://aka.ms/a_b%28c%29).');
    expect(texts).toContain('See [https://x.example/y](https://x.example/y)');
  });

  it('starts with the title as a large bold wrapped TextBlock', () => {
    const [first] = ofType(content(fixture('benefits-gold-en')), 'TextBlock');
    expect(first).toEqual({ type: 'TextBlock', text: 'Benefits of Contoso Ltd. (Gold)', wrap: true, size: 'Large', weight: 'Bolder' });
  });

  it('shows facts as a FactSet, Korean text unchanged', () => {
    const card = content(fixture('benefits-gold-ko'));
    expect(ofType(card, 'FactSet')).toEqual([{ type: 'FactSet', facts: [
      { title: 'Microsoft 제품 지원', value: '20개 인시던트 (12개 남음)' },
      { title: '시그니처 클라우드 지원', value: '제한 없음' },
    ] }]);
    expect(texts(card)).toContain('Contoso Ltd.의 혜택 (Gold)');
  });

  it('numbers steps, colours notes as warnings and links the cited section', () => {
    const card = content(fixture('diagnosis-m3-ko'));
    expect(texts(card)).toEqual(expect.arrayContaining(['1. "지원 혜택 연결" 창을 닫습니다.', '2. + 새 지원 요청을 선택합니다.']));
    const note = ofType(card, 'TextBlock').find((el) => el.color === 'Warning');
    expect(note?.text).toBe('이 메시지 때문에 새 액세스 ID를 요청하지 마세요.');
    const source = ofType(card, 'TextBlock').find((el) => el.isSubtle === true);
    expect(source).toMatchObject({ size: 'Small', text: '[MPN 혜택 - 온-프레미스 또는 클라우드 제품에 대한 기술 지원 § Azure Portal 오류 "액세스 ID가 이미 연결되어 있습니다..."]'
      + '(https://docs.microsoft.com/ko-kr/partner-center/mpn-benefits-technical-support#azure-portal-error-access-id-is-already-associated-)' });
  });

  it('shows a citation without url as plain text, not as a link', () => {
    const source = ofType(content(fixture('info-n1-en')), 'TextBlock').find((el) => el.isSubtle === true);
    expect(source?.text).toBe('KB 4032154 MPN Partner support N-1 policy for on-premises products\n\n[aka.ms/n-1](https://aka.ms/n-1)');
  });

  it('escapes markdown so literal * _ [ ] never become formatting or a link', () => {
    const card = content(fixture('edge-markup-en'));
    expect(texts(card)[0]).toBe('🚀 \\*Bold\\* \\_claims\\_ <b>&amp; `code` \\[x\\](y)');
    // The address is a link that shows the address itself, never the text around it.
    expect(texts(card)[1]).toContain('or \\[a link\\]([http://evil.example](http://evil.example)).');
    expect(ofType(card, 'FactSet')[0]).toEqual({ type: 'FactSet', facts: [{ title: 'R&D <team>', value: '\\*5\\* \\_left\\_ `now` > 3 & < 10 ✅' }] });
  });

  it('cuts a 10,000-character Korean text with "…" to stay under the size limit', () => {
    const answer = fixture('edge-long-text-ko');
    const paragraphs = texts(content(answer)).slice(1, -1);
    expect(paragraphs[0]).toBe((answer.text ?? '').split('\n\n')[0]);
    expect(paragraphs[paragraphs.length - 1]?.endsWith('…')).toBe(true);
    expect(paragraphs.join('').length).toBeLessThan((answer.text ?? '').length);
  });

  it('marks a capped list with "…" instead of dropping items silently', () => {
    const answer = fixture('edge-everything-ko');
    const facts = (ofType(content(answer), 'FactSet')[0]?.facts ?? []) as { title: string }[];
    expect(facts.length).toBeLessThan((answer.facts ?? []).length + 1);
    expect(facts[facts.length - 1]).toEqual({ title: '…', value: '…' });
    expect(facts[0]).toEqual({ title: '액세스 ID', value: '3f2504e0-4f89-41d3-9a0c-0305e82c3301' });
  });

  it('is pure: same card every time, answer left untouched', () => {
    const answer = fixture('edge-everything-ko');
    const before = structuredClone(answer);
    expect(renderCard(answer)).toEqual(renderCard(answer));
    expect(answer).toEqual(before);
  });
});
