import { TurnContext } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import type { Answer, AnswerFact } from '../src/core/answer.js';
import { redactSecrets } from '../src/core/redact.js';
import type { Ticket } from '../src/core/types.js';
import { contractFact } from './benefits-answer.js';
import { fromKey } from './compose.js';
import type { DialogDeps } from './deps.js';
import { noteLines, recordsAnswer } from './records-text.js';
import { turnInfo, type ConversationMemory, type TurnInfo } from './turn.js';

/**
 * Remembers what the bot answered (title and lead text; only the title of an answer carrying
 * IDs), redacted, so a ticket shows staff what the partner was already told. The bot calls this
 * for every answer it sends.
 */
export function rememberAnswer(memory: ConversationMemory, answer: Answer): void {
  const line = answer.sensitive || !answer.text ? answer.title : `${answer.title}: ${answer.text}`;
  memory.answers = [...(memory.answers ?? []), redactSecrets(line).slice(0, 300)].slice(-3);
}

/**
 * "Talk to a person": files a ticket with the partner's problem and the bot's last answers
 * (redacted in the core) and the last triage result, tells the partner its number, and announces
 * a new ticket in the staff channel, with what the org's records show, when staff set one. A
 * redelivered message finds the same ticket.
 */
export async function handoff(dc: DialogContext, deps: DialogDeps): Promise<void> {
  const info = turnInfo(dc.context);
  const activity = dc.context.activity;
  const program = deps.service.catalog.defaultProgram;
  const { ticket, created } = await deps.staff.openTicket({
    user: info.user,
    via: { ...info.identity, ...(info.user?.name ?? activity.from?.name ? { name: info.user?.name ?? activity.from?.name ?? '' } : {}) },
    locale: info.locale,
    recent: info.memory.recent,
    answers: info.memory.answers ?? [],
    ...(info.memory.triage ? { triage: info.memory.triage } : {}),
    conversation: TurnContext.getConversationReference(activity) as unknown as Record<string, unknown>,
    sourceKey: `${activity.channelId}/${activity.conversation?.id ?? ''}/${activity.id ?? ''}`,
  });
  await deps.send(dc, fromKey(info, program, 'ticket.created', { kind: 'handoff', values: { id: ticket.id } }));
  const staffChannel = created ? await deps.staff.announceChannel() : undefined;
  if (!staffChannel) return;
  const t = deps.translate('en');
  const who = ticket.requester.name ?? ticket.userId ?? ticket.requester.user;
  const staff: TurnInfo = { ...info, locale: 'en', t };
  await deps.deliver(staffChannel, {
    kind: 'handoff',
    locale: 'en',
    title: t('answers:ticket.announce', { id: ticket.id, who, org: ticket.orgId ?? '—' }),
    facts: await ticketDetail(deps, staff, ticket),
    ...(ticket.triage ? { notes: [t('answers:ticket.triage', { leaf: t(`answers:triage.leaf.${ticket.triage.leaf}.title`) })] } : {}),
    sensitive: false,
  });
}

/** What staff see on a ticket: the problem, what the bot answered, and what the org's records show. */
export async function ticketDetail(deps: DialogDeps, info: TurnInfo, ticket: Ticket): Promise<AnswerFact[]> {
  const program = deps.service.catalog.defaultProgram;
  const org = ticket.orgId ? await deps.service.summary(ticket.orgId) : undefined;
  const notes = ticket.orgId ? await deps.service.notes(ticket.orgId, 'any') : [];
  return [
    { label: info.t('records:ticket.problem'), value: ticket.problem || info.t('records:ticket.no-problem') },
    ...(ticket.answers ?? []).map((a) => ({ label: info.t('records:ticket.answer'), value: a })),
    ...(org ? [contractFact(info, org)] : []),
    ...noteLines(info, program, notes, org?.org.name ?? '').map((line) => ({ label: info.t('records:ticket.evidence'), value: line })),
  ];
}

/** "What happened to my ticket?": the partner's latest ticket, who has it, and the reply once resolved. */
export async function ticketStatus(dc: DialogContext, deps: DialogDeps, withoutTicket?: () => Promise<void>): Promise<void> {
  const info = turnInfo(dc.context);
  const program = deps.service.catalog.defaultProgram;
  const r = await deps.staff.ticketStatus({ user: info.user, via: info.identity });
  if (r.kind === 'none') return withoutTicket ? withoutTicket() : deps.send(dc, recordsAnswer(info, program, 'ticket-status.none', { kind: 'handoff' }));
  const t = r.ticket;
  const staff = r.staffName ?? info.t('records:ticket-status.someone');
  const date = (t.resolution?.at ?? t.createdAt).slice(0, 10);
  const answer = recordsAnswer(info, program, `ticket-status.${t.status}`, { kind: 'handoff', values: { id: t.id, staff, date } });
  const problem = t.problem ? [{ label: info.t('records:ticket-status.problem'), value: t.problem }] : [];
  await deps.send(dc, { ...answer, ...(t.resolution ? { text: `${answer.text ?? ''}\n${t.resolution.reply}` } : {}), facts: problem });
}
