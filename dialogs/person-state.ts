import { ConversationState, type TurnContext } from 'botbuilder';
import { scopeOf } from './turn.js';

/** The state of one turn: the object the bot reads and changes. */
interface Loaded {
  state: Record<string, unknown>;
}

const LOADED = Symbol('partner-support.conversation-state');

/**
 * Conversation state per person where several people talk to the bot in one conversation (a Teams
 * channel or group chat, a Slack channel): each has their own open question and memory, so a
 * second person's click cannot finish the first person's question. Private chats keep one key.
 *
 * Loading and saving are botbuilder's, made cheaper per turn: the state is copied once (by the
 * store, on read), and a turn that loaded it writes it back without looking for a change:
 * botbuilder hashes the state's JSON (built with a replacer function) on load and again on
 * save, to skip a write that nearly every turn makes anyway (a message adds to the recent
 * questions). As botbuilder's does, the save
 * overwrites (last writer wins).
 */
export class PersonConversationState extends ConversationState {
  override getStorageKey(context: TurnContext): string | undefined {
    const key = super.getStorageKey(context);
    const person = context.activity.from?.id;
    // Some doors already give each person their own conversation id in a shared place (Slack threads): keep theirs.
    const perPerson = person !== undefined && (context.activity.conversation?.id ?? '').includes(person);
    return key && person && !perPerson && scopeOf(context.activity) === 'shared' ? `${key}people/${person}` : key;
  }

  override async load(context: TurnContext, force = false): Promise<Record<string, unknown>> {
    const loaded = context.turnState.get(LOADED) as Loaded | undefined;
    if (loaded && !force) return loaded.state;
    const key = await this.storageKey(context);
    const { eTag: _eTag, ...state } = ((await this.storage.read([key]))[key] ?? {}) as Record<string, unknown>;
    context.turnState.set(LOADED, { state });
    return state;
  }

  /** Writes the state if the turn loaded it (or `force`). */
  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    const loaded = context.turnState.get(LOADED) as Loaded | undefined;
    if (!loaded && !force) return;
    await this.storage.write({ [await this.storageKey(context)]: loaded?.state ?? {} });
  }

  override get(context: TurnContext): Record<string, unknown> | undefined {
    return (context.turnState.get(LOADED) as Loaded | undefined)?.state;
  }

  override clear(context: TurnContext): Promise<void> {
    context.turnState.set(LOADED, { state: {} });
    return Promise.resolve();
  }

  override async delete(context: TurnContext): Promise<void> {
    context.turnState.delete(LOADED);
    await this.storage.delete([await this.storageKey(context)]);
  }
}
