import { html } from 'lit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  freshPatientId,
  inShadow,
  mount,
  nextEvent,
  sandboxApi,
  sandboxProduct,
  settled,
  signInAsStaff,
  signOut,
  unmountAll,
} from '../../../test/support/browser';
import type { MedicationLineInput } from '../../api/wire';
import type { SehatDrugAlerts } from './drug-alerts';
import './define';

async function alertsFor(orders: MedicationLineInput[], patient: object) {
  const el = await mount<SehatDrugAlerts>(html`
    <sehat-drug-alerts
      lang="id"
      endpoint=${sandboxApi()}
      credentials="include"
      .orders=${orders}
      .patient=${patient}
    ></sehat-drug-alerts>
  `);
  await nextEvent(el, 'sehat-checked');
  await settled(el);
  return el;
}

async function allergicPrescription() {
  const amoxicillin = await sandboxProduct('amoxicillin 500', /500 mg Kapsul/);
  return alertsFor([{ id: 'line-1', productCode: amoxicillin.code }], {
    id: freshPatientId(),
    allergies: [{ name: 'Penisilin' }],
  });
}

const status = (el: Element) => inShadow(el, '[part=status]').textContent?.trim();

describe('<sehat-drug-alerts>', () => {
  beforeEach(signInAsStaff);
  afterEach(async () => {
    unmountAll();
    await signOut();
  });

  it('blocks signing until the interruptive finding has a coded reason, then records it', async () => {
    const el = await allergicPrescription();
    expect(inShadow(el, '[part=group][data-tier=interruptive]').textContent).toContain('Penisilin');
    expect(el.canSign).toBe(false);

    const signs: Event[] = [];
    el.addEventListener('sehat-sign', (e) => signs.push(e));
    const blocked = nextEvent(el, 'sehat-sign-blocked');
    await userEvent.click(inShadow(el, '[part=sign-button]'));
    expect((await blocked).detail.unresolved).toHaveLength(1);
    await settled(el);
    const select = inShadow<HTMLSelectElement>(el, '[part=reason]');
    expect(select.getAttribute('aria-invalid')).toBe('true');
    expect(el.shadowRoot?.activeElement).toBe(select);
    expect(status(el)).toBe('Resep belum dapat ditandatangani: 1 peringatan masih memerlukan alasan.');
    expect(signs).toHaveLength(0);

    await userEvent.selectOptions(select, 'previously-tolerated');
    await settled(el);
    expect(el.canSign).toBe(true);
    const sign = nextEvent(el, 'sehat-sign');
    const recorded = nextEvent(el, 'sehat-override');
    await userEvent.click(inShadow(el, '[part=sign-button]'));
    expect((await sign).detail.overrides).toMatchObject([{ reasonCode: 'previously-tolerated' }]);
    const { records } = (await recorded).detail;
    expect(records).toMatchObject([{ reasonCode: 'previously-tolerated', recordedBy: 'demo-staff' }]);
    await settled(el);
    expect(status(el)).toBe('Alasan tersimpan. Resep dapat ditandatangani.');
  });

  it('asks for a note when the reason is "other", and lets the host veto signing', async () => {
    const el = await allergicPrescription();
    await userEvent.selectOptions(inShadow(el, '[part=reason]'), 'other');
    await settled(el);
    expect(await el.requestSign()).toBe(false);
    await settled(el);
    expect(inShadow(el, '.field-error').textContent?.trim()).toBe('Tuliskan catatan untuk alasan ini.');
    await userEvent.type(inShadow(el, '[part=note]'), 'Riwayat ruam ringan, sudah dikonsultasikan');
    el.addEventListener('sehat-sign', (e) => e.preventDefault(), { once: true });
    const overrides: Event[] = [];
    el.addEventListener('sehat-override', (e) => overrides.push(e));
    expect(await el.requestSign()).toBe(false);
    await settled(el);
    expect(status(el)).toBe('Penandatanganan ditahan oleh aplikasi klinik.');
    expect(overrides).toHaveLength(0);
    expect(await el.requestSign()).toBe(true);
    expect(overrides).toHaveLength(1);
  });

  it('lets a prescription without interruptive findings be signed at once', async () => {
    const paracetamol = await sandboxProduct('paracetamol', /Paracetamol/);
    const el = await alertsFor([{ id: 'line-1', productCode: paracetamol.code }], { id: freshPatientId() });
    expect(el.canSign).toBe(true);
    const records: Event[] = [];
    el.addEventListener('sehat-override', (e) => records.push(e));
    expect(await el.requestSign()).toBe(true);
    expect(records).toHaveLength(0);
  });
});
