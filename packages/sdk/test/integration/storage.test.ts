import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isConfigurationError } from '../../src/errors/index';
import type { Database } from '../../src/storage/database';
import { isConstraintViolation, migrate, openDatabase, SQLSTATE } from '../../src/storage/index';
import { testDatabases } from '../support/databases';

const migrations = [
  { id: 'test/001', sql: 'CREATE TABLE item (id text PRIMARY KEY, n int NOT NULL)' },
  {
    id: 'test/002',
    // Two statements in one migration: both drivers run scripts.
    sql: `CREATE TABLE hold (room text NOT NULL, during tstzrange NOT NULL,
          CONSTRAINT hold_no_overlap EXCLUDE USING gist (room WITH =, during WITH &&));
          CREATE INDEX hold_room ON hold (room)`,
  },
];

describe.each(testDatabases())('storage on $name', ({ open }) => {
  let db: Database;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(async () => {
    await db.close();
  });

  it('applies migrations once, however often it is asked', async () => {
    expect(await migrate(db, migrations)).toEqual(['test/001', 'test/002']);
    expect(await migrate(db, migrations)).toEqual([]);
  });

  it('commits a transaction that resolves and rolls back one that throws', async () => {
    await db.transaction((tx) => tx.query('INSERT INTO item VALUES ($1, $2)', ['a', 1]));
    await expect(
      db.transaction(async (tx) => {
        await tx.query('INSERT INTO item VALUES ($1, $2)', ['b', 2]);
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    const { rows } = await db.query<{ id: string }>('SELECT id FROM item ORDER BY id');
    expect(rows.map((r) => r.id)).toEqual(['a']);
  });

  it('reports an exclusion-constraint violation so callers can tell a lost race from a failure', async () => {
    await db.query(`INSERT INTO hold VALUES ('r1', tstzrange('2026-01-01 10:00Z', '2026-01-01 10:20Z'))`);
    const error = await db
      .query(`INSERT INTO hold VALUES ('r1', tstzrange('2026-01-01 10:10Z', '2026-01-01 10:30Z'))`)
      .catch((e: unknown) => e);
    expect(isConstraintViolation(error, SQLSTATE.exclusionViolation, 'hold_no_overlap')).toBe(true);
    // Half-open ranges: the next slot may start where the previous one ends.
    await db.query(`INSERT INTO hold VALUES ('r1', tstzrange('2026-01-01 10:20Z', '2026-01-01 10:40Z'))`);
  });
});

describe('openDatabase', () => {
  it('rejects a URL that is not PostgreSQL with a configuration error naming the field', async () => {
    const error = await openDatabase({ url: 'mysql://localhost/x' }).catch((e: unknown) => e);
    expect(isConfigurationError(error)).toBe(true);
    expect((error as Error).message).toContain('url');
  });
});
