import { ActivityTypes, BotAdapter, TurnContext, type Activity, type ConversationReference, type ResourceResponse } from 'botbuilder';

/**
 * A botbuilder adapter for the terminal: each line the user types is one message activity from
 * channel "console"; every reply's text goes to `write`. Private scope (it is one person's terminal).
 */
export class ConsoleAdapter extends BotAdapter {
  private next = 0;

  constructor(
    private readonly user: string,
    private readonly write: (text: string) => void,
  ) {
    super();
  }

  /** Runs one turn for a line of input. */
  async say(text: string, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    this.next += 1;
    const activity: Partial<Activity> = {
      type: ActivityTypes.Message,
      id: `console-${this.next}`,
      channelId: 'console',
      serviceUrl: 'console://local',
      from: { id: this.user, name: this.user },
      recipient: { id: 'partner-support', name: 'Partner Support' },
      conversation: { id: `console-${this.user}`, isGroup: false, conversationType: 'personal', name: 'console' },
      text,
      timestamp: new Date(),
    };
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }

  override async sendActivities(_context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    for (const a of activities) if (a.type === ActivityTypes.Message && a.text) this.write(a.text);
    return activities.map((_a, i) => ({ id: `reply-${this.next}-${i}` }));
  }

  override async updateActivity(): Promise<void> {}
  override async deleteActivity(): Promise<void> {}
  override async continueConversation(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    await this.runMiddleware(new TurnContext(this, TurnContext.applyConversationReference({ type: ActivityTypes.Event }, reference, true)), logic);
  }
}
