import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import {
  eventually,
  part,
  STAFF_ENDPOINT,
  storyElement,
  textOf,
  VISITOR_ENDPOINT,
} from '../../../test/support/stories';
import { HOSTILE, sampleIssues } from '../../../test/support/story-data';
import type { DrugIssue, MedicationLineInput, PatientContextInput } from '../../api/wire';
import type { SehatDrugAlerts } from './drug-alerts';
import './define';

interface Args {
  endpoint: string;
  lang: string;
  orders: MedicationLineInput[] | undefined;
  patient: PatientContextInput | undefined;
  issues: DrugIssue[] | undefined;
}

const AMOXICILLIN = '93100067';

const meta: Meta<Args> = {
  title: 'Elements/Drug alerts',
  component: 'sehat-drug-alerts',
  args: { endpoint: STAFF_ENDPOINT, lang: 'id', orders: undefined, patient: undefined, issues: undefined },
  render: (a) => html`
    <sehat-drug-alerts
      endpoint=${a.endpoint}
      lang=${a.lang}
      .orders=${a.orders}
      .patient=${a.patient}
      .issues=${a.issues}
    ></sehat-drug-alerts>
  `,
};
export default meta;
type Story = StoryObj<Args>;

const alerts = (canvas: HTMLElement) => storyElement<SehatDrugAlerts>(canvas, 'sehat-drug-alerts');

export const BlockedUntilReason: Story = {
  args: {
    orders: [{ id: 'line-1', productCode: AMOXICILLIN }],
    // A fresh patient per run: a recorded override suppresses the same finding for that patient.
    patient: { id: `story-${Date.now()}`, allergies: [{ name: 'Penisilin' }] },
  },
  play: async ({ canvasElement }) => {
    const el = await alerts(canvasElement);
    const select = await part<HTMLSelectElement>(el, '[part=reason]');
    await userEvent.click(await part(el, '[part=sign-button]'));
    await eventually(async () =>
      expect(textOf(await part(el, '[part=status]'))).toContain('masih memerlukan alasan'),
    );
    await expect(select.getAttribute('aria-invalid')).toBe('true');
    await userEvent.selectOptions(select, 'will-monitor');
    await userEvent.click(await part(el, '[part=sign-button]'));
    await eventually(async () =>
      expect(textOf(await part(el, '[part=status]'))).toBe('Alasan tersimpan. Resep dapat ditandatangani.'),
    );
  },
};

export const AllTiers: Story = {
  args: { issues: sampleIssues() },
  play: async ({ canvasElement }) => {
    const el = await alerts(canvasElement);
    await eventually(async () => expect(el.shadowRoot?.querySelectorAll('[part=group]').length).toBe(3));
    await eventually(async () =>
      expect((await part<HTMLSelectElement>(el, '[part=reason]')).options.length).toBeGreaterThan(1),
    );
  },
};

export const ReasonNeedsNote: Story = {
  args: { issues: sampleIssues() },
  play: async ({ canvasElement }) => {
    const el = await alerts(canvasElement);
    await eventually(async () =>
      expect((await part<HTMLSelectElement>(el, '[part=reason]')).options.length).toBeGreaterThan(1),
    );
    await userEvent.selectOptions(await part(el, '[part=reason]'), 'other');
    await userEvent.click(await part(el, '[part=sign-button]'));
    await eventually(async () =>
      expect(textOf(await part(el, '.field-error'))).toBe('Tuliskan catatan untuk alasan ini.'),
    );
  },
};

export const HostileText: Story = {
  args: { issues: sampleIssues(HOSTILE) },
  play: async ({ canvasElement }) => {
    const el = await alerts(canvasElement);
    await eventually(async () => expect(textOf(await part(el, '[part=issue]'))).toContain(HOSTILE));
    await expect(el.shadowRoot?.querySelector('img')).toBeNull();
  },
};

export const NoFindings: Story = {
  args: { issues: [] },
  play: async ({ canvasElement }) => {
    const el = await alerts(canvasElement);
    await eventually(async () =>
      expect(textOf(el.shadowRoot?.querySelector('section'))).toContain(
        'Tidak ada peringatan untuk resep ini.',
      ),
    );
  },
};

export const NotAuthorised: Story = {
  args: {
    endpoint: VISITOR_ENDPOINT,
    orders: [{ id: 'line-1', productCode: AMOXICILLIN }],
    patient: { id: 'story-visitor' },
  },
  play: async ({ canvasElement }) => {
    const el = await alerts(canvasElement);
    await eventually(async () => expect(textOf(await part(el, '[role=alert]'))).toContain('tidak berwenang'));
  },
};
