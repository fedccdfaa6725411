import type { Database } from '../../storage/database';
import { type Migration, migrate } from '../../storage/migrations';
import type { DrugAlertStore, OverrideRecord } from './alert-store';

/**
 * Schema of the persistent alert store. One statement per migration (PGlite runs each through the extended
 * protocol, which takes a single command). Ids are namespaced; never edit a released migration.
 */
export const drugAlertMigrations: readonly Migration[] = [
  {
    id: 'drugs/001-alert-overrides',
    sql: `CREATE TABLE drug_alert_overrides (
  id text PRIMARY KEY,
  patient_id text NOT NULL,
  issue_id text NOT NULL,
  rule_id text,
  suppression_key text NOT NULL,
  kind text NOT NULL,
  severity text NOT NULL,
  tier text NOT NULL,
  reason_code text NOT NULL,
  reason_text text,
  overridden_by text NOT NULL,
  co_signed_by text,
  overridden_at timestamptz NOT NULL,
  suppressed_until timestamptz,
  kb_version text NOT NULL
)`,
  },
  {
    id: 'drugs/002-alert-overrides-patient-index',
    sql: 'CREATE INDEX drug_alert_overrides_patient ON drug_alert_overrides (patient_id, overridden_at)',
  },
  {
    id: 'drugs/003-alert-suppressions',
    sql: `CREATE TABLE drug_alert_suppressions (
  patient_id text NOT NULL,
  suppression_key text NOT NULL,
  until timestamptz NOT NULL,
  override_id text NOT NULL REFERENCES drug_alert_overrides (id),
  PRIMARY KEY (patient_id, suppression_key)
)`,
  },
];

interface OverrideRow {
  id: string;
  patient_id: string;
  issue_id: string;
  rule_id: string | null;
  suppression_key: string;
  kind: OverrideRecord['kind'];
  severity: OverrideRecord['severity'];
  tier: OverrideRecord['tier'];
  reason_code: string;
  reason_text: string | null;
  overridden_by: string;
  co_signed_by: string | null;
  overridden_at: Date | string;
  suppressed_until: Date | string | null;
  kb_version: string;
}

const iso = (v: Date | string) => new Date(v).toISOString();

/**
 * Overrides and suppressions on the SehatKit store (PGlite or PostgreSQL). Runs the migrations on open.
 * An override and its suppression are written in one transaction.
 */
export async function sqlAlertStore(db: Database): Promise<DrugAlertStore> {
  await migrate(db, drugAlertMigrations);
  return {
    async activeSuppressions(patientId, at) {
      const { rows } = await db.query<{ suppression_key: string; until: Date | string }>(
        'SELECT suppression_key, until FROM drug_alert_suppressions WHERE patient_id = $1 AND until > $2 ORDER BY suppression_key',
        [patientId, new Date(at).toISOString()],
      );
      return rows.map((r) => ({ key: r.suppression_key, until: iso(r.until) }));
    },
    async recordOverride(r) {
      await db.transaction(async (tx) => {
        await tx.query(
          `INSERT INTO drug_alert_overrides (id, patient_id, issue_id, rule_id, suppression_key, kind, severity, tier,
             reason_code, reason_text, overridden_by, co_signed_by, overridden_at, suppressed_until, kb_version)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
          [
            r.id,
            r.patientId,
            r.issueId,
            r.ruleId ?? null,
            r.suppressionKey,
            r.kind,
            r.severity,
            r.tier,
            r.reasonCode,
            r.reasonText ?? null,
            r.by,
            r.coSignedBy ?? null,
            r.at,
            r.suppressedUntil ?? null,
            r.knowledgeBaseVersion,
          ],
        );
        if (r.suppressedUntil) {
          await tx.query(
            `INSERT INTO drug_alert_suppressions (patient_id, suppression_key, until, override_id) VALUES ($1, $2, $3, $4)
             ON CONFLICT (patient_id, suppression_key) DO UPDATE SET until = EXCLUDED.until, override_id = EXCLUDED.override_id`,
            [r.patientId, r.suppressionKey, r.suppressedUntil, r.id],
          );
        }
      });
    },
    async overrides(patientId) {
      const { rows } = await db.query<OverrideRow>(
        'SELECT * FROM drug_alert_overrides WHERE patient_id = $1 ORDER BY overridden_at, id',
        [patientId],
      );
      return rows.map((r) => ({
        id: r.id,
        patientId: r.patient_id,
        issueId: r.issue_id,
        ...(r.rule_id ? { ruleId: r.rule_id } : {}),
        suppressionKey: r.suppression_key,
        kind: r.kind,
        severity: r.severity,
        tier: r.tier,
        reasonCode: r.reason_code,
        ...(r.reason_text ? { reasonText: r.reason_text } : {}),
        by: r.overridden_by,
        ...(r.co_signed_by ? { coSignedBy: r.co_signed_by } : {}),
        at: iso(r.overridden_at),
        ...(r.suppressed_until ? { suppressedUntil: iso(r.suppressed_until) } : {}),
        knowledgeBaseVersion: r.kb_version,
      }));
    },
    async removeSuppression(patientId, key) {
      await db.query('DELETE FROM drug_alert_suppressions WHERE patient_id = $1 AND suppression_key = $2', [
        patientId,
        key,
      ]);
    },
  };
}
