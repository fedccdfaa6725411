import { html } from 'lit';
import { afterEach, beforeEach, describe, expect, inject, it, vi } from 'vitest';
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
import type { SehatBpjsVerify } from './bpjs-verify';
import './define';

// Seeded in the BPJS simulator (packages/sandbox/src/bpjs/seed/members.ts).
const ACTIVE_CARD = '0001880000011';
const INACTIVE_NIK = '9104224509000003';
const UNKNOWN_CARD = '0001889999999';

async function verifyElement(attrs: { lang?: string; kind?: string; endpoint?: string } = {}) {
  return mount<SehatBpjsVerify>(html`
    <sehat-bpjs-verify
      endpoint=${attrs.endpoint ?? sandboxApi()}
      credentials="include"
      lang=${attrs.lang ?? 'id'}
      kind=${attrs.kind ?? ''}
    ></sehat-bpjs-verify>
  `);
}

async function submit(el: SehatBpjsVerify, number: string) {
  const input = inShadow<HTMLInputElement>(el, 'input');
  await userEvent.clear(input);
  await userEvent.type(input, number);
  await userEvent.keyboard('{Enter}');
}

const text = (el: Element, selector: string) =>
  inShadow(el, selector).textContent?.replace(/\s+/g, ' ').trim();

describe('<sehat-bpjs-verify>', () => {
  beforeEach(signInAsStaff);
  afterEach(async () => {
    unmountAll();
    await signOut();
    vi.restoreAllMocks();
  });

  it('rejects a number of the wrong length before sending anything', async () => {
    const watch = vi.spyOn(window, 'fetch');
    const el = await verifyElement();
    await submit(el, '0001 8800 0001');
    await settled(el);
    const input = inShadow<HTMLInputElement>(el, 'input');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(text(el, '[part=error]')).toBe('Kurang 1 digit: harus 13 digit.');
    expect(el.shadowRoot?.activeElement).toBe(input);
    expect(watch).not.toHaveBeenCalled();
    await userEvent.type(input, '1');
    await settled(el);
    expect(input.getAttribute('aria-invalid')).toBe('false');
  });

  it('verifies an active member by card number, shows the membership and emits it', async () => {
    const el = await verifyElement();
    const verified = nextEvent(el, 'sehat-verified');
    await submit(el, ACTIVE_CARD);
    const { detail } = await verified;
    expect(detail.by).toBe('card');
    expect(detail.member).toMatchObject({ memberNumber: ACTIVE_CARD, active: true, name: 'ARDIANTO PUTRA' });
    expect(detail.member).not.toHaveProperty('phone');
    await settled(el);
    expect(text(el, '[part=status-badge]')).toBe('Aktif');
    const details = text(el, '[part=details]');
    expect(details).toContain('0001 8800 0001 1');
    expect(details).toContain('KELAS III');
    expect(details).toContain('PBI (APBN)');
    expect(details).toContain('Tidak ada');
    expect(el.member?.primaryCareProvider?.code).toBeTruthy();
  });

  it('shows an inactive member looked up by NIK with the reason, in English when asked', async () => {
    const el = await verifyElement({ lang: 'en' });
    // `updateComplete` waited for the English terms: nothing on screen is about to change language.
    expect(text(el, '[part=label]')).toBe('BPJS card number or NIK');
    const verified = nextEvent(el, 'sehat-verified');
    await submit(el, INACTIVE_NIK);
    const { detail } = await verified;
    expect(detail.by).toBe('nik');
    expect(detail.member.active).toBe(false);
    await settled(el);
    expect(text(el, '[part=status-badge]')).toBe('Inactive');
    expect(text(el, '[part=details]')).toContain('PENANGGUHAN');
    expect(text(el, '[part=label]')).toBe('BPJS card number or NIK');
  });

  it('says when BPJS knows no such member', async () => {
    const el = await verifyElement();
    const failed = nextEvent(el, 'sehat-error');
    await submit(el, UNKNOWN_CARD);
    const { detail } = await failed;
    expect(detail).toMatchObject({ code: 'NOT_FOUND', source: 'bpjs', status: 404 });
    await settled(el);
    expect(text(el, '[part=message]')).toBe(
      'Tidak ada peserta BPJS dengan nomor kartu ini. Periksa kembali nomornya.',
    );
  });

  it('tells a visitor without a staff session that they are not authorised', async () => {
    await signOut();
    const el = await verifyElement();
    const failed = nextEvent(el, 'sehat-error');
    await submit(el, ACTIVE_CARD);
    expect((await failed).detail.code).toBe('FORBIDDEN');
    await settled(el);
    expect(text(el, '[part=message]')).toContain('tidak berwenang');
  });

  it('tells BPJS being unavailable apart from an unknown member', async () => {
    const el = await verifyElement({ endpoint: inject('sandbox').bpjsDownApi });
    const failed = nextEvent(el, 'sehat-error');
    await submit(el, ACTIVE_CARD);
    expect((await failed).detail).toMatchObject({ code: 'TRANSPORT_FAILED', source: 'bpjs' });
    await settled(el);
    expect(inShadow(el, '[part=message]').dataset.status).toBe('unavailable');
    expect(text(el, '[part=message]')).toBe('Layanan BPJS Kesehatan sedang tidak tersedia. Coba lagi nanti.');
  });

  it('says the clinic server cannot be reached when nothing answers at the endpoint', async () => {
    const el = await verifyElement({ endpoint: 'http://localhost:9/api/sehat' });
    const failed = nextEvent(el, 'sehat-error');
    await submit(el, ACTIVE_CARD);
    expect((await failed).detail).toMatchObject({ code: 'TRANSPORT_FAILED', status: 0 });
    await settled(el);
    expect(text(el, '[part=message]')).toBe(
      'Server klinik tidak dapat dihubungi. Periksa koneksi internet Anda.',
    );
  });

  it('keeps several instances on one page independent', async () => {
    const first = await verifyElement();
    const second = await verifyElement({ kind: 'nik' });
    const verified = nextEvent(first, 'sehat-verified');
    await submit(first, ACTIVE_CARD);
    await verified;
    await submit(second, ACTIVE_CARD);
    await settled(second);
    expect(text(second, '[part=error]')).toBe('Kurang 3 digit: harus 16 digit.');
    expect(text(first, '[part=status-badge]')).toBe('Aktif');
    expect(second.member).toBeUndefined();
  });
});
