import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir } from '../../../../scripts/fixtures';
import {
  mapCondition,
  mapEncounter,
  mapLocation,
  mapOrganization,
  readBundle,
  readLocation,
  readLocationSearch,
  readOperationOutcome,
  readOrganization,
  readPatient,
  readPatientSearch,
  readPractitioner,
  readPractitionerSearch,
  readStoredResource,
} from '../../src/index';
import { structurePaths, valuesOf } from '../support/json-paths';

// Official SATUSEHAT examples (sid-indonesia/fhir-specification), read in place from ../shared/fixtures.
const root = fixturesDir();
const examples = root === undefined ? undefined : path.join(root, 'satusehat-examples');
const load = (dir: string, file: string): unknown => JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
const list = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();

const ORG = '10000004';
const NOW = Date.parse('2024-06-01T00:00:00Z');
const BUDI = { ihsNumber: '100000030009', name: 'Budi Santoso' };
const BRONSIG = { ihsNumber: 'N10000001', name: 'Dokter Bronsig' };
const RUANG_1A = { id: 'ef011065-38c9-46f8-9c35-d1fe68966a3e', name: 'Ruang 1A, Poliklinik Rawat Jalan' };
const context = { organizationId: ORG, now: NOW };

/**
 * The clinic record equivalent to each official payload. Times are moved into the window the platform now
 * accepts (the 2022 examples predate its 31 August 2022 floor) and are otherwise the examples' own.
 */
const EQUIVALENTS: Record<string, () => unknown> = {
  'Example-Condition-A15.0-Payload.json': () =>
    mapCondition(
      {
        code: 'A15.0',
        display: 'Tuberculosis of lung, confirmed by sputum microscopy with or without culture',
        role: 'primary',
        onsetAt: '2024-04-29T00:00:00+07:00',
        recordedAt: '2024-05-29T00:00:00+07:00',
      },
      {
        ...context,
        patient: BUDI,
        encounter: { reference: 'Encounter/14e8398c-1016-44b8-b619-a802b80d2c94' },
      },
    ),
  'Example-Condition-E11.9-Payload.json': () =>
    mapCondition(
      {
        code: 'E11.9',
        display: 'Non-insulin-dependent diabetes mellitus without complications',
        role: 'primary',
        onsetAt: '2024-05-14T00:00:00+07:00',
        recordedAt: '2024-05-14T00:00:00+07:00',
      },
      {
        ...context,
        patient: BUDI,
        encounter: {
          reference: 'Encounter/2823ed1d-3e3e-434e-9a5b-9c579d192787',
          display: 'Kunjungan Budi Santoso di hari Selasa, 14 Mei 2024',
        },
      },
    ),
  'Example-Encounter-Registration-Payload.json': () =>
    mapEncounter(
      {
        registrationNumber: 'P20240001',
        status: 'arrived',
        patient: BUDI,
        practitioner: BRONSIG,
        location: RUANG_1A,
        arrivedAt: '2024-05-14T07:00:00+07:00',
        inProgressAt: '2024-05-14T08:00:00+07:00',
      },
      context,
    ),
  'Example-Encounter-Inprogress-Payload.json': () =>
    mapEncounter(
      {
        registrationNumber: 'P20240001',
        encounterId: '2823ed1d-3e3e-434e-9a5b-9c579d192787',
        status: 'in-progress',
        patient: BUDI,
        practitioner: BRONSIG,
        location: RUANG_1A,
        arrivedAt: '2024-05-14T07:00:00+07:00',
        inProgressAt: '2024-05-14T08:00:00+07:00',
        finishedAt: '2024-05-14T09:00:00+07:00',
      },
      context,
    ),
  'Example-Location-Create-Payload.json': () =>
    mapLocation(
      {
        id: 'G-2-R-1A',
        name: 'Ruang 1A, Poliklinik Rawat Jalan',
        description: 'Ruang 1A, Poliklinik Rawat Jalan, Lantai 2, Gedung G',
        phone: '+6221-783042654',
        email: 'rsudjatiasih@gmail.com',
        url: 'www.rsudjatiasih@gmail.com',
        physicalType: 'ro',
        // The official example swaps latitude and longitude; the record holds them the right way round.
        position: { longitude: 106.83239885393944, latitude: -6.23115426275766, altitude: 0 },
        managingOrganizationId: '8bc3f2fa-94f2-4daa-bbd3-574ce4557f9d',
      },
      context,
    ),
  'Example-Organization-Create-Payload.json': () =>
    mapOrganization(
      {
        id: 'R100005',
        name: 'Direktorat Medik, Keperawatan, dan Penunjang RSUD Jati Asih',
        phone: '+6221-783042654',
        email: 'rsudjatiasih@gmail.com',
        url: 'www.rsudjatiasih@gmail.com',
        address: {
          line: 'Jl. Raya Jatiasih No.72, RT.004/RW.005, Jatiasih, Kec. Jatiasih, Kota Bks, Jawa Barat 17423',
          city: 'Jakarta',
          postalCode: '55292',
          provinceCode: '31',
          cityCode: '3171',
          districtCode: '317101',
          villageCode: '3171010001',
        },
        partOf: { id: ORG, name: 'RSUD Jati Asih' },
      },
      context,
    ),
};

// The IG examples carry their own name as `id` on POST payloads; a real POST has none.
const IG_ONLY = /^Example-/;

function structure(resource: unknown): { paths: string[]; systems: string[]; codes: string[] } {
  const paths = [...structurePaths(resource)].filter(
    (p) => p !== 'id' || !IG_ONLY.test(String((resource as { id?: unknown }).id)),
  );
  // Organisation ids inside sys-ids systems are the examples' own (one even has a typo, 1000004); compare kinds.
  const systems = [...valuesOf(resource, 'system'), ...valuesOf(resource, 'url')].map((s) =>
    s.replace(/(sys-ids\.kemkes\.go\.id\/[a-z-]+\/)[^/]+/, '$1{org}'),
  );
  return {
    paths: paths.sort(),
    systems: [...new Set(systems)].sort(),
    codes: [...valuesOf(resource, 'code')].sort(),
  };
}

const readersByType: Record<string, (input: unknown) => unknown> = {
  Patient: readPatient,
  Practitioner: readPractitioner,
  Organization: readOrganization,
  Location: readLocation,
  OperationOutcome: readOperationOutcome,
  Bundle: readBundle,
};

describe.skipIf(examples === undefined)('official SATUSEHAT examples', () => {
  const dir = (sub: string) => path.join(examples as string, sub);

  describe('usecase examples of a type we read are read without error', () => {
    const files = examples === undefined ? [] : list(dir('usecase'));
    const readable = files.filter((f) => {
      const type = (load(dir('usecase'), f) as { resourceType?: string }).resourceType ?? '';
      return type in readersByType;
    });
    it('finds such examples', () => {
      expect(readable.length).toBeGreaterThan(20);
    });
    it.each(readable)('%s', (file) => {
      const doc = load(dir('usecase'), file) as { resourceType: string };
      expect(() => readersByType[doc.resourceType]?.(doc)).not.toThrow();
    });
  });

  describe('id-fhir responses are read without error', () => {
    const files = examples === undefined ? [] : list(dir('id-fhir')).filter((f) => f.includes('-Response'));
    it.each(files)('%s', (file) => {
      const doc = load(dir('id-fhir'), file) as { resourceType: string };
      // Creates and updates answer with the stored resource: its id and version are what a client reads.
      const read = readersByType[doc.resourceType] ?? readStoredResource;
      expect(() => read(doc)).not.toThrow();
    });

    it('reads the NIK searches of Patient and Practitioner into their IHS numbers', () => {
      const patients = readPatientSearch(load(dir('id-fhir'), 'Example-Patient-Response-Get-NIK.json'));
      expect(patients).toEqual([
        expect.objectContaining({ ihsNumber: '100000030009', name: 'Budi Santoso', nikMasked: true }),
      ]);
      const practitioners = readPractitionerSearch(
        load(dir('id-fhir'), 'Example-Practitioner-Response-Get-NIK.json'),
      );
      expect(practitioners[0]).toMatchObject({
        ihsNumber: '10000329187',
        qualifications: [{ code: 'STR-KKI' }],
      });
      expect(readLocationSearch({ resourceType: 'Bundle', type: 'searchset', entry: [] })).toEqual([]);
    });
  });

  describe('mapping the equivalent clinic record reproduces each payload structure', () => {
    const payloads =
      examples === undefined ? [] : list(dir('id-fhir')).filter((f) => f.endsWith('-Payload.json'));
    it.each(payloads)('%s', (file) => {
      const build = EQUIVALENTS[file];
      expect(build, `no equivalent record written for ${file}`).toBeDefined();
      const ours = structure(build?.());
      const theirs = structure(load(dir('id-fhir'), file));
      expect(ours.paths).toEqual(theirs.paths);
      expect(ours.systems).toEqual(theirs.systems);
      expect(ours.codes).toEqual(theirs.codes);
    });
  });
});
