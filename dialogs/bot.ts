import { ActivityTypes, TeamsActivityHandler, type Activity, type ConversationReference, type Storage, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import type { DialogContext, DialogState } from 'botbuilder-dialogs';
import { DialogTurnStatus } from 'botbuilder-dialogs/lib/dialog.js';
import { DialogSet } from 'botbuilder-dialogs/lib/dialogSet.js';
import type { Answer } from '../src/core/answer.js';
import type { Program } from '../src/core/catalog-schema.js';
import { matchError } from '../src/language/error-matcher.js';
import type { Clock } from '../src/core/ports.js';
import { RateLimiter, type TurnLimiter } from '../src/core/rate-limit.js';
import { redactSecrets } from '../src/core/redact.js';
import type { EntitlementService } from '../src/core/service.js';
import type { StaffService } from '../src/core/staff-service.js';
import type { Locale } from '../src/core/types.js';
import { capText, MAX_TEXT_CHARS, type CappedText } from '../src/language/limits.js';
import { usualSpellings } from '../src/language/normalize.js';
import { scopeAsked, STILL_USABLE, thanksOnly } from '../src/language/signals.js';
import { answerLanguageIn, detectLocale, languageAsked, languageBeside, localeFromHint, ownWords, redraftAsked, replyAsked, SHORTER, textLocale } from '../src/language/locale.js';
import { apologyKeys } from '../src/language/turn-apology.js';
import { noteTurn } from '../src/logging.js';
import { ASK_DIALOG, AskDialog, matchChoice, type AskOptions } from './ask.dialog.js';
import type { DialogDeps, IntentRecognizer, Recognition } from './deps.js';
import { GetIdsDialog, mentionText } from './get-ids.dialog.js';
import { rememberAnswer } from './handoff.js';
import { PersonConversationState } from './person-state.js';
import { infoAnswer } from './info.js';
import { factsFromText } from './facts-from-text.js';
import { ASKS, questionParts, questionsOf, type Question } from './questions.js';
import { CORRECTION, PUSHBACK, QUESTION, REPLY_ASKED, countDoubted, routeTurn, updatedProfile, type Profile, type TurnDecision } from './route-turn.js';
import { AGO_ASKED, BUTTON_ARGS, commandOf, isCancel, route, TIME_LEFT } from './router.js';
import { SUM } from './arithmetic.js';
import { leftAcross, runStaff, staffCommandOf, whoCanOpen } from './staff.dialog.js';
import { CAN_OPEN_NOW, questionOnly, staffRequestOf, type StaffRequest } from './staff-triage.js';
import { identityOf, scopeOf, setTurnInfo, tryTurnInfo, turnInfo, type ConversationMemory, type LastTopic, type Presenter, type Translate, type TurnInfo } from './turn.js';

/** Where DialogStateManager looks for (and keeps, for the rest of the turn) its memory scopes. */
const DIALOG_MEMORY = 'DialogStateManagerConfiguration';

export interface BotOptions {
  service: EntitlementService;
  staff: StaffService;
  clock: Clock;
  /** Per-user limit on turns (default 30 a minute). */
  rateLimit?: { turns: number; windowMs: number };
  /** A limiter shared by every instance (the PostgreSQL store's); default: in memory, from `rateLimit`. */
  limiter?: TurnLimiter;
  recognizer: IntentRecognizer;
  /** Conversation state lives here (our store, so a dialog survives a restart). */
  storage: Storage;
  /** A translate function for a locale (i18next `getFixedT`). */
  translator: (locale: Locale) => Translate;
  /** Renderers by channel id; `default` for any other channel (console, Emulator, tests). */
  presenters: { default: Presenter } & Record<string, Presenter>;
}

/**
 * Welcome in a personal chat when anyone arrives (Teams often lists only the bot when a user
 * installs it), in a team or group chat only when the bot itself is added (not for every person
 * who joins the team later). The call site makes it once per conversation.
 */
export function welcomeDue(activity: Activity): boolean {
  const added = activity.membersAdded ?? [];
  const botAdded = added.some((m) => m.id === activity.recipient?.id);
  return scopeOf(activity) === 'private' ? added.length > 0 : botAdded;
}

/** How sure the recognizer must be before a reply to an open question is taken as a new question. */
const SWITCH_CONFIDENCE = 0.8;
/** What a partner's records already answer (their balance, benefits, IDs): no second answer after them. */
/** Below this a guess is not answered beside a partner's records ("Christie Cline's company – which program?" is no "not authorized"). */
const GUESS_BESIDE_RECORDS = 0.4;
/** "Where do they check it?", "어떻게 해요?": a how or where the records alone don't answer. */
const WHERE_HOW = /\bwhere(?! (they|we|you|things|it|that)('re| are| is|'s)? (at|with)\b)\b|에서 (보면|확인하면) (되|돼)|\b(see|check|view) (it|them|the balance) (in|on) (the )?(azure|portal|partner center)\b|\bhow (do|can|should|would|to)\b|\b(can|could) (they|we|i|he|she) see\b|\b(can'?t|cannot|doesn'?t|don'?t|not) (see|show|find)\b|\bnot (shown|showing|visible)\b|어디|어떻게|방법|보여요|볼 수|안 ?(보여|보인|보이|나와|나온|떠|뜬)/i;
/** What a partner's records answer themselves, as the topic follow-ups continue from. */
const RECORDS_ANSWERED: ReadonlySet<string> = new Set(['remaining-incidents', 'check-benefits', 'get-ids', 'register-ids']);
/** A question of the message; `own`: answered from its own words alone (see withReply). */
type Asked = Question & { own?: boolean };
/** Questions answered beside a partner's pasted message (about something else than the message and the partner's records). */

const BESIDE_TRIAGE: ReadonlySet<string> = new Set(['current-program', 'renamed', 'paid-plans', 'incident-definition', 'cloud-competencies', 'csp-customer', 'msa-allowed', 'validity', 'm365']);
const RECORDS_TOPICS: ReadonlySet<string> = new Set(['remaining-incidents', 'check-benefits', 'get-ids', 'register-ids', 'help', 'ticket-status', 'human', 'cancel']);

/** An acknowledgement that opens a message and ends with its own mark ("ah my bad.", "nice,", "좋네요 ㅎ", "감사합니다!"). */
const ACKNOWLEDGED = /^\s*(?:(?:ah+|oh+|ugh+|argh+|welp|meh|damn|ok(?:ay)?|got it|i see|thanks?|thank you|thx|my bad|sorry|right|cool|nice|great|perfect|hmm+|아+|오+|네|넵|예|알겠(?:어요|습니다)|그렇군요|감사(?:합니다|해요)|고마워요|죄송(?:합니다|해요)|좋네요|좋아요|에휴|아이고|헐)[ ,]*){1,3}(?:[.!~]+|ㅎ+|ㅋ+|,)\s+(?=\S{2})/iu;

/** "Who can see their IDs?", "일반 사용자도 볼 수 있어요?": who sees the IDs, not the IDs. */
const WHO_SEES = /\bwho\b|\bcan\b.{0,40}\b(see|view|access)\b|\bcan'?t (find|see)\b|\b(need|needs|require|requires)\b.{0,12}\b(an? )?(admin|role|permission)|누가|누구|볼 수|보이|보여|관리자(여야|가 필요|권한이 필요)|권한(이)? 필요/i;

/** Three or more Latin words and no Hangul: an English sentence, not a short reply or a code. */
function englishSentence(text: string): boolean {
  return !/[\uac00-\ud7a3]/u.test(text) && (text.match(/[A-Za-z]{2,}/g) ?? []).length >= 3;
}

/**
 * The user's words: @mentions removed, or a card button's value when the activity carries no text;
 * capped at {@link MAX_TEXT_CHARS} (every door passes here, so recognition work per turn is bounded).
 */
export function userText(activity: Activity): string {
  return userWords(activity).text;
}

/** The Slack command's name typed as text, after an optional typed mention ("@PartnerBot /partner status"). */
const SLASH_NAME = /^(@[\w.-]+\s+)?\/partner(?![\w-])\s*/i;
/** Another command's name typed first ("/psb onprem rem", a workspace's own slash command): its words, without the name. */
const OTHER_SLASH = /^\/[a-z][\w-]{0,20}\s+(?=\S)/i;
/** Chat shorthand of the domain, spelt out ("onprem rem", "sig left?"). */
const DOMAIN_SHORTHAND: Readonly<Record<string, string>> = { rem: 'remaining', sig: 'signature', sigs: 'signature' };
const SHORTHAND_WORD = /(?<![\w-])(rem|sigs?)(?![\w-])/gi;

function userWords(activity: Activity): CappedText {
  const raw = typeof activity.text === 'string' ? activity.text : '';
  // Line breaks are kept (one per run of blank lines): a forwarded mail's header, a numbered list and a quoted line end there.
  const withoutMentions = raw.replace(/<at>[^<]*<\/at>/gi, ' ').replace(/[^\S\n]+/g, ' ').replace(/ ?\n[\s]*/g, '\n').trim().replace(OTHER_SLASH, (name) => (SLASH_NAME.test(name) ? name : '')).replace(SHORTHAND_WORD, (w) => DOMAIN_SHORTHAND[w.toLowerCase()] ?? w);
  // "/partner status" typed where there are no slash commands (Teams, the console): the Slack command's words, without its name.
  const command = SLASH_NAME.exec(withoutMentions);
  if (command) return capText(withoutMentions.slice(command[0].length).trim() || 'help');
  if (withoutMentions) return capText(withoutMentions);
  const value = activity.value as { choice?: unknown; text?: unknown } | undefined;
  const submitted = value?.choice ?? value?.text;
  return capText(typeof submitted === 'string' ? submitted.trim() : '');
}

/** The profile as conversation state keeps it (no undefined fields). */
function cleanProfile(p: Profile): { offer?: string; competencies?: string[] } {
  return { ...(p.offer ? { offer: p.offer } : {}), ...(p.competencies?.length ? { competencies: p.competencies } : {}) };
}

/** A program's portal messages in both languages, lower-cased once (every turn looks for them). */
const knownMessages = new WeakMap<Program, string[]>();

/** The text without the portal messages it quotes (an English error pasted into a Korean question, or a Korean one into an English question). */
function withoutKnownMessages(text: string, program: Program): string {
  let variants = knownMessages.get(program);
  if (!variants) {
    variants = program.messages.flatMap((m) => [...m.variants.en, ...m.variants.ko].map((v) => v.toLowerCase().replace(/[.!]+$/, '')));
    knownMessages.set(program, variants);
  }
  const lower = text.toLowerCase();
  const found = variants.find((v) => lower.includes(v));
  return found ? text.slice(0, lower.indexOf(found)) + text.slice(lower.indexOf(found) + found.length) : text;
}

/** "Shorter pls": an answer in prose keeps its first paragraph, facts, steps and buttons (no notes); a card of records stays whole. */
function briefAnswer(answer: Answer): Answer {
  if (!answer.text) return answer;
  const { notes: _notes, ...rest } = answer;
  return { ...rest, text: answer.text.split('\n\n')[0] ?? answer.text };
}

/** A note that says again what the answer's text already says (a lead and a note from the same rule) is said once. */
function withoutRepeatedNotes(answer: Answer): Answer {
  const notes = answer.notes?.filter((n) => !answer.text?.includes(n));
  return notes && notes.length !== answer.notes?.length ? { ...answer, notes } : answer;
}

/** Quoted lines ("> …", a Slack or Teams quote) at the start of a message. */
const QUOTED_LEAD = /^(?:>[^\n]*(?:\n|$))+/;

/**
 * "> how many are left on the 10 pack\nand the cloud platform side, capped too?": a quote of what was already asked in
 * this conversation is context, the question is what follows it. A quote of anything else ("> can we use the CSP plan
 * for our own Azure?\n^ this, can we?") is the question, and so is a quoted portal message.
 */
function withoutQuotedLead(text: string, program: Program, earlier: readonly string[]): string {
  const lead = QUOTED_LEAD.exec(text)?.[0];
  if (!lead) return text;
  const rest = text.slice(lead.length).trim();
  const flat = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const quoted = flat(lead);
  const askedBefore = quoted.length >= 8 && earlier.some((e) => flat(e).includes(quoted));
  return askedBefore && rest.split(/\s+/).length >= 3 && !matchError(lead, program) ? rest : text;
}

/** The answers a turn has sent (title and text), so that one answer is not sent twice in a turn. */
const SENT_THIS_TURN = Symbol('sentThisTurn');

/**
 * The one conversation engine every channel runs: finds who is speaking, picks the language,
 * continues the running dialog or routes the new question, and renders answers for the channel.
 */
export class PartnerBot extends TeamsActivityHandler {
  private readonly conversationState: PersonConversationState;
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly localeState: StatePropertyAccessor<Locale | undefined>;
  private readonly memoryState: StatePropertyAccessor<ConversationMemory>;
  private readonly limiter: TurnLimiter;
  private readonly channels = new Map<string, (reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>) => Promise<void>>();
  private readonly dialogs: DialogSet;
  private readonly deps: DialogDeps;
  /** botbuilder-dialogs' memory scopes and path resolvers (see `dialogContext`). */
  private dialogMemory: unknown;

  constructor(private readonly options: BotOptions) {
    super();
    this.conversationState = new PersonConversationState(options.storage);
    this.dialogState = this.conversationState.createProperty<DialogState>('dialogState');
    this.localeState = this.conversationState.createProperty<Locale | undefined>('locale');
    this.memoryState = this.conversationState.createProperty<ConversationMemory>('memory');
    const limit = options.rateLimit ?? { turns: 30, windowMs: 60_000 };
    this.limiter = options.limiter ?? new RateLimiter(limit.turns, limit.windowMs);
    this.deps = {
      service: options.service,
      staff: options.staff,
      recognizer: options.recognizer,
      send: (dc, answer) => this.send(dc.context, answer),
      deliver: (reference, answer) => this.deliver(reference, answer),
      translate: options.translator,
    };
    this.dialogs = new DialogSet(this.dialogState)
      .add(new AskDialog(this.deps.send))
      .add(new GetIdsDialog(this.deps));
    this.onMembersAdded(async (context, next) => {
      // Teams repeats membersAdded (reinstalls, updates): one welcome per conversation.
      const welcomed = this.conversationState.createProperty<boolean>('welcomed');
      if (welcomeDue(context.activity) && !(await welcomed.get(context, false))) {
        await welcomed.set(context, true);
        await this.welcome(context);
      }
      await next();
    });
  }

  /**
   * Runs the turn and saves conversation state, also when the turn failed half-way (the error
   * handler clears it). A message goes straight to its one handler: this bot registers no turn,
   * message or dialog handlers for ActivityHandler's dispatch to run around it.
   */
  override async run(context: TurnContext): Promise<void> {
    if (context.activity?.type === ActivityTypes.Message) await this.handleMessage(context);
    else await super.run(context);
    await this.conversationState.saveChanges(context, false);
  }

  /**
   * The turn's DialogContext. botbuilder-dialogs builds its memory scopes and path resolvers anew
   * for each turn (a service collection, nine scopes, five resolvers) unless the turn state
   * holds them; they keep nothing between turns, so the first turn's are reused, as
   * botbuilder's own DialogManager reuses its `stateConfiguration`.
   */
  private async dialogContext(context: TurnContext): Promise<DialogContext> {
    if (this.dialogMemory) context.turnState.set(DIALOG_MEMORY, this.dialogMemory);
    const dc = await this.dialogs.createContext(context);
    this.dialogMemory ??= context.turnState.get(DIALOG_MEMORY) as unknown;
    return dc;
  }

  /**
   * After an unhandled error in a turn: a localized apology to the user, and the conversation's
   * dialog state dropped so the next message starts clean. Logging is the channel's job.
   */
  async handleTurnError(context: TurnContext, error?: unknown): Promise<void> {
    const locale = localeFromHint(context.activity.locale) ?? textLocale(userText(context.activity));
    const t = this.options.translator(locale);
    const keys = apologyKeys(error);
    try {
      await this.conversationState.delete(context);
      await this.conversationState.saveChanges(context, true);
    } finally {
      await this.send(context, { kind: 'error', locale, title: t(keys.title), text: t(keys.text), sensitive: false });
    }
  }

  /**
   * A channel registers how to reach one of its conversations later (CloudAdapter's
   * continueConversationAsync, the Slack adapter's DM), for ticket replies and staff announcements.
   */
  registerChannel(channelId: string, resume: (reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>) => Promise<void>): void {
    this.channels.set(channelId, resume);
  }

  /** Sends an answer into another conversation; false when its channel is not registered or delivery failed. */
  async deliver(reference: Partial<ConversationReference>, answer: Answer): Promise<boolean> {
    const resume = reference.channelId ? this.channels.get(reference.channelId) : undefined;
    if (!resume) return false;
    try {
      await resume(reference, (context) => this.send(context, answer));
      return true;
    } catch {
      return false;
    }
  }

  /** Sends an answer rendered for the channel the turn came from. */
  async send(context: TurnContext, answer: Answer): Promise<void> {
    // Two questions of one message that the same answer serves ("do we get free support? … it says no benefits yet"): said once.
    const sent = (context.turnState.get(SENT_THIS_TURN) as Set<string> | undefined) ?? new Set<string>();
    const key = `${answer.title}\n${answer.text ?? ''}`;
    if (sent.has(key)) return;
    sent.add(key);
    context.turnState.set(SENT_THIS_TURN, sent);
    const present = this.options.presenters[context.activity.channelId] ?? this.options.presenters.default;
    const info = tryTurnInfo(context);
    await context.sendActivity(present(withoutRepeatedNotes(info?.brief ? briefAnswer(answer) : answer), context.activity));
    // The buttons of the last answer, so that typing "2" (or a label) next works like a click.
    if (info) {
      info.memory.menu = (answer.choices ?? []).map((c) => ({ label: c.label, value: c.value }));
      rememberAnswer(info.memory, answer);
    }
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const identity = identityOf(context.activity);
    const key = `${identity.channel}/${identity.tenant}/${identity.user}`;
    // Every message turn is counted, so the count need not wait for the turn's reads (on PostgreSQL: one round trip less per turn).
    const counted = async () => this.limiter.allow(key, this.options.clock.now());
    const [info, allowed] = await both(this.turnInfo(context), counted());
    if (userWords(context.activity).truncated) {
      await this.send(context, { kind: 'info', locale: info.locale, title: info.t('limits:truncated.title', { max: MAX_TEXT_CHARS }), text: info.t('limits:truncated.text'), sensitive: false });
    }
    setTurnInfo(context, info);
    if (!allowed) {
      noteTurn(context, { outcome: 'rejected' });
      await this.send(context, { kind: 'refusal', locale: info.locale, title: info.t('answers:rate-limited.title'), text: info.t('answers:rate-limited.text'), sensitive: false });
      return;
    }
    const again = await this.languageRequest(info);
    if (info.text && !again) info.memory.recent = [...info.memory.recent, redactSecrets(info.text).slice(0, 300)].slice(-6);
    // "In Korean please": the last question again, in that language, read as it was then.
    if (again) {
      info.text = again.text;
      if (again.last) info.memory.last = again.last;
      else delete info.memory.last;
    } else if (info.memory.last) info.memory.prior = info.memory.last;
    else delete info.memory.prior;
    if (info.requestedLocale) await this.localeState.set(context, info.locale);
    await this.memoryState.set(context, info.memory);
    const dc = await this.dialogContext(context);
    // A reply to the buttons of the last answer (help menu, "did you mean") routes as the button would.
    const picked = !dc.activeDialog && info.memory.menu?.length ? matchChoice(info.text, info.memory.menu) : undefined;
    if (picked !== undefined) info.text = picked;
    // "Triage q: what is Gold called today?": a question after the word triage, with no message in it, is asked as a question.
    const command = staffCommandOf(info.text);
    const explicit = command?.command === 'triage' && questionOnly(command.rest, this.deps) ? undefined : command;
    const staffCommand: StaffRequest | undefined = explicit ?? (await staffRequestOf(info, this.deps));
    if (staffCommand) {
      noteTurn(context, { intent: `staff:${staffCommand.command}` });
      await dc.cancelAllDialogs();
      // "(a) Fabrikam sees 'no benefits yet' (b) Tailspin gets …": each partner's message, as if sent alone.
      const message = info.text;
      for (const { text, request } of staffCommand.each ?? [{ text: message, request: staffCommand }]) {
        info.text = text;
        await this.staffTurn(dc, info, request, explicit);
      }
      info.text = message;
      return;
    }
    // "Thanks", "감사합니다": a short reply; the conversation stays where it was (a follow-up still reads against the last answer).
    if (thanksOnly(info.text) && !dc.activeDialog) {
      noteTurn(context, { intent: 'thanks' });
      await this.send(context, infoAnswer('thanks', this.options.service.catalog.defaultProgram, info));
      return;
    }
    if (isCancel(info.text) && (dc.activeDialog || info.memory.last)) {
      // Also without an open question: the thread so far is dropped, follow-ups start afresh.
      delete info.memory.last;
      await dc.cancelAllDialogs();
      await this.send(context, infoAnswer('cancelled', this.options.service.catalog.defaultProgram, info));
      return;
    }
    // "Ah my bad. And Signature?", "좋네요 ㅎ 그럼 오피스 365는요?": the acknowledgement in front is not the question.
    info.text = usualSpellings(withoutQuotedLead(info.text.replace(ACKNOWLEDGED, '') || info.text, this.options.service.catalog.defaultProgram, info.memory.recent.slice(0, -1)));
    if (dc.activeDialog) {
      const switched = await this.newQuestion(dc, info);
      noteTurn(context, { intent: switched?.intent ?? 'dialog-reply' });
      if (switched) {
        await dc.cancelAllDialogs();
        await route(dc, this.decide(info, switched), switched, this.deps);
        return;
      }
      const result = await dc.continueDialog();
      if (result.status !== DialogTurnStatus.empty) return;
    }
    const whole = await this.recognize(info);
    const questions: Asked[] = commandOf(info.text) ? [{ text: info.text, recognition: whole }] : await this.withReply(info, await this.questions(info, whole));
    const previous = info.memory.last;
    const message = info.text;
    let answered: string | undefined;
    for (const [i, { text, recognition, own }] of questions.entries()) {
      // A question of the message that asked back waits for its answer: the ones after it are not begun.
      if (i > 0 && dc.activeDialog) break;
      // A reply to the bot's question is answered from its own words (the question beside it is not part of it).
      info.text = own ? text : message;
      if (questions.length > 1) info.question = text;
      // Each question of a message is read against the conversation before it, not against the answer to the one before.
      if (i > 0 && previous) info.memory.last = previous;
      else if (i > 0) delete info.memory.last;
      const decision = this.decide(info, recognition, text);
      noteTurn(context, { intent: decision.kind === 'answer' ? decision.ask.topic : decision.kind });
      // "Contoso vs Woodgrove on-prem balance" → "and cloud?": the records question is answered for each partner compared.
      const compared = decision.kind === 'answer' && (decision.ask.topic === 'remaining-incidents' || decision.ask.topic === 'check-benefits') ? (info.memory.focusOrgs ?? []) : [];
      const before = info.memory.last;
      // ("그럼 둘 다 합쳐서 온프레미스 총 몇 건 남아있는 거예요?": the partners compared, added up.)
      if (compared.length > 1 && SUM.test(info.text)) {
        await this.deps.send(dc, await leftAcross(info, compared, this.deps));
        continue;
      }
      for (const orgId of compared) {
        info.memory.focusOrg = orgId;
        if (before) info.memory.last = before;
        await route(dc, decision, recognition, this.deps);
      }
      if (!compared.length) await route(dc, decision, recognition, this.deps);
      // "how many on-prem left and when does it expire?" → "what about the other one": the answer before the last one is the balance.
      const last = info.memory.last;
      if (answered && last && last.topic !== answered) info.memory.last = { ...last, before: answered };
      answered = info.memory.last?.topic;
    }
    info.text = message;
    delete info.question;
  }

  /** A staff request: the partner's records or the message's triage, and the questions asked beside them. */
  private async staffTurn(dc: DialogContext, info: TurnInfo, staffCommand: StaffRequest, explicit: StaffRequest | undefined): Promise<void> {
    // (Many partners asked about together get one line each, not their cards.)
    if (!staffCommand.linesOnly) await runStaff(dc, staffCommand, this.deps);
    // Several partners named: each one's records; the question is answered about them together only by the cards.
    if (staffCommand.also?.length) {
      for (const id of staffCommand.linesOnly ? [] : staffCommand.also) await runStaff(dc, { command: 'lookup', rest: id }, this.deps);
      info.memory.focusOrgs = [staffCommand.rest, ...staffCommand.also];
      // "Which of them can open an Azure ticket now?": one verdict per partner after the cards.
      const scope = scopeAsked(info.text);
      if (scope && CAN_OPEN_NOW.test(info.text)) await this.deps.send(dc, await whoCanOpen(info, info.memory.focusOrgs, scope, this.deps));
      // "…and the total of both?": their balances added up.
      else if (SUM.test(info.text)) await this.deps.send(dc, await leftAcross(info, info.memory.focusOrgs, this.deps));
      return;
    }
    // "…'아직 혜택이 없는 것 같습니다' 뜬다고 합니다. 지금 프로그램 기준으로 뭘 사야 인시던트가 생기나요?": a question about
    // something else beside the pasted message is answered after the diagnosis (follow-ups stay on the message).
    if (!explicit && staffCommand.command === 'triage') {
      const diagnosed = info.memory.last;
      const whole = await this.recognize(info);
      for (const { text, recognition } of await this.questions(info, whole)) {
        const decision = text === info.text ? undefined : this.decide(info, recognition, text);
        if (decision?.kind === 'answer' && BESIDE_TRIAGE.has(decision.ask.topic)) await route(dc, decision, recognition, this.deps);
      }
      if (diagnosed) info.memory.last = diagnosed;
      return;
    }
    // "Contoso's admin agent asks if he must link the Access ID for a CSP customer": the partner's records, then the answer.
    if (explicit || staffCommand.command !== 'lookup') return;
    const whole = await this.recognize(info);
    // "Who activated Contoso's? And can their admin agent see the IDs?": each question beside the records.
    const parts = await this.questions(info, whole);
    // The whole message as one question is read whole (a part's reading decides only for a part).
    const questions = parts.length > 1 || parts[0]?.text !== info.text ? parts : [{ text: info.text, recognition: whole }];
    for (const { text, recognition } of questions) {
      const decision = this.decide(info, recognition, text);
      // The records answer "how many left?"; "why 49?" and "when did they last open one?" still need their answers,
      // and so does "who can see their IDs?" (every user of the org, admin or not).
      // "Where do they check it?" and "if they bought Action Pack, would cloud work?" need theirs too, and so do "all lines together?" and "can they still open one?".
      // A guess (no topic of its own) is not answered beside the records.
      const read = recognition.intent !== 'none' || (recognition.alternatives[0]?.score ?? 0) >= GUESS_BESIDE_RECORDS || decision.kind !== 'answer' || decision.ask.aspect !== undefined;
      const needed = decision.kind === 'answer' && ((!RECORDS_TOPICS.has(decision.ask.topic) && read) || decision.ask.aspect === 'why' || countDoubted(text) || decision.ask.aspect === 'history' || decision.ask.aspect === 'after' || decision.ask.aspect === 'cloud' || decision.ask.offer !== undefined || WHERE_HOW.test(text) || SUM.test(text) || STILL_USABLE.test(text) || TIME_LEFT.test(text) || AGO_ASKED.test(text) || REPLY_ASKED.test(info.text) || (decision.ask.topic === 'get-ids' && WHO_SEES.test(text)));
      if (needed) await route(dc, decision, recognition, this.deps);
      // The records answered the question: follow-ups ("why only 5 on cloud?") continue from what was asked.
      // ("Tailspin status?" is the records, not a ticket's status: "why can't their admin activate then?" follows the benefits.)
      // ("Woodgrove 클라우드 50팩 몇 건 남았어요?" → "10건 더 열면요?": the side asked stays the side of the what-if.)
      else if (decision.kind === 'answer' && RECORDS_TOPICS.has(decision.ask.topic) && info.memory.last) {
        const { scope: _before, ...last } = info.memory.last;
        const scope = scopeAsked(text);
        info.memory.last = { ...last, topic: RECORDS_ANSWERED.has(decision.ask.topic) ? decision.ask.topic : 'check-benefits', ...(scope ? { scope } : {}) };
      }
    }
    return;
  }

  /**
   * A reply to the last answer beside a new question, answered first, then the question:
   * "yes, i linked the ids in the power platform admin center. also how many cloud cases left?" after the Azure message
   * (what was said answers the diagnosis's own question), "i'm the mpn partner admin, lynne. also can the action pack
   * incidents be used for azure tickets?" after how to activate (the role said answers who may).
   */
  private async withReply(info: TurnInfo, questions: Question[]): Promise<Asked[]> {
    const last = info.memory.last;
    const [only] = questions;
    const [asked] = questionParts(info.text);
    if (!last || questions.length !== 1 || !only || !asked) return questions;
    const reply = info.text.slice(0, Math.max(info.text.lastIndexOf(asked), 0)).trim();
    const facts = last.topic === 'access-id-error' && Object.keys(factsFromText(reply)).length > 0;
    // ("sorry, I meant Gold. and is an incident counted per engineer hour?": the correction redoes the last answer, then the question.)
    const corrects = CORRECTION.test(reply);
    if (!reply || QUESTION.test(reply) || (!facts && !PUSHBACK.test(reply) && !corrects)) return questions;
    const [replied, recognition] = await Promise.all([reply, asked].map((part) => this.options.recognizer.recognize(part, info.locale)));
    if (!replied || !recognition) return questions;
    const own = routeTurn(reply, last, replied, info.memory.profile);
    const question = routeTurn(asked, last, recognition, info.memory.profile);
    const answers = own.kind === 'answer' && (facts || (corrects && !PUSHBACK.test(reply)) ? own.ask.topic === last.topic : own.ask.aspect === 'pushback');
    if (!answers || question.kind !== 'answer' || question.ask.topic === own.ask.topic) return questions;
    return [{ text: reply, recognition: replied, own: true }, { text: asked, recognition, own: true }];
  }

  /**
   * "In Korean please", "can you answer that in English?": the turn speaks that language, and the
   * question before it is asked again (with the conversation as it was then); undefined otherwise.
   */
  private async languageRequest(info: TurnInfo): Promise<{ text: string; last: LastTopic | undefined } | undefined> {
    const alone = languageAsked(info.text);
    const beside = alone ? undefined : languageBeside(info.text);
    // "N-1 정책이 뭐에요? 답변은 영어로 부탁드려요": the question of this message, in that language.
    // (Staff asking for a partner's reply in that language get it in that language too.)
    if (beside?.rest) {
      // ("Litware Pradeep Gupta 님한테 보낼 답장 한국어로 초안 써줘요. 내용: …": staff keep the partner the language request names.)
      const named = beside.said && this.deps.staff.isStaff(info.user) && (await this.deps.service.orgsMentioned(mentionText(beside.said))).length ? `${beside.said} ` : '';
      Object.assign(info, { text: `${named}${beside.rest}`, locale: beside.locale, t: this.options.translator(beside.locale), requestedLocale: beside.locale });
      return undefined;
    }
    const asked = alone ?? beside?.locale;
    // "Shorter pls", "좀 더 정중하게": the question before, answered again in the same language.
    // "write her a 3 line reply": the same, unless the routing's own reply for the partner reads it ("write me a reply to paste to them").
    if (!asked && (redraftAsked(info.text) || (replyAsked(info.text) && !REPLY_ASKED.test(info.text))) && info.memory.recent.length) {
      if (SHORTER.test(info.text)) info.brief = true;
      return { text: info.memory.recent.at(-1) ?? '', last: info.memory.prior };
    }
    if (!asked) return undefined;
    Object.assign(info, { locale: asked, t: this.options.translator(asked), requestedLocale: asked });
    // Nothing asked before: the help, in that language.
    return { text: info.memory.recent.at(-1) ?? '', last: info.memory.prior };
  }

  /** Commands (buttons, command words) go where they say; everything else through the routing decision. */
  private decide(info: TurnInfo, recognition: Recognition, text: string = info.text): TurnDecision {
    const command = commandOf(info.text);
    if (command) {
      // A command goes where it says; only the same topic's earlier facts carry over ("error contractStatus=expired").
      const last = info.memory.last?.topic === command.intent ? info.memory.last : undefined;
      return routeTurn(command.rest, last, { ...recognition, intent: command.intent, score: 1, ambiguous: false });
    }
    const decision = routeTurn(text, info.memory.last, recognition, info.memory.profile);
    info.memory.profile = cleanProfile(updatedProfile(info.memory.profile ?? {}, recognition.entities));
    return decision;
  }

  /**
   * A reply to an open question that answers none of its choices but clearly asks something
   * else starts that instead: people change their mind mid-dialog.
   */
  private async newQuestion(dc: DialogContext, info: TurnInfo): Promise<Recognition | undefined> {
    let inner = dc;
    while (inner.child) inner = inner.child;
    const options = inner.activeDialog?.id === ASK_DIALOG ? (inner.activeDialog.state['options'] as AskOptions) : undefined;
    if (!options || matchChoice(info.text, options.answer.choices ?? []) !== undefined) return undefined;
    const recognition = await this.recognize(info);
    // A command word ("/partner why …", a menu button) always starts over, even within the same dialog.
    if (commandOf(info.text)) return recognition;
    // A question that answers none of the choices ("how long until the IDs show up?", "그럼 클라우드 지원은요?") is answered.
    const asking = (QUESTION.test(info.text) || ASKS.test(info.text)) && info.text.replace(/\s/g, '').length >= 5;
    if (asking && routeTurn(info.text, info.memory.last, recognition, info.memory.profile).kind === 'answer') return recognition;
    // Short replies ("our own", "음") are attempts at an answer, not new questions.
    if (recognition.score < SWITCH_CONFIDENCE || !(englishSentence(info.text) || info.text.replace(/\s/g, '').length >= 6)) return undefined;
    // Dialog ids are the ids of the intents that start them ("activate" runs the get-ids dialog).
    const owner = dc.activeDialog?.id;
    const same = recognition.intent === owner || (recognition.intent === 'activate' && owner === 'get-ids');
    // A question within the same topic ("how long until the IDs show up?") is answered, not re-prompted.
    return recognition.intent !== 'none' && !recognition.ambiguous && (!same || QUESTION.test(info.text)) ? recognition : undefined;
  }

  /** The questions of the message (each part read on its own, see questionsOf). */
  private questions(info: TurnInfo, whole: Recognition): Promise<Question[]> {
    return questionsOf(info.text, whole, (part) => this.options.recognizer.recognize(part, info.locale));
  }

  private async recognize(info: TurnInfo): Promise<Recognition> {
    const command = commandOf(info.text);
    if (command) {
      // A button's value ("error location=azure-link") or a bare command word names no catalog entity: nothing to recognize.
      const rest = command.rest && !BUTTON_ARGS.test(command.rest) ? await this.options.recognizer.recognize(command.rest, info.locale) : undefined;
      return { locale: info.locale, intent: command.intent, score: 1, alternatives: [], ambiguous: false, entities: rest?.entities ?? { competencies: [] } };
    }
    if (!info.text) return { locale: info.locale, intent: 'help', score: 1, alternatives: [], ambiguous: false, entities: { competencies: [] } };
    const whole = await this.options.recognizer.recognize(info.text, info.locale);
    // "copying what my manager wrote: "… migration for the bank customer …" i see no IDs in Partner Center": a customer
    // only in the quoted words is not the asker's CSP question; the asker's own words are read.
    const own = ownWords(info.text);
    return whole.intent === 'csp-customer' && !whole.error && own !== info.text && !/\bcsp\b|\bcustomers?\b|\bclients?\b|고객/i.test(own) && QUESTION.test(own) ? this.options.recognizer.recognize(own, info.locale) : whole;
  }

  private async turnInfo(context: TurnContext): Promise<TurnInfo> {
    const activity = context.activity;
    const text = userText(activity);
    const identity = identityOf(activity);
    // Two independent reads (the user's record, the conversation's state): at once, not one after the other.
    const [user, locale] = await both(this.options.service.whoIs(identity), this.pickLocale(context, text));
    const memory = await this.memoryState.get(context, { recent: [] });
    return { locale, t: this.options.translator(locale), identity, scope: scopeOf(activity), text, memory, ...(user ? { user } : {}) };
  }

  /**
   * The language of the words first: a Korean question gets a Korean answer and an English sentence
   * an English one, whatever the client's locale; otherwise the activity's locale; else the
   * conversation's last one (short replies like "1" or "ok" keep it).
   */
  private async pickLocale(context: TurnContext, text: string): Promise<Locale> {
    const saved = await this.localeState.get(context);
    // A pasted portal message does not decide: an English one inside a Korean sentence is a Korean question, and
    // the other way round. A message pasted alone is read as it is.
    const quoted = withoutKnownMessages(text, this.options.service.catalog.defaultProgram);
    const own = /\p{L}/u.test(quoted) ? quoted : text;
    // "… (answer in English, my manager will read it)": the language asked for beside the question.
    const locale = answerLanguageIn(text) ?? (textLocale(own) === 'ko' ? 'ko' : englishSentence(own) ? 'en' : (localeFromHint(context.activity.locale) ?? saved ?? detectLocale(text)));
    await this.localeState.set(context, locale);
    return locale;
  }

  private async welcome(context: TurnContext): Promise<void> {
    const locale = localeFromHint(context.activity.locale) ?? 'en';
    const identity = identityOf(context.activity);
    const user = await this.options.service.whoIs(identity);
    const info: TurnInfo = { locale, t: this.options.translator(locale), identity, scope: scopeOf(context.activity), text: '', memory: { recent: [] }, ...(user ? { user } : {}) };
    setTurnInfo(context, info);
    await this.send(context, infoAnswer('welcome', this.options.service.catalog.defaultProgram, turnInfo(context)));
  }
}

/** Both results once both settled (neither outlives the turn when the other fails); the first failure rethrown. */
async function both<A, B>(a: Promise<A>, b: Promise<B>): Promise<[A, B]> {
  const [x, y] = await Promise.allSettled([a, b]);
  if (x.status === 'rejected') throw x.reason;
  if (y.status === 'rejected') throw y.reason;
  return [x.value, y.value];
}
