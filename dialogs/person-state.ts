import { ConversationState, type TurnContext } from 'botbuilder';
import { scopeOf } from './turn.js';

/**
 * Conversation state per person where several people talk to the bot in one conversation (a Teams
 * channel or group chat, a Slack channel): each has their own open question and memory, so a
 * second person's click cannot finish the first person's question. Private chats keep one key.
 */
export class PersonConversationState extends ConversationState {
  override getStorageKey(context: TurnContext): string | undefined {
    const key = super.getStorageKey(context);
    const person = context.activity.from?.id;
    return key && person && scopeOf(context.activity) === 'shared' ? `${key}people/${person}` : key;
  }
}
