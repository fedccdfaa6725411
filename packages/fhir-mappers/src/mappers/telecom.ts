import type { ContactPoint } from 'fhir/r4';

/** Phone, e-mail and website as FHIR ContactPoints; `use` follows who owns them (work for a facility). */
export function buildTelecom(
  contact: { phone?: string | undefined; email?: string | undefined; url?: string | undefined },
  use: { phone: ContactPoint['use']; email: ContactPoint['use'] },
): ContactPoint[] | undefined {
  const telecom: ContactPoint[] = [];
  if (contact.phone !== undefined) telecom.push({ system: 'phone', value: contact.phone, use: use.phone });
  if (contact.email !== undefined) telecom.push({ system: 'email', value: contact.email, use: use.email });
  if (contact.url !== undefined) telecom.push({ system: 'url', value: contact.url, use: 'work' });
  return telecom.length > 0 ? telecom : undefined;
}
