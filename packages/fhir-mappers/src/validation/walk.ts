import type { Report } from './issue';
import type { Json } from './json';
import { orgIdProblem, sysIdsKind } from './sys-ids';

/** What the walk needs to judge references and identifier systems. */
export interface WalkEnv {
  /** The organisation id every org-scoped identifier system must carry (RuleNumber 10117). */
  organizationId: string | undefined;
  /** fullUrls of the Bundle being checked; a `urn:uuid:` reference must be one of them. */
  fullUrls: ReadonlySet<string> | undefined;
  /** ids of the resource's contained resources; a `#id` reference must be one of them. */
  containedIds: ReadonlySet<string>;
  report: Report;
}

// sys-ids paths that are code systems or national registers rather than `{kind}/{organizationId}`.
const NOT_ORG_SCOPED = new Set(['kfa', 'referral-number']);
const TYPE_AND_ID = /^[A-Z][A-Za-z]+\/[A-Za-z0-9\-.]{1,64}$/;

/**
 * One pass over every element: empty text (RuleNumber 10134), identifier systems that name another
 * organisation (10117), and references that point nowhere. The path is kept as a stack of segments and only
 * joined into text when something is reported: a valid Bundle costs no path strings at all.
 */
export function walkResource(resource: Json, root: string, env: WalkEnv): void {
  visit(resource, '', { root, segments: [], env });
}

interface WalkState {
  root: string;
  segments: (string | number)[];
  env: WalkEnv;
}

// Plain recursive functions over a shared state rather than closures: this runs once per element of every
// resource checked, and validating a visit Bundle has to stay in the tens of microseconds.
function visit(node: unknown, key: string, state: WalkState): void {
  if (typeof node === 'string') {
    checkText(node, state);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const { segments } = state;
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i += 1) {
      const child = node[i];
      if (typeof child !== 'object' && typeof child !== 'string') continue;
      segments.push(i);
      visit(child, key, state);
      segments.pop();
    }
    return;
  }
  const obj = node as Json;
  if (key === 'identifier') checkIdentifierSystem(obj, state);
  for (const k in obj) {
    // Nested resources (contained, Bundle entries) get their own pass; a narrative div is XHTML, not text.
    if (k === 'contained' || k === 'div') continue;
    const child = obj[k];
    // Leaves are most of a resource: judge text in place and only descend into objects and arrays.
    if (typeof child === 'string') {
      if (k === 'reference') checkReference(child, state, k);
      if (child.length === 0 || child.charCodeAt(0) <= 32) {
        segments.push(k);
        checkText(child, state);
        segments.pop();
      }
    } else if (typeof child === 'object' && child !== null) {
      segments.push(k);
      visit(child, k, state);
      segments.pop();
    }
  }
}

/** RuleNumber 10134. Only a string that starts with whitespace can trim to nothing; skip trim() for the rest. */
function checkText(text: string, state: WalkState): void {
  if (text.length === 0 || (text.charCodeAt(0) <= 32 && text.trim() === '')) {
    state.env.report({
      path: pathOf(state),
      message: "Text is empty: ''",
      ruleNumber: 10134,
      severity: 'error',
      code: 'text_empty',
    });
  }
}

function pathOf(state: WalkState, extra?: string): string {
  return joinPath(state.root, extra === undefined ? state.segments : [...state.segments, extra]);
}

function joinPath(root: string, segments: readonly (string | number)[]): string {
  let out = root;
  for (const s of segments) out += typeof s === 'number' ? `[${s}]` : out === '' ? s : `.${s}`;
  return out;
}

function checkIdentifierSystem(identifier: Json, state: WalkState): void {
  const system = identifier.system;
  if (typeof system !== 'string') return;
  const kind = sysIdsKind(system);
  if (kind === undefined || NOT_ORG_SCOPED.has(kind)) return;
  const problem = orgIdProblem(system, kind, state.env.organizationId);
  if (problem === undefined) return;
  state.env.report({
    path: pathOf(state, 'system'),
    message:
      problem === 'missing'
        ? `Invalid identifier system: ${system} has no organization id`
        : `Wrong organization ID provided by system URL: ${system}`,
    ruleNumber: 10117,
    severity: 'error',
    code: 'invalid_identifier_system',
  });
}

function checkReference(reference: string, state: WalkState, key: string): void {
  const { env } = state;
  if (reference.startsWith('urn:uuid:')) {
    if (env.fullUrls === undefined || !env.fullUrls.has(reference)) {
      env.report({
        path: pathOf(state, key),
        message: `Reference ${reference} matches no entry fullUrl of the Bundle`,
        severity: 'error',
        code: 'unresolved_reference',
      });
    }
  } else if (reference.startsWith('#')) {
    if (!env.containedIds.has(reference.slice(1))) {
      env.report({
        path: pathOf(state, key),
        message: `Reference ${reference} matches no contained resource`,
        severity: 'error',
        code: 'unresolved_reference',
      });
    }
  } else if (!TYPE_AND_ID.test(reference) && !reference.startsWith('http')) {
    env.report({
      path: pathOf(state, key),
      message: 'Reference must be Type/id, urn:uuid:<uuid> or #contained-id',
      severity: 'error',
      code: 'invalid_reference',
    });
  }
}
