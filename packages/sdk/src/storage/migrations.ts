import type { Database } from './database';

/**
 * One forward-only schema change: a script of one or more statements. Ids are namespaced by module
 * (`booking/001-initial`) and never reused.
 */
export interface Migration {
  id: string;
  sql: string;
}

// Arbitrary but fixed: serialises migrators across processes sharing one PostgreSQL database.
const MIGRATION_LOCK = 4_206_203_001;

/**
 * Applies the migrations not yet recorded, in order, each in the same transaction as its record.
 * Safe to call from several server instances at once.
 */
export async function migrate(db: Database, migrations: readonly Migration[]): Promise<string[]> {
  const ids = new Set<string>();
  for (const m of migrations) {
    if (ids.has(m.id)) throw new TypeError(`Duplicate migration id: ${m.id}`);
    ids.add(m.id);
  }
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(
      'CREATE TABLE IF NOT EXISTS sehatkit_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const done = new Set(
      (await tx.query<{ id: string }>('SELECT id FROM sehatkit_migrations')).rows.map((r) => r.id),
    );
    const applied: string[] = [];
    for (const migration of migrations) {
      if (done.has(migration.id)) continue;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO sehatkit_migrations (id) VALUES ($1)', [migration.id]);
      applied.push(migration.id);
    }
    return applied;
  });
}
