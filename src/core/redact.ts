/**
 * Access IDs and Contract IDs act like passwords. Anything kept from what people typed (tickets,
 * unanswered questions, logs) passes through here first.
 */
const GUID = /\b[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}\b/gi;
/** Contract IDs are long digit runs; dates and short numbers ("20 incidents") are kept. */
const LONG_NUMBER = /\b\d{8,}\b/g;

export const REDACTED = '[redacted]';

/** Replaces GUID-shaped and long numeric tokens, and every given secret, with "[redacted]". */
export function redactSecrets(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const s of secrets) if (s.length >= 4) out = out.split(s).join(REDACTED);
  return out.replace(GUID, REDACTED).replace(LONG_NUMBER, REDACTED);
}

/** "••••3398": enough for staff to tell which contract it is, not enough to use it. */
export function maskSecret(secret: string): string {
  return `••••${secret.slice(-4)}`;
}
