import { z } from 'zod';
import { CHAT_MAX_LENGTH } from '../peer-messages';

const isoTime = z.iso.datetime({ offset: true });
const displayName = z.string().trim().min(1).max(80);
const title = z.string().trim().min(1).max(120);

// A subject ends up in tokens and logs; a NIK or BPJS card number must never be used as one.
const subject = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9._:@-]+$/, 'may contain letters, digits and . _ : @ - only')
  .refine((s) => !/^\d{13}$|^\d{16}$/.test(s), 'must be an opaque id, never a NIK or BPJS card number');

const roomCommon = {
  title: title.optional(),
  waitingChat: z.boolean().optional(),
  guestLimit: z.number().int().min(0).max(8).optional(),
};

export const createRoomSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('booking'),
      bookingId: z.string().min(1).max(128),
      scheduledStart: isoTime,
      scheduledEnd: isoTime,
      ...roomCommon,
    })
    .refine((r) => Date.parse(r.scheduledEnd) > Date.parse(r.scheduledStart), {
      message: 'must be after scheduledStart',
      path: ['scheduledEnd'],
    }),
  z.object({ kind: z.literal('adhoc'), ...roomCommon }),
]);

/** A room for one booking, or an ad-hoc quick consultation. Times are ISO 8601 with an offset. */
export type CreateRoomInput = z.input<typeof createRoomSchema>;

const tokenFields = z.object({
  role: z.enum(['host', 'patient', 'guest']),
  displayName,
  subject: subject.optional(),
  appointmentStart: isoTime.optional(),
  validFrom: isoTime.optional(),
  validUntil: isoTime.optional(),
});
const windowInOrder = {
  check: (t: { validFrom?: string | undefined; validUntil?: string | undefined }) =>
    !t.validFrom || !t.validUntil || Date.parse(t.validUntil) > Date.parse(t.validFrom),
  params: { message: 'must be after validFrom', path: ['validUntil'] },
};

/** The body of `POST /teleconsult/rooms/:roomId/tokens`: a token for the room in the path. */
export const mintTokenBodySchema = tokenFields.refine(windowInOrder.check, windowInOrder.params);

export const mintTokenSchema = tokenFields
  .extend({ roomId: z.string().regex(/^r[0-9a-f]{24}$/, 'must be a room id') })
  .refine(windowInOrder.check, windowInOrder.params);

/**
 * A join token to mint. `subject` identifies the holder: the same subject gets the same seat back (default:
 * `patient` for a booking room's patient, otherwise a fresh id). The window defaults to the booking's
 * access-link window, or `adhocTokenMinutes` from now.
 */
export type MintTokenInput = z.input<typeof mintTokenSchema>;

/** `displayName` is used only when the token is a booking link, which carries no name. */
export const joinSchema = z.object({ displayName: displayName.optional() });
export const participantIdSchema = z.object({
  participantId: z.string().regex(/^p[0-9a-f]{24}$/, 'must be a participant id'),
});
export const denySchema = participantIdSchema.extend({
  reason: z.string().trim().min(1).max(200).optional(),
});
export const announceSchema = z.object({ text: z.string().trim().min(1).max(500) });
export const chatSchema = z.object({
  text: z.string().trim().min(1).max(Math.min(CHAT_MAX_LENGTH, 1000)),
  to: participantIdSchema.shape.participantId.optional(),
});
export const leaveSchema = z.object({ reason: z.enum(['left', 'disconnected']).optional() });
export const inviteGuestSchema = z.object({ displayName });
