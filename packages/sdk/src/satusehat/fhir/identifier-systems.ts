/** Identifier systems (satusehat.md §3.1). */
export const NIK_SYSTEM = 'https://fhir.kemkes.go.id/id/nik';

/** The org-scoped system of local identifiers: `http://sys-ids.kemkes.go.id/encounter/{orgId}` and friends. */
export function localIdentifierSystem(kind: string, organizationId: string): string {
  return `http://sys-ids.kemkes.go.id/${kind}/${organizationId}`;
}
