import type { Bilingual } from './i18n';

export interface FieldIssue {
  path: string;
  message: Bilingual;
}

/** A refused or failed request, with the message to show and, for forms, the refused fields. */
export class RequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly text: Bilingual,
    readonly issues: FieldIssue[] = [],
  ) {
    super(text.en);
  }
}

async function request<T>(url: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      credentials: 'same-origin',
      ...init,
      headers: {
        Accept: 'application/json',
        ...(init.body ? { 'Content-Type': 'application/json' } : {}),
        ...init.headers,
      },
    });
  } catch {
    throw new RequestError(0, 'NETWORK', {
      id: 'Server demo tidak terjangkau. Apakah sandbox masih berjalan?',
      en: 'The demo server cannot be reached. Is the sandbox still running?',
    });
  }
  const body = response.headers.get('content-type')?.includes('json') ? await response.json() : undefined;
  if (response.ok) return body as T;
  // The demo's own routes answer { error: { code, message: {id, en}, issues } }; the handler answers RFC 9457.
  const demo = body?.error;
  if (demo?.message) throw new RequestError(response.status, demo.code, demo.message, demo.issues ?? []);
  const detail = typeof body?.detail === 'string' ? body.detail : `HTTP ${response.status}`;
  throw new RequestError(response.status, body?.code ?? 'HTTP', { id: detail, en: detail });
}

/** The demo clinic's own backend (its EMR side). */
export function demoApi<T>(path: string, init?: { method?: string; body?: unknown }): Promise<T> {
  return request<T>(`/demo-api${path}`, {
    method: init?.method ?? (init?.body === undefined ? 'GET' : 'POST'),
    ...(init?.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
}

/** The SehatKit server handler, mounted at /api: what the elements call, used directly where no element fits. */
export function handlerApi<T>(path: string, init?: { method?: string; body?: unknown }): Promise<T> {
  return request<T>(`/api${path}`, {
    method: init?.method ?? (init?.body === undefined ? 'GET' : 'POST'),
    ...(init?.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
}
