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
    // Some doors already give each person their own conversation id in a shared place (Slack threads): keep theirs.
    const perPerson = person !== undefined && (context.activity.conversation?.id ?? '').includes(person);
    return key && person && !perPerson && scopeOf(context.activity) === 'shared' ? `${key}people/${person}` : key;
  }
}
