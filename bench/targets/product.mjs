/* global process */
/**
 * Child process: the real server as production runs it, compiled (`npm run build` → dist/, run
 * on plain node like `npm start`): `startServer` with Teams and Slack on, on BENCH_DATA_FILE
 * (the parent writes the demo data plus the benchmark's user pool, or the store benchmark's
 * 10,000 orgs). Replies go to the sink (serviceUrl and response_url come with each request;
 * SLACK_API_URL is set here). With BENCH_DATABASE_URL it runs on that PostgreSQL database
 * instead of the file (`npm run bench -- --store=postgres`). Logs are formatted at BENCH_LOG_LEVEL (default silent) and
 * thrown away, so their cost is measured without the I/O.
 */
import { loadConfig } from '../../dist/src/config.js';
import { createLogger } from '../../dist/src/logging.js';
import { startServer } from '../../dist/src/main.js';
import { serveParent } from '../child-side.mjs';

const dataFile = process.env['BENCH_DATA_FILE'];
if (!dataFile) throw new Error('BENCH_DATA_FILE is required');
const level = process.env['BENCH_LOG_LEVEL'] ?? 'silent';
const config = loadConfig({
  PORT: '0',
  HOST: '127.0.0.1',
  DATA_FILE: dataFile,
  ...(process.env['BENCH_DATABASE_URL'] ? { DATABASE_URL: process.env['BENCH_DATABASE_URL'] } : {}),
  LOG_LEVEL: level,
  // The highest the configuration allows; the user pool keeps every user far below it anyway.
  RATE_LIMIT_PER_MINUTE: '10000',
  SLACK_SIGNING_SECRET: process.env['BENCH_SLACK_SECRET'] ?? '',
  SLACK_BOT_TOKEN: 'xoxb-bench',
  SLACK_API_URL: `${process.env['BENCH_SINK_URL'] ?? ''}/slack-api/api/`,
  // The turn queue's bounds as production sets them: from the environment (`TURN_BACKLOG=2000 npm run bench`), else the defaults.
  ...Object.fromEntries(['TURN_CONCURRENCY', 'TURN_BACKLOG'].flatMap((name) => (process.env[name] ? [[name, process.env[name]]] : []))),
});
const logger = createLogger({ level, destination: { write: () => undefined } });
const running = await startServer({ config, logger });
serveParent({ ready: { url: running.url, dataFile }, stop: () => running.close() });
