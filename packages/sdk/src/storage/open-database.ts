import { z } from 'zod';
import { parseConfig } from '../errors/zod-issues';
import type { Database } from './database';

export const storageConfigSchema = z.object({
  /** `postgres://…` uses a PostgreSQL server; anything else is ignored. */
  url: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  /** PGlite data folder when no `url` is given; omitted means in memory. */
  dataDir: z.string().min(1).optional(),
  schema: z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_]{0,62}$/, 'must be a plain SQL identifier')
    .optional(),
});

export type StorageConfig = z.input<typeof storageConfigSchema>;

/**
 * Opens the store: PostgreSQL when `url` is given, embedded PGlite otherwise.
 * Drivers are imported on demand so a PGlite deployment never loads `pg` and vice versa.
 */
export async function openDatabase(config: StorageConfig = {}): Promise<Database> {
  const options = parseConfig(storageConfigSchema, config, 'storage');
  if (options.url) {
    const { openPostgres } = await import('./postgres-database');
    return openPostgres({ url: options.url, ...(options.schema ? { schema: options.schema } : {}) });
  }
  const { openPglite } = await import('./pglite-database');
  return openPglite({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.schema ? { schema: options.schema } : {}),
  });
}
