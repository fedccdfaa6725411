import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import { eventually, part, STAFF_ENDPOINT, storyElement, textOf } from '../../../test/support/stories';
import type { SehatVideoRoom } from './video-room';
import './define';

interface Args {
  lang: string;
  role: 'host' | 'patient';
  /** Patients already knocking before the story's element joins (hosts see them in the waiting list). */
  waiting: number;
  token?: string;
}

async function staff<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(`${STAFF_ENDPOINT}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await response.json()) as T;
}

/**
 * A fresh ad-hoc room per story, with a token for the story's element and, for a host, patients who
 * already knocked (joined through the handler), since the waiting list is what the host sees first.
 */
async function room({ args }: { args: Args }): Promise<{ token: string }> {
  if (args.token !== undefined) return { token: args.token };
  const { room } = await staff<{ room: { id: string } }>('/teleconsult/rooms', { kind: 'adhoc' });
  const mint = (role: string, displayName: string) =>
    staff<{ token: string }>(`/teleconsult/rooms/${room.id}/tokens`, { role, displayName });
  const names = ['Budi Santoso', 'Citra Lestari', 'Dewi Anggraini'];
  for (const name of names.slice(0, args.waiting)) {
    await staff('/teleconsult/join', { token: (await mint('patient', name)).token });
  }
  return mint(args.role, args.role === 'host' ? 'dr. Ani Wijaya' : 'Eko Prasetyo');
}

const meta: Meta<Args> = {
  title: 'Elements/Video room',
  component: 'sehat-video-room',
  args: { lang: 'id', role: 'patient', waiting: 0 },
  loaders: [room],
  render: (args, { loaded }) =>
    html`<sehat-video-room endpoint=${STAFF_ENDPOINT} lang=${args.lang} .token=${(loaded as { token: string }).token}></sehat-video-room>`,
};
export default meta;
type Story = StoryObj<Args>;

const element = (canvas: HTMLElement) => storyElement<SehatVideoRoom>(canvas, 'sehat-video-room');

/** The device check. Storybook's Chromium has no camera or microphone, so the explanations show. */
export const DeviceCheck: Story = {
  play: async ({ canvasElement }) => {
    const el = await element(canvasElement);
    await expect(textOf(await part(el, 'h2'))).toBe('Periksa kamera dan mikrofon');
    await eventually(async () =>
      expect(textOf(await part(el, '[part="device-problem"]'))).toMatch(/mikrofon/),
    );
    await expect(textOf(await part(el, '[part="join-button"]'))).toBe('Masuk ruang tunggu');
  },
};

export const WaitingRoom: Story = {
  args: { waiting: 0 },
  play: async ({ canvasElement }) => {
    const el = await element(canvasElement);
    await userEvent.click(await part(el, '[part="join-button"]'));
    await eventually(async () =>
      expect(textOf(await part(el, '[part="waiting"]'))).toContain('Anda berikutnya.'),
    );
  },
};

export const HostWaitingList: Story = {
  args: { role: 'host', waiting: 2 },
  play: async ({ canvasElement }) => {
    const el = await element(canvasElement);
    await userEvent.click(await part(el, '[part="join-button"]'));
    const list = await part(el, '[part="waiting-list"]');
    await eventually(() => expect(list.querySelectorAll('li[data-participant]')).toHaveLength(2));
    await expect(textOf(list)).toContain('Budi Santoso');
    await expect(textOf(list)).toContain('Tanpa janji');
  },
};

export const English: Story = {
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    const el = await element(canvasElement);
    await eventually(async () =>
      expect(textOf(await part(el, 'h2'))).toBe('Check your camera and microphone'),
    );
  },
};

export const InvalidLink: Story = {
  args: { token: 'not-a-token' },
  play: async ({ canvasElement }) => {
    const el = await element(canvasElement);
    await userEvent.click(await part(el, '[part="join-button"]'));
    await eventually(async () => expect(textOf(await part(el, '[part="outcome"]'))).toContain('tidak valid'));
  },
};
