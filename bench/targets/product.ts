import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logging.js';
import { startServer } from '../../src/main.js';
import { systemClock } from '../../src/store/ids.js';
import { benchData } from '../bench-users.js';
import { serveParent } from '../child.js';

/**
 * Child process: the real server (src/main.ts startServer) with Teams and Slack on, on a temp
 * copy of the demo data plus the benchmark's user pool (or on BENCH_DATA_FILE, e.g. the store
 * benchmark's 10,000 orgs). Replies go to the sink (serviceUrl and response_url come with each
 * request; SLACK_API_URL is set here). Logs are formatted at BENCH_LOG_LEVEL (default silent)
 * and thrown away, so their cost is measured without the I/O.
 */
const dir = await mkdtemp(join(tmpdir(), 'bench-product-'));
const given = process.env['BENCH_DATA_FILE'];
const dataFile = given ?? join(dir, 'db.json');
if (!given) await writeFile(dataFile, JSON.stringify(benchData(systemClock)));
const level = (process.env['BENCH_LOG_LEVEL'] ?? 'silent') as 'silent';
const config = loadConfig({
  PORT: '0',
  HOST: '127.0.0.1',
  DATA_FILE: dataFile,
  LOG_LEVEL: level,
  // The highest the configuration allows; the user pool keeps every user far below it anyway.
  RATE_LIMIT_PER_MINUTE: '10000',
  SLACK_SIGNING_SECRET: process.env['BENCH_SLACK_SECRET'] ?? '',
  SLACK_BOT_TOKEN: 'xoxb-bench',
  SLACK_API_URL: `${process.env['BENCH_SINK_URL'] ?? ''}/slack-api/api/`,
});
const logger = createLogger({ level, destination: { write: () => undefined } });
const running = await startServer({ config, logger });
serveParent({
  ready: { url: running.url, dataFile },
  stop: async () => {
    await running.close();
    await rm(dir, { recursive: true, force: true });
  },
});
