import type { Ticket, User } from './types.js';

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
