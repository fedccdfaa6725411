import { html } from 'lit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  inShadow,
  mount,
  nextEvent,
  sandboxApi,
  signInAsStaff,
  unmountAll,
} from '../../../test/support/browser';
import type { SehatVideoRoom } from './video-room';
import './define';

/** Staff routes of the sandbox's handler: the test acts as the clinic's backend minting tokens. */
async function staff<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(`${sandboxApi()}${path}`, {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return (await response.json()) as T;
}

async function roomWithTokens(...people: { role: 'host' | 'patient' | 'guest'; displayName: string }[]) {
  const { room } = await staff<{ room: { id: string } }>('/teleconsult/rooms', { kind: 'adhoc' });
  return Promise.all(
    people.map(
      async (p) => (await staff<{ token: string }>(`/teleconsult/rooms/${room.id}/tokens`, p)).token,
    ),
  );
}

function videoRoom(token: string, lang = 'id') {
  return mount<SehatVideoRoom>(html`
    <sehat-video-room endpoint=${sandboxApi()} credentials="include" lang=${lang} .token=${token}></sehat-video-room>
  `);
}

const text = (el: Element, selector: string) =>
  el.shadowRoot?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function until(check: () => boolean, ms = 10_000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('<sehat-video-room>', () => {
  beforeEach(signInAsStaff);
  afterEach(unmountAll);

  // This Chromium has no camera or microphone and no fake devices: the real "nothing to use" case.
  it('explains why the camera and microphone are unavailable, and still lets the patient wait', async () => {
    const [token] = await roomWithTokens({ role: 'patient', displayName: 'Budi' });
    const error = nextEvent(document, 'sehat-video-error');
    const el = await videoRoom(token as string);
    const { detail } = await error;
    expect(['no_device', 'permission_denied']).toContain(detail.code);
    await until(() => (el.shadowRoot?.querySelectorAll('[part="device-problem"]').length ?? 0) === 2);
    expect(text(el, '[part="device-problem"]')).toMatch(/mikrofon/);
    await userEvent.click(inShadow(el, '[part="join-button"]'));
    await until(() => el.shadowRoot?.querySelector('[part="waiting"]') !== null);
    expect(text(el, '[part="waiting"]')).toContain('Anda berikutnya.');
  });

  it('shows the host who knocked, as a walk-in, and turns them away', async () => {
    const [hostToken, patientToken] = await roomWithTokens(
      { role: 'host', displayName: 'dr. Ani' },
      { role: 'patient', displayName: 'Citra' },
    );
    const host = await videoRoom(hostToken as string);
    await host.join();
    const patient = await videoRoom(patientToken as string);
    const knock = nextEvent(host, 'sehat-knock');
    await patient.join();
    const { detail } = await knock;
    expect(detail).toMatchObject({ displayName: 'Citra', role: 'patient', arrival: 'walk_in' });
    const row = `[part="waiting-list"] li[data-participant="${detail.participantId}"]`;
    await until(() => host.shadowRoot?.querySelector(row) !== null);
    expect(text(host, row)).toContain('Tanpa janji');
    await userEvent.click(inShadow(host, `${row} button:not(.primary)`));
    await until(() => patient.shadowRoot?.querySelector('[part="outcome"]') !== null);
    expect(text(patient, '[part="outcome"]')).toContain('Dokter belum dapat menerima Anda');
  });

  it('speaks English when the page asks for it', async () => {
    const [token] = await roomWithTokens({ role: 'patient', displayName: 'Dewi' });
    const el = await videoRoom(token as string, 'en');
    await until(() => text(el, 'h2') === 'Check your camera and microphone');
    expect(text(el, '[part="join-button"]')).toBe('Enter the waiting room');
  });

  it('joins from the keyboard', async () => {
    const [token] = await roomWithTokens({ role: 'patient', displayName: 'Eko' });
    const el = await videoRoom(token as string);
    const button = inShadow<HTMLButtonElement>(el, '[part="join-button"]');
    button.focus();
    expect(el.shadowRoot?.activeElement).toBe(button);
    await userEvent.keyboard('{Enter}');
    await until(() => el.shadowRoot?.querySelector('[part="waiting"]') !== null);
  });

  it('refuses a link that is not valid and says so', async () => {
    const error = nextEvent(document, 'sehat-error');
    const el = await videoRoom('not-a-token');
    await userEvent.click(inShadow(el, '[part="join-button"]'));
    expect((await error).detail).toMatchObject({ code: 'FORBIDDEN', reason: 'token_invalid' });
    await until(() => el.shadowRoot?.querySelector('[part="outcome"]') !== null);
    expect(text(el, '[part="outcome"]')).toContain('tidak valid');
  });
});
