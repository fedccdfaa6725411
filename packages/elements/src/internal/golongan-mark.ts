import { svg } from 'lit';
import type { Golongan } from '../api/wire';

/**
 * The label marks BPOM requires on the pack (specs/drug-knowledge.md 3.3): green circle for obat bebas,
 * blue for bebas terbatas, red with a black K for obat keras and psikotropika, a red cross in a circle for
 * narkotika. Drawn here, not copied from artwork; `label` is the accessible name.
 */
export function golonganMark(golongan: Golongan, label: string) {
  const shape =
    golongan === 'bebas'
      ? svg`<circle cx="8" cy="8" r="6.5" fill="#1f8a3b" stroke="#000" stroke-width="1.5"/>`
      : golongan === 'bebas-terbatas'
        ? svg`<circle cx="8" cy="8" r="6.5" fill="#1d5fbf" stroke="#000" stroke-width="1.5"/>`
        : golongan === 'narkotika'
          ? svg`<circle cx="8" cy="8" r="6.5" fill="#fff" stroke="#c1121f" stroke-width="1.5"/><path d="M6.6 3.5h2.8v3.1h3.1v2.8H9.4v3.1H6.6V9.4H3.5V6.6h3.1z" fill="#c1121f"/>`
          : svg`<circle cx="8" cy="8" r="6.5" fill="#c1121f" stroke="#000" stroke-width="1.5"/><path d="M5.2 1.8v12.4M5.2 8l5.5-5.4M5.2 8l5.5 5.4" stroke="#000" stroke-width="1.8" fill="none"/>`;
  return svg`<svg part="golongan" class="golongan" viewBox="0 0 16 16" width="16" height="16" role="img" aria-label=${label} data-golongan=${golongan}>${shape}</svg>`;
}
