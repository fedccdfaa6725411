import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    max-width: 40rem;
    container-type: inline-size;
  }
  section {
    display: grid;
    gap: var(--_space);
  }
  h2,
  h3 {
    margin: 0;
  }
  h2 {
    font-size: 1.25em;
  }
  h3 {
    font-size: 1em;
  }
  .muted,
  .help {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .pickers {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .pickers label {
    display: grid;
    gap: 0.25rem;
    flex: 1 1 14rem;
    font-weight: 600;
  }
  select,
  input:not([type='radio'], [type='checkbox']) {
    font: inherit;
    padding: 0.5rem 0.75rem;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-width: 0;
  }
  .zone {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    font-size: 0.875em;
  }
  .dates {
    display: flex;
    gap: 0.25rem;
    overflow-x: auto;
  }
  .date,
  .shift,
  .slot {
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .date {
    display: grid;
    justify-items: center;
    min-width: 3.5rem;
    padding: 0.25rem;
    font-size: 0.875em;
  }
  .date strong {
    font-size: 1.25em;
  }
  .date[aria-pressed='true'] {
    color: var(--_on-primary);
    background: var(--_primary);
    border-color: var(--_primary);
  }
  .date:disabled,
  .shift:disabled {
    color: var(--_muted);
    background: var(--_surface-alt);
    cursor: default;
  }
  .shift {
    padding: 0 0.75rem;
  }
  .slots {
    display: grid;
    gap: var(--_space);
  }
  .group ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0.25rem 0 0;
    padding: 0;
    list-style: none;
  }
  .slot {
    display: grid;
    min-width: 5rem;
    padding: 0.5rem 0.75rem;
    color: var(--_primary);
    border-color: var(--_primary);
    font-variant-numeric: tabular-nums;
  }
  .slot:hover {
    background: var(--_info-bg);
  }
  .slot small {
    color: var(--_muted);
  }
  .summary {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem var(--_space);
    margin: 0;
    padding: var(--_space);
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }
  .summary dt {
    font-weight: 600;
  }
  .summary dd {
    margin: 0;
  }
  form {
    display: grid;
    gap: var(--_space);
  }
  .field {
    display: grid;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .field > label,
  legend {
    font-weight: 600;
    padding: 0;
  }
  .choice {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    font-weight: normal;
  }
  [aria-invalid='true'] {
    border-color: var(--_critical);
    outline-color: var(--_critical);
  }
  .field-error,
  .failure {
    margin: 0;
    color: var(--_critical);
    font-size: 0.875em;
  }
  .failure {
    padding: var(--_space);
    background: var(--_critical-bg);
    border-radius: var(--_radius);
  }
  .notice:empty {
    display: none;
  }
  .notice {
    margin: 0;
    padding: var(--_space);
    color: var(--_warning);
    background: var(--_warning-bg);
    border-radius: var(--_radius);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  button[type='submit'],
  .button {
    display: inline-block;
    padding: 0.5rem 1rem;
    color: var(--_on-primary);
    background: var(--_primary);
    border: 1px solid var(--_primary);
    border-radius: var(--_radius);
    text-decoration: none;
  }
  .secondary {
    padding: 0.5rem 1rem;
    color: var(--_primary);
    background: var(--_surface);
    border: 1px solid var(--_primary);
    border-radius: var(--_radius);
  }
  button:disabled {
    opacity: 0.75;
  }
  .confirmation h3 {
    color: var(--_success);
  }
  .confirmation {
    display: grid;
    gap: var(--_space);
  }
  @container (max-width: 24rem) {
    .summary {
      grid-template-columns: 1fr;
    }
  }
`;
