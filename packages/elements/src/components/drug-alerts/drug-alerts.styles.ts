import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  .heading,
  .group-title {
    margin: 0 0 0.5rem;
    font-weight: 700;
  }
  .heading {
    font-size: 1.125rem;
  }
  .group-title {
    color: var(--_tier);
  }
  .group {
    margin-bottom: 1rem;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .issue {
    padding: var(--_space);
    border-inline-start: 4px solid var(--_tier);
    background: var(--_tier-bg);
    border-radius: var(--_radius);
  }
  .issue p {
    margin: 0 0 0.25rem;
  }
  .issue-head {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    font-size: 0.875rem;
  }
  .tier {
    font-weight: 700;
    color: var(--_tier);
  }
  .summary,
  .allergen {
    font-weight: 600;
  }
  .override {
    display: grid;
    gap: 0.25rem;
    margin-top: var(--_space);
  }
  label {
    font-weight: 600;
  }
  select,
  textarea {
    font: inherit;
    padding: 0.375rem 0.5rem;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  [aria-invalid='true'] {
    border-color: var(--_critical);
    outline: 1px solid var(--_critical);
  }
  .field-error {
    margin: 0;
    color: var(--_critical);
    font-size: 0.875em;
  }
  .sources {
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .sources ul {
    display: block;
    list-style: disc;
    padding-inline-start: 1.25rem;
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    margin-top: var(--_space);
  }
  .sign {
    padding: 0.5rem 1rem;
    color: var(--_on-primary);
    background: var(--_primary);
    border: 1px solid var(--_primary);
    border-radius: var(--_radius);
  }
  .sign:disabled {
    cursor: progress;
    opacity: 0.75;
  }
  .status {
    margin: 0;
  }
  .status[data-status='blocked'],
  .status[data-status='error'],
  .status[data-status='vetoed'] {
    color: var(--_critical);
  }
  .status[data-status='signed'] {
    color: var(--_success);
  }
  summary {
    cursor: pointer;
  }
  a {
    color: var(--_primary);
  }
`;
