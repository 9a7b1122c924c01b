/**
 * botbuilder's token check (botframework-connector JwtTokenExtractor.validateToken) writes to
 * stderr with console.error when a token fails: the whole public signing key in PEM for any bad
 * signature or audience, and the error's stack for an expired token. That bypasses pino (no
 * JSON, no level, no scrubbing) and repeats what the adapter already logs once per refusal.
 * Exactly those two writes are dropped; every other console.error passes through unchanged.
 */
let installed = false;

function isBotbuilderAuthNoise(args: unknown[]): boolean {
  const [first] = args;
  if (typeof first === 'string') return first.startsWith('Error finding key for token');
  return first instanceof Error && first.name === 'TokenExpiredError' && args.length === 1;
}

/** Installs the filter once per process (console is global; several adapters may be built in tests). */
export function quietBotbuilderAuthErrors(): void {
  if (installed) return;
  installed = true;
  const original = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    if (!isBotbuilderAuthNoise(args)) original(...args);
  };
}

/**
 * Why a token was refused, for the log: the error's own words up to the first colon, because
 * botbuilder and jsonwebtoken append what the caller sent ("Invalid AppId passed on token:
 * <aud>", "jwt audience invalid. expected: <our app id>"), which is the caller's to know, not
 * ours to echo into logs.
 */
export function safeAuthReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const reason = message.split(':')[0]?.trim() ?? '';
  return reason.slice(0, 120) || 'authentication failed';
}
