import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { inShadow, mount, nextEvent, sandboxApi, settled, unmountAll } from '../../../test/support/browser';
import type { SehatDrugSearch } from './drug-search';
import './define';

async function searchElement(purpose = 'prescribe') {
  return mount<SehatDrugSearch>(html`
    <sehat-drug-search lang="id" endpoint=${sandboxApi()} purpose=${purpose}></sehat-drug-search>
  `);
}

const options = (el: Element) =>
  [...(el.shadowRoot?.querySelectorAll('[role=option]') ?? [])] as HTMLElement[];

describe('<sehat-drug-search>', () => {
  afterEach(unmountAll);

  it('finds amoxicillin by its Indonesian spelling and picks it with the keyboard', async () => {
    const el = await searchElement();
    const input = inShadow<HTMLInputElement>(el, 'input');
    expect(input.getAttribute('role')).toBe('combobox');
    await userEvent.type(input, 'amoksisilin');
    await expect.poll(() => input.getAttribute('aria-expanded')).toBe('true');
    expect(options(el).length).toBeGreaterThan(1);
    expect(options(el).some((o) => /Amoxicillin/i.test(o.textContent ?? ''))).toBe(true);
    // Products carry their golongan mark with an accessible name.
    expect(inShadow(el, '[role=option] [part=golongan]').getAttribute('aria-label')).toBe('Obat keras');
    await userEvent.keyboard('{ArrowDown}');
    await settled(el);
    const first = options(el)[0] as HTMLElement;
    expect(input.getAttribute('aria-activedescendant')).toBe(first.id);
    expect(first.getAttribute('aria-selected')).toBe('true');
    const picked = nextEvent(el, 'sehat-drug-select');
    await userEvent.keyboard('{Enter}');
    const { detail } = await picked;
    expect(detail.purpose).toBe('prescribe');
    expect(detail.product.name).toBe(first.querySelector('.name')?.textContent);
    expect(input.value).toBe(detail.product.name);
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(el.selected).toEqual(detail.product);
  });

  it('closes the list with Escape and clears the box with a second Escape', async () => {
    const el = await searchElement();
    const input = inShadow<HTMLInputElement>(el, 'input');
    await userEvent.type(input, 'ibuprofen');
    await expect.poll(() => input.getAttribute('aria-expanded')).toBe('true');
    await userEvent.keyboard('{Escape}');
    await settled(el);
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.value).toBe('ibuprofen');
    await userEvent.keyboard('{Escape}');
    expect(input.value).toBe('');
  });

  it('offers generics for "obat yang sedang dikonsumsi" and picks with the mouse', async () => {
    const el = await searchElement('current');
    expect(inShadow(el, 'label').textContent).toBe('Obat yang sedang dikonsumsi');
    const input = inShadow<HTMLInputElement>(el, 'input');
    await userEvent.type(input, 'amlodipin');
    await expect.poll(() => options(el).length).toBeGreaterThan(0);
    const picked = nextEvent(el, 'sehat-drug-select');
    await userEvent.click(options(el)[0] as HTMLElement);
    const { detail } = await picked;
    expect(detail.purpose).toBe('current');
    expect(detail.product.name).toMatch(/amlodipin/i);
  });

  it('announces how many medicines matched, and when none did', async () => {
    const el = await searchElement();
    const input = inShadow<HTMLInputElement>(el, 'input');
    await userEvent.type(input, 'zzqxv');
    await expect.poll(() => inShadow(el, '[part=message]').textContent).toBe('Tidak ada obat yang cocok.');
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });
});
