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
  /* Citation lists too, not only the findings (see styles/issue-list.ts). */
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
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
