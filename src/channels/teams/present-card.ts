import { ActivityTypes, type Activity } from 'botbuilder';
import type { Answer } from '../../core/answer.js';
import { renderCard } from './render-card.js';

/** An Adaptive Card for Teams; `summary` is what notifications and screen readers show (never the IDs). */
export function presentCard(answer: Answer): Partial<Activity> {
  return { type: ActivityTypes.Message, attachments: [renderCard(answer)], summary: answer.title, locale: answer.locale };
}
