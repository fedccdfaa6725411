import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import {
  BPJS_DOWN_ENDPOINT,
  eventually,
  part,
  STAFF_ENDPOINT,
  storyElement,
  textOf,
  VISITOR_ENDPOINT,
} from '../../../test/support/stories';
import type { SehatBpjsVerify } from './bpjs-verify';
import './define';

interface Args {
  endpoint: string;
  kind: string;
  lang: string;
}

const meta: Meta<Args> = {
  title: 'Elements/BPJS verify',
  component: 'sehat-bpjs-verify',
  args: { endpoint: STAFF_ENDPOINT, kind: '', lang: 'id' },
  render: ({ endpoint, kind, lang }) =>
    html`<sehat-bpjs-verify endpoint=${endpoint} kind=${kind} lang=${lang}></sehat-bpjs-verify>`,
};
export default meta;
type Story = StoryObj<Args>;

async function verify(canvasElement: HTMLElement, number: string) {
  const el = await storyElement<SehatBpjsVerify>(canvasElement, 'sehat-bpjs-verify');
  const input = await part<HTMLInputElement>(el, 'input');
  await userEvent.type(input, number);
  await userEvent.click(await part(el, '[part=button]'));
  return el;
}

export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const el = await storyElement<SehatBpjsVerify>(canvasElement, 'sehat-bpjs-verify');
    await expect(textOf(await part(el, 'label'))).toBe('Nomor kartu BPJS atau NIK');
  },
};

export const InvalidNumber: Story = {
  play: async ({ canvasElement }) => {
    const el = await verify(canvasElement, '0001 8800 0001');
    await eventually(async () =>
      expect(textOf(await part(el, '[part=error]'))).toBe('Kurang 1 digit: harus 13 digit.'),
    );
    await expect((await part(el, 'input')).getAttribute('aria-invalid')).toBe('true');
  },
};

export const ActiveMember: Story = {
  play: async ({ canvasElement }) => {
    const el = await verify(canvasElement, '0001880000011');
    await eventually(async () => expect(textOf(await part(el, '[part=status-badge]'))).toBe('Aktif'));
    await expect(textOf(await part(el, '[part=details]'))).toContain('KELAS III');
  },
};

export const InactiveMemberByNik: Story = {
  play: async ({ canvasElement }) => {
    const el = await verify(canvasElement, '9104224509000003');
    await eventually(async () => expect(textOf(await part(el, '[part=status-badge]'))).toBe('Tidak aktif'));
    await expect(textOf(await part(el, '[part=details]'))).toContain('PENANGGUHAN');
  },
};

export const UnknownMember: Story = {
  play: async ({ canvasElement }) => {
    const el = await verify(canvasElement, '0001889999999');
    await eventually(async () =>
      expect(textOf(await part(el, '[part=message]'))).toBe(
        'Tidak ada peserta BPJS dengan nomor kartu ini. Periksa kembali nomornya.',
      ),
    );
  },
};

export const NotAuthorised: Story = {
  args: { endpoint: VISITOR_ENDPOINT },
  play: async ({ canvasElement }) => {
    const el = await verify(canvasElement, '0001880000011');
    await eventually(async () =>
      expect(textOf(await part(el, '[part=message]'))).toContain('tidak berwenang'),
    );
  },
};

export const BpjsUnavailable: Story = {
  args: { endpoint: BPJS_DOWN_ENDPOINT },
  play: async ({ canvasElement }) => {
    const el = await verify(canvasElement, '0001880000011');
    await eventually(async () =>
      expect(textOf(await part(el, '[part=message]'))).toBe(
        'Layanan BPJS Kesehatan sedang tidak tersedia. Coba lagi nanti.',
      ),
    );
  },
};

export const CardOnlyInEnglish: Story = {
  args: { kind: 'card', lang: 'en' },
  play: async ({ canvasElement }) => {
    const el = await verify(canvasElement, '9271060312000001');
    await eventually(async () =>
      expect(textOf(await part(el, '[part=error]'))).toBe('3 digits too many: it must have 13.'),
    );
    await expect(textOf(await part(el, 'label'))).toBe('BPJS card number');
  },
};
