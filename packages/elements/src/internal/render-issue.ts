import { html, nothing } from 'lit';
import type { CitationView, DrugIssue } from '../api/wire';
import { commonTerms, drugTerms } from '../translations/index';
import type { LocalizeController } from './localize';

/** A citation as a reader looks it up: title, section, publisher, year, link. */
function citation(c: CitationView) {
  const where = [c.section, c.publisher, c.year].filter(Boolean).join(', ');
  const title = c.url
    ? html`<a href=${c.url} target="_blank" rel="noopener noreferrer">${c.title}</a>`
    : c.title;
  return html`<li>${title}${where ? ` (${where})` : ''}${c.id ? ` ${c.id}` : ''}</li>`;
}

export function renderSources(localize: LocalizeController, sources: readonly CitationView[]) {
  if (sources.length === 0) return nothing;
  return html`<details part="sources" class="sources">
    <summary>${localize.terms(commonTerms).sources} (${sources.length})</summary>
    <ul>${sources.map(citation)}</ul>
  </details>`;
}

/**
 * One finding as both the badge's dialog and the alerts list show it: what, why for this patient (the
 * matched allergen and how it matched), what to do, and the evidence. All text goes in as text, never HTML.
 */
export function renderIssueBody(localize: LocalizeController, issue: DrugIssue) {
  const terms = localize.terms(drugTerms);
  return html`
    <p class="issue-head">
      <span part="tier" class="tier" data-tier=${issue.tier}>${terms.tier(issue.tier)}</span>
      <span class="kind">${terms.kind(issue.kind)} · ${terms.severity(issue.severity)}</span>
    </p>
    <p part="issue-summary" class="summary">${localize.text(issue.summary)}</p>
    ${
      issue.allergy
        ? html`<p part="allergen" class="allergen">
          ${terms.matchedAllergen(issue.allergy.allergen, terms.matchLevel(issue.allergy.matchLevel))}
        </p>`
        : nothing
    }
    <p class="detail">${localize.text(issue.detail)}</p>
    ${
      issue.management
        ? html`<p class="management"><strong>${terms.management}:</strong> ${localize.text(issue.management)}</p>`
        : nothing
    }
    ${renderSources(localize, issue.evidence)}
  `;
}
