import { randomUUID } from 'node:crypto';
import { clone, type Json } from '../http/json';
import type { SimulatorClock } from '../options';
import { VersionStamper } from './meta';

export interface StoredResource {
  resource: Json;
  /** The organization whose client wrote it; undefined for seeded master data. */
  ownerOrganization: string | undefined;
}

/** Identifier systems whose values must be unique per resource type (org-scoped local ids, NIK, IHS numbers). */
export function isUniqueIdentifierSystem(system: string): boolean {
  return (
    system.startsWith('http://sys-ids.kemkes.go.id/') || system.startsWith('https://fhir.kemkes.go.id/id/')
  );
}

function identifierKeys(type: string, resource: Json): string[] {
  const list = Array.isArray(resource.identifier)
    ? resource.identifier
    : resource.identifier
      ? [resource.identifier] // Composition.identifier is a single object
      : [];
  const keys: string[] = [];
  for (const id of list as Json[]) {
    if (typeof id?.system === 'string' && typeof id.value === 'string' && isUniqueIdentifierSystem(id.system))
      keys.push(`${type}|${id.system}|${id.value}`);
  }
  return keys;
}

/** The in-memory FHIR store: ids, versions, an identifier index for duplicate checks. */
export class FhirStore {
  readonly #byType = new Map<string, Map<string, StoredResource>>();
  readonly #identifiers = new Map<string, string>();
  readonly #stamper = new VersionStamper();
  readonly #clock: SimulatorClock;

  constructor(clock: SimulatorClock) {
    this.#clock = clock;
  }

  newId(): string {
    return randomUUID();
  }

  get(type: string, id: string): StoredResource | undefined {
    return this.#byType.get(type)?.get(id);
  }

  list(type: string): StoredResource[] {
    return [...(this.#byType.get(type)?.values() ?? [])];
  }

  types(): string[] {
    return [...this.#byType.keys()].sort();
  }

  count(type: string): number {
    return this.#byType.get(type)?.size ?? 0;
  }

  /** The resource holding an identifier, through the index (only unique systems are indexed). */
  findByIdentifier(type: string, system: string, value: string): StoredResource | undefined {
    const id = this.#identifiers.get(`${type}|${system}|${value}`);
    return id === undefined ? undefined : this.get(type, id);
  }

  /** The id of another resource of this type that already holds one of these identifiers. */
  duplicateOf(type: string, resource: Json, selfId?: string): string | undefined {
    for (const key of identifierKeys(type, resource)) {
      const holder = this.#identifiers.get(key);
      if (holder && holder !== selfId) return holder;
    }
    return undefined;
  }

  /** Writes a resource (create or replace) and stamps its meta. The caller has validated it. */
  put(type: string, id: string, resource: Json, ownerOrganization: string | undefined): Json {
    const previous = this.get(type, id);
    if (previous) for (const key of identifierKeys(type, previous.resource)) this.#identifiers.delete(key);
    const stored = clone(resource);
    stored.resourceType = type;
    stored.id = id;
    const meta = { ...((stored.meta as Json | undefined) ?? {}), ...this.#stamper.stamp(this.#clock.now()) };
    stored.meta = meta;
    let table = this.#byType.get(type);
    if (!table) {
      table = new Map();
      this.#byType.set(type, table);
    }
    table.set(id, { resource: stored, ownerOrganization: previous?.ownerOrganization ?? ownerOrganization });
    for (const key of identifierKeys(type, stored)) this.#identifiers.set(key, id);
    return stored;
  }

  clear(): void {
    this.#byType.clear();
    this.#identifiers.clear();
  }
}
