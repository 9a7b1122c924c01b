import { ActivityTypes, TurnContext, type Middleware } from 'botbuilder';
import type { Logger } from 'pino';

export interface TypingOptions {
  logger: Logger;
  /** Wait before the first indicator, so quick answers show none (default 500 ms). */
  delayMs?: number;
  /** Teams shows an indicator for a few seconds; repeat while the turn runs (default 2000 ms). */
  periodMs?: number;
}

/**
 * "The bot is typing…" while a message turn runs. Like botbuilder's ShowTypingMiddleware, except
 * that a failed indicator is only logged: ShowTypingMiddleware hands it to onTurnError, which
 * would apologise and clear the dialog in the middle of a turn that is going fine. Any indicator
 * in flight is awaited before the turn ends, so none is sent on a finished turn's context.
 */
export function typingIndicator(options: TypingOptions): Middleware {
  const delay = options.delayMs ?? 500;
  const period = options.periodMs ?? 2000;
  return {
    async onTurn(context, next) {
      if (context.activity.type !== ActivityTypes.Message) return next();
      let finished = false;
      let pending: Promise<void> | undefined;
      let timer: NodeJS.Timeout | undefined;
      const tick = (): void => {
        if (finished) return;
        pending = sendTyping(context).catch((error: unknown) => options.logger.debug({ err: error }, 'typing indicator failed'));
        timer = setTimeout(tick, period);
      };
      timer = setTimeout(tick, delay);
      try {
        await next();
      } finally {
        finished = true;
        clearTimeout(timer);
        await pending;
      }
    },
  };
}

async function sendTyping(context: TurnContext): Promise<void> {
  const reference = TurnContext.getConversationReference(context.activity);
  const { relatesTo } = context.activity;
  const typing = TurnContext.applyConversationReference({ type: ActivityTypes.Typing, ...(relatesTo ? { relatesTo } : {}) }, reference);
  await context.adapter.sendActivities(context, [typing]);
}
