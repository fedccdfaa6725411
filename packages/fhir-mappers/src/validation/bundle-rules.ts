import { checkResource, type Env } from './check-resource';
import type { Report } from './issue';
import { isObject, type Json, str } from './json';
import { isUrnUuid } from './urn-uuid';

// `Bundle.entry[3]` and `Bundle.entry[3].resource`, kept once made: every Bundle checked names its entries,
// and the same few indices come back each time.
const entryPaths: string[] = [];
const resourcePaths: string[] = [];
const entryPath = (i: number) => (entryPaths[i] ??= `Bundle.entry[${i}]`);
const resourcePath = (i: number) => (resourcePaths[i] ??= `Bundle.entry[${i}].resource`);

/**
 * A transaction (or batch) Bundle: each entry's fullUrl and request, then each resource, references resolved
 * against the entries' fullUrls.
 */
export function checkBundle(bundle: Json, env: Env): void {
  const { report } = env;
  if (bundle.type !== 'transaction' && bundle.type !== 'batch') {
    report({
      path: 'Bundle.type',
      message: 'SATUSEHAT takes a Bundle of type transaction (or batch)',
      severity: 'error',
      code: 'invalid_bundle_type',
    });
  }
  const entries = Array.isArray(bundle.entry) ? bundle.entry : [];
  const fullUrls = new Set<string>();
  for (let i = 0; i < entries.length; i += 1) {
    const entry = entries[i];
    if (!isObject(entry)) {
      report({ path: entryPath(i), message: 'Entry is not an object', severity: 'error', code: 'structure' });
      continue;
    }
    checkFullUrl(entry, i, fullUrls, report);
  }
  const entryEnv: Env = { ...env, fullUrls };
  for (let i = 0; i < entries.length; i += 1) {
    const entry = entries[i];
    if (!isObject(entry)) continue;
    const resource = entry.resource;
    if (!isObject(resource) || typeof resource.resourceType !== 'string') {
      report({
        path: resourcePath(i),
        message: 'Entry has no resource',
        severity: 'error',
        code: 'structure',
      });
      continue;
    }
    if (resource.resourceType === 'Bundle') {
      report({
        path: resourcePath(i),
        message: 'Forbidden nested bundle',
        ruleNumber: 20011,
        severity: 'error',
        code: 'nested_bundle',
      });
      continue;
    }
    checkRequest(entry.request, resource, i, report);
    checkResource(resource, resourcePath(i), entryEnv);
  }
}

/** RuleNumbers 20017-20021: every entry has a fullUrl `urn:uuid:<uuid>`, each one unique. */
function checkFullUrl(entry: Json, index: number, seen: Set<string>, report: Report): void {
  const fullUrl = entry.fullUrl;
  if (typeof fullUrl === 'string' && isUrnUuid(fullUrl) && !seen.has(fullUrl)) {
    seen.add(fullUrl);
    return;
  }
  const type = isObject(entry.resource) ? (str(entry.resource.resourceType) ?? 'Resource') : 'Resource';
  const [ruleNumber, code, message] =
    typeof fullUrl !== 'string'
      ? [20021, 'fullurl_missing', `Invalid resource ${type} due to missing fullUrl element`]
      : !fullUrl.startsWith('urn:uuid')
        ? [
            20018,
            'fullurl_format',
            `Invalid element ${type}.fullUrl due to invalid fullUrl format. It must begin with 'urn:uuid'`,
          ]
        : !fullUrl.startsWith('urn:uuid:')
          ? [
              20017,
              'fullurl_format',
              `Invalid element ${type}.fullUrl due to invalid fullUrl format. It must be in the format: 'urn:uuid:{uuid}'`,
            ]
          : !isUrnUuid(fullUrl)
            ? [20019, 'fullurl_uuid', `Invalid element ${type}.fullUrl due to invalid UUID format`]
            : [
                20020,
                'fullurl_duplicate',
                `Invalid element ${type}.fullUrl due to duplicate fullUrl: ${fullUrl}`,
              ];
  report({ path: `${entryPath(index)}.fullUrl`, message, ruleNumber, severity: 'error', code });
}

/** A transaction entry's request must be `POST {type}` or `PUT {type}/{id}` of its own resource. */
function checkRequest(request: unknown, resource: Json, index: number, report: Report): void {
  const type = resource.resourceType as string;
  if (!isObject(request)) {
    report({
      path: `${entryPath(index)}.request`,
      message: 'A transaction entry needs request.method and request.url',
      severity: 'error',
      code: 'structure',
    });
    return;
  }
  const { method } = request;
  const url = str(request.url) ?? '';
  const matches =
    method === 'POST' ? url === type : method === 'PUT' && url === `${type}/${str(resource.id) ?? ''}`;
  if (!matches) {
    report({
      path: `${entryPath(index)}.request.url`,
      message: `Expected POST ${type} or PUT ${type}/<resource id>`,
      severity: 'error',
      code: 'request_mismatch',
    });
  }
}
