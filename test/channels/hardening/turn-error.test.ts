import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SLACK_USERS, titleOf } from '../slack/slack-test-bed.js';
import { cardOf, cardText } from '../support/cards.js';
import { stranger, teamsMessage } from '../support/teams-activities.js';
import { removeTempDirs } from '../support/test-server.js';
import { activityId, postSlack, slashCommand, startBothDoors, type BothDoors } from './both-doors.js';

/** The store closed under a running bot: every turn throws inside, as on a failing disk. */
let doors: BothDoors;

beforeAll(async () => {
  doors = await startBothDoors();
  await doors.server.app.store.close();
});

afterAll(async () => {
  await doors?.close();
  await removeTempDirs();
});

describe('an error inside the bot', () => {
  it.each([
    ['en-US', 'how many incidents does gold give?', /^Sorry, something went wrong/],
    ['ko-KR', '골드는 인시던트가 몇 개인가요?', /^죄송합니다/],
  ])('Teams (%s): the apology in the user\'s language, and 200, not a 500', async (locale, text, apology) => {
    const before = doors.connector.messages().length;
    const res = await doors.server.post({ ...teamsMessage({ serviceUrl: doors.connector.url, user: stranger, text, locale }), id: activityId() });
    expect(res.status).toBe(200);
    const replies = doors.connector.messages().slice(before);
    expect(replies).toHaveLength(1);
    expect(cardText(cardOf(replies[0]!))).toMatch(apology);
    expect(doors.server.logs()).toContain('"msg":"turn failed"');
    expect(doors.server.logs()).not.toContain('could not be answered');
  });

  it('Slack: the apology at the command\'s response_url, after whatever the turn sent before it failed', async () => {
    doors.slack.reset();
    const res = await postSlack(doors.server, slashCommand(doors.slack, SLACK_USERS.contosoUser, 'help'), { contentType: 'application/x-www-form-urlencoded' });
    expect(res.status).toBe(200);
    await doors.server.idle();
    expect(doors.slack.responses.map((r) => titleOf(r.body)).at(-1)).toBe('Sorry, something went wrong');
  });

  it('counts the failed turns as store errors in /metrics', async () => {
    const text = await (await fetch(`${doors.server.url}/metrics`)).text();
    expect(text).toMatch(/^bot_errors_total\{channel="msteams",kind="store"\} 2$/m);
    expect(text).toMatch(/^bot_turns_total\{channel="slack",intent="[a-z-]+",outcome="error"\} 1$/m);
  });
});
