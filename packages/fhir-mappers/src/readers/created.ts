import { z } from 'zod';
import { readWith } from './unreadable';

/** What SATUSEHAT answers to a create or update: the stored resource with its id and meta. */
export interface StoredResourceRead {
  resourceType: string;
  id: string;
  /** Base64 of `lastUpdated` in epoch nanoseconds (spec §3.0). */
  versionId?: string;
  lastUpdated?: string;
}

const storedSchema = z.looseObject({
  resourceType: z.string().regex(/^[A-Z][A-Za-z]+$/),
  id: z.string().min(1),
  meta: z.looseObject({ versionId: z.string().optional(), lastUpdated: z.string().optional() }).optional(),
});

/** Reads the id and version of any resource SATUSEHAT returns from POST or PUT (Encounter, Condition...). */
export function readStoredResource(input: unknown): StoredResourceRead {
  const r = readWith(storedSchema, input, 'stored resource');
  const read: StoredResourceRead = { resourceType: r.resourceType, id: r.id };
  if (r.meta?.versionId !== undefined) read.versionId = r.meta.versionId;
  if (r.meta?.lastUpdated !== undefined) read.lastUpdated = r.meta.lastUpdated;
  return read;
}
