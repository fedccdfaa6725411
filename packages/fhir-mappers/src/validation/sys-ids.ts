import { SYS_IDS_BASE } from '../terminology/systems';

const BASE_LENGTH = SYS_IDS_BASE.length;

/**
 * The `{kind}` of a `http://sys-ids.kemkes.go.id/{kind}/{organizationId}` system (`encounter`, `kfa`...), or
 * undefined for a system outside sys-ids.
 */
export function sysIdsKind(system: string): string | undefined {
  if (!system.startsWith(SYS_IDS_BASE)) return undefined;
  const slash = system.indexOf('/', BASE_LENGTH);
  return slash === -1 ? system.slice(BASE_LENGTH) : system.slice(BASE_LENGTH, slash);
}

/**
 * What is wrong with the organisation id segment of a sys-ids system (after `{kind}/`, up to the next slash):
 * `missing` when there is none or it is empty, `wrong` when it is not `organizationId` (if one is expected).
 * Compared in place rather than sliced out, since this runs for every identifier checked.
 */
export function orgIdProblem(
  system: string,
  kind: string,
  organizationId: string | undefined,
): 'missing' | 'wrong' | undefined {
  const start = BASE_LENGTH + kind.length + 1;
  if (system.length < start) return 'missing';
  const slash = system.indexOf('/', start);
  const end = slash === -1 ? system.length : slash;
  if (end === start) return 'missing';
  if (organizationId === undefined) return undefined;
  const same = end - start === organizationId.length && system.startsWith(organizationId, start);
  return same ? undefined : 'wrong';
}
