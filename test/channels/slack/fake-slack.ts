import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse } from 'node:querystring';
import type { types as slack } from '@slack/bolt';

/** A Web API call the bot made (`chat.postMessage`, `users.info`, …), its form fields decoded. */
export interface ApiCall {
  method: string;
  token: string | undefined;
  args: Record<string, unknown>;
}

/** A body the bot POSTed to a response_url. */
export interface ResponsePost {
  key: string;
  body: { response_type?: string; replace_original?: boolean; text?: string; blocks?: slack.KnownBlock[] };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The WebClient sends form fields, nested values (blocks) as JSON strings. */
function decodeArgs(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('json')) return JSON.parse(raw || '{}') as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(parse(raw)).map(([key, value]) => {
      const text = Array.isArray(value) ? value[0] : value;
      if (typeof text === 'string' && /^[[{]/.test(text)) {
        try {
          return [key, JSON.parse(text) as unknown];
        } catch {
          return [key, text];
        }
      }
      return [key, text];
    }),
  );
}

/**
 * Slack on loopback: a Web API (`/api/<method>`) that records calls, answers `users.info` with a
 * locale per user and `chat.postMessage` with a ts, plus a response_url sink (`/respond/<key>`).
 * `holdUsersInfo` lets a test keep the bot waiting in the middle of a turn.
 */
export class FakeSlack {
  readonly calls: ApiCall[] = [];
  readonly responses: ResponsePost[] = [];
  /** Locale per Slack user id; others get en-US. A user mapped to `null` has no locale (missing scope). */
  locales: Record<string, string | null> = {};
  holdUsersInfo: Promise<void> | undefined;
  /** oauth.v2.access: the workspace and bot token each authorization code installs. */
  installs: Record<string, { team: string; token: string }> = {};
  /** What apps.connections.open returns (the Socket Mode WebSocket URL). */
  socketUrl: string | undefined;
  private server: Server | undefined;
  private port = 0;
  private ts = 1_700_000_000;

  static async start(): Promise<FakeSlack> {
    const fake = new FakeSlack();
    fake.server = createServer((req, res) => {
      void fake.handle(req).then(
        (answer) => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify(answer));
        },
        () => {
          res.writeHead(500);
          res.end();
        },
      );
    });
    await new Promise<void>((resolve) => fake.server?.listen(0, '127.0.0.1', resolve));
    fake.port = (fake.server.address() as AddressInfo).port;
    return fake;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  responseUrl(key: string): string {
    return `http://127.0.0.1:${this.port}/respond/${encodeURIComponent(key)}`;
  }

  /** chat.postMessage calls, in order. */
  posts(): ApiCall[] {
    return this.calls.filter((c) => c.method === 'chat.postMessage');
  }

  /** chat.postEphemeral calls (shown to one user in a shared channel), in order. */
  ephemerals(): ApiCall[] {
    return this.calls.filter((c) => c.method === 'chat.postEphemeral');
  }

  /** Every message the bot sent anywhere (response_url bodies, chat.postMessage and chat.postEphemeral args). */
  sent(): { text?: string; blocks?: slack.KnownBlock[] }[] {
    return [...this.responses.map((r) => r.body), ...[...this.posts(), ...this.ephemerals()].map((p) => p.args as { text?: string; blocks?: slack.KnownBlock[] })];
  }

  reset(): void {
    this.calls.length = 0;
    this.responses.length = 0;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  private async handle(req: IncomingMessage): Promise<unknown> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const raw = await readBody(req);
    if (url.pathname.startsWith('/respond/')) {
      this.responses.push({ key: decodeURIComponent(url.pathname.slice('/respond/'.length)), body: JSON.parse(raw) as ResponsePost['body'] });
      return { ok: true };
    }
    const method = url.pathname.replace(/^\/api\//, '');
    const args = decodeArgs(raw, req.headers['content-type']);
    this.calls.push({ method, token: req.headers.authorization?.replace(/^Bearer /, ''), args });
    return this.answer(method, args);
  }

  private async answer(method: string, args: Record<string, unknown>): Promise<unknown> {
    switch (method) {
      case 'chat.postMessage':
        this.ts += 1;
        return { ok: true, channel: args['channel'], ts: `${this.ts}.000100` };
      case 'chat.postEphemeral':
        this.ts += 1;
        return { ok: true, message_ts: `${this.ts}.000100` };
      case 'users.info': {
        await this.holdUsersInfo;
        const user = String(args['user']);
        const locale = user in this.locales ? this.locales[user] : 'en-US';
        if (locale === null) return { ok: false, error: 'missing_scope', needed: 'users:read' };
        return { ok: true, user: { id: user, locale } };
      }
      case 'conversations.open':
        return { ok: true, channel: { id: `D${String(args['users']).slice(1)}` } };
      case 'oauth.v2.access': {
        const install = this.installs[String(args['code'])];
        if (!install || args['client_secret'] !== 'test-client-secret') return { ok: false, error: 'invalid_code' };
        return {
          ok: true, app_id: 'A0PARTNER0', authed_user: { id: 'U0INSTALLR' }, scope: 'commands,chat:write,im:history', token_type: 'bot', access_token: install.token,
          bot_user_id: 'U0PARTNERBOT', team: { id: install.team, name: 'Installed' }, enterprise: null, is_enterprise_install: false,
        };
      }
      case 'views.publish':
        return { ok: true, view: { id: 'V0HOME', type: 'home' } };
      case 'apps.connections.open':
        return this.socketUrl ? { ok: true, url: this.socketUrl } : { ok: false, error: 'invalid_auth' };
      case 'auth.test':
        return { ok: true, user_id: 'U0PARTNERBOT', bot_id: 'B0PARTNERBOT', team_id: 'T0CONTOSO' };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }
}
