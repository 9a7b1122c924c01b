import { ActivityTypes, type Activity } from 'botbuilder';
import type { Answer } from '../../core/answer.js';
import { renderText } from './render-text.js';

/** Plain text for the terminal, the Emulator and tests; choices also as suggested actions (buttons in the Emulator). */
export function presentText(answer: Answer): Partial<Activity> {
  const choices = answer.choices ?? [];
  return {
    type: ActivityTypes.Message,
    text: renderText(answer),
    locale: answer.locale,
    ...(choices.length ? { suggestedActions: { to: [], actions: choices.map((c) => ({ type: 'imBack', title: c.label, value: c.value })) } } : {}),
  };
}
