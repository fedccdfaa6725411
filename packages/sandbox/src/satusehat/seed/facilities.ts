import { createHash } from 'node:crypto';
import type { SimulatorClient } from '../options';

/** A stable UUID derived from a name, so a seeded Location keeps its id across restarts (demo bookmarks). */
export function stableUuid(name: string): string {
  const h = createHash('sha256').update(name).digest();
  h[6] = ((h[6] ?? 0) & 0x0f) | 0x50;
  h[8] = ((h[8] ?? 0) & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

export function seededLocationId(organizationId: string): string {
  return stableUuid(`sehatkit-simulator/location/${organizationId}/poli-umum`);
}

/** The facility itself (its IHS organization) and one outpatient room under it. */
export function facilityResources(client: SimulatorClient): Record<string, unknown>[] {
  const org = client.organizationId;
  return [
    {
      resourceType: 'Organization',
      id: org,
      active: true,
      identifier: [
        { use: 'official', system: `http://sys-ids.kemkes.go.id/organization/${org}`, value: org },
      ],
      type: [
        {
          coding: [
            {
              system: 'http://terminology.hl7.org/CodeSystem/organization-type',
              code: 'prov',
              display: 'Healthcare Provider',
            },
          ],
        },
      ],
      name: client.organizationName ?? `Fasyankes ${org}`,
      address: [
        {
          use: 'work',
          type: 'both',
          line: ['Jl. H.R. Rasuna Said Kav. 4-9'],
          city: 'Kota Adm. Jakarta Selatan',
          postalCode: '12950',
          country: 'ID',
          extension: [
            {
              url: 'https://fhir.kemkes.go.id/r4/StructureDefinition/administrativeCode',
              extension: [
                { url: 'province', valueCode: '31' },
                { url: 'city', valueCode: '3171' },
                { url: 'district', valueCode: '317110' },
              ],
            },
          ],
        },
      ],
    },
    {
      resourceType: 'Location',
      id: seededLocationId(org),
      identifier: [{ system: `http://sys-ids.kemkes.go.id/location/${org}`, value: 'POLI-UMUM-1' }],
      status: 'active',
      name: 'Poli Umum 1',
      description: 'Ruang Poli Umum 1, Lantai 1',
      mode: 'instance',
      physicalType: {
        coding: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/location-physical-type',
            code: 'ro',
            display: 'Room',
          },
        ],
      },
      position: { longitude: 106.83239885393944, latitude: -6.23115426275766, altitude: 0 },
      managingOrganization: { reference: `Organization/${org}` },
    },
  ];
}
