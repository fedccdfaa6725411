import { errors, jwtVerify, SignJWT } from 'jose';
import { ConfigurationError } from '../../errors/configuration-error';
import { ForbiddenError } from '../../errors/remote-errors';

/**
 * Signed links in booking emails. Both are compact JWS (RFC 7515) JWTs (RFC 7519) with HMAC-SHA-256,
 * minted and checked only on the server with the clinic's signing secret.
 *
 * Video access link (`aud` = `sehatkit:video-consultation`), the token a teleconsultation room accepts:
 * - `sub`  appointment id (also the room id of a booked video consultation)
 * - `prc`  practitioner id
 * - `role` `patient`
 * - `seq`  the appointment's sequence when the link was made; a reschedule or cancellation makes it stale
 * - `nbf`  one hour before the appointment starts, `exp` one hour after it ends (seconds since epoch)
 * - `iss`  the issuer configured for the clinic (default `sehatkit-booking`), `iat`, `jti`
 *
 * Manage link (`aud` = `sehatkit:manage-appointment`): `sub`, `seq`, `exp` = the appointment's start; used to
 * cancel or reschedule from the email.
 */
export const VIDEO_AUDIENCE = 'sehatkit:video-consultation';
export const MANAGE_AUDIENCE = 'sehatkit:manage-appointment';
export const DEFAULT_ISSUER = 'sehatkit-booking';
/** The access window opens this long before the start and closes this long after the end. */
export const ACCESS_MARGIN_MS = 3_600_000;

const MIN_SECRET_LENGTH = 32;

export interface LinkSigningOptions {
  /** At least 32 characters, kept on the server. */
  secret: string;
  /** Default `sehatkit-booking`. */
  issuer?: string;
}

export interface AccessClaims {
  appointmentId: string;
  practitionerId: string;
  role: 'patient';
  sequence: number;
  /** Epoch ms. */
  opensAt: number;
  closesAt: number;
}

export interface ManageClaims {
  appointmentId: string;
  sequence: number;
  expiresAt: number;
}

function key(secret: string): Uint8Array {
  if (typeof secret !== 'string' || secret.length < MIN_SECRET_LENGTH) {
    throw new ConfigurationError('booking links', [
      {
        path: 'signingSecret',
        message: `must be at least ${MIN_SECRET_LENGTH} characters`,
        code: 'too_small',
      },
    ]);
  }
  return new TextEncoder().encode(secret);
}

const seconds = (ms: number) => Math.floor(ms / 1000);

/** The window in which a video appointment's link lets the patient in: [start - 1 h, end + 1 h). */
export function accessWindow(start: number, end: number): { opensAt: number; closesAt: number } {
  return { opensAt: start - ACCESS_MARGIN_MS, closesAt: end + ACCESS_MARGIN_MS };
}

export async function signAccessToken(
  appointment: { id: string; practitionerId: string; sequence: number; start: number; end: number },
  options: LinkSigningOptions & { now: number },
): Promise<string> {
  const { opensAt, closesAt } = accessWindow(appointment.start, appointment.end);
  return new SignJWT({ prc: appointment.practitionerId, role: 'patient', seq: appointment.sequence })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(options.issuer ?? DEFAULT_ISSUER)
    .setAudience(VIDEO_AUDIENCE)
    .setSubject(appointment.id)
    .setIssuedAt(seconds(options.now))
    .setNotBefore(seconds(opensAt))
    .setExpirationTime(seconds(closesAt))
    .setJti(crypto.randomUUID())
    .sign(key(options.secret));
}

export async function signManageToken(
  appointment: { id: string; sequence: number; start: number },
  options: LinkSigningOptions & { now: number },
): Promise<string> {
  return new SignJWT({ seq: appointment.sequence })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(options.issuer ?? DEFAULT_ISSUER)
    .setAudience(MANAGE_AUDIENCE)
    .setSubject(appointment.id)
    .setIssuedAt(seconds(options.now))
    .setExpirationTime(seconds(appointment.start))
    .sign(key(options.secret));
}

const invalid = () => new ForbiddenError('This link is not valid.', { reason: 'invalid_token' });

function claimNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * Checks a video access token at `now`. Throws ForbiddenError with reason `too_early` (before the window,
 * with the opening time in the message), `too_late` (after it) or `invalid_token` (forged, wrong audience,
 * malformed). The teleconsultation side calls this before letting a patient into a booked room.
 */
export async function verifyAccessToken(
  token: string,
  options: LinkSigningOptions & { now: number },
): Promise<AccessClaims> {
  try {
    const { payload } = await jwtVerify(token, key(options.secret), {
      algorithms: ['HS256'],
      issuer: options.issuer ?? DEFAULT_ISSUER,
      audience: VIDEO_AUDIENCE,
      currentDate: new Date(options.now),
      clockTolerance: 0,
      requiredClaims: ['sub', 'nbf', 'exp'],
    });
    const sequence = claimNumber(payload.seq);
    if (typeof payload.prc !== 'string' || payload.role !== 'patient' || sequence === undefined)
      throw invalid();
    return {
      appointmentId: payload.sub as string,
      practitionerId: payload.prc,
      role: 'patient',
      sequence,
      opensAt: (payload.nbf as number) * 1000,
      closesAt: (payload.exp as number) * 1000,
    };
  } catch (error) {
    if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'nbf') {
      const opensAt = (claimNumber(error.payload.nbf) ?? 0) * 1000;
      throw new ForbiddenError(
        `Too early: the consultation room opens at ${new Date(opensAt).toISOString()}.`,
        { reason: 'too_early' },
      );
    }
    if (error instanceof errors.JWTExpired) {
      throw new ForbiddenError('Too late: this consultation link has closed.', { reason: 'too_late' });
    }
    if (error instanceof ForbiddenError || error instanceof ConfigurationError) throw error;
    throw invalid();
  }
}

/** Checks a manage (cancel / reschedule) token. Throws ForbiddenError `invalid_token` or `too_late`. */
export async function verifyManageToken(
  token: string,
  options: LinkSigningOptions & { now: number },
): Promise<ManageClaims> {
  try {
    const { payload } = await jwtVerify(token, key(options.secret), {
      algorithms: ['HS256'],
      issuer: options.issuer ?? DEFAULT_ISSUER,
      audience: MANAGE_AUDIENCE,
      currentDate: new Date(options.now),
      clockTolerance: 0,
      requiredClaims: ['sub', 'exp'],
    });
    const sequence = claimNumber(payload.seq);
    if (sequence === undefined) throw invalid();
    return { appointmentId: payload.sub as string, sequence, expiresAt: (payload.exp as number) * 1000 };
  } catch (error) {
    if (error instanceof errors.JWTExpired) {
      throw new ForbiddenError('Too late: the appointment has already started.', { reason: 'too_late' });
    }
    if (error instanceof ForbiddenError || error instanceof ConfigurationError) throw error;
    throw invalid();
  }
}
