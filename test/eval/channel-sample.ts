import { demoData } from '../../src/store/demo-data.js';
import { removeTempDirs } from '../channels/support/test-server.js';
import { startBothChannels, type Who } from '../channels/both/drivers.js';
import { FixedClock } from '../fakes/ports.js';
import type { EvalUser, LoadedCase } from './cases.js';
import { consoleConversation } from './console-driver.js';
import type { Talk } from './score.js';

export type Channel = 'console' | 'teams' | 'slack';

/** The demo user id (DEMO.users) behind a console id; "stranger" for someone no org knows. */
export function whoIs(user: EvalUser | undefined): Who {
  if (user === undefined || user === 'unknown') return 'stranger';
  const found = demoData(new FixedClock(new Date())).users.find((u) => u.identities.some((i) => i.channel === 'console' && i.user === user));
  if (!found) throw new Error(`no demo user with console id ${user}`);
  return found.id;
}

/**
 * A fresh conversation on one channel. Teams and Slack get their own real server (new data file,
 * fake connector, fake Slack Web API) per case, so no state leaks between cases; the console runs
 * at the same day as the servers' clock so dates render alike.
 */
export async function openOn(channel: Channel, c: LoadedCase): Promise<Talk> {
  if (channel === 'console') return consoleConversation(c.user, new Date());
  const both = await startBothChannels();
  const driver = both[channel];
  const who = whoIs(c.user);
  return {
    // Slack shows mrkdwn's &amp; &lt; &gt; as & < >: the checks read what the person reads.
    say: async (text) => {
      const reply = await driver.say(who, text);
      return channel === 'slack' ? reply.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&') : reply;
    },
    async close() {
      await both.close();
      await removeTempDirs();
    },
  };
}

/** A spread of cases from a set: every k-th single-turn case and every k-th multi-turn case. */
export function sampleCases(cases: LoadedCase[], singles: number, multis: number): LoadedCase[] {
  const pick = (list: LoadedCase[], n: number) => list.filter((_c, i) => i % Math.max(1, Math.floor(list.length / n)) === 0).slice(0, n);
  return [...pick(cases.filter((c) => c.turns.length === 1), singles), ...pick(cases.filter((c) => c.turns.length > 1), multis)];
}
