import { html } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { inShadow, mount, nextEvent, sandboxApi, settled, unmountAll } from '../../../test/support/browser';
import type { SehatBooking } from './booking';
import './define';

// The sandbox's demo clinic (packages/sandbox/src/booking/demo-booking.ts): dr. Ayu offers the free general
// check-up on weekday mornings in WIB; dr. Budi the paid paediatric consultation.
async function bookingElement(
  attrs: { service?: string; practitioner?: string; zone?: string; lang?: string } = {},
) {
  return mount<SehatBooking>(html`
    <sehat-booking
      endpoint=${sandboxApi()}
      credentials="include"
      lang=${attrs.lang ?? 'id'}
      service=${attrs.service ?? 'umum'}
      practitioner=${attrs.practitioner ?? 'dr-ayu'}
      time-zone=${attrs.zone ?? 'Asia/Jakarta'}
      lock-time-zone
    ></sehat-booking>
  `);
}

const slotButtons = (el: Element) => [
  ...(el.shadowRoot?.querySelectorAll<HTMLButtonElement>('[part=slot]') ?? []),
];

async function firstSlot(el: SehatBooking): Promise<HTMLButtonElement> {
  await vi.waitFor(() => expect(slotButtons(el).length).toBeGreaterThan(0), { timeout: 10_000 });
  return slotButtons(el)[0] as HTMLButtonElement;
}

async function fillDetails(el: SehatBooking, email: string) {
  await settled(el);
  await userEvent.fill(inShadow<HTMLInputElement>(el, '#name'), 'Siti Rahayu');
  await userEvent.fill(inShadow<HTMLInputElement>(el, '#birthDate'), '1990-04-12');
  await userEvent.fill(inShadow<HTMLInputElement>(el, '#phone'), '0812-3456-7890');
  await userEvent.fill(inShadow<HTMLInputElement>(el, '#email'), email);
  await userEvent.click(inShadow<HTMLInputElement>(el, '#consent'));
}

const text = (el: Element, selector: string) =>
  inShadow(el, selector).textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<sehat-booking>', () => {
  afterEach(() => {
    unmountAll();
    vi.restoreAllMocks();
  });

  it('books end to end against the server handler and its store, with "add to calendar"', async () => {
    const el = await bookingElement();
    const slot = await firstSlot(el);
    const picked = nextEvent(el, 'sehat-slot-select');
    await userEvent.click(slot);
    const { detail: chosen } = await picked;
    expect(chosen.serviceId).toBe('umum');
    expect(chosen.slot.practitionerId).toBe('dr-ayu');
    await settled(el);
    // Focus moves to the first field, and the summary repeats the chosen time.
    expect(el.shadowRoot?.activeElement?.id).toBe('name');
    expect(text(el, '[part=summary]')).toContain('dr. Ayu Lestari');
    expect(text(el, '[part=summary]')).toContain('WIB');

    await fillDetails(el, 'siti.browser@example.test');
    const confirmed = nextEvent(el, 'sehat-booking-confirmed');
    await userEvent.click(inShadow(el, '[part=submit]'));
    const { detail } = await confirmed;
    expect(detail.appointment).toMatchObject({
      status: 'confirmed',
      start: chosen.slot.start,
      practitionerId: 'dr-ayu',
    });
    expect(detail.ics).toContain(`UID:${detail.appointment.id}@`);
    await settled(el);
    expect(text(el, '#done')).toBe('Janji temu dikonfirmasi');
    const link = inShadow<HTMLAnchorElement>(el, '[part=calendar-link]');
    expect(link.getAttribute('download')).toBe('janji-temu.ics');
    const ics = await (await fetch(link.href)).text();
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).toContain(`UID:${detail.appointment.id}@`);

    // The slot is gone for the next patient.
    const again = await bookingElement();
    await firstSlot(again);
    const response = await fetch(
      `${sandboxApi()}/booking/slots?serviceId=umum&practitionerId=dr-ayu&from=${chosen.slot.start}&to=${chosen.slot.end}`,
    );
    expect(((await response.json()) as { slots: unknown[] }).slots).toEqual([]);
  });

  it('checks the details in the browser before sending anything', async () => {
    const el = await bookingElement();
    await userEvent.click(await firstSlot(el));
    await settled(el);
    const watch = vi.spyOn(window, 'fetch');
    await userEvent.fill(inShadow<HTMLInputElement>(el, '#nik'), '3174 0512 0490');
    await userEvent.click(inShadow(el, '[part=submit]'));
    await settled(el);
    expect(watch).not.toHaveBeenCalled();
    expect(inShadow(el, '#name').getAttribute('aria-invalid')).toBe('true');
    expect(text(el, '#name-error')).toBe('Wajib diisi.');
    expect(text(el, '#nik-error')).toBe('Harus 16 digit angka (sekarang 12).');
    expect(text(el, '#consent-error')).toBe('Persetujuan diperlukan untuk membuat janji temu.');
    expect(inShadow(el, '#name').getAttribute('aria-describedby')).toBe('name-error');
    expect(el.shadowRoot?.activeElement?.id).toBe('name');
  });

  it('lets the host veto the submit event', async () => {
    const el = await bookingElement();
    await userEvent.click(await firstSlot(el));
    await fillDetails(el, 'veto@example.test');
    el.addEventListener('sehat-booking-submit', (e) => e.preventDefault(), { once: true });
    const watch = vi.spyOn(window, 'fetch');
    await userEvent.click(inShadow(el, '[part=submit]'));
    await settled(el);
    expect(watch).not.toHaveBeenCalled();
    expect(text(el, '[part=notice]')).toBe('Pengiriman dibatalkan oleh halaman ini.');
  });

  it('keeps two widgets on one page apart, and tells the slower one its time was just taken', async () => {
    const a = await bookingElement();
    const b = await bookingElement({ lang: 'en' });
    const slotA = await firstSlot(a);
    await firstSlot(b);
    expect(b.controller.state.slots[0]?.start).toBe(a.controller.state.slots[0]?.start);
    await userEvent.click(slotA);
    await settled(a);
    await settled(b);
    // Choosing in one widget changes nothing in the other.
    expect(a.shadowRoot?.querySelector('form')).not.toBeNull();
    expect(b.shadowRoot?.querySelector('form')).toBeNull();
    expect(slotButtons(b).length).toBeGreaterThan(0);
    const chosenStart = a.controller.state.slot?.start;
    await userEvent.click(slotButtons(b)[0] as HTMLButtonElement);
    expect(b.controller.state.slot?.start).toBe(chosenStart);

    await fillDetails(a, 'first@example.test');
    await fillDetails(b, 'second@example.test');
    const confirmed = nextEvent(a, 'sehat-booking-confirmed');
    await userEvent.click(inShadow(a, '[part=submit]'));
    await confirmed;
    const failed = nextEvent(b, 'sehat-booking-failed');
    await userEvent.click(inShadow(b, '[part=submit]'));
    const { detail } = await failed;
    expect(detail).toMatchObject({ code: 'CONFLICT', reason: 'slot_taken' });
    await settled(b);
    expect(text(b, '[part=notice]')).toBe(
      'Sorry, someone else just booked that time. Please choose another one.',
    );
    expect(b.shadowRoot?.activeElement?.getAttribute('part')).toBe('notice');
    // B refreshed its slots: the taken time is no longer offered; A still shows its confirmation.
    await vi.waitFor(() => expect(b.controller.state.loading).toBe(false));
    expect(b.controller.state.slots.some((s) => s.start === chosenStart)).toBe(false);
    expect(text(a, '#done')).toBe('Janji temu dikonfirmasi');
  });

  it('shows the same slots in the reader’s zone: one hour later in WITA than in WIB', async () => {
    const wib = await bookingElement({ zone: 'Asia/Jakarta' });
    const wita = await bookingElement({ zone: 'Asia/Makassar' });
    await firstSlot(wib);
    await firstSlot(wita);
    expect(text(wib, '#zone-note')).toBe('Jam ditampilkan dalam WIB.');
    expect(text(wita, '#zone-note')).toBe('Jam ditampilkan dalam WITA.');
    expect(wib.controller.state.slots[0]?.start).toBe(wita.controller.state.slots[0]?.start);
    const first = (el: Element) => Number(slotButtons(el)[0]?.textContent?.trim().slice(0, 2));
    // Unless the first WIB morning slot falls on the other side of midnight in WITA (it cannot: 08:00+).
    expect(first(wita)).toBe(first(wib) + 1);
    expect(wib.shadowRoot?.querySelector('#zone')).toBeNull();
  });

  it('holds a paid consultation and hands the patient to the payment page', async () => {
    const el = await bookingElement({ service: 'konsul-anak', practitioner: 'dr-budi' });
    await userEvent.click(await firstSlot(el));
    await fillDetails(el, 'paid@example.test');
    const required = nextEvent(el, 'sehat-payment-required');
    await userEvent.click(inShadow(el, '[part=submit]'));
    const { detail } = await required;
    expect(detail.appointment.status).toBe('held');
    expect(detail.appointment.priceIdr).toBe(150_000);
    await settled(el);
    const pay = inShadow<HTMLAnchorElement>(el, '[part=pay]');
    expect(pay.href).toBe(detail.payment.url);
    // Not paid yet: the element says so and keeps the hold on screen.
    await userEvent.click(inShadow(el, '.actions .secondary'));
    await vi.waitFor(() => expect(text(el, '[part=notice]')).toBe('Pembayaran belum kami terima.'));
  });
});
