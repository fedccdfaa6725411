/**
 * The script-tag entry (`cdn/sehatkit.js`): finds `sehat-*` tags that are not defined yet, now and as they
 * are added later, and loads only the elements the page uses. Each element is its own chunk; heavy parts
 * (PeerJS for the video room) load inside their element's chunk, never up front.
 *
 * ```html
 * <script type="module" src="https://cdn.example/@sehatkit/elements/cdn/sehatkit.js"></script>
 * <sehat-bpjs-verify endpoint="/api/sehat"></sehat-bpjs-verify>
 * ```
 */

/** Every element the autoloader knows: tag -> the define module that registers it. */
export const elementLoaders: Record<string, () => Promise<unknown>> = {
  'sehat-booking': () => import('./components/booking/define'),
  'sehat-consult-hours': () => import('./components/consult-hours/define'),
  'sehat-bpjs-verify': () => import('./components/bpjs-verify/define'),
  'sehat-drug-alerts': () => import('./components/drug-alerts/define'),
  'sehat-drug-badge': () => import('./components/drug-badge/define'),
  'sehat-drug-search': () => import('./components/drug-search/define'),
  'sehat-video-room': () => import('./components/video-room/define'),
};

const pending = new Map<string, Promise<void>>();

/** Loads the element for `tag` once; unknown `sehat-*` tags are reported, not thrown. */
export function load(tag: string): Promise<void> {
  const started = pending.get(tag);
  if (started) return started;
  const loader = elementLoaders[tag];
  const loading = loader
    ? loader().then(() => undefined)
    : Promise.resolve(console.warn(`SehatKit has no element <${tag}>.`));
  pending.set(tag, loading);
  return loading;
}

/** Loads every undefined `sehat-*` element under `root` (a document, element or shadow root). */
export async function discover(root: ParentNode): Promise<void> {
  const tags = new Set<string>();
  const consider = (element: Element) => {
    const tag = element.localName;
    if (tag.startsWith('sehat-') && !customElements.get(tag)) tags.add(tag);
  };
  if (root instanceof Element) consider(root);
  for (const element of root.querySelectorAll(':not(:defined)')) consider(element);
  await Promise.all([...tags].map(load));
}

/** Resolves when every `sehat-*` element currently in the document is defined. */
export function allDefined(root: ParentNode = document): Promise<void> {
  return discover(root);
}

function start(): void {
  void discover(document);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) void discover(node);
    }
  }).observe(document.documentElement, { subtree: true, childList: true });
}

if (typeof document !== 'undefined') start();
