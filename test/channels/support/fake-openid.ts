import { createServer, type Server } from 'node:http';
import { generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto';
import type { AddressInfo } from 'node:net';

/** The issuer Bot Framework channels put in the tokens they send to bots. */
export const CHANNEL_ISSUER = 'https://api.botframework.com';

interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  jwk: { kty: string; n: string; e: string };
}

function rsaKey(): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = publicKey.export({ format: 'jwk' }) as { kty: string; n: string; e: string };
  return { kid: randomUUID(), privateKey, jwk };
}

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

export interface TokenOptions {
  /** Sign with a key that is NOT in the JWKS (but claim the published key's kid). */
  untrustedKey?: boolean;
  /** Header algorithm; "none" makes an unsigned token. */
  alg?: 'RS256' | 'none';
}

/**
 * Bot Framework's OpenID metadata and signing keys on loopback (BOT_OPENID_METADATA points here),
 * so tests can mint tokens the bot would accept and forge ones it must refuse.
 */
export class FakeOpenId {
  private readonly trusted = rsaKey();
  private readonly untrusted = rsaKey();
  private readonly server: Server = createServer((req, res) => {
    const body = req.url === '/openid' ? this.metadata() : req.url === '/keys' ? this.jwks() : undefined;
    res.statusCode = body ? 200 : 404;
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(body ?? {}));
  });
  private port = 0;

  static async start(): Promise<FakeOpenId> {
    const provider = new FakeOpenId();
    await new Promise<void>((resolve) => provider.server.listen(0, '127.0.0.1', resolve));
    provider.port = (provider.server.address() as AddressInfo).port;
    return provider;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get metadataUrl(): string {
    return `${this.url}/openid`;
  }

  private metadata() {
    return { issuer: CHANNEL_ISSUER, jwks_uri: `${this.url}/keys`, id_token_signing_alg_values_supported: ['RS256'] };
  }

  private jwks() {
    const { kid, jwk } = this.trusted;
    return { keys: [{ kty: jwk.kty, use: 'sig', kid, n: jwk.n, e: jwk.e, endorsements: ['msteams'] }] };
  }

  /** A JWT with the given claims (iat/nbf/exp filled in unless given). */
  token(claims: Record<string, unknown>, options: TokenOptions = {}): string {
    const now = Math.floor(Date.now() / 1000);
    const alg = options.alg ?? 'RS256';
    const header = b64url({ alg, typ: 'JWT', kid: this.trusted.kid });
    const payload = b64url({ iat: now - 60, nbf: now - 60, exp: now + 3600, ...claims });
    if (alg === 'none') return `${header}.${payload}.`;
    const key = options.untrustedKey ? this.untrusted.privateKey : this.trusted.privateKey;
    const signature = sign('RSA-SHA256', Buffer.from(`${header}.${payload}`), key).toString('base64url');
    return `${header}.${payload}.${signature}`;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
