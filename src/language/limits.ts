/**
 * The most characters of one message the bot reads. Everything done with user text is linear,
 * but NLP.js, the error matcher and the typo corrector still cost time per character, and one
 * turn runs on the event loop every conversation shares; real questions and pasted portal
 * errors fit in well under this (Teams allows ~28,000, a Slack command 4,000).
 */
export const MAX_TEXT_CHARS = 4000;

export interface CappedText {
  /** At most `max` UTF-16 units, never ending in half a surrogate pair. */
  text: string;
  /** True when something was cut off (the bot tells the user). */
  truncated: boolean;
}

/** Keeps the first `max` characters of a text: the bounded input every recognizer step sees. */
export function capText(text: string, max: number = MAX_TEXT_CHARS): CappedText {
  if (text.length <= max) return { text, truncated: false };
  const cut = text.slice(0, max);
  // A lone high surrogate at the end is half an emoji or a rare CJK character: dropped.
  const code = cut.charCodeAt(cut.length - 1);
  return { text: code >= 0xd800 && code <= 0xdbff ? cut.slice(0, -1) : cut, truncated: true };
}
