import { describe, expect, it } from '@jest/globals';
import { plainText } from '../../../src/channels/slack/slack-inputs.js';

/** Slack markup is decoded before the text cap applies, so it must be linear too (40,000 "<" took 5 s). */
function cpuMs(work: () => unknown): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

describe('plainText on pathological markup', () => {
  it.each([
    ['40,000 "<"', '<'.repeat(40_000)],
    ['20,000 "<@"', '<@'.repeat(20_000)],
    ['20,000 "<a" then "|"', `${'<a'.repeat(20_000)}|`],
    ['13,333 "<#A"', '<#A'.repeat(13_333)],
  ])('%s is decoded in well under a second', (_name, markup) => {
    expect(Math.min(cpuMs(() => plainText(markup)), cpuMs(() => plainText(markup)))).toBeLessThan(200);
  });

  it('still decodes mentions, channels and links', () => {
    expect(plainText('<@U123> see <#C1|general> and <https://x.example|the docs> or <https://y.example> &lt;3')).toBe('see #general and the docs or https://y.example <3');
    // Line breaks are kept (one per run): a quoted line or a numbered list ends there.
    expect(plainText('&gt; how many are left?\n\n  1) where are the IDs')).toBe('> how many are left?\n1) where are the IDs');
  });
});
