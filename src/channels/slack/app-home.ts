import type { types as slack } from '@slack/bolt';
import type { SlackInput } from './slack-inputs.js';
import type { SlackReply } from './slack-sender.js';

/** What the home tab shows, as questions the bot answers: what it does (with its menu), and the person's org and benefits. */
const HOME_QUESTIONS = ['help', 'benefits'] as const;
/** Slack's limit for a home view. */
const MAX_HOME_BLOCKS = 100;

/** A turn of the home tab's own conversation (never the DM's, where a dialog may be waiting). */
export function homeInput(team: string, user: string, text: string, enterprise?: string): SlackInput {
  return {
    kind: 'home',
    id: `home:${team}:${user}:${text}`,
    team,
    user,
    text,
    ...(enterprise ? { enterprise } : {}),
    place: { private: true, channel: 'app_home' },
    route: { via: 'chat', channel: 'app_home' },
  };
}

/**
 * The App Home view (views.publish): the bot's own answers to "help" (what it does, with buttons
 * for the main questions) and "benefits" (the person's org and benefit summary, or how to get
 * linked), separated by a divider. Only the first answer keeps its buttons, so block ids stay unique.
 */
export async function homeView(ask: (text: string) => Promise<SlackReply[]>): Promise<slack.HomeView> {
  const parts = await Promise.all(HOME_QUESTIONS.map(ask));
  const blocks = parts.flatMap((replies, i) => {
    const own = replies.flatMap((r) => r.blocks ?? []).filter((b) => i === 0 || b.type !== 'actions');
    return i === 0 ? own : [{ type: 'divider' } as slack.DividerBlock, ...own];
  });
  return { type: 'home', blocks: blocks.slice(0, MAX_HOME_BLOCKS) };
}
