import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { eventually } from '../../../test/support/stories';
import type { SehatConsultHours } from './consult-hours';
import './define';

/**
 * Against the real sandbox through Storybook's proxy (.storybook/sandbox-plugin.ts): the demo clinic starts
 * with dr. Made Wirawan taking walk-in video consultations.
 */
interface Args {
  endpoint: string;
  lang: string;
  timeZone: string;
}

const meta: Meta<Args> = {
  title: 'Elements/sehat-consult-hours',
  component: 'sehat-consult-hours',
  args: { endpoint: '/api/sehat-visitor', lang: 'id', timeZone: 'Asia/Jakarta' },
  render: (args) => html`<sehat-consult-hours
    endpoint=${args.endpoint}
    lang=${args.lang}
    time-zone=${args.timeZone}
    refresh-seconds="0"
  ></sehat-consult-hours>`,
};
export default meta;

type Story = StoryObj<Args>;

// The first request of a run also waits for the proxy's sandbox and Vite's first transforms: more patience
// than `eventually` for the initial load, within the project's 20 s test timeout.
const firstLoad = (check: () => unknown) => waitFor(check, { timeout: 18_000 });

const host = (canvasElement: HTMLElement) =>
  canvasElement.querySelector('sehat-consult-hours') as SehatConsultHours;
const q = (el: SehatConsultHours, selector: string) => el.shadowRoot?.querySelector<HTMLElement>(selector);

/** Who takes a video consultation now, with the link into their waiting room. */
export const AvailableNow: Story = {
  play: async ({ canvasElement }) => {
    const el = host(canvasElement);
    await firstLoad(() => expect(q(el, '[part=practitioner] h3')?.textContent).toBe('dr. Made Wirawan'));
    expect(q(el, '[part=join]')?.getAttribute('href')).toMatch(/\/tunggu\/dr-made$/);
    expect(q(el, '[part=practitioner]')?.textContent).toContain('Tersedia sejak');
  },
};

/** The same list in English, times in WITA. */
export const English: Story = {
  args: { lang: 'en', timeZone: 'Asia/Makassar' },
  play: async ({ canvasElement }) => {
    const el = host(canvasElement);
    await firstLoad(() => expect(q(el, '[part=join]')?.textContent?.trim()).toBe('Enter the waiting room'));
    expect(q(el, '[part=practitioner]')?.textContent).toContain('WITA');
  },
};

/** The clinic's server cannot be reached. */
export const ServerUnreachable: Story = {
  args: { endpoint: 'http://127.0.0.1:9/api' },
  play: async ({ canvasElement }) => {
    const el = host(canvasElement);
    await eventually(() =>
      expect(q(el, '[part=error]')?.textContent).toBe(
        'Server klinik tidak dapat dihubungi. Periksa koneksi internet Anda.',
      ),
    );
  },
};
