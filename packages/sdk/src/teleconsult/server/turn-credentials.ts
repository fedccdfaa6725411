import { createHmac } from 'node:crypto';

export interface TurnCredentialInput {
  /** The secret coturn knows as `static-auth-secret`. */
  secret: string;
  /** Who the credential is for; ends up after the colon in the username (coturn logs it). */
  user: string;
  /** Lifetime in seconds. */
  ttlSeconds: number;
  /** Milliseconds since the epoch. */
  now: number;
}

export interface TurnCredential {
  username: string;
  credential: string;
  /** Milliseconds since the epoch. */
  expiresAt: number;
}

/**
 * Time-limited TURN credentials (draft-uberti-behave-turn-rest-00 §2.2, coturn's `use-auth-secret`): the
 * username is `<expiry unix seconds>:<user>` and the password base64(HMAC-SHA1(secret, username)). coturn
 * recomputes the password from the shared secret and refuses usernames whose timestamp has passed, so
 * nothing per user is stored and a leaked credential dies on its own.
 */
export function turnCredentials(input: TurnCredentialInput): TurnCredential {
  const expiry = Math.floor(input.now / 1000) + input.ttlSeconds;
  const username = `${expiry}:${input.user}`;
  const credential = createHmac('sha1', input.secret).update(username).digest('base64');
  return { username, credential, expiresAt: expiry * 1000 };
}
