import type { Locale } from './types.js';

/**
 * The channel-neutral answer every dialog returns. All strings are already localized;
 * renderers (Adaptive Card, Block Kit, plain text) are pure functions of this value.
 */
export type AnswerKind =
  | 'welcome'
  | 'help'
  | 'benefits'
  | 'ids'
  | 'incidents'
  | 'diagnosis'
  | 'info'
  | 'prompt'
  | 'confirm'
  | 'refusal'
  | 'handoff'
  | 'error';

export interface AnswerFact {
  label: string;
  value: string;
}

export interface AnswerChoice {
  /** What the button shows. */
  label: string;
  /** What the button sends back to the bot as the user's reply. */
  value: string;
}

export interface Citation {
  /** E.g. "MPN benefits - Technical support … § Azure portal error …". */
  title: string;
  /** The localized word renderers put before it ("Source", "출처"). */
  label?: string;
  url?: string;
}

export interface Answer {
  kind: AnswerKind;
  locale: Locale;
  title: string;
  /** Lead paragraph(s). */
  text?: string;
  facts?: AnswerFact[];
  steps?: string[];
  /** Short warnings or side notes shown after the steps. */
  notes?: string[];
  choices?: AnswerChoice[];
  citations?: Citation[];
  /** True when the answer carries an Access ID or Contract ID: only for private scopes, never logged. */
  sensitive: boolean;
}
