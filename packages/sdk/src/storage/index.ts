export { isConstraintViolation, SQLSTATE } from './constraint-violation';
export type { Database, Queryable, QueryResult } from './database';
export { type Migration, migrate } from './migrations';
export { openDatabase, type StorageConfig, storageConfigSchema } from './open-database';
