import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import type { Database, Queryable, QueryResult } from './database';

export interface PgliteOptions {
  /** A folder for the data; omitted means in memory (tests, throwaway demos). */
  dataDir?: string;
  /** A schema to work in, created when missing. */
  schema?: string;
}

function wrap(target: Pick<PGlite, 'query' | 'exec'>): Queryable {
  return {
    async exec(sql: string) {
      // PGlite's query() uses the extended protocol, which takes one statement; exec() takes a script.
      await target.exec(sql);
    },
    async query<Row>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<Row>> {
      const result = await target.query<Row>(sql, params as unknown[]);
      return { rows: result.rows, affectedRows: result.affectedRows ?? 0 };
    },
  };
}

/** Embedded PostgreSQL (WASM): no server to run, with btree_gist for exclusion constraints. */
export async function openPglite(options: PgliteOptions = {}): Promise<Database> {
  const pg = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    extensions: { btree_gist },
  });
  await pg.exec('CREATE EXTENSION IF NOT EXISTS btree_gist');
  if (options.schema) {
    await pg.exec(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(options.schema)}`);
    await pg.exec(`SET search_path = ${quoteIdentifier(options.schema)}, public`);
  }
  const direct = wrap(pg);
  return {
    driver: 'pglite',
    query: direct.query,
    exec: direct.exec,
    // PGlite has one connection and queues transactions, so concurrent callers are serialised here.
    transaction: (work) => pg.transaction((tx) => work(wrap(tx))),
    close: () => pg.close(),
  };
}

export function quoteIdentifier(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(name)) throw new TypeError(`Not a plain SQL identifier: ${name}`);
  return `"${name}"`;
}
