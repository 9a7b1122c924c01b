import type { ChannelIdentity, Ticket, User } from './types.js';

/**
 * The requester's latest ticket: by user id when the bot knows them, else by the exact chat
 * identity that filed it (so nobody sees another person's ticket).
 */
export function latestTicketOf(tickets: readonly Ticket[], requester: { userId: string | null; identity: ChannelIdentity }): Ticket | undefined {
  const mine = (t: Ticket) =>
    requester.userId ? t.userId === requester.userId : t.userId === null && t.requester.channel === requester.identity.channel && t.requester.tenant === requester.identity.tenant && t.requester.user === requester.identity.user;
  return tickets.filter(mine).sort((a, b) => b.id - a.id)[0];
}

/**
 * What a ticket carries of the conversation: the partner's questions before the one asking for a
 * person (their problem), and the bot's last answers. Both already redacted by the caller.
 */
export function ticketContext(recent: readonly string[], answers: readonly string[]): { problem: string; answers: string[] } {
  return { problem: recent.slice(0, -1).join('\n'), answers: answers.slice(-3) };
}

/** Expected outcomes of a staff action on a ticket. */
export type TicketOutcome =
  | { kind: 'ok'; ticket: Ticket }
  | { kind: 'refused'; reason: 'resolved' | 'claimed-by-other' | 'empty-text' };

/**
 * The queue's rules, pure: a ticket is open, then claimed by one staff member, then resolved
 * with a reply. Staff may note on any ticket not resolved; another staff member may take over a
 * claim only by claiming explicitly (the note says so). Resolving needs a reply.
 */
export function claimTicket(ticket: Ticket, staff: User, at: Date): TicketOutcome {
  if (ticket.status === 'resolved') return { kind: 'refused', reason: 'resolved' };
  const takeover = ticket.claimedBy && ticket.claimedBy !== staff.id ? [{ by: staff.id, at: at.toISOString(), text: `took over from ${ticket.claimedBy}` }] : [];
  return { kind: 'ok', ticket: { ...ticket, status: 'claimed', claimedBy: staff.id, notes: [...ticket.notes, ...takeover] } };
}

export function noteTicket(ticket: Ticket, staff: User, options: { text: string; at: Date }): TicketOutcome {
  if (ticket.status === 'resolved') return { kind: 'refused', reason: 'resolved' };
  if (!options.text.trim()) return { kind: 'refused', reason: 'empty-text' };
  return { kind: 'ok', ticket: { ...ticket, notes: [...ticket.notes, { by: staff.id, at: options.at.toISOString(), text: options.text.trim() }] } };
}

export function resolveTicket(ticket: Ticket, staff: User, options: { reply: string; at: Date }): TicketOutcome {
  if (ticket.status === 'resolved') return { kind: 'refused', reason: 'resolved' };
  if (ticket.claimedBy && ticket.claimedBy !== staff.id) return { kind: 'refused', reason: 'claimed-by-other' };
  if (!options.reply.trim()) return { kind: 'refused', reason: 'empty-text' };
  return {
    kind: 'ok',
    ticket: { ...ticket, status: 'resolved', claimedBy: staff.id, resolution: { by: staff.id, at: options.at.toISOString(), reply: options.reply.trim() } },
  };
}
