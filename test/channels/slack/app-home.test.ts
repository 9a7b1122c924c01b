import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { types as slack } from '@slack/bolt';
import { checkBlockKitLimits } from '../../../src/channels/slack/render-blocks.js';
import { SLACK_USERS, SlackTestBed, dmChannel, titleOf, visibleText, type Who } from './slack-test-bed.js';

let bed: SlackTestBed;
beforeAll(async () => {
  bed = await SlackTestBed.start();
});
afterAll(async () => {
  await bed.close();
});
beforeEach(() => bed.slack.reset());

type Published = { user_id: string; view: { type: string; blocks: slack.KnownBlock[] } };

async function openHome(who: Who): Promise<Published | undefined> {
  await bed.event(who, { type: 'app_home_opened', user: who.user, channel: dmChannel(who), tab: 'home', event_ts: bed.nextTs() });
  await bed.endpoint.idle();
  return bed.slack.calls.find((c) => c.method === 'views.publish')?.args as Published | undefined;
}

describe('App Home (app_home_opened → views.publish)', () => {
  it('shows what the bot does, the person’s org and benefits, and buttons for the main questions', async () => {
    const home = await openHome(SLACK_USERS.contosoUser);
    expect(home?.user_id).toBe(SLACK_USERS.contosoUser.user);
    expect(home?.view.type).toBe('home');
    const text = visibleText({ blocks: home?.view.blocks ?? [] });
    expect(text).toContain('Contoso Cloud Partners');
    const buttons = (home?.view.blocks ?? []).flatMap((b) => (b.type === 'actions' ? b.elements : [])) as slack.Button[];
    expect(buttons.map((b) => b.value)).toEqual(expect.arrayContaining(['benefits', 'ids']));
    expect(checkBlockKitLimits({ text: 'home', blocks: home?.view.blocks ?? [] })).toEqual([]);
    expect(bed.slack.posts()).toEqual([]); // building the view posts nothing
  });

  it('is in the person’s Slack language', async () => {
    const who = { team: SLACK_USERS.fabrikamUser.team, user: SLACK_USERS.fabrikamUser.user };
    bed.slack.locales[who.user] = 'ko-KR';
    const home = await openHome(who);
    expect(visibleText({ blocks: home?.view.blocks ?? [] })).toMatch(/[\uac00-\ud7a3]/);
  });

  it('a button in the home tab is answered in the person’s DM', async () => {
    const who = SLACK_USERS.contosoUser;
    const home = await openHome(who);
    const button = ((home?.view.blocks ?? []).flatMap((b) => (b.type === 'actions' ? b.elements : [])) as slack.Button[]).find((b) => b.value === 'benefits')!;
    bed.slack.reset();
    const payload = {
      type: 'block_actions', user: { id: who.user, team_id: who.team }, team: { id: who.team }, api_app_id: 'A0PARTNER0', trigger_id: 'trigger-home-1',
      container: { type: 'view', view_id: 'V0HOME' }, view: { id: 'V0HOME', type: 'home' }, actions: [{ type: 'button', action_id: button.action_id, block_id: 'choices', value: button.value }],
    };
    expect((await bed.post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded')).status).toBe(200);
    await bed.endpoint.idle();
    expect(bed.slack.calls.map((c) => c.method)).toContain('conversations.open');
    const [post] = bed.slack.posts().map((p) => p.args as { channel: string; blocks: slack.KnownBlock[] });
    expect(post?.channel).toBe(dmChannel(who));
    expect(titleOf(post!)).toBe('Benefits of Contoso Cloud Partners');
  });

  it('other tabs (messages) publish nothing', async () => {
    const who = SLACK_USERS.contosoUser;
    await bed.event(who, { type: 'app_home_opened', user: who.user, channel: dmChannel(who), tab: 'messages', event_ts: bed.nextTs() });
    await bed.endpoint.idle();
    expect(bed.slack.calls.filter((c) => c.method === 'views.publish')).toEqual([]);
  });
});
