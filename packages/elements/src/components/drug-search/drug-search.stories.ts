import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import { eventually, part, STAFF_ENDPOINT, storyElement, textOf } from '../../../test/support/stories';
import type { SehatDrugSearch } from './drug-search';
import './define';

interface Args {
  endpoint: string;
  purpose: string;
  lang: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Drug search',
  component: 'sehat-drug-search',
  args: { endpoint: STAFF_ENDPOINT, purpose: 'prescribe', lang: 'id' },
  render: (a) =>
    html`<sehat-drug-search endpoint=${a.endpoint} purpose=${a.purpose} lang=${a.lang}></sehat-drug-search>`,
};
export default meta;
type Story = StoryObj<Args>;

async function typeInto(canvas: HTMLElement, text: string) {
  const el = await storyElement<SehatDrugSearch>(canvas, 'sehat-drug-search');
  const input = await part<HTMLInputElement>(el, 'input');
  await userEvent.type(input, text);
  return { el, input };
}

export const Prescribing: Story = {
  play: async ({ canvasElement }) => {
    const { el, input } = await typeInto(canvasElement, 'amoksisilin');
    await eventually(() => expect(input.getAttribute('aria-expanded')).toBe('true'));
    await userEvent.keyboard('{ArrowDown}');
    await eventually(() => expect(input.getAttribute('aria-activedescendant')).toBeTruthy());
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(el.selected?.name).toMatch(/Amoxicillin|Amoksisilin/));
  },
};

export const ListOpen: Story = {
  play: async ({ canvasElement }) => {
    const { el, input } = await typeInto(canvasElement, 'paracetamol');
    await eventually(() => expect(input.getAttribute('aria-expanded')).toBe('true'));
    await expect(el.shadowRoot?.querySelectorAll('[role=option]').length).toBeGreaterThan(1);
  },
};

export const CurrentMedicines: Story = {
  args: { purpose: 'current' },
  play: async ({ canvasElement }) => {
    const { el } = await typeInto(canvasElement, 'amlodipin');
    await expect(textOf(await part(el, 'label'))).toBe('Obat yang sedang dikonsumsi');
    await eventually(async () =>
      expect(el.shadowRoot?.querySelectorAll('[role=option]').length).toBeGreaterThan(0),
    );
  },
};

export const NoResults: Story = {
  play: async ({ canvasElement }) => {
    const { el } = await typeInto(canvasElement, 'zzqxv');
    await eventually(async () =>
      expect(textOf(await part(el, '[part=message]'))).toBe('Tidak ada obat yang cocok.'),
    );
  },
};

export const ServerUnreachable: Story = {
  args: { endpoint: 'http://127.0.0.1:9/api/sehat' },
  play: async ({ canvasElement }) => {
    const { el } = await typeInto(canvasElement, 'ibuprofen');
    await eventually(async () =>
      expect(textOf(await part(el, '[part=message]'))).toBe(
        'Server klinik tidak dapat dihubungi. Periksa koneksi internet Anda.',
      ),
    );
  },
};
