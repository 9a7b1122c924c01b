import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { Answer, AnswerChoice } from '../src/core/answer.js';
import { turnInfo } from './turn.js';

export const ASK_DIALOG = 'ask';

/** Sends an answer on the turn's channel; provided by the bot. */
export type Send = (dc: DialogContext, answer: Answer) => Promise<void>;

export interface AskOptions {
  /** The question, with its choices. */
  answer: Answer;
  /** When true, text matching no choice ends the prompt with `{ text }` for the caller to read. */
  freeText?: boolean;
}

/** What an ask ends with: the chosen value, or the user's own words when `freeText` allows them. */
export type AskResult = { value: string } | { text: string };

const YES = ['yes', 'y', 'yeah', 'yep', 'ok', 'okay', 'sure', 'confirm', '네', '예', '응', '그래', '좋아요', '확인', '네 활성화'];
const NO = ['no', 'n', 'nope', 'not now', '아니요', '아니오', '아니', '아뇨', '나중에'];

const norm = (s: string) => s.toLowerCase().replace(/[\s.!?。]+/g, ' ').trim();

/**
 * Matches a reply to a choice: its number, its value, its label, or a yes/no word for yes/no
 * questions (choice values "yes"/"no").
 */
export function matchChoice(reply: string, choices: readonly AnswerChoice[]): string | undefined {
  const r = norm(reply);
  if (!r) return undefined;
  const index = Number.parseInt(r, 10);
  if (String(index) === r && index >= 1 && index <= choices.length) return choices[index - 1]?.value;
  const exact = choices.find((c) => norm(c.value) === r || norm(c.label) === r);
  if (exact) return exact.value;
  const values = choices.map((c) => c.value);
  const first = r.split(' ')[0] ?? '';
  if (values.includes('yes') && (YES.includes(r) || YES.includes(first))) return 'yes';
  if (values.includes('no') && (NO.includes(r) || NO.includes(first))) return 'no';
  const contained = choices.filter((c) => r.length >= 3 && norm(c.label).includes(r));
  return contained.length === 1 ? contained[0]?.value : undefined;
}

/**
 * A prompt that shows an Answer (with buttons on every channel) and waits for a reply that
 * matches one of its choices; otherwise it asks again once per reply, with the same choices.
 */
export class AskDialog extends Dialog<AskOptions> {
  constructor(private readonly send: Send) {
    super(ASK_DIALOG);
  }

  override async beginDialog(dc: DialogContext, options?: AskOptions): Promise<DialogTurnResult> {
    if (!options) throw new Error('ask needs an answer to show');
    dc.activeDialog!.state['options'] = options;
    await this.send(dc, options.answer);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const options = dc.activeDialog!.state['options'] as AskOptions;
    const { text, t, locale } = turnInfo(dc.context);
    const value = matchChoice(text, options.answer.choices ?? []);
    if (value !== undefined) return dc.endDialog({ value } satisfies AskResult);
    if (options.freeText && text.trim()) return dc.endDialog({ text } satisfies AskResult);
    await this.send(dc, { ...options.answer, locale, text: t('answers:ask.retry'), facts: [], steps: [], notes: [] });
    return Dialog.EndOfTurn;
  }
}
