import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import { Dialog } from 'botbuilder-dialogs/lib/dialog.js';
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

const YES = ['yes', 'y', 'yeah', 'yep', 'yup', 'ok', 'okay', 'sure', 'confirm', 'please do', 'go ahead', '네', '넵', '네네', '예', '응', '웅', 'ㅇㅇ', '그래', '그래요', '좋아요', '좋아', '확인', '맞아요', '맞아', '해 주세요', '해주세요', '네 활성화'];
const NO = ['no', 'n', 'nope', 'nah', 'not now', 'later', '아니요', '아니오', '아니', '아뇨', 'ㄴㄴ', '아니에요', '괜찮아요', '됐어요', '나중에', '안 할래요', '싫어요'];

/** Lower case, no punctuation, and a Korean polite ending dropped ("골드요" → "골드", "우리 회사 구독이요" → "우리 회사 구독"). */
const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\s.!?。~]+/g, ' ')
    .trim()
    .replace(/(?<=[\uac00-\ud7a3])(이요|이에요|예요|입니다|요)$/u, '');

const YES_WORDS = new Set(YES.map(norm));
const NO_WORDS = new Set(NO.map(norm));

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
  // "ok" opens a yes; "ok how?" and "ok activating now. after that who can see them?" are new questions, not a yes ("sure, why not" still is).
  const first = !/\?|\b(who|what|where|when|how|why|which)\b|누가|누구|어디|언제|어떻게|왜|뭐/i.test(reply.replace(/\bwhy not\b|왜 ?안 ?돼/gi, ' ')) ? (r.split(' ')[0] ?? '') : '';
  if (values.includes('yes') && (YES_WORDS.has(r) || YES_WORDS.has(first))) return 'yes';
  // "Register the IDs? [Register] [No]": a yes picks the one choice that is not no.
  const affirmative = values.filter((v) => v !== 'no');
  if (values.includes('no') && affirmative.length === 1 && (YES_WORDS.has(r) || YES_WORDS.has(first))) return affirmative[0];
  if (values.includes('no') && (NO_WORDS.has(r) || NO_WORDS.has(first))) return 'no';
  const hangul = /[\uac00-\ud7a3]/u.test(r);
  const contained = choices.filter((c) => r.length >= (hangul ? 2 : 3) && norm(c.label).includes(r));
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
