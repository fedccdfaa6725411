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
import type { DrugIssue, PatientContextInput } from '../../api/wire';
import type { SehatDrugBadge } from './drug-badge';
import './define';

interface Args {
  endpoint: string;
  productCode: string;
  productName: string;
  lang: string;
  patient: PatientContextInput | undefined;
  issues: DrugIssue[] | undefined;
}

// Products of the sandbox's seeded catalogue.
const AMOXICILLIN = '93100067';
const IBUPROFEN = '93100015';

const meta: Meta<Args> = {
  title: 'Elements/Drug badge',
  component: 'sehat-drug-badge',
  args: {
    endpoint: STAFF_ENDPOINT,
    productCode: AMOXICILLIN,
    productName: '',
    lang: 'id',
    patient: undefined,
    issues: undefined,
  },
  render: (a) => html`
    <p>
      ${a.productName || 'Resep'}
      <sehat-drug-badge
        endpoint=${a.endpoint}
        product-code=${a.productCode}
        product-name=${a.productName}
        lang=${a.lang}
        .patient=${a.patient}
        .issues=${a.issues}
      ></sehat-drug-badge>
    </p>
  `,
};
export default meta;
type Story = StoryObj<Args>;

const badge = (canvas: HTMLElement) => storyElement<SehatDrugBadge>(canvas, 'sehat-drug-badge');

export const PenicillinAllergy: Story = {
  args: { patient: { id: 'story-allergy', allergies: [{ name: 'Penisilin' }] } },
  play: async ({ canvasElement }) => {
    const el = await badge(canvasElement);
    await eventually(async () => expect((await part(el, '[part=mark]')).dataset.tier).toBe('interruptive'));
    await userEvent.click(await part(el, '[part=mark]'));
    await eventually(async () => expect(textOf(await part(el, '[part=allergen]'))).toContain('Penisilin'));
    await eventually(async () => expect(textOf(await part(el, '[part=basic-info]'))).toContain(AMOXICILLIN));
  },
};

export const NoFindingsWithBoxedWarning: Story = {
  args: { productCode: IBUPROFEN, patient: { id: 'story-clean', ageYears: 30 } },
  play: async ({ canvasElement }) => {
    const el = await badge(canvasElement);
    await eventually(async () =>
      expect((await part(el, '[part=mark]')).getAttribute('aria-busy')).toBe('false'),
    );
    await expect((await part(el, '[part=mark]')).dataset.tier).toBe('none');
    await userEvent.click(await part(el, '[part=mark]'));
    await eventually(async () =>
      expect(textOf(await part(el, '[part=boxed-warning]'))).toContain('kardiovaskular'),
    );
  },
};

export const SummaryOnFocus: Story = {
  args: { endpoint: '', productCode: '', productName: 'Ibuprofen 400 mg', issues: sampleIssues() },
  play: async ({ canvasElement }) => {
    const el = await badge(canvasElement);
    (await part<HTMLButtonElement>(el, '[part=mark]')).focus();
    await eventually(async () => expect((await part(el, '[part=summary]')).hidden).toBe(false));
    await expect(textOf(await part(el, '[part=summary]'))).toContain('3 peringatan');
  },
};

export const HostileName: Story = {
  args: { endpoint: '', productCode: '', productName: HOSTILE, issues: sampleIssues(HOSTILE) },
  play: async ({ canvasElement }) => {
    const el = await badge(canvasElement);
    await userEvent.click(await part(el, '[part=mark]'));
    await eventually(async () => expect(textOf(await part(el, 'h2'))).toBe(HOSTILE));
    await expect(textOf(await part(el, '[part=findings]'))).toContain(HOSTILE);
    await expect(el.shadowRoot?.querySelector('img')).toBeNull();
    await expect(canvasElement.querySelector('img')).toBeNull();
  },
};

export const NotAuthorised: Story = {
  args: { endpoint: VISITOR_ENDPOINT, patient: { id: 'story-visitor' } },
  play: async ({ canvasElement }) => {
    const el = await badge(canvasElement);
    await eventually(async () => expect(textOf(await part(el, '[part=mark]'))).toContain('?'));
    await expect(textOf(await part(el, '[part=summary]'))).toContain('tidak berwenang');
  },
};

export const English: Story = {
  args: { lang: 'en', patient: { id: 'story-english', allergies: [{ name: 'Penicillin' }] } },
  play: async ({ canvasElement }) => {
    const el = await badge(canvasElement);
    await eventually(async () =>
      expect(textOf(await part(el, '[part=mark]'))).toMatch(/highest level needs a reason/),
    );
  },
};
