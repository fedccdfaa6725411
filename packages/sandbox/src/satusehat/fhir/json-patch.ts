import { clone, isObject, type Json } from '../http/json';

export interface PatchOperation {
  op: 'add' | 'remove' | 'replace' | 'move' | 'copy' | 'test';
  path: string;
  value?: unknown;
  from?: string;
}

export class PatchError extends Error {}

function tokens(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new PatchError(`invalid JSON pointer: ${pointer}`);
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function parentOf(doc: unknown, pointer: string): { parent: Json | unknown[]; key: string } {
  const parts = tokens(pointer);
  const key = parts.pop();
  if (key === undefined) throw new PatchError('cannot address the document root');
  let node: unknown = doc;
  for (const part of parts) {
    if (Array.isArray(node)) node = node[Number(part)];
    else if (isObject(node)) node = node[part];
    else node = undefined;
    if (node === undefined) throw new PatchError(`path not found: ${pointer}`);
  }
  if (!Array.isArray(node) && !isObject(node)) throw new PatchError(`path not found: ${pointer}`);
  return { parent: node, key };
}

function read(doc: unknown, pointer: string): unknown {
  let node: unknown = doc;
  for (const part of tokens(pointer)) {
    if (Array.isArray(node)) node = node[Number(part)];
    else if (isObject(node)) node = node[part];
    else node = undefined;
    if (node === undefined) throw new PatchError(`path not found: ${pointer}`);
  }
  return node;
}

function index(array: unknown[], key: string, forInsert: boolean): number {
  if (forInsert && key === '-') return array.length;
  if (!/^(0|[1-9]\d*)$/.test(key)) throw new PatchError(`invalid array index: ${key}`);
  const i = Number(key);
  if (i > array.length || (!forInsert && i === array.length))
    throw new PatchError(`index out of range: ${key}`);
  return i;
}

function add(doc: unknown, pointer: string, value: unknown): void {
  const { parent, key } = parentOf(doc, pointer);
  if (Array.isArray(parent)) parent.splice(index(parent, key, true), 0, value);
  else parent[key] = value;
}

function remove(doc: unknown, pointer: string): void {
  const { parent, key } = parentOf(doc, pointer);
  if (Array.isArray(parent)) parent.splice(index(parent, key, false), 1);
  else {
    if (!(key in parent)) throw new PatchError(`path not found: ${pointer}`);
    delete parent[key];
  }
}

/** RFC 6902 JSON Patch on a copy; the original stays untouched when an operation fails. */
export function applyPatch(document: Json, operations: readonly PatchOperation[]): Json {
  const doc = clone(document);
  for (const op of operations) {
    switch (op.op) {
      case 'add':
        add(doc, op.path, clone(op.value));
        break;
      case 'remove':
        remove(doc, op.path);
        break;
      case 'replace':
        read(doc, op.path);
        remove(doc, op.path);
        add(doc, op.path, clone(op.value));
        break;
      case 'move': {
        const value = read(doc, op.from ?? '');
        remove(doc, op.from ?? '');
        add(doc, op.path, value);
        break;
      }
      case 'copy':
        add(doc, op.path, clone(read(doc, op.from ?? '')));
        break;
      case 'test':
        if (JSON.stringify(read(doc, op.path)) !== JSON.stringify(op.value))
          throw new PatchError(`test failed at ${op.path}`);
        break;
      default:
        throw new PatchError(`unknown operation: ${String((op as { op?: unknown }).op)}`);
    }
  }
  return doc;
}

export function isPatchDocument(value: unknown): value is PatchOperation[] {
  return (
    Array.isArray(value) &&
    value.every((op) => isObject(op) && typeof op.op === 'string' && typeof op.path === 'string')
  );
}
