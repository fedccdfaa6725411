import { randomUUID } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import { ForbiddenError } from '../../errors/remote-errors';
import type { Clock } from '../../logging/clock';
import type { ParticipantRole } from '../types';
import { deriveKey } from './keys';

const ISSUER = 'sehatkit';
const AUDIENCE = 'sehatkit:teleconsult';
// Browsers and servers disagree by a few seconds; more than this and "not yet valid" would lie.
const CLOCK_TOLERANCE_SECONDS = 30;

/** What a join token says about its holder. Times are milliseconds since the epoch. */
export interface JoinClaims {
  roomId: string;
  role: ParticipantRole;
  /** Stable identity of the holder within the room: the same subject gets the same seat back. */
  subject: string;
  displayName: string;
  /** The holder's appointment, which decides on time or late. */
  appointmentStart?: number;
  validFrom: number;
  validUntil: number;
  tokenId: string;
}

export type JoinClaimsInput = Omit<JoinClaims, 'tokenId'>;

/** Why a token was refused; the element localises these. */
export type TokenRefusal = 'token_missing' | 'token_invalid' | 'token_expired' | 'token_not_yet_valid';

export const tokenRefused = (reason: TokenRefusal, message: string) =>
  new ForbiddenError(message, { reason });

/** Signs and checks join tokens: HS256 JWTs bound to one room, one role and a validity window. */
export class JoinTokens {
  readonly #key: Uint8Array;
  readonly #clock: Clock;

  constructor(signingSecret: string, clock: Clock) {
    this.#key = deriveKey(signingSecret, 'join-token');
    this.#clock = clock;
  }

  async mint(claims: JoinClaimsInput): Promise<string> {
    return new SignJWT({
      rid: claims.roomId,
      role: claims.role,
      name: claims.displayName,
      ...(claims.appointmentStart !== undefined ? { appt: Math.floor(claims.appointmentStart / 1000) } : {}),
    })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setSubject(claims.subject)
      .setJti(randomUUID())
      .setIssuedAt(Math.floor(this.#clock.now() / 1000))
      .setNotBefore(Math.floor(claims.validFrom / 1000))
      .setExpirationTime(Math.floor(claims.validUntil / 1000))
      .sign(this.#key);
  }

  /** The claims of a genuine token inside its window; otherwise a ForbiddenError saying why. */
  async verify(token: string | undefined): Promise<JoinClaims> {
    if (!token) throw tokenRefused('token_missing', 'A join token is required.');
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, this.#key, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
        requiredClaims: ['sub', 'nbf', 'exp', 'jti'],
        currentDate: new Date(this.#clock.now()),
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
      }));
    } catch (error) {
      if (error instanceof errors.JWTExpired) {
        throw tokenRefused('token_expired', 'This consultation link has expired.');
      }
      if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'nbf') {
        throw tokenRefused('token_not_yet_valid', 'This consultation link is not valid yet.');
      }
      throw tokenRefused('token_invalid', 'This consultation link is not valid.');
    }
    const { rid, role, name, appt, sub, nbf, exp, jti } = payload;
    if (
      typeof rid !== 'string' ||
      (role !== 'host' && role !== 'patient' && role !== 'guest') ||
      typeof name !== 'string' ||
      (appt !== undefined && typeof appt !== 'number')
    ) {
      throw tokenRefused('token_invalid', 'This consultation link is not valid.');
    }
    return {
      roomId: rid,
      role,
      subject: sub as string,
      displayName: name,
      ...(typeof appt === 'number' ? { appointmentStart: appt * 1000 } : {}),
      validFrom: (nbf as number) * 1000,
      validUntil: (exp as number) * 1000,
      tokenId: jti as string,
    };
  }
}
