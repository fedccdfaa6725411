import { isConflictError } from '@sehatkit/sdk';
import type { BookingService } from '@sehatkit/sdk/booking/server';
import type { TeleconsultService } from '@sehatkit/sdk/teleconsult/server';
import { Hono } from 'hono';
import { z } from 'zod';
import { bi } from '../messages';
import { DemoError } from '../problem';
import { readBody } from '../read-body';
import type { DemoState } from '../state';
import type { RoomMonitor } from './room-monitor';

const displayName = z
  .string(bi('Isi nama Anda.', 'Enter your name.'))
  .trim()
  .min(2, bi('Isi nama Anda (minimal 2 huruf).', 'Enter your name (at least 2 letters).'))
  .max(80, bi('Maksimal 80 karakter.', 'At most 80 characters.'));

const practitionerBody = z.strictObject({ practitionerId: z.string().min(1).max(64) });
const patientLinkBody = practitionerBody.extend({ displayName });
const walkInBody = z.strictObject({ displayName });

const UNAVAILABLE = new DemoError(503, 'NOT_CONFIGURED', {
  id: 'Video konsultasi belum berjalan di sandbox ini.',
  en: 'Video consultation is not running in this sandbox.',
});

/**
 * The clinic backend's side of video consultation, which the demo plays: one walk-in waiting room per
 * practitioner, host tokens for the doctor's window, patient tokens for the patient's link and for walk-ins
 * from the consultation-hours list. A real clinic mints these the same way, behind its own login.
 */
export function teleconsultRoutes(
  state: DemoState,
  monitor: RoomMonitor | undefined,
): { staff: Hono; open: Hono } {
  const app = new Hono();
  const open = new Hono();
  const rooms = new Map<string, string>();

  const services = () => {
    const { teleconsult, booking } = state.parts;
    if (!teleconsult || !booking) throw UNAVAILABLE;
    return { teleconsult, booking };
  };

  async function practitioner(booking: BookingService, id: string) {
    const found = (await booking.catalog()).practitioners.find((p) => p.id === id && p.video);
    if (!found) {
      throw new DemoError(404, 'NOT_FOUND', {
        id: 'Tidak ada dokter video dengan kode ini.',
        en: 'No video practitioner with this id.',
      });
    }
    return { ...found, display: found.title ? `${found.name}, ${found.title}` : found.name };
  }

  /** Mints in the practitioner's walk-in room, opening a new room when the last one was ended. */
  async function mint(
    teleconsult: TeleconsultService,
    p: { id: string; display: string },
    token: { role: 'host' | 'patient'; displayName: string; subject?: string },
  ) {
    for (let attempt = 0; attempt < 2; attempt++) {
      let roomId = rooms.get(p.id);
      if (!roomId) {
        const title = `Ruang tunggu ${p.display}`;
        roomId = (await teleconsult.createRoom({ kind: 'adhoc', title, waitingChat: true })).id;
        rooms.set(p.id, roomId);
        monitor?.track(roomId, title);
      }
      try {
        return await teleconsult.mintJoinToken({ roomId, ...token });
      } catch (error) {
        if (!isConflictError(error) || attempt > 0) throw error;
        rooms.delete(p.id);
      }
    }
    throw UNAVAILABLE;
  }

  app.get('/teleconsult/practitioners', async (c) => {
    const { booking } = services();
    const [catalog, now] = await Promise.all([booking.catalog(), booking.availableNow()]);
    return c.json({
      practitioners: catalog.practitioners
        .filter((p) => p.video)
        .map((p) => ({ ...p, availableNow: now.some((a) => a.id === p.id) })),
    });
  });

  app.post('/teleconsult/host', async (c) => {
    const { teleconsult, booking } = services();
    const { practitionerId } = await readBody(c, practitionerBody);
    const p = await practitioner(booking, practitionerId);
    const minted = await mint(teleconsult, p, {
      role: 'host',
      displayName: p.display,
      subject: `host-${p.id}`,
    });
    return c.json({ token: minted.token, roomId: minted.roomId, validUntil: minted.validUntil });
  });

  app.post('/teleconsult/patient-link', async (c) => {
    const { teleconsult, booking } = services();
    const body = await readBody(c, patientLinkBody);
    const p = await practitioner(booking, body.practitionerId);
    const minted = await mint(teleconsult, p, { role: 'patient', displayName: body.displayName });
    // The token rides in the fragment: browsers never send it to a server or a proxy log.
    return c.json({
      url: `/konsultasi#join=${encodeURIComponent(minted.token)}`,
      validUntil: minted.validUntil,
    });
  });

  app.get('/teleconsult/rooms', (c) =>
    c.json({ rooms: monitor?.rooms() ?? [], available: state.parts.teleconsult !== undefined }),
  );

  /** Public: a patient from the consultation-hours list waits for a practitioner available now. */
  open.post('/walk-in/:practitionerId', async (c) => {
    const { teleconsult, booking } = services();
    const { displayName: name } = await readBody(c, walkInBody);
    const p = await practitioner(booking, c.req.param('practitionerId'));
    if (!(await booking.availableNow()).some((a) => a.id === p.id)) {
      throw new DemoError(409, 'CONFLICT', {
        id: `${p.display} sedang tidak menerima konsultasi video.`,
        en: `${p.display} is not taking video consultations right now.`,
      });
    }
    const minted = await mint(teleconsult, p, { role: 'patient', displayName: name });
    return c.json({ token: minted.token, practitioner: p.display });
  });

  return { staff: app, open };
}
