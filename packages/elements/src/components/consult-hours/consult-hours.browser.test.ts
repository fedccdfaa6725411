import { html } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  inShadow,
  mount,
  nextEvent,
  sandboxApi,
  settled,
  signInAsStaff,
  signOut,
  unmountAll,
} from '../../../test/support/browser';
import type { SehatConsultHours } from './consult-hours';
import './define';

// The sandbox's demo clinic starts with dr. Made taking walk-in video consultations.
async function consultHours(lang = 'id') {
  return mount<SehatConsultHours>(html`
    <sehat-consult-hours endpoint=${sandboxApi()} credentials="include" lang=${lang} refresh-seconds="0"></sehat-consult-hours>
  `);
}

const names = (el: Element) =>
  [...(el.shadowRoot?.querySelectorAll('[part=practitioner] h3') ?? [])].map((h) => h.textContent?.trim());

async function setAvailable(practitionerId: string, available: boolean) {
  const res = await fetch(`${sandboxApi()}/booking/practitioners/${practitionerId}/available-now`, {
    method: 'PUT',
    credentials: 'include',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ available }),
  });
  expect(res.status).toBe(200);
}

describe('<sehat-consult-hours>', () => {
  afterEach(async () => {
    unmountAll();
    await signOut();
  });

  it('lists who is available now, each with the way into their waiting room', async () => {
    const el = await consultHours();
    await vi.waitFor(() => expect(names(el)).toEqual(['dr. Made Wirawan']));
    const link = inShadow<HTMLAnchorElement>(el, '[part=join]');
    expect(new URL(link.href).pathname).toBe('/tunggu/dr-made');
    // The link is named by its text and described by the practitioner's name.
    expect(link.textContent?.trim()).toBe('Masuk ruang tunggu');
    const describedBy = link.getAttribute('aria-describedby') ?? '';
    expect(el.shadowRoot?.getElementById(describedBy)?.textContent).toBe('dr. Made Wirawan');
    expect(inShadow(el, '[part=practitioner]').textContent).toContain('Tersedia sejak');
  });

  it('announces the choice with a cancelable event, so the host can open the room in place', async () => {
    const el = await consultHours('en');
    await vi.waitFor(() => expect(names(el)).toHaveLength(1));
    el.addEventListener('sehat-consult-join', (e) => e.preventDefault());
    const joined = nextEvent(el, 'sehat-consult-join');
    const before = location.href;
    await userEvent.click(inShadow(el, '[part=join]'));
    const { detail } = await joined;
    expect(detail.practitioner.id).toBe('dr-made');
    expect(detail.waitingRoomUrl).toMatch(/\/tunggu\/dr-made$/);
    expect(location.href).toBe(before);
    expect(inShadow(el, '[part=join]').textContent?.trim()).toBe('Enter the waiting room');
  });

  it('follows a practitioner switching "available now" on and off', async () => {
    await signInAsStaff();
    const el = await consultHours();
    await vi.waitFor(() => expect(names(el)).toEqual(['dr. Made Wirawan']));
    await setAvailable('dr-budi', true);
    await el.refresh();
    await settled(el);
    expect(names(el)).toEqual(['dr. Made Wirawan', 'dr. Budi Santoso, Sp.A']);
    await setAvailable('dr-budi', false);
    await setAvailable('dr-made', false);
    await el.refresh();
    await settled(el);
    expect(names(el)).toEqual([]);
    expect(inShadow(el, '[part=empty]').textContent).toContain('belum ada dokter');
    await setAvailable('dr-made', true);
  });

  it('refuses the toggle to anyone the host did not sign in', async () => {
    const res = await fetch(`${sandboxApi()}/booking/practitioners/dr-budi/available-now`, {
      method: 'PUT',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ available: true }),
    });
    expect(res.status).toBe(403);
  });
});
