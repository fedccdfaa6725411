import { describe, expect, it } from 'vitest';
import { applyPatch, PatchError } from '../../../src/satusehat/fhir/json-patch';
import { maskName, maskPerson } from '../../../src/satusehat/fhir/masking';
import { VersionStamper } from '../../../src/satusehat/fhir/meta';
import { FhirStore } from '../../../src/satusehat/fhir/store';

describe('meta.versionId and lastUpdated', () => {
  it('encode lastUpdated in epoch nanoseconds as unpadded base64, like the official responses', () => {
    // Example-Encounter-Registration-Response: 2022-08-11T14:35:09.810004+00:00 ↔ MTY2MDIyODUwOTgxMDAwNDAwMA
    const stamper = new VersionStamper();
    const first = stamper.stamp(Date.parse('2022-08-11T14:35:09.810Z'));
    expect(first.lastUpdated).toBe('2022-08-11T14:35:09.810000+00:00');
    expect(first.versionId).toBe('MTY2MDIyODUwOTgxMDAwMDAwMA');
    const again = stamper.stamp(Date.parse('2022-08-11T14:35:09.810Z'));
    expect(again.lastUpdated).toBe('2022-08-11T14:35:09.810001+00:00');
    expect(Buffer.from(again.versionId, 'base64').toString()).toBe('1660228509810001000');
  });
});

describe('FhirStore', () => {
  it('finds duplicates by org-scoped identifier only, and frees an identifier when it changes', () => {
    const store = new FhirStore({ now: () => Date.parse('2026-01-01T00:00:00Z') });
    const system = 'http://sys-ids.kemkes.go.id/encounter/100';
    store.put('Encounter', 'a', { identifier: [{ system, value: 'V1' }] }, '100');
    expect(store.duplicateOf('Encounter', { identifier: [{ system, value: 'V1' }] })).toBe('a');
    expect(store.duplicateOf('Encounter', { identifier: [{ system, value: 'V1' }] }, 'a')).toBeUndefined();
    expect(
      store.duplicateOf('Encounter', { identifier: [{ system: 'urn:other', value: 'V1' }] }),
    ).toBeUndefined();
    store.put('Encounter', 'a', { identifier: [{ system, value: 'V2' }] }, '100');
    expect(store.duplicateOf('Encounter', { identifier: [{ system, value: 'V1' }] })).toBeUndefined();
    expect(store.findByIdentifier('Encounter', system, 'V2')?.resource.id).toBe('a');
  });

  it('keeps the first writer as owner across updates', () => {
    const store = new FhirStore({ now: () => 0 });
    store.put('Encounter', 'a', {}, '100');
    store.put('Encounter', 'a', {}, '200');
    expect(store.get('Encounter', 'a')?.ownerOrganization).toBe('100');
  });
});

describe('JSON Patch', () => {
  const doc = { period: { start: 'a' }, statusHistory: [{ status: 'arrived' }] };

  it('applies replace, add (with -), remove, move, copy and test', () => {
    const out = applyPatch(doc, [
      { op: 'test', path: '/period/start', value: 'a' },
      { op: 'replace', path: '/period/start', value: 'b' },
      { op: 'add', path: '/statusHistory/-', value: { status: 'in-progress' } },
      { op: 'copy', from: '/period/start', path: '/period/end' },
      { op: 'move', from: '/period/end', path: '/note' },
      { op: 'remove', path: '/statusHistory/0' },
    ]);
    expect(out).toEqual({ period: { start: 'b' }, statusHistory: [{ status: 'in-progress' }], note: 'b' });
    expect(doc.period.start).toBe('a');
  });

  it('fails on a missing path or a failed test, leaving the document as it was', () => {
    expect(() => applyPatch(doc, [{ op: 'replace', path: '/nothing', value: 1 }])).toThrow(PatchError);
    expect(() => applyPatch(doc, [{ op: 'test', path: '/period/start', value: 'z' }])).toThrow(PatchError);
    expect(() => applyPatch(doc, [{ op: 'remove', path: '/statusHistory/5' }])).toThrow(PatchError);
  });
});

describe('masking on reads', () => {
  it('keeps two letters per word and hides NIKs', () => {
    expect(maskName('Salsabilla Anjani Rizki')).toBe('Sa** An** Ri**');
    const masked = maskPerson({
      resourceType: 'Patient',
      name: [{ text: 'Budi Santoso', given: ['Budi'], family: 'Santoso' }],
      identifier: [
        { system: 'https://fhir.kemkes.go.id/id/nik', value: '3174031711440009' },
        { system: 'https://fhir.kemkes.go.id/id/ihs-number', value: '100000030009' },
      ],
    });
    expect(masked.name).toEqual([{ text: 'Bu** Sa**', given: ['Bu**'], family: 'Sa**' }]);
    expect(masked.identifier).toEqual([
      { system: 'https://fhir.kemkes.go.id/id/nik', value: '################' },
      { system: 'https://fhir.kemkes.go.id/id/ihs-number', value: '100000030009' },
    ]);
  });
});
