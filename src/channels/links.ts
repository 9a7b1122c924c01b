/**
 * A web address in running text; what follows it (a full stop, a closing bracket, a Korean
 * particle: "파트너 센터(https://partner.microsoft.com/dashboard)에") is not part of it. Addresses
 * are ASCII (anything else is percent-encoded), so the first character past ASCII ends one.
 */
// Escaped angle brackets (`&lt;` `&gt;`, in Slack mrkdwn) end an address too.
const URL_IN_TEXT = /https?:\/\/(?:(?!&[lg]t;)[!#-&(-;=?-_a-{}~])+/g;
const TRAILING = new Set([...'.,;:!?)]}\'"…']);

/** Drops trailing punctuation, keeping a closing parenthesis that closes one inside the address. */
function trimEnd(url: string): string {
  let end = url.length;
  while (end > 0 && TRAILING.has(url[end - 1] ?? '')) {
    const body = url.slice(0, end);
    if (url[end - 1] === ')' && body.split('(').length > body.split(')').length - 1) break;
    end -= 1;
  }
  return url.slice(0, end);
}

export type TextPart = { text: string } | { url: string };

/**
 * Splits text into plain parts and web addresses, so each renderer can make the addresses
 * links in its own markup (a bare address breaks mid-line and is not clickable everywhere).
 * Trailing punctuation stays text: "see https://example.com." links https://example.com.
 */
export function splitLinks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const match of text.matchAll(URL_IN_TEXT)) {
    const url = trimEnd(match[0]);
    const start = match.index;
    if (url.length <= 'https://'.length) continue;
    if (start > at) parts.push({ text: text.slice(at, start) });
    parts.push({ url });
    at = start + url.length;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}
