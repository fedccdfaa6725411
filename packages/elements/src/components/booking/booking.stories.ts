import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { eventually } from '../../../test/support/stories';
import type { SehatBooking } from './booking';
import './define';

/**
 * Stories run against the real sandbox through Storybook's proxy (.storybook/sandbox-plugin.ts):
 * `/api/sehat-visitor` is the server handler as a visitor of the clinic's website sees it, with the demo
 * clinic's practitioners (packages/sandbox/src/booking/demo-booking.ts). Each booking story books for real.
 */
const ENDPOINT = '/api/sehat-visitor';
const ZONE = 'Asia/Jakarta';
// Port 9 (discard) refuses connections: the "clinic server unreachable" state.
const UNREACHABLE = 'http://127.0.0.1:9/api';

interface Args {
  service: string;
  practitioner: string;
  timeZone: string;
  lockTimeZone: boolean;
  lang: string;
  patientName: string;
  patientEmail: string;
  endpoint: string;
}

const meta: Meta<Args> = {
  title: 'Elements/sehat-booking',
  component: 'sehat-booking',
  args: {
    service: '',
    practitioner: '',
    timeZone: ZONE,
    lockTimeZone: false,
    lang: 'id',
    patientName: '',
    patientEmail: '',
    endpoint: ENDPOINT,
  },
  render: (args) => html`<sehat-booking
    endpoint=${args.endpoint}
    service=${args.service}
    practitioner=${args.practitioner}
    time-zone=${args.timeZone}
    ?lock-time-zone=${args.lockTimeZone}
    lang=${args.lang}
    patient-name=${args.patientName}
    patient-email=${args.patientEmail}
  ></sehat-booking>`,
};
export default meta;

type Story = StoryObj<Args>;

// The first request of a run also waits for the proxy's sandbox and Vite's first transforms: more patience
// than `eventually` for the initial load, within the project's 20 s test timeout.
const firstLoad = (check: () => unknown) => waitFor(check, { timeout: 18_000 });

const host = (canvasElement: HTMLElement) => canvasElement.querySelector('sehat-booking') as SehatBooking;
const shadow = (el: SehatBooking) => el.shadowRoot as ShadowRoot;
const q = <E extends Element = HTMLElement>(el: SehatBooking, selector: string) =>
  shadow(el).querySelector<E>(selector) as E;
const slots = (el: SehatBooking) => [...shadow(el).querySelectorAll<HTMLButtonElement>('[part=slot]')];

async function pickFirstSlot(el: SehatBooking) {
  await firstLoad(() => expect(slots(el).length).toBeGreaterThan(0));
  await userEvent.click(slots(el)[0] as HTMLButtonElement);
  await el.updateComplete;
}

async function fillForm(el: SehatBooking) {
  await userEvent.type(q(el, '#name'), 'Siti Rahayu');
  await userEvent.type(q(el, '#birthDate'), '1990-04-12');
  await userEvent.type(q(el, '#phone'), '081234567890');
  await userEvent.type(q(el, '#email'), 'siti@example.test');
  await userEvent.click(q(el, '#consent'));
}

/** The patient picks a service, then sees free times grouped by part of day. */
export const ChooseService: Story = {
  play: async ({ canvasElement }) => {
    const el = host(canvasElement);
    await firstLoad(() => expect(q(el, '#service option[value=umum]')).toBeTruthy());
    await userEvent.selectOptions(q<HTMLSelectElement>(el, '#service'), 'umum');
    await eventually(() => expect(slots(el).length).toBeGreaterThan(0));
    expect(['Pagi', 'Siang', 'Sore', 'Malam']).toContain(q(el, '.group h3').textContent);
    expect(q(el, '#zone-note').textContent).toBe('Jam ditampilkan dalam WIB.');
  },
};

/** Service and practitioner preset by attributes, time zone locked to WITA. */
export const PresetAndLockedZone: Story = {
  args: { service: 'umum', practitioner: 'dr-ayu', timeZone: 'Asia/Makassar', lockTimeZone: true },
  play: async ({ canvasElement }) => {
    const el = host(canvasElement);
    await firstLoad(() => expect(slots(el).length).toBeGreaterThan(0));
    expect(q(el, '#service')).toBeNull();
    expect(q(el, '#zone')).toBeNull();
    expect(q(el, '#zone-note').textContent).toBe('Jam ditampilkan dalam WITA.');
    // dr. Ayu works 08:00-12:00 WIB, which is 09:00-13:00 WITA.
    const hour = Number(slots(el)[0]?.textContent?.trim().slice(0, 2));
    expect(hour).toBeGreaterThanOrEqual(9);
    expect(hour).toBeLessThan(13);
  },
};

/** A group session shows the places left. */
export const GroupSession: Story = {
  args: { service: 'senam-hamil', lang: 'en' },
  play: async ({ canvasElement }) => {
    const el = host(canvasElement);
    await firstLoad(() => expect(slots(el).length).toBeGreaterThan(0));
    await el.updateComplete; // includes the English terms arriving
    expect(slots(el)[0]?.textContent?.replace(/\s+/g, ' ').trim()).toMatch(/^\d\d:\d\d \d+ places? left$/);
  },
};

/** The form refuses missing details before sending, and says which field. */
export const MissingDetails: Story = {
  args: { service: 'umum', patientName: 'Siti Rahayu' },
  play: async ({ canvasElement }) => {
    const el = host(canvasElement);
    await pickFirstSlot(el);
    expect(q<HTMLInputElement>(el, '#name').value).toBe('Siti Rahayu');
    await userEvent.click(q(el, '[part=submit]'));
    await el.updateComplete;
    expect(q(el, '#phone').getAttribute('aria-invalid')).toBe('true');
    expect(q(el, '#phone-error').textContent).toBe('Wajib diisi.');
    expect(q(el, '#consent-error').textContent).toBe('Persetujuan diperlukan untuk membuat janji temu.');
  },
};

/** Booked: confirmation with "add to calendar". */
export const Confirmed: Story = {
  args: { service: 'umum' },
  play: async ({ canvasElement }) => {
    const el = host(canvasElement);
    await pickFirstSlot(el);
    await fillForm(el);
    await userEvent.click(q(el, '[part=submit]'));
    await eventually(() => expect(q(el, '#done')?.textContent).toBe('Janji temu dikonfirmasi'));
    expect(q(el, '[part=calendar-link]').getAttribute('download')).toBe('janji-temu.ics');
  },
};

/** Someone else books the same time while the patient types: the widget says so and refreshes the times. */
export const SlotTakenMeanwhile: Story = {
  args: { service: 'umum', practitioner: 'dr-ayu' },
  play: async ({ canvasElement }) => {
    const el = host(canvasElement);
    await pickFirstSlot(el);
    const slot = el.controller.state.slot;
    if (!slot) throw new Error('no slot chosen');
    const other = await fetch(`${ENDPOINT}/booking/appointments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        serviceId: 'umum',
        practitionerId: slot.practitionerId,
        start: slot.start,
        patient: {
          name: 'Pasien Lain',
          birthDate: '1980-01-01',
          phone: '081200000001',
          email: 'lain@example.test',
          payer: 'general',
        },
        consent: true,
        locale: 'id',
      }),
    });
    expect(other.status).toBe(201);
    await fillForm(el);
    await userEvent.click(q(el, '[part=submit]'));
    await eventually(() =>
      expect(q(el, '[part=notice]').textContent).toBe(
        'Maaf, jadwal itu baru saja dipesan orang lain. Silakan pilih jadwal lain.',
      ),
    );
    await eventually(() => expect(el.controller.state.loading).toBe(false));
    expect(el.controller.state.slots.some((s) => s.start === slot.start)).toBe(false);
  },
};

/** A paid video consultation: the slot is held and the patient goes to the payment page. */
export const PaymentRequired: Story = {
  args: { service: 'konsul-anak', lang: 'en' },
  play: async ({ canvasElement }) => {
    const el = host(canvasElement);
    await pickFirstSlot(el);
    expect(q(el, '[part=summary]').textContent).toContain('IDR');
    await fillForm(el);
    await userEvent.click(q(el, '[part=submit]'));
    await eventually(() => expect(q(el, '[part=pay]')?.textContent).toBe('Pay now'));
  },
};

/** The clinic's server cannot be reached: the widget says so. */
export const ServerUnreachable: Story = {
  args: { endpoint: UNREACHABLE },
  play: async ({ canvasElement }) => {
    const el = host(canvasElement);
    await eventually(() =>
      expect(q(el, '[part=error]')?.textContent).toBe(
        'Server klinik tidak dapat dihubungi. Periksa koneksi internet Anda.',
      ),
    );
  },
};
