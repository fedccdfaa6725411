import { clone, type Json } from '../http/json';

/** `Salsabilla Anjani Rizki` → `Sa** An** Ri**`: each word keeps two letters (go-satusehat-sdk testdata). */
export function maskName(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => `${word.slice(0, 2)}**`)
    .join(' ');
}

/**
 * Since 2024-11-21 SATUSEHAT censors Patient and Practitioner names and NIKs on every read
 * (satusehat.md §1.2, §3.0); the stored record keeps them for matching.
 */
export function maskPerson(resource: Json): Json {
  if (resource.resourceType !== 'Patient' && resource.resourceType !== 'Practitioner') return resource;
  const out = clone(resource);
  if (Array.isArray(out.name)) {
    out.name = (out.name as Json[]).map((n) => ({
      ...n,
      ...(typeof n.text === 'string' ? { text: maskName(n.text) } : {}),
      ...(typeof n.family === 'string' ? { family: maskName(n.family) } : {}),
      ...(Array.isArray(n.given) ? { given: (n.given as string[]).map(maskName) } : {}),
    }));
  }
  if (Array.isArray(out.identifier)) {
    out.identifier = (out.identifier as Json[]).map((id) =>
      typeof id.system === 'string' && id.system.startsWith('https://fhir.kemkes.go.id/id/nik')
        ? { ...id, value: '#'.repeat(String(id.value ?? '').length || 16) }
        : id,
    );
  }
  return out;
}
