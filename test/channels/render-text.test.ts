import { describe, expect, it } from '@jest/globals';
import { renderText } from '../../src/channels/console/render-text.js';
import { answerFixtures, fixture } from '../fixtures/answers.js';

/** Asserts each needle occurs, each after the previous one. */
function expectInOrder(output: string, needles: string[]): void {
  let from = 0;
  for (const needle of needles) {
    const at = output.indexOf(needle, from);
    expect({ needle, found: at >= 0 }).toEqual({ needle, found: true });
    from = at + needle.length;
  }
}

describe('renderText', () => {
  it('shows a triage diagnosis top to bottom: title, text, numbered steps, notes, source, numbered choices', () => {
    const out = renderText(fixture('diagnosis-m3-en'));
    expectInOrder(out, [
      'Azure portal error "Access ID is already associated ..."',
      'The contract is already linked to your sign-in account.',
      '1. Close the "Link support benefits" blade.',
      '2. Select + New support request.',
      '3. Pick your partner support plan in the support-plan step.',
      '! Do not ask for a new Access ID because of this message.',
      'Source: MPN Benefits - Technical Support for on-premises or Cloud products § Azure portal error "Access ID is already associated ..." (https://docs.microsoft.com/en-us/partner-center/mpn-benefits-technical-support#azure-portal-error-access-id-is-already-associated-)',
      '[1] That worked',
      '[2] Plan not offered',
    ]);
  });

  it('lists facts as "label: value" lines, in Korean as given', () => {
    const lines = renderText(fixture('benefits-gold-ko')).split('\n');
    expect(lines[0]).toBe('Contoso Ltd.의 혜택 (Gold)');
    expect(lines).toContain('Microsoft 제품 지원: 20개 인시던트 (12개 남음)');
    expect(lines).toContain('시그니처 클라우드 지원: 제한 없음');
  });

  it('numbers every choice, also past 9, with the full label', () => {
    const answer = fixture('edge-12-long-choices-ko');
    const lines = renderText(answer).split('\n');
    const choices = answer.choices ?? [];
    expect(choices).toHaveLength(12);
    choices.forEach((c, i) => expect(lines).toContain(`[${i + 1}] ${c.label}`));
  });

  it('shows a citation without url as a bare source line', () => {
    const lines = renderText(fixture('info-n1-en')).split('\n');
    expect(lines).toContain('Source: KB 4032154 MPN Partner support N-1 policy for on-premises products');
    expect(lines).toContain('Source: aka.ms/n-1 (https://aka.ms/n-1)');
  });

  it('renders an answer without optional fields as the title and its underline only', () => {
    expect(renderText(fixture('error-en-minimal'))).toBe(
      'Something went wrong. Please try again.\n=======================================');
    expect(renderText(fixture('edge-empty-lists'))).toBe('Nothing to list\n===============');
  });

  it('underlines a Korean title to its width in terminal columns', () => {
    const [title, underline] = renderText(fixture('refusal-ko')).split('\n');
    expect(title).toBe('이 채널에서는 ID를 표시할 수 없습니다');
    // 15 Hangul syllables take two columns each, the 7 other characters one.
    expect(underline).toBe('='.repeat(15 * 2 + 7));
  });

  it('never lets an answer send terminal escape sequences', () => {
    const out = renderText({ ...fixture('error-ko'), text: 'echo \u001b[2J\u001b[31mred\u0007 \u009b31m done' });
    expect(out).toContain('echo [2J[31mred 31m done');
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must be absent
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it('puts web addresses in steps and text in angle brackets, trailing punctuation outside', () => {
    const out = renderText({ kind: 'info', locale: 'en', title: 'Links', sensitive: false, text: 'Compare at https://partner.microsoft.com/support.', steps: ['Open https://aka.ms/x, then sign in.'] });
    expect(out).toContain('Compare at <https://partner.microsoft.com/support>.');
    expect(out).toContain('1. Open <https://aka.ms/x>, then sign in.');
    // A Korean particle after the address, or after the bracket that closes it, is not part of it.
    const ko = renderText({ kind: 'info', locale: 'ko', title: '링크', sensitive: false, text: '파트너 센터(https://partner.microsoft.com/dashboard)에 로그인하세요. https://aka.ms/n-1에서 확인하세요.' });
    expect(ko).toContain('파트너 센터(<https://partner.microsoft.com/dashboard>)에 로그인하세요. <https://aka.ms/n-1>에서 확인하세요.');
  });

  it.each(answerFixtures)('$name: keeps the full title and text and uses no colour codes', ({ answer }) => {
    const out = renderText(answer);
    expect(out.startsWith(answer.title)).toBe(true);
    // Web addresses are kept, in angle brackets.
    if (answer.text) expect(out).toContain(answer.text.trim().replace(/https?:\/\/[^\s)]+[^\s.)]/g, '<$&>'));
    expect(out).not.toContain('\u001b');
  });
});
