import { ActivityTypes, type Activity } from 'botbuilder';
import type { Answer } from '../../core/answer.js';
import { channelText } from '../channel-messages.js';
import { renderCard } from './render-card.js';

/**
 * Teams delivers channel and group-chat messages to the bot only when they @mention it (no RSC
 * permission is asked for): a question with buttons there says how to answer by typing.
 */
function withMentionHint(answer: Answer, activity?: Partial<Activity>): Answer {
  const type = activity?.conversation?.conversationType;
  if (!answer.choices?.length || (type !== 'channel' && type !== 'groupChat')) return answer;
  return { ...answer, notes: [...(answer.notes ?? []), channelText('mention-to-reply', answer.locale)] };
}

/** An Adaptive Card for Teams; `summary` is what notifications and screen readers show (never the IDs). */
export function presentCard(answer: Answer, activity?: Partial<Activity>): Partial<Activity> {
  return { type: ActivityTypes.Message, attachments: [renderCard(withMentionHint(answer, activity))], summary: answer.title, locale: answer.locale };
}
