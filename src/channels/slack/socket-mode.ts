import { SocketModeReceiver, type App, type ReceiverEvent } from '@slack/bolt';
import type { Logger } from 'pino';
import { boltLogger } from './bolt-logger.js';
import type { SlackDoor } from './slack-door.js';
import { socketRequest } from './slack-request.js';

export interface SocketModeOptions {
  /** The app-level token (`xapp-…`, scope `connections:write`). */
  appToken: string;
  door: Pick<SlackDoor, 'accept'>;
  logger: Logger;
  /** Test and proxy override of https://slack.com/api/ (where apps.connections.open is called). */
  apiUrl?: string;
}

export interface SocketMode {
  stop(): Promise<void>;
}

/**
 * Socket Mode (local development without a public URL): Bolt's `SocketModeReceiver` opens the
 * WebSocket (apps.connections.open, then `hello`), and each envelope goes to the same Slack door
 * as an HTTP request would: acknowledged by envelope_id at once, then the turn. Resolves once
 * connected.
 */
export async function startSocketMode(options: SocketModeOptions): Promise<SocketMode> {
  const logger = options.logger.child({ channel: 'slack', transport: 'socket-mode' });
  const slackApiUrl = options.apiUrl ? (options.apiUrl.endsWith('/') ? options.apiUrl : `${options.apiUrl}/`) : undefined;
  const receiver = new SocketModeReceiver({
    appToken: options.appToken,
    logger: boltLogger(logger),
    installerOptions: { clientOptions: slackApiUrl ? { slackApiUrl } : {} },
  });
  // The receiver only calls processEvent: the door stands in for a Bolt App.
  const app = {
    processEvent: async (event: ReceiverEvent): Promise<void> => {
      const request = socketRequest(event.body, event.retryNum);
      const answer = request ? options.door.accept(request) : { status: 400 };
      if (!request) logger.warn('slack: a Socket Mode envelope of no known kind was acknowledged and ignored');
      await event.ack(answer.body);
    },
  };
  receiver.init(app as unknown as App);
  await receiver.start();
  logger.info('slack: connected over Socket Mode');
  return { stop: async () => void (await receiver.stop()) };
}
