export interface QueryResult<Row> {
  rows: Row[];
  /** Rows inserted, updated or deleted by the statement, where the driver reports it. */
  affectedRows: number;
}

/** Anything that runs one parameterised statement: the database itself or an open transaction. */
export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<Row>>;
  /** Runs a script of one or more statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/**
 * One PostgreSQL dialect over two drivers: embedded PGlite (default) and a PostgreSQL server through `pg`.
 * The same SQL and the same migrations run on both.
 */
export interface Database extends Queryable {
  readonly driver: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
