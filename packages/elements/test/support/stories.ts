import { expect, waitFor } from 'storybook/test';

/** The endpoints the Storybook proxy serves (see .storybook/sandbox-plugin.ts). */
export const STAFF_ENDPOINT = '/api/sehat';
export const VISITOR_ENDPOINT = '/api/sehat-visitor';
export const BPJS_DOWN_ENDPOINT = '/api/sehat-bpjs-down';

/** Retries `check` until it passes: requests go through the proxy to the sandbox, the first one cold. */
export function eventually(check: () => unknown | Promise<unknown>): Promise<unknown> {
  return waitFor(check, { timeout: 10_000 });
}

/** The story's element, once it has rendered. */
export async function storyElement<E extends HTMLElement>(canvas: HTMLElement, tag: string): Promise<E> {
  const el = canvas.querySelector(tag) as (E & { updateComplete?: Promise<unknown> }) | null;
  if (!el) throw new Error(`the story renders no <${tag}>`);
  await el.updateComplete;
  return el;
}

/** A part inside the element's shadow root, waiting until it appears. */
export async function part<E extends Element = HTMLElement>(host: Element, selector: string): Promise<E> {
  let found: E | null | undefined;
  await eventually(() => {
    found = host.shadowRoot?.querySelector<E>(selector);
    expect(found).toBeTruthy();
  });
  return found as E;
}

export const textOf = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
