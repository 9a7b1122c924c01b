import { describe, expect, it } from '@jest/globals';
import { ask, chatAs, converse, makeBot } from './harness.js';

/**
 * The existing flows for an org on the current program (demo Woodgrove: Solutions Partner
 * designation + Partner Success Core). They must answer from that org's own program, per held
 * offer, and never fall over.
 */
describe('existing flows for an org on the current program', () => {
  it('benefits: each held offer line with its balance, no 2021 counts', async () => {
    const { bot } = await makeBot();
    const reply = await ask(chatAs(bot, 'woodgrove-user'), 'what are our benefits?');
    expect(reply).toMatch(/Woodgrove Bank Partners/);
    expect(reply).toMatch(/Partner Cloud Support[^\n]*50 incidents, 49 left/);
    expect(reply).toMatch(/Partner On-premises Support[^\n]*20 incidents, 19 left/);
    expect(reply).toMatch(/Partner Cloud Support[^\n]*2 incidents, 1 left/);
    expect(reply).not.toMatch(/unlimited|Signature|Microsoft Product Support/);
    expect(reply).toContain('(https://learn.microsoft.com/en-us/partner-center/benefits/mpn-benefits-technical-support)');
  });

  it('remaining incidents, in Korean too', async () => {
    const { bot } = await makeBot();
    const [en, ko] = await converse(chatAs(bot, 'woodgrove-user'), ['how many incidents do we have left?', '남은 인시던트 몇 개예요?']);
    expect(en?.join()).toMatch(/49/);
    expect(en?.join()).toMatch(/19/);
    expect(ko?.join()).toMatch(/49/);
    expect(ko?.join()).toMatch(/19/);
    expect(ko?.join()).not.toMatch(/무제한/);
    expect(ko?.join()).toContain('(https://learn.microsoft.com/ko-kr/partner-center/benefits/mpn-benefits-technical-support)');
  });

  it('IDs: the user gets the activated pair in a private chat', async () => {
    const { bot } = await makeBot();
    const reply = await ask(chatAs(bot, 'woodgrove-user'), 'show me our access id');
    expect(reply).toMatch(/5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a/);
    expect(reply).toMatch(/8851207736/);
  });
});
