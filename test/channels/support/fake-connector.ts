import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One activity the bot sent to the channel. */
export interface SentActivity {
  conversationId: string;
  /** Set when the bot replied to a specific activity (POST …/activities/:replyToId). */
  replyToId?: string;
  activity: Record<string, unknown> & { type: string };
  authorization?: string;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

/** Plain node:http calls only: restify replaces ServerResponse.prototype.writeHead in this process. */
function answer(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(body));
}

const ROUTE = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?\/?$/;

/**
 * A Bot Framework connector on loopback: the bot POSTs its replies here because the activities
 * the tests send carry `serviceUrl` = this URL. Records every activity and answers with an id.
 */
export class FakeConnector {
  readonly sent: SentActivity[] = [];
  /** Refused activities (see failNext), for the failure tests. */
  readonly refused: SentActivity[] = [];
  private readonly server: Server = createServer((req, res) => this.receive(req, res));
  private port = 0;
  private failures = 0;
  private held: (() => void)[] | undefined;
  private heldChanged: (() => void) | undefined;

  static async start(): Promise<FakeConnector> {
    const connector = new FakeConnector();
    await new Promise<void>((resolve) => connector.server.listen(0, '127.0.0.1', resolve));
    connector.port = (connector.server.address() as AddressInfo).port;
    return connector;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Messages (not typing indicators) sent to a conversation, in order. */
  messages(conversationId?: string): SentActivity['activity'][] {
    return this.sent.filter((s) => s.activity.type === 'message' && (!conversationId || s.conversationId === conversationId)).map((s) => s.activity);
  }

  /** The next `count` activities the bot sends are refused with 403 (a 5xx would be retried by the connector client). */
  failNext(count: number): void {
    this.failures = count;
  }

  /** From now on, requests wait (unanswered) until `release()`. */
  hold(): void {
    this.held ??= [];
  }

  /** Resolves once `count` requests are waiting. */
  async waiting(count: number): Promise<void> {
    while ((this.held?.length ?? 0) < count) await new Promise<void>((resolve) => (this.heldChanged = resolve));
  }

  /** Answers the waiting requests and stops holding. */
  release(): void {
    const held = this.held ?? [];
    this.held = undefined;
    for (const go of held) go();
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private receive(req: IncomingMessage, res: ServerResponse): void {
    const match = ROUTE.exec(req.url ?? '');
    if (req.method !== 'POST' || !match) return answer(res, 404, {});
    const [, conversation = '', replyTo] = match;
    readJson(req).then(
      async (activity) => {
        await this.gate();
        const record: SentActivity = {
          conversationId: decodeURIComponent(conversation),
          ...(replyTo ? { replyToId: decodeURIComponent(replyTo) } : {}),
          activity: activity as SentActivity['activity'],
          ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
        };
        if (this.failures > 0) {
          this.failures -= 1;
          this.refused.push(record);
          return answer(res, 403, { error: { code: 'BotNotInConversationRoster', message: 'refused by the test' } });
        }
        this.sent.push(record);
        answer(res, 200, { id: `sent-${this.sent.length}` });
      },
      () => answer(res, 400, { error: 'invalid JSON' }),
    );
  }

  private async gate(): Promise<void> {
    const held = this.held;
    if (!held) return;
    await new Promise<void>((resolve) => {
      held.push(resolve);
      this.heldChanged?.();
    });
  }
}
