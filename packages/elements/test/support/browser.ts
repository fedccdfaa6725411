import { render, type TemplateResult } from 'lit';
import { inject } from 'vitest';

/** The running sandbox's server handler, as the browser tests reach it. */
export function sandboxApi(): string {
  return inject('sandbox').api;
}

/** Acts as logged-in clinic staff: the demo session cookie goes with credentialed requests to the handler. */
export async function signInAsStaff(): Promise<void> {
  const { staffCookie, staffToken } = inject('sandbox');
  await cookieStore.set({ name: staffCookie, value: staffToken, path: '/', sameSite: 'lax' });
}

export async function signOut(): Promise<void> {
  await cookieStore.delete({ name: inject('sandbox').staffCookie, path: '/' });
}

const mounted: HTMLElement[] = [];

/** Renders a template into a fresh container on the page and waits for the first element's first render. */
export async function mount<E extends HTMLElement>(template: TemplateResult): Promise<E> {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  render(template, container);
  const element = container.firstElementChild as E;
  await (element as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  return element;
}

/** Removes everything `mount` added. */
export function unmountAll(): void {
  for (const container of mounted.splice(0)) container.remove();
}

/** The first event of `type` the element dispatches, or a rejection after `timeoutMs`. */
export function nextEvent<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  type: K,
  timeoutMs = 10_000,
): Promise<GlobalEventHandlersEventMap[K]> {
  const next = new Promise<GlobalEventHandlersEventMap[K]>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} event within ${timeoutMs} ms`)), timeoutMs);
    target.addEventListener(
      type,
      (event) => {
        clearTimeout(timer);
        resolve(event as GlobalEventHandlersEventMap[K]);
      },
      { once: true },
    );
  });
  // A test that fails before awaiting this must not leave an unhandled rejection for the next test;
  // awaiting `next` still rejects.
  next.catch(() => undefined);
  return next;
}

/** Querying inside an element's shadow root, failing loudly when the part is missing. */
export function inShadow<E extends Element = HTMLElement>(host: Element, selector: string): E {
  const found = host.shadowRoot?.querySelector<E>(selector);
  if (!found) throw new Error(`<${host.localName}> has no ${selector} in its shadow root`);
  return found;
}

/** Re-renders settle after a microtask; Lit elements expose `updateComplete`. */
export async function settled(element: Element): Promise<void> {
  await (element as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
}

/** A product of the sandbox catalogue whose name matches `pattern`, found through the real search route. */
export async function sandboxProduct(
  query: string,
  pattern: RegExp,
): Promise<{ code: string; name: string }> {
  const res = await fetch(`${sandboxApi()}/drugs/search?q=${encodeURIComponent(query)}&limit=20`);
  const body = (await res.json()) as { results: { kind: string; code: string; name: string }[] };
  const hit = body.results.find((r) => r.kind === 'product' && pattern.test(r.name));
  if (!hit) throw new Error(`the sandbox catalogue has no product matching ${pattern} for "${query}"`);
  return hit;
}

/** A patient id no other test uses: an override suppresses the same finding for that patient afterwards. */
export function freshPatientId(): string {
  return `browser-${crypto.randomUUID()}`;
}
