import { afterEach, describe, expect, it } from 'vitest';
import type { OverrideRecord } from '../../../src/drugs/policy/alert-store';
import { sqlAlertStore } from '../../../src/drugs/policy/sql-alert-store';
import type { Database } from '../../../src/storage/database';
import { testDatabases } from '../../support/databases';

const open: Database[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.close()));
});

function record(overrides: Partial<OverrideRecord> = {}): OverrideRecord {
  return {
    id: crypto.randomUUID(),
    patientId: 'pasien-1',
    issueId: 'DRG:ddi.warfarin-nsaid:ibuprofen+warfarin:o+c',
    ruleId: 'ddi.warfarin-nsaid',
    suppressionKey: 'ddi.warfarin-nsaid|ibuprofen+warfarin',
    kind: 'DRG',
    severity: 'MAJ',
    tier: 'interruptive',
    reasonCode: 'will-monitor',
    reasonText: 'INR mingguan',
    by: 'dr-ana',
    at: '2026-11-22T02:00:00.000Z',
    suppressedUntil: '2027-11-22T02:00:00.000Z',
    knowledgeBaseVersion: '0.1.0',
    ...overrides,
  };
}

describe.each(testDatabases())('SQL alert store on $name', (database) => {
  const connect = async () => {
    const db = await database.open();
    open.push(db);
    return { db, store: await sqlAlertStore(db) };
  };

  it('keeps overrides and their suppressions per patient until they expire', async () => {
    const { store } = await connect();
    const r = record();
    await store.recordOverride(r);
    await store.recordOverride(record({ patientId: 'pasien-2', suppressedUntil: undefined }));
    expect(await store.overrides('pasien-1')).toEqual([r]);
    const at = Date.parse('2026-12-01T00:00:00Z');
    expect(await store.activeSuppressions('pasien-1', at)).toEqual([
      { key: r.suppressionKey, until: r.suppressedUntil },
    ]);
    expect(await store.activeSuppressions('pasien-2', at)).toEqual([]);
    expect(await store.activeSuppressions('pasien-1', Date.parse('2028-01-01T00:00:00Z'))).toEqual([]);
  });

  it('extends a suppression when the same finding is overridden again, and lifts it on request', async () => {
    const { store } = await connect();
    await store.recordOverride(record());
    await store.recordOverride(record({ suppressedUntil: '2028-01-01T00:00:00.000Z' }));
    const at = Date.parse('2027-12-01T00:00:00Z');
    expect((await store.activeSuppressions('pasien-1', at))[0]?.until).toBe('2028-01-01T00:00:00.000Z');
    await store.removeSuppression('pasien-1', 'ddi.warfarin-nsaid|ibuprofen+warfarin');
    expect(await store.activeSuppressions('pasien-1', at)).toEqual([]);
    expect(await store.overrides('pasien-1')).toHaveLength(2);
  });

  it('writes nothing when the override cannot be stored (same id twice)', async () => {
    const { db, store } = await connect();
    const r = record();
    await store.recordOverride(r);
    await expect(store.recordOverride({ ...r, suppressionKey: 'other|key' })).rejects.toThrow();
    const { rows } = await db.query('SELECT suppression_key FROM drug_alert_suppressions');
    expect(rows).toEqual([{ suppression_key: r.suppressionKey }]);
  });

  it('migrates idempotently when opened twice on one database', async () => {
    const { db } = await connect();
    await sqlAlertStore(db);
    const { rows } = await db.query<{ id: string }>(
      "SELECT id FROM sehatkit_migrations WHERE id LIKE 'drugs/%'",
    );
    expect(rows.map((r) => r.id).sort()).toEqual([
      'drugs/001-alert-overrides',
      'drugs/002-alert-overrides-patient-index',
      'drugs/003-alert-suppressions',
    ]);
  });
});
