import { html } from 'lit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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
import type { DrugIssue } from '../../api/wire';
import type { SehatDrugBadge } from './drug-badge';
import './define';

const text = (el: Element, selector: string) =>
  inShadow(el, selector).textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function amoxicillinBadge(patient: object) {
  const product = await sandboxProduct('amoxicillin 500', /500 mg Kapsul/);
  const el = await mount<SehatDrugBadge>(html`
    <sehat-drug-badge
      lang="id"
      endpoint=${sandboxApi()}
      credentials="include"
      product-code=${product.code}
      .patient=${patient}
    ></sehat-drug-badge>
  `);
  return { el, product };
}

describe('<sehat-drug-badge>', () => {
  beforeEach(signInAsStaff);
  afterEach(async () => {
    unmountAll();
    await signOut();
    vi.restoreAllMocks();
  });

  it('marks amoxicillin for a penicillin-allergic patient and names the allergen in its dialog', async () => {
    const patient = { id: freshPatientId(), allergies: [{ name: 'Penisilin', type: 'allergy' }] };
    const checked = new Promise<CustomEvent>((resolve) =>
      document.addEventListener('sehat-checked', (e) => resolve(e as CustomEvent), { once: true }),
    );
    const { el, product } = await amoxicillinBadge(patient);
    const { detail } = await checked;
    expect(detail.highestTier).toBe('interruptive');
    await settled(el);
    const mark = inShadow<HTMLButtonElement>(el, '[part=mark]');
    expect(mark.dataset.tier).toBe('interruptive');
    expect(mark.textContent).toContain('!');
    // Keyboard: focus shows the summary, Enter opens the dialog.
    mark.focus();
    await settled(el);
    expect(inShadow(el, '[part=summary]').hidden).toBe(false);
    expect(text(el, '[part=summary]')).toContain('Penisilin');
    await userEvent.keyboard('{Enter}');
    const dialog = inShadow<HTMLDialogElement>(el, 'dialog');
    await expect.poll(() => dialog.open).toBe(true);
    await expect.poll(() => text(el, '[part=basic-info]')).toContain(product.code);
    expect(text(el, '[part=allergen]')).toContain(
      'Cocok dengan alergi tercatat: Penisilin (golongan yang sama)',
    );
    expect(text(el, 'h2')).toBe(product.name);
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => dialog.open).toBe(false);
  });

  it('shows no warning for a patient without allergies, and the boxed warning of an NSAID in the page language', async () => {
    // The test page is <html lang="en">: the element inherits it.
    expect(document.documentElement.lang).toBe('en');
    const product = await sandboxProduct('ibuprofen', /Ibuprofen/);
    // Listening before mounting: `mount` waits for the English terms, and the check may finish first.
    const checked = nextEvent(document, 'sehat-checked');
    const el = await mount<SehatDrugBadge>(html`
      <sehat-drug-badge
        endpoint=${sandboxApi()}
        credentials="include"
        product-code=${product.code}
        .patient=${{ id: freshPatientId(), ageYears: 30 }}
      ></sehat-drug-badge>
    `);
    await checked;
    await settled(el);
    expect(inShadow(el, '[part=mark]').dataset.tier).toBe('none');
    inShadow<HTMLButtonElement>(el, '[part=mark]').click();
    await expect
      .poll(() => el.shadowRoot?.querySelector('[part=boxed-warning]')?.textContent ?? '')
      .toMatch(/cardiovascular/);
  });

  it('shows precomputed findings without asking the server to check, and renders a hostile name as text', async () => {
    const watch = vi.spyOn(window, 'fetch');
    const hostile = '<img src=x onerror=alert(1)>';
    const issues: DrugIssue[] = [
      {
        id: 'DRG:demo',
        kind: 'DRG',
        severity: 'MOD',
        tier: 'passive',
        lines: ['x'],
        summary: { id: `Interaksi dengan ${hostile}`, en: `Interaction with ${hostile}` },
        detail: { id: hostile, en: hostile },
        evidence: [],
        overrideRequired: false,
      },
    ];
    const el = await mount<SehatDrugBadge>(html`
      <sehat-drug-badge product-name=${hostile} .issues=${issues}></sehat-drug-badge>
    `);
    expect(inShadow(el, '[part=mark]').dataset.tier).toBe('passive');
    expect(text(el, '[part=mark]')).toContain(hostile);
    expect(el.shadowRoot?.querySelector('img')).toBeNull();
    inShadow<HTMLButtonElement>(el, '[part=mark]').click();
    await settled(el);
    expect(text(el, '[part=findings]')).toContain(hostile);
    expect(el.shadowRoot?.querySelector('img')).toBeNull();
    expect(watch).not.toHaveBeenCalled();
  });

  it('says when the user may not check prescriptions', async () => {
    await signOut();
    const product = await sandboxProduct('amoxicillin 500', /500 mg Kapsul/);
    const el = await mount<SehatDrugBadge>(html`
      <sehat-drug-badge
        lang="id"
        endpoint=${sandboxApi()}
        credentials="include"
        product-code=${product.code}
      ></sehat-drug-badge>
    `);
    const failed = await nextEvent(el, 'sehat-error');
    expect(failed.detail.code).toBe('FORBIDDEN');
    await settled(el);
    expect(text(el, '[part=mark]')).toContain('?');
    expect(text(el, '[part=summary]')).toContain('tidak berwenang');
  });
});
