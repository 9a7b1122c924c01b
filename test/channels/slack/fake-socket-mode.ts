import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/** An acknowledgement the app sent back for an envelope. */
export interface Ack {
  envelope_id: string;
  payload?: unknown;
}

/**
 * Slack's Socket Mode end on loopback: greets each connection with `hello`, sends envelopes
 * (events_api, slash_commands, interactive) and resolves with the app's ack for each envelope_id.
 */
export class FakeSocketMode {
  readonly acks: Ack[] = [];
  private socket: WebSocket | undefined;
  private connected: () => void = () => undefined;
  private readonly waiting = new Map<string, (ack: Ack) => void>();
  readonly ready = new Promise<void>((resolve) => (this.connected = resolve));

  private constructor(private readonly server: WebSocketServer) {
    server.on('connection', (socket) => {
      this.socket = socket;
      socket.on('message', (data) => this.onAck(JSON.parse(String(data)) as Ack));
      socket.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'applink-fake', approximate_connection_time: 18060 }, connection_info: { app_id: 'A0PARTNER0' } }));
      this.connected();
    });
  }

  static async start(): Promise<FakeSocketMode> {
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    return new FakeSocketMode(server);
  }

  /** What apps.connections.open hands out. */
  get url(): string {
    return `ws://127.0.0.1:${(this.server.address() as AddressInfo).port}/link/?ticket=fake-ticket`;
  }

  /** Sends one envelope; resolves with its ack. */
  send(type: 'events_api' | 'slash_commands' | 'interactive', payload: unknown, extra: Record<string, unknown> = {}): Promise<Ack> {
    const envelope_id = randomUUID();
    const acked = new Promise<Ack>((resolve) => this.waiting.set(envelope_id, resolve));
    const envelope = { envelope_id, payload, type, accepts_response_payload: type !== 'events_api', ...(type === 'events_api' ? { retry_attempt: 0, retry_reason: '' } : {}), ...extra };
    if (!this.socket) throw new Error('no Socket Mode connection yet');
    this.socket.send(JSON.stringify(envelope));
    return acked;
  }

  async close(): Promise<void> {
    for (const client of this.server.clients) client.terminate();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private onAck(ack: Ack): void {
    this.acks.push(ack);
    this.waiting.get(ack.envelope_id)?.(ack);
    this.waiting.delete(ack.envelope_id);
  }
}
