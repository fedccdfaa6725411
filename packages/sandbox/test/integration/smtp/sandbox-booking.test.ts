import {
  addDays,
  type BookingCatalog,
  type BookingResult,
  localDate,
  type SlotsResponse,
} from '@sehatkit/sdk/booking';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Sandbox, startSandbox } from '../../../src/start-sandbox';

let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(async () => {
  await sandbox?.close();
});

const api = (path: string, init?: RequestInit) => fetch(`${sandbox.urls.api}${path}`, init);

describe('booking in the sandbox', () => {
  it('seeds the demo clinic and lists who takes walk-in video consultations', async () => {
    const catalog = (await (await api('/booking/catalog')).json()) as BookingCatalog;
    expect(catalog.services.map((s) => s.id)).toEqual(['konsul-anak', 'senam-hamil', 'umum', 'video']);
    expect(catalog.practitioners.map((p) => p.id)).toEqual(['bidan-rina', 'dr-ayu', 'dr-budi', 'dr-made']);
    const now = (await (await api('/booking/available-now')).json()) as { practitioners: { id: string }[] };
    expect(now.practitioners.map((p) => p.id)).toEqual(['dr-made']);
  });

  it('books a general check-up and the confirmation lands in the mailbox with its invite', async () => {
    const today = localDate(Date.now(), 'Asia/Jakarta');
    const from = new Date(Date.now()).toISOString();
    const to = new Date(Date.parse(`${addDays(today, 14)}T00:00:00+07:00`)).toISOString();
    const slots = (await (
      await api(`/booking/slots?serviceId=umum&practitionerId=dr-ayu&from=${from}&to=${to}`)
    ).json()) as SlotsResponse;
    const slot = slots.slots[0];
    expect(slot).toBeDefined();
    const res = await api('/booking/appointments', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        serviceId: 'umum',
        practitionerId: 'dr-ayu',
        start: slot?.start,
        patient: {
          name: 'Pasien Demo',
          birthDate: '1985-07-01',
          phone: '081200000000',
          email: 'demo@pasien.test',
          payer: 'general',
        },
        consent: true,
        locale: 'id',
      }),
    });
    expect(res.status).toBe(201);
    const result = (await res.json()) as BookingResult;
    const email = await sandbox.mailbox.waitFor((m) => m.to.includes('demo@pasien.test'));
    expect(email.calendar?.content).toContain(`UID:${result.appointment.id}@klinik-demo.sehatkit.test`);
    const listing = (await (await fetch(`${sandbox.urls.mail}/messages`)).json()) as {
      messages: { id: string }[];
    };
    expect(listing.messages.map((m) => m.id)).toContain(email.id);
    const ics = await fetch(`${sandbox.urls.mail}/messages/${email.id}/calendar.ics`);
    expect(await ics.text()).toContain('METHOD:REQUEST');
  });
});
