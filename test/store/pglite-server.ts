import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { PGlite } from '@electric-sql/pglite';

/**
 * PGlite (one PostgreSQL session, in process) served to the `pg` driver over a loopback socket,
 * for tests on a machine without a database server. PGlite has a single session, so the
 * connections take turns: a connection holds the session for one whole protocol exchange
 * (everything up to a Sync or a simple Query), and for as long as it has a transaction open,
 * so two connections' messages never interleave (pglite-socket interleaves them message by
 * message, which mixes up the unnamed statements of concurrent extended-protocol queries). The
 * result is what a server would give with every transaction serializable and run one at a time.
 */
export class PgliteServer {
  private owner: number | undefined;
  private readonly waiting: { id: number; resolve: () => void }[] = [];
  private readonly sockets = new Set<Socket>();
  private nextId = 1;

  private constructor(
    private readonly db: PGlite,
    private readonly server: Server,
  ) {}

  static async start(db: PGlite): Promise<PgliteServer> {
    const server = createServer();
    const served = new PgliteServer(db, server);
    server.on('connection', (socket) => served.serve(socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return served;
  }

  /** host:port */
  get address(): string {
    const { address, port } = this.server.address() as AddressInfo;
    return `${address}:${port}`;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private serve(socket: Socket): void {
    const id = this.nextId++;
    this.sockets.add(socket);
    socket.setNoDelay(true);
    let buffer = Buffer.alloc(0);
    let started = false;
    let unit: Buffer[] = [];
    let work = Promise.resolve();
    // A connection's exchanges run in order; one that fails ends the connection (the driver then reports it), never stalls the rest.
    const next = (step: () => Promise<void>) => {
      work = work.then(step).catch(() => void socket.destroy());
    };
    socket.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const length = started ? (buffer.length >= 5 ? 1 + buffer.readInt32BE(1) : Infinity) : buffer.length >= 4 ? buffer.readInt32BE(0) : Infinity;
        if (buffer.length < length) break;
        const message = buffer.subarray(0, length);
        buffer = buffer.subarray(length);
        if (!started) {
          // SSLRequest: "no"; the startup message itself goes to PGlite (it answers AuthenticationOk and ReadyForQuery).
          if (message.length === 8 && message.readInt32BE(4) === 80877103) {
            socket.write('N');
            continue;
          }
          started = true;
          next(() => this.exchange(id, socket, [message]));
          continue;
        }
        const type = String.fromCharCode(message[0]!);
        if (type === 'X') {
          socket.end();
          continue;
        }
        unit.push(message);
        if (type === 'S' || type === 'Q') {
          const messages = unit;
          unit = [];
          next(() => this.exchange(id, socket, messages));
        }
      }
    });
    const close = () => {
      this.sockets.delete(socket);
      next(() => this.leave(id));
    };
    socket.on('close', close);
    socket.on('error', () => socket.destroy());
  }

  /** Runs one exchange while holding the session; keeps holding it while a transaction is open. */
  private async exchange(id: number, socket: Socket, messages: Buffer[]): Promise<void> {
    await this.acquire(id);
    try {
      await this.db.execProtocolRawStream(new Uint8Array(Buffer.concat(messages)), { onRawData: (data) => void (socket.writable && socket.write(data)) });
    } finally {
      if (!this.db.isInTransaction()) this.release(id);
    }
  }

  /** A connection that went away with a transaction open: rolled back, the session handed on. */
  private async leave(id: number): Promise<void> {
    const at = this.waiting.findIndex((w) => w.id === id);
    if (at !== -1) this.waiting.splice(at, 1);
    if (this.owner !== id) return;
    if (this.db.isInTransaction()) await this.db.exec('ROLLBACK').catch(() => undefined);
    this.release(id);
  }

  private async acquire(id: number): Promise<void> {
    if (this.owner === id) return;
    if (this.owner === undefined && this.waiting.length === 0) {
      this.owner = id;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push({ id, resolve }));
  }

  private release(id: number): void {
    if (this.owner !== id) return;
    this.owner = undefined;
    const next = this.waiting.shift();
    if (next) {
      this.owner = next.id;
      next.resolve();
    }
  }
}
