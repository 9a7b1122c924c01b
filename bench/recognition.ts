import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { loadCatalog } from '../src/core/catalog.js';
import { createRecognizer } from '../src/language/recognizer.js';
import { serveParent } from './child.js';
import { mean, quantile } from './stats.js';

/**
 * Child process: intent recognition time per utterance, over the labelled utterances of
 * test/language/utterances.json, as the bot builds the recognizer (createApp). One pass warms
 * up, then every utterance is timed over several passes.
 */

export interface RecognitionResult {
  utterances: number;
  passes: number;
  /** Time to build (train) the recognizer at start-up. */
  buildMs: number;
  meanMs: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

const utterances = z.array(z.object({ text: z.string() })).parse(JSON.parse(readFileSync(new URL('../test/language/utterances.json', import.meta.url), 'utf8')));

async function run(args: { passes: number }): Promise<RecognitionResult> {
  const start = performance.now();
  const recognizer = await createRecognizer(loadCatalog().defaultProgram);
  const buildMs = performance.now() - start;
  for (const u of utterances) await recognizer.recognize(u.text);
  const times: number[] = [];
  for (let pass = 0; pass < args.passes; pass++) {
    for (const u of utterances) {
      const t = performance.now();
      await recognizer.recognize(u.text);
      times.push(performance.now() - t);
    }
  }
  return { utterances: utterances.length, passes: args.passes, buildMs, meanMs: mean(times), p50Ms: quantile(times, 0.5), p99Ms: quantile(times, 0.99), maxMs: quantile(times, 1) };
}

serveParent({ ready: {}, ops: { run: (args) => run(args as { passes: number }) } });
