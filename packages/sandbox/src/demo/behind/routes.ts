import { maskIdentifier } from '@sehatkit/sdk';
import { Hono } from 'hono';
import type { DemoState } from '../state';

/** What a clinic sends to SATUSEHAT about visits; the master data the simulator seeds is left out. */
const CLINICAL_TYPES = [
  'Encounter',
  'Condition',
  'Observation',
  'Procedure',
  'MedicationRequest',
  'MedicationDispense',
  'AllergyIntolerance',
] as const;

type Json = Record<string, unknown>;
const coding = (concept: unknown) => {
  const c = (concept as { coding?: { code?: string; display?: string }[]; text?: string } | undefined) ?? {};
  const first = c.coding?.[0];
  return first ? `${first.code ?? ''} ${first.display ?? ''}`.trim() : (c.text ?? '');
};

/** One line per stored resource: what a person checking the sync wants to see first. */
function describe(type: string, r: Json): string {
  switch (type) {
    case 'Encounter': {
      const id = (r.identifier as { value?: string }[] | undefined)?.[0]?.value ?? '';
      return `${id} · ${String(r.status)} · ${(r.subject as { display?: string } | undefined)?.display ?? ''}`;
    }
    case 'Condition':
    case 'Procedure':
      return coding(r.code);
    case 'Observation': {
      const q = r.valueQuantity as { value?: number; unit?: string } | undefined;
      const value = q ? `${q.value} ${q.unit ?? ''}` : coding(r.valueCodeableConcept);
      return `${coding(r.code)}: ${value}`.trim();
    }
    case 'MedicationRequest':
    case 'MedicationDispense': {
      const contained = (r.contained as Json[] | undefined)?.[0];
      return coding(contained?.code) || coding(r.medicationCodeableConcept);
    }
    default:
      return coding(r.code);
  }
}

/**
 * "Behind the scenes": what the simulated SATUSEHAT and pCare received from the demo clinic, the emails the
 * SMTP sink caught, and the video rooms with their waiting lists. Card numbers are shown masked.
 */
export function behindRoutes(state: DemoState): Hono {
  const app = new Hono();
  const { parts } = state;

  app.get('/behind/satusehat', (c) => {
    const organizationId = parts.satusehat.credentials.organizationId;
    const types = CLINICAL_TYPES.map((type) => {
      const stored = parts.satusehat.store
        .list(type)
        .filter((s) => s.ownerOrganization === organizationId)
        .map((s) => s.resource as Json);
      stored.sort((a, b) =>
        String((b.meta as Json | undefined)?.lastUpdated ?? '').localeCompare(
          String((a.meta as Json | undefined)?.lastUpdated ?? ''),
        ),
      );
      return {
        type,
        count: stored.length,
        latest: stored.slice(0, 25).map((r) => ({
          id: String(r.id),
          lastUpdated: String((r.meta as Json | undefined)?.lastUpdated ?? ''),
          summary: describe(type, r),
          resource: r,
        })),
      };
    });
    return c.json({ url: parts.satusehat.url, organizationId, types });
  });

  app.get('/behind/pcare', (c) => {
    const arrivals = parts.bpjs.arrivals();
    const name = (card: string) => parts.bpjs.members.find((m) => m.cardNumber === card)?.name ?? '';
    const masked = (card: string) => ({ card: maskIdentifier(card), name: name(card) });
    return c.json({
      url: parts.bpjs.url,
      registrations: arrivals.registrations.map(({ cardNumber, ...r }) => ({ ...r, ...masked(cardNumber) })),
      visits: arrivals.visits.map(({ cardNumber, ...v }) => ({ ...v, ...masked(cardNumber) })),
      icareLinks: arrivals.icareLinks.map(({ cardNumber, ...l }) => ({ ...l, ...masked(cardNumber) })),
    });
  });

  app.get('/behind/mail', (c) =>
    c.json({
      mailUrl: parts.urls.mail,
      messages: parts.mailbox
        .messages()
        .slice()
        .reverse()
        .map((m) => ({
          id: m.id,
          receivedAt: m.receivedAt,
          to: m.to,
          subject: m.subject,
          calendarMethod: m.calendar?.method ?? null,
        })),
    }),
  );

  return app;
}
