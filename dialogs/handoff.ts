import { TurnContext } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import { fromKey } from './compose.js';
import type { DialogDeps } from './deps.js';
import { turnInfo } from './turn.js';

/**
 * "Talk to a person": files a ticket with the recent conversation (redacted in the core) and the
 * last triage result, tells the partner its number, and announces a new ticket in the staff
 * channel when staff set one. A redelivered message finds the same ticket.
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
    ...(info.memory.triage ? { triage: info.memory.triage } : {}),
    conversation: TurnContext.getConversationReference(activity) as unknown as Record<string, unknown>,
    sourceKey: `${activity.channelId}/${activity.conversation?.id ?? ''}/${activity.id ?? ''}`,
  });
  await deps.send(dc, fromKey(info, program, 'ticket.created', { kind: 'handoff', values: { id: ticket.id } }));
  const staffChannel = created ? await deps.staff.announceChannel() : undefined;
  if (!staffChannel) return;
  const t = deps.translate('en');
  const who = ticket.requester.name ?? ticket.userId ?? ticket.requester.user;
  await deps.deliver(staffChannel, {
    kind: 'handoff',
    locale: 'en',
    title: t('answers:ticket.announce', { id: ticket.id, who, org: ticket.orgId ?? '—' }),
    facts: ticket.summary.map((line, i) => ({ label: `${i + 1}`, value: line })),
    ...(ticket.triage ? { notes: [t('answers:ticket.triage', { leaf: t(`answers:triage.leaf.${ticket.triage.leaf}.title`) })] } : {}),
    sensitive: false,
  });
}
