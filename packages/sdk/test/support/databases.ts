import { randomBytes } from 'node:crypto';
import type { Database } from '../../src/storage/database';
import { openDatabase } from '../../src/storage/open-database';

export interface TestDatabase {
  name: 'pglite' | 'postgres';
  open(): Promise<Database>;
}

/**
 * The stores every storage test runs against: in-memory PGlite always, and the PostgreSQL server named by
 * DATABASE_URL when it is set (CI sets it when a server answers). Each open gets its own schema, so test
 * files and parallel runs never see each other's rows.
 */
export function testDatabases(): TestDatabase[] {
  const list: TestDatabase[] = [{ name: 'pglite', open: () => openDatabase() }];
  const url = process.env.DATABASE_URL;
  if (url) {
    list.push({
      name: 'postgres',
      async open() {
        const schema = `t_${randomBytes(6).toString('hex')}`;
        const db = await openDatabase({ url, schema });
        return {
          ...db,
          async close() {
            await db.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
            await db.close();
          },
        };
      },
    });
  }
  return list;
}
