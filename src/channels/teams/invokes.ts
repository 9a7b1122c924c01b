import { ActivityTypes, INVOKE_RESPONSE_KEY, type Activity, type InvokeResponse, type Middleware } from 'botbuilder';
import { noteTurn } from '../../logging.js';

/** The invoke an Adaptive Card Action.Execute (Universal Actions) sends. */
export const ADAPTIVE_CARD_ACTION = 'adaptiveCard/action';

/**
 * An Action.Execute click as the message a plain Action.Submit click would have been: the
 * action's `data` (`{ choice }`) becomes `activity.value`, which the bot already reads.
 * Undefined for any other activity.
 */
export function universalActionAsMessage(activity: Activity): Activity | undefined {
  if (activity.type !== ActivityTypes.Invoke || activity.name !== ADAPTIVE_CARD_ACTION) return undefined;
  const action = (activity.value as { action?: { data?: unknown } } | undefined)?.action;
  const data = typeof action?.data === 'object' && action.data !== null ? action.data : {};
  const { name: _name, ...rest } = activity;
  return { ...rest, type: ActivityTypes.Message, value: data } as Activity;
}

/** Universal Actions' answer to the click: a message response (the replies follow as messages). */
export const UNIVERSAL_ACTION_DONE = { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: '' };

/**
 * An invoke the bot has no handler for: an HTTP 200 whose invoke body says so in the Universal
 * Actions error shape, so the client shows a clean failure instead of a transport error.
 */
export function notSupported(name: string | undefined): { status: number; body: unknown } {
  return { status: 200, body: { statusCode: 501, type: 'application/vnd.microsoft.error', value: { code: 'NotSupported', message: `this bot does not handle ${name ?? 'this'} invokes` } } };
}

/** Notes an invoke nobody answered as "unsupported", so the turn log and metrics don't call it ok. */
export function invokeOutcome(): Middleware {
  return {
    async onTurn(context, next) {
      await next();
      if (context.activity.type !== ActivityTypes.Invoke) return;
      const response = context.turnState.get(INVOKE_RESPONSE_KEY) as { value?: InvokeResponse } | undefined;
      if (!response?.value || response.value.status === 501) noteTurn(context, { outcome: 'unsupported' });
    },
  };
}
