import type { Org } from '../core/types.js';

/** `findOrgs`: the id equals the query, or the name contains it (case-insensitive); a blank query finds nothing. */
export function orgMatcher(query: string): (org: Org) => boolean {
  const q = query.trim();
  const lower = q.toLowerCase();
  return (org) => q !== '' && (org.id === q || org.name.toLowerCase().includes(lower));
}

/** `findOrgsMentioned`: the text names the org's id, its whole name, or its first word (4+ letters). */
export function mentionMatcher(text: string): (org: Org) => boolean {
  const lower = text.toLowerCase();
  const words = new Set(lower.split(/[^\p{L}\p{N}-]+/u).filter(Boolean));
  return (org) => {
    const first = org.name.toLowerCase().split(/\s+/)[0] ?? '';
    return words.has(org.id.toLowerCase()) || lower.includes(org.name.toLowerCase()) || (first.length >= 4 && words.has(first));
  };
}
