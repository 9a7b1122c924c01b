import { describe, expect, it } from '@jest/globals';
import type { types as slack } from '@slack/bolt';
import type { Answer } from '../../src/core/answer.js';
import { checkBlockKitLimits, renderBlocks, type SlackMessage } from '../../src/channels/slack/render-blocks.js';
import { ACCESS_ID, CONTRACT_ID, answerFixtures, fixture } from '../fixtures/answers.js';

const escapeMrkdwn = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function ofType<T extends slack.KnownBlock['type']>(message: SlackMessage, type: T): Extract<slack.KnownBlock, { type: T }>[] {
  return message.blocks.filter((b): b is Extract<slack.KnownBlock, { type: T }> => b.type === type);
}

/** Every mrkdwn string the user sees: section texts and fields, context elements. */
function mrkdwnTexts(message: SlackMessage): string[] {
  return message.blocks.flatMap((b) => {
    if (b.type === 'section') return [b.text?.text ?? '', ...(b.fields ?? []).map((f) => f.text)];
    if (b.type === 'context') return b.elements.flatMap((el) => ('text' in el ? [el.text] : []));
    return [];
  });
}

function buttons(message: SlackMessage): slack.Button[] {
  return ofType(message, 'actions').flatMap((b) => b.elements.filter((el): el is slack.Button => el.type === 'button'));
}

describe('renderBlocks', () => {
  it.each(answerFixtures)('$name: within every Block Kit limit, fallback text starts with the title', ({ answer }) => {
    const message = renderBlocks(answer);
    expect(checkBlockKitLimits(message)).toEqual([]);
    expect(message.text.startsWith(escapeMrkdwn(answer.title))).toBe(true);
    expect(message.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: expect.any(String), emoji: true } });
    for (const text of mrkdwnTexts(message)) expect(text).not.toMatch(LONE_SURROGATE);
  });

  it.each(answerFixtures.filter((f) => (f.answer.choices ?? []).length > 0))(
    '$name: choices are the last block, one button per choice carrying its value', ({ answer }) => {
      const message = renderBlocks(answer);
      const last = message.blocks[message.blocks.length - 1];
      expect(last).toMatchObject({ type: 'actions', block_id: 'choices' });
      const choices = answer.choices ?? [];
      expect(buttons(message).map((b) => [b.action_id, b.value])).toEqual(choices.map((c, i) => [`choice:${i}`, c.value]));
      buttons(message).forEach((b, i) => {
        const label = choices[i]?.label ?? '';
        expect(b.text.text).toBe(label.length <= 75 ? label : `${label.slice(0, 74)}…`);
      });
    });

  it('keeps Korean text and puts facts in "*label*\\nvalue" fields', () => {
    const message = renderBlocks(fixture('benefits-gold-ko'));
    expect(message.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Contoso Ltd.의 혜택 (Gold)', emoji: true } });
    expect(ofType(message, 'section').flatMap((s) => s.fields ?? [])).toEqual([
      { type: 'mrkdwn', text: '*Microsoft 제품 지원*\n20개 인시던트 (12개 남음)' },
      { type: 'mrkdwn', text: '*시그니처 클라우드 지원*\n제한 없음' },
    ]);
    expect(buttons(message).map((b) => b.text.text)).toEqual(['ID 보기', '남은 인시던트']);
  });

  it('numbers steps in one section and shows notes and the cited section as context', () => {
    const message = renderBlocks(fixture('diagnosis-m3-en'));
    expect(mrkdwnTexts(message)).toEqual(expect.arrayContaining([
      '1. Close the "Link support benefits" blade.\n2. Select + New support request.\n3. Pick your partner support plan in the support-plan step.',
      ':warning: Do not ask for a new Access ID because of this message.',
      '<https://docs.microsoft.com/en-us/partner-center/mpn-benefits-technical-support#azure-portal-error-access-id-is-already-associated-|'
        + 'MPN Benefits - Technical Support for on-premises or Cloud products § Azure portal error "Access ID is already associated ...">',
    ]));
  });

  it('escapes &, < and > so user text never becomes a mention, a disguised link or a broken entity', () => {
    const texts = mrkdwnTexts(renderBlocks(fixture('edge-markup-en')));
    // A web address becomes a link that shows the address itself (never another title).
    expect(texts).toContain('Use `Help + support` &gt; *Support plans* &gt; _Link support benefits_ &amp; never paste '
      + '&lt;script&gt;alert(1)&lt;/script&gt; or [a link](<http://evil.example>).\n- not a list\n1. not a list either ~strike~ | pipe');
    expect(texts).toContain(':warning: Watch out: &lt;!channel&gt; &amp; &lt;@U123&gt; must stay literal ⚠️');
    expect(texts).toContain('<https://example.com/a?b=1&amp;c=2%7C3|Title with | pipe &gt; and &lt;angle&gt; &amp; amp>');
    expect(texts.join('')).not.toMatch(/<[!@#]|<script/);
  });

  it.each([
    ['a step', { steps: ['Open https://partner.microsoft.com/dashboard?a=1&b=2_x, then sign in.'] }, '1. Open <https://partner.microsoft.com/dashboard?a=1&amp;b=2_x>, then sign in.'],
    ['the lead text', { text: 'Compare them at https://partner.microsoft.com/support/partnersupport.' }, 'Compare them at <https://partner.microsoft.com/support/partnersupport>.'],
    ['a note', { notes: ['See (https://aka.ms/x).'] }, ':warning: See (<https://aka.ms/x>).'],
  ])('makes web addresses in %s links, trailing punctuation left out', (_where, part, expected) => {
    const texts = mrkdwnTexts(renderBlocks({ kind: 'info', locale: 'en', title: 'Links', sensitive: false, ...part }));
    expect(texts).toContain(expected);
  });

  it('splits a 10,000-character text into sections of at most 3,000 without losing a word', () => {
    const answer = fixture('edge-long-text-en');
    const sections = ofType(renderBlocks(answer), 'section').map((s) => s.text?.text ?? '');
    expect(sections.length).toBeGreaterThanOrEqual(4);
    const squash = (s: string): string => s.replace(/\s+/g, '');
    expect(squash(sections.join(''))).toBe(squash(escapeMrkdwn(answer.text ?? '')));
  });

  it('puts 30 facts into three sections of 10 fields', () => {
    const sections = ofType(renderBlocks(fixture('edge-30-facts-en')), 'section');
    expect(sections.map((s) => s.fields?.length)).toEqual([10, 10, 10]);
  });

  it('never puts IDs of a sensitive answer into the notification text', () => {
    for (const name of ['ids-en', 'ids-ko', 'edge-everything-ko']) {
      const message = renderBlocks(fixture(name));
      expect(message.text).not.toContain(ACCESS_ID);
      expect(message.text).not.toContain(CONTRACT_ID);
    }
  });

  it('cuts content past 50 blocks with "…" and keeps the choices', () => {
    const base = fixture('edge-12-long-choices-en');
    const answer: Answer = { ...base, facts: Array.from({ length: 600 }, (_, i) => ({ label: `Fact ${i}`, value: `${i}` })) };
    const message = renderBlocks(answer);
    expect(message.blocks).toHaveLength(50);
    expect(message.blocks[48]).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: '…' }] });
    expect(message.blocks[49]).toMatchObject({ type: 'actions', block_id: 'choices' });
    expect(checkBlockKitLimits(message)).toEqual([]);
  });

  it('never splits an emoji when cutting text', () => {
    const message = renderBlocks({ ...fixture('error-ko'), title: '🚨'.repeat(100), text: '👍'.repeat(2000), notes: ['✅'.repeat(3000)] });
    expect(checkBlockKitLimits(message)).toEqual([]);
    for (const text of [message.text, ...mrkdwnTexts(message), ...ofType(message, 'header').map((h) => h.text.text)]) {
      expect(text).not.toMatch(LONE_SURROGATE);
    }
  });
});

describe('checkBlockKitLimits', () => {
  const header = (text: string): slack.HeaderBlock => ({ type: 'header', text: { type: 'plain_text', text } });
  const section = (text: string): slack.SectionBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });
  const button = (id: string, text = 'ok', value = 'v'): slack.Button => ({ type: 'button', action_id: id, text: { type: 'plain_text', text }, value });
  const actions = (...elements: slack.Button[]): slack.ActionsBlock => ({ type: 'actions', elements });
  const field = (text: string): slack.MrkdwnElement => ({ type: 'mrkdwn', text });

  it.each<[string, { text?: string; blocks: slack.KnownBlock[] }, string]>([
    ['header over 150', { text: 't', blocks: [header('h'.repeat(151))] }, 'blocks[0] header text is 151 chars (max 150)'],
    ['section over 3000', { text: 't', blocks: [section('s'.repeat(3001))] }, 'blocks[0] section text is 3001 chars (max 3000)'],
    ['11 fields', { text: 't', blocks: [{ type: 'section', fields: Array.from({ length: 11 }, () => field('f')) }] }, 'blocks[0] has 11 fields (max 10)'],
    ['field over 2000', { text: 't', blocks: [{ type: 'section', fields: [field('f'.repeat(2001))] }] }, 'blocks[0].fields[0] is 2001 chars (max 2000)'],
    ['51 blocks', { text: 't', blocks: Array.from({ length: 51 }, () => section('s')) }, '51 blocks (max 50)'],
    ['26 buttons', { text: 't', blocks: [actions(...Array.from({ length: 26 }, (_, i) => button(`b${i}`)))] }, 'blocks[0] has 26 elements (max 25)'],
    ['button text over 75', { text: 't', blocks: [actions(button('a', 'x'.repeat(76)))] }, 'blocks[0].elements[0] button text is 76 chars (max 75)'],
    ['button value over 2000', { text: 't', blocks: [actions(button('a', 'ok', 'v'.repeat(2001)))] }, 'blocks[0].elements[0] button value is 2001 chars (max 2000)'],
    ['action_id over 255', { text: 't', blocks: [actions(button('a'.repeat(256)))] }, 'blocks[0].elements[0] action_id is 256 chars (max 255)'],
    ['duplicate action_id', { text: 't', blocks: [actions(button('choice:0')), actions(button('choice:0'))] }, 'blocks[1].elements[0] action_id "choice:0" is not unique'],
    ['duplicate block_id', { text: 't', blocks: [{ ...section('a'), block_id: 'x' }, { ...section('b'), block_id: 'x' }] }, 'blocks[1] block_id "x" is not unique'],
    ['11 context elements', { text: 't', blocks: [{ type: 'context', elements: Array.from({ length: 11 }, () => field('c')) }] }, 'blocks[0] has 11 elements (1..10)'],
    ['fallback over 40,000', { text: 't'.repeat(40_001), blocks: [] }, 'fallback text is 40001 chars (max 40000)'],
    ['no fallback text', { blocks: [section('s')] }, 'fallback text is missing'],
  ])('reports %s', (_, message, violation) => {
    expect(checkBlockKitLimits(message)).toEqual([violation]);
  });
});
