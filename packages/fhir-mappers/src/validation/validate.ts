import type { Bundle, FhirResource } from 'fhir/r4';
import { SYS_IDS_BASE } from '../terminology/systems';
import { checkBundle } from './bundle-rules';
import { checkResource } from './check-resource';
import { platformNow } from './datetimes';
import type { SatuSehatIssue } from './issue';
import { asArray, isObject, type Json, str } from './json';

export interface SatuSehatValidationOptions {
  /**
   * The caller's SATUSEHAT organization id. Default: taken from the first org-scoped identifier system
   * (or serviceProvider), so at least every identifier must agree with the others.
   */
  organizationId?: string;
  /** The current time for "not in the future"; default `Date.now()`. */
  now?: Date | number;
}

/**
 * Checks a resource or a transaction Bundle against SATUSEHAT's platform rules before it is sent, and returns
 * every finding (empty when none). Covers: organisation id in identifier systems (RuleNumber 10117), mandatory
 * references (10124), datetime format and range (10132), empty text (10134), code systems per element
 * (10002, 10003, 10006-10025, 10030-10039, 10078), a finished Encounter only with a diagnosis, the
 * statusHistory order, the medicationType extension and KFA code levels per resource, and the Bundle rules
 * (no nested Bundle 20011, fullUrl `urn:uuid:` 20017-20019, unique 20020, present 20021, references resolved).
 */
export function validateForSatuSehat(
  input: FhirResource | Bundle | unknown,
  options: SatuSehatValidationOptions = {},
): SatuSehatIssue[] {
  const issues: SatuSehatIssue[] = [];
  const report = (issue: SatuSehatIssue) => {
    issues.push(issue);
  };
  const now = platformNow(options.now);
  if (!isObject(input) || typeof input.resourceType !== 'string') {
    report({
      path: '',
      message: 'Not a FHIR resource (no resourceType)',
      severity: 'error',
      code: 'structure',
    });
    return issues;
  }
  const organizationId = options.organizationId ?? inferOrganizationId(input);
  const env = { organizationId, now, report, fullUrls: undefined };
  if (input.resourceType === 'Bundle') checkBundle(input, env);
  else checkResource(input, input.resourceType, env);
  return issues;
}

/** The organisation id named by the first org-scoped identifier system or serviceProvider found. */
function inferOrganizationId(input: Json): string | undefined {
  const resources =
    input.resourceType === 'Bundle'
      ? asArray(input.entry).flatMap((e) => (isObject(e) && isObject(e.resource) ? [e.resource] : []))
      : [input];
  for (const r of resources) {
    const list = Array.isArray(r.identifier) ? r.identifier : [r.identifier];
    for (const identifier of list) {
      const system = isObject(identifier) ? str(identifier.system) : undefined;
      if (system?.startsWith(SYS_IDS_BASE)) {
        const [kind, orgId] = system.slice(SYS_IDS_BASE.length).split('/');
        if (kind !== 'kfa' && kind !== 'referral-number' && orgId) return orgId;
      }
    }
    const provider = isObject(r.serviceProvider) ? str(r.serviceProvider.reference) : undefined;
    if (provider?.startsWith('Organization/')) return provider.slice('Organization/'.length);
  }
  return undefined;
}
