/* global process, URL */
/**
 * Child process: the load balancer of the two-instance benchmark, a small round-robin HTTP proxy
 * on node:http (keep-alive to each instance), like the one the README describes in front of
 * several bot instances. BENCH_UPSTREAMS is a comma-separated list of base URLs. Plain node, so
 * its own cost stays small; the parent reports its CPU apart from the instances'.
 */
import { Agent, createServer, request } from 'node:http';
import { serveParent } from '../child-side.mjs';

const upstreams = (process.env['BENCH_UPSTREAMS'] ?? '').split(',').filter(Boolean).map((u) => new URL(u));
if (upstreams.length === 0) throw new Error('BENCH_UPSTREAMS is required');
const agent = new Agent({ keepAlive: true, maxSockets: 256 });
let next = 0;

const server = createServer({ keepAliveTimeout: 60_000 }, (req, res) => {
  const target = upstreams[next++ % upstreams.length];
  const forward = request({ agent, host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  forward.on('error', () => {
    if (!res.headersSent) res.writeHead(502);
    res.end();
  });
  req.pipe(forward);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
serveParent({
  ready: { url: `http://127.0.0.1:${server.address().port}` },
  stop: async () => {
    server.closeAllConnections();
    agent.destroy();
    await new Promise((resolve) => server.close(() => resolve()));
  },
});
