import type { Activity, TurnContext } from 'botbuilder';
import type { Answer } from '../src/core/answer.js';
import type { Scope } from '../src/core/access.js';
import type { EntitlementService, OrgSummary } from '../src/core/service.js';
import type { ChannelIdentity, Locale, User } from '../src/core/types.js';

/** A translate function bound to the turn's locale (i18next `t`). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** What the bot works out once per turn and every dialog reads. */
export interface TurnInfo {
  locale: Locale;
  t: Translate;
  identity: ChannelIdentity;
  /** The store's user behind the identity; undefined for someone not linked to an org yet. */
  user?: User;
  /** Where replies are shown: IDs only ever go to a private scope. */
  scope: Scope;
  /** The user's text with any @mention removed (a card submit's choice when there is no text). */
  text: string;
  /** The one question of a message that asks several, while it is answered (`text` stays the whole message, for context). */
  question?: string;
  /** What the conversation remembers for a handoff: recent questions (redacted) and the last triage. */
  memory: ConversationMemory;
  /** The language the user asked for by name ("in Korean please"): replies for the partner use it too. */
  requestedLocale?: Locale;  /** "Shorter pls", "한 줄로 요약": the answer again without its notes and with only its first paragraph. */
  brief?: boolean;
}

export interface ConversationMemory {
  recent: string[];
  /** The buttons of the last answer sent (label and value), for replies typed as a number or label. */
  menu?: { label: string; value: string }[];
  triage?: { leaf: string; path: { fact: string; value: string }[] };
  /** The bot's last answers (title and lead text, redacted), for a ticket (see handoff.ts). */
  answers?: string[];
  /** The last answered topic and what it was about, to read short follow-ups ("and silver?", "why?"). */
  last?: LastTopic;
  /** `last` as it was before the last question, to answer that question again ("in Korean please"). */
  prior?: LastTopic;
  /** Support staff: the partner org the conversation is about (its records were shown), for follow-ups ("who has that role there?"). */
  focusOrg?: string;
  /** Support staff: the partners one lookup compared ("Contoso vs Woodgrove"), so "and cloud?" answers for each of them. */
  focusOrgs?: string[];
  /** The membership the partner stated in this conversation, for later questions that leave it out. */
  profile?: { offer?: string; competencies?: string[] };
}

/** What the last answer was about: its topic, the offer and competencies, and the case facts the partner gave. */
export interface LastTopic {
  topic: string;
  offer?: string;
  /** The offers compared ("action pack vs silver"), kept for "and how many on-prem for each?". */
  offers?: string[];
  competencies?: string[];
  /** A balance asked beside another topic ("access id already associated. whatever. how many are left"), for "and on prem?". */
  countAsked?: boolean;
  /** The one offer of today's program an answer was about ("how much is Expanded?"), for "what do we get with it?". */
  currentOffer?: string;
  /** The 2021 terms whose new names were asked ("Partner Signature 5pack"), kept for "when did that change?". */
  renames?: string[];
  facts?: Record<string, string>;
  /** The topic answered before this one, when it was another ("how many left?" → "until when?" → "and cloud?"). */
  before?: string;
  /**
   * "history" when the answer was what was used ("시그니처로는요?" after "몇 건 썼어요?" asks the same of the other line);
   * "cloud" when it was the cloud line ("그럼 어떻게 해요?" after "Action Pack has no cloud incidents" asks the way to Azure support).
   */
  aspect?: 'history' | 'cloud';
  /** The one benefit a balance or benefits question named ("how many on-prem left?"), for "what's that benefit called now?". */
  scope?: 'on-premises' | 'cloud';
  /** The requests of a what-if ("if we open 5 more and 2 get refunded"), for "and if none get refunded?". */
  more?: number;
  /** The line such a what-if named by its count ("Partner Cloud Support 50 라인에서": 50), for "담달에 또 10건 쓰면요?". */
  line?: number;
  /** Requests the partner said were used ("we're gold, used 7 on-prem"), for "and if we were silver?". */
  used?: number;
}

/** Support staff: one partner is now the one in view (a lookup or a triage), no longer several compared. */
export function focusOn(memory: ConversationMemory, orgId: string): void {
  memory.focusOrg = orgId;
  delete memory.focusOrgs;
}

/** The org whose records answer a question: the asker's own, or (support staff) the partner the conversation is about. */
export function recordsOrgId(info: TurnInfo): string | undefined {
  return info.user?.orgId ?? info.memory.focusOrg;
}

/** The summary of the org whose records answer a question (see {@link recordsOrgId}), if any. */
export async function recordsSummary(info: TurnInfo, service: Pick<EntitlementService, 'summary'>): Promise<OrgSummary | undefined> {
  const orgId = recordsOrgId(info);
  return orgId ? service.summary(orgId) : undefined;
}

const TURN_INFO = Symbol('partner-support.turn-info');

export function setTurnInfo(context: TurnContext, info: TurnInfo): void {
  context.turnState.set(TURN_INFO, info);
}

/** The turn info when a message turn set it (proactive and welcome turns may have none). */
export function tryTurnInfo(context: TurnContext): TurnInfo | undefined {
  return context.turnState.get(TURN_INFO) as TurnInfo | undefined;
}

export function turnInfo(context: TurnContext): TurnInfo {
  const info = context.turnState.get(TURN_INFO) as TurnInfo | undefined;
  if (!info) throw new Error('turn info missing: the bot sets it before any dialog runs');
  return info;
}

/** Turns an answer into the channel's reply (Adaptive Card, Block Kit, text). */
export type Presenter = (answer: Answer, activity: Activity) => Partial<Activity>;

/**
 * Private scopes: a personal chat or DM, an ephemeral Slack reply, the terminal, the Emulator.
 * Teams says `personal` / `groupChat` / `channel`; other channels set `isGroup` for shared rooms.
 */
export function scopeOf(activity: Activity): Scope {
  const type = activity.conversation?.conversationType;
  if (type) return type === 'personal' ? 'private' : 'shared';
  return activity.conversation?.isGroup ? 'shared' : 'private';
}

/** The channel identity the store keys users by: Teams AAD object id + tenant, Slack user + team, else the channel's user id. */
export function identityOf(activity: Activity): ChannelIdentity {
  const data = (activity.channelData ?? {}) as { tenant?: { id?: string }; team_id?: string; teamId?: string };
  const from = activity.from ?? { id: '' };
  switch (activity.channelId) {
    case 'msteams':
      return { channel: 'msteams', tenant: data.tenant?.id ?? activity.conversation?.tenantId ?? '', user: from.aadObjectId ?? from.id };
    case 'slack':
      return { channel: 'slack', tenant: data.team_id ?? data.teamId ?? '', user: from.id };
    default:
      return { channel: activity.channelId, tenant: 'local', user: from.id };
  }
}
