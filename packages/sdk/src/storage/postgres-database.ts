import pg from 'pg';
import type { Database, Queryable, QueryResult } from './database';
import { quoteIdentifier } from './pglite-database';

export interface PostgresOptions {
  /** A `postgres://` connection string. */
  url: string;
  /** A schema to work in, created when missing (tests use one per suite). */
  schema?: string;
  /** Pool size. Default 10. */
  maxConnections?: number;
}

function wrap(target: pg.Pool | pg.PoolClient): Queryable {
  return {
    async exec(sql: string) {
      // Without parameters pg uses the simple protocol, which accepts several statements.
      await target.query(sql);
    },
    async query<Row>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<Row>> {
      const result = await target.query(sql, params as unknown[]);
      return { rows: result.rows as Row[], affectedRows: result.rowCount ?? 0 };
    },
  };
}

/** A PostgreSQL server through a `pg` pool. */
export async function openPostgres(options: PostgresOptions): Promise<Database> {
  const searchPath = options.schema ? `${quoteIdentifier(options.schema)},public` : undefined;
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.maxConnections ?? 10,
    ...(searchPath ? { options: `-c search_path=${searchPath}` } : {}),
  });
  // Extensions live in `public` so that per-schema test databases can share them.
  await pool.query('CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public');
  if (options.schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(options.schema)}`);
  const direct = wrap(pool);
  return {
    driver: 'postgres',
    query: direct.query,
    exec: direct.exec,
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
