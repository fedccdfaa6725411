import { jwtVerify, SignJWT } from 'jose';
import { utf8 } from '../bytes';

/**
 * x-token for the hosted Antrean WS. The catalogue leaves the format to the FKTP and suggests a JWT
 * (spec §5(b)); this is an HS256 JWT whose subject is the username, checked against x-username.
 */
export class AntreanTokens {
  readonly #key: Uint8Array<ArrayBuffer>;
  readonly #ttlSeconds: number;
  readonly #now: () => number;

  constructor(secret: string | undefined, ttlSeconds: number, now: () => number) {
    this.#key = secret ? utf8(secret) : crypto.getRandomValues(new Uint8Array(32));
    this.#ttlSeconds = ttlSeconds;
    this.#now = now;
  }

  async issue(username: string): Promise<string> {
    const issuedAt = Math.floor(this.#now() / 1000);
    return new SignJWT({})
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(username)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + this.#ttlSeconds)
      .sign(this.#key);
  }

  /** True when the token is ours, unexpired, and was issued to this username. */
  async verify(token: string, username: string): Promise<boolean> {
    try {
      const { payload } = await jwtVerify(token, this.#key, {
        algorithms: ['HS256'],
        currentDate: new Date(this.#now()),
        subject: username,
      });
      return payload.sub === username;
    } catch {
      return false;
    }
  }
}

/** Compares a password without an early exit: both sides are hashed first so lengths leak nothing either. */
export async function passwordMatches(given: string, expected: string): Promise<boolean> {
  const [a, b] = await Promise.all([
    crypto.subtle.digest('SHA-256', utf8(given)),
    crypto.subtle.digest('SHA-256', utf8(expected)),
  ]);
  const x = new Uint8Array(a);
  const y = new Uint8Array(b);
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= (x[i] as number) ^ (y[i] as number);
  return diff === 0;
}
