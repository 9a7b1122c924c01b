import { ActivityTypes, type Activity } from 'botbuilder';
import type { Answer } from '../../core/answer.js';
import { renderBlocks } from './render-blocks.js';

/**
 * What the Slack adapter reads from a reply activity's `channelData`: the Block Kit blocks, and
 * whether the answer carries an Access ID / Contract ID (the adapter refuses to post such a reply
 * anywhere but a private place).
 */
export interface SlackChannelData {
  blocks: ReturnType<typeof renderBlocks>['blocks'];
  sensitive: boolean;
  /** A refusal: it concerns the asker only, so in a shared place it is shown to them alone. */
  personal: boolean;
}

/** A Block Kit reply for Slack; `text` is the notification fallback (title and lead only, never the IDs). */
export function presentBlocks(answer: Answer): Partial<Activity> {
  const { text, blocks } = renderBlocks(answer);
  const channelData: SlackChannelData = { blocks, sensitive: answer.sensitive, personal: answer.kind === 'refusal' };
  return { type: ActivityTypes.Message, text, locale: answer.locale, channelData };
}
