import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A minimal load balancer on loopback: each request goes to the next backend in turn (method,
 * path, headers and body unchanged), so consecutive turns of one conversation land on
 * different instances. A backend that refuses the connection gets the request's 502.
 */
export class RoundRobin {
  private next = 0;
  private constructor(
    private readonly server: Server,
    readonly url: string,
    private readonly backends: string[],
  ) {}

  static async start(backends: string[]): Promise<RoundRobin> {
    const holder: { lb?: RoundRobin } = {};
    const server = createServer((req, res) => holder.lb?.forward(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    holder.lb = new RoundRobin(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`, backends);
    return holder.lb;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private forward(req: IncomingMessage, res: ServerResponse): void {
    const backend = new URL(this.backends[this.next++ % this.backends.length]!);
    const upstream = request({ host: backend.hostname, port: backend.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502).end();
      else res.destroy();
    });
    req.pipe(upstream);
  }
}
