import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    max-width: 32rem;
  }
  form {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  label {
    font-weight: 600;
  }
  .control {
    display: flex;
    gap: var(--_space);
  }
  input {
    flex: 1;
    min-width: 0;
    font: inherit;
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.04em;
    padding: 0.5rem 0.75rem;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  input[aria-invalid='true'] {
    border-color: var(--_critical);
  }
  button {
    padding: 0.5rem 1rem;
    color: var(--_on-primary);
    background: var(--_primary);
    border: 1px solid var(--_primary);
    border-radius: var(--_radius);
  }
  button:disabled {
    cursor: progress;
    opacity: 0.75;
  }
  .help {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .error {
    margin: 0;
    color: var(--_critical);
    font-size: 0.875em;
  }
  .result:not(:empty) {
    margin-top: var(--_space);
  }
  .message {
    margin: 0;
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .message[data-status='not-found'],
  .message[data-status='forbidden'],
  .message[data-status='unavailable'],
  .message[data-status='error'] {
    color: var(--_critical);
    background: var(--_critical-bg);
  }
  .member {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    margin: 0 0 var(--_space);
    font-weight: 600;
  }
  .status-badge {
    padding: 0.125rem 0.5rem;
    border-radius: 999px;
    color: var(--_success);
    background: var(--_success-bg);
    border: 1px solid currentColor;
  }
  .member[data-active='false'] .status-badge {
    color: var(--_critical);
    background: var(--_critical-bg);
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem var(--_space);
    margin: 0;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
  }
  .reason {
    grid-column: 1 / -1;
    margin: var(--_space) 0 0;
    color: var(--_critical);
  }
`;
