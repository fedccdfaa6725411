import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    position: relative;
    max-width: 32rem;
  }
  label {
    display: block;
    margin-bottom: 0.25rem;
    font-weight: 600;
  }
  input {
    width: 100%;
    font: inherit;
    padding: 0.5rem 0.75rem;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  [role='listbox'] {
    position: absolute;
    z-index: 10;
    inset-inline: 0;
    margin: 0.25rem 0 0;
    padding: 0.25rem 0;
    list-style: none;
    max-height: var(--sehat-search-max-height, 20rem);
    overflow-y: auto;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.15);
  }
  [role='option'] {
    display: grid;
    grid-template-columns: 1rem 1fr;
    gap: 0 var(--_space);
    padding: 0.375rem 0.75rem;
    cursor: pointer;
  }
  [role='option'][aria-selected='true'] {
    color: var(--_on-primary);
    background: var(--_primary);
  }
  .name {
    font-weight: 600;
  }
  .meta {
    grid-column: 2;
    font-size: 0.875em;
  }
  .golongan {
    margin-top: 0.2em;
  }
  .help {
    margin: 0.25rem 0 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .message {
    margin: 0.25rem 0 0;
    font-size: 0.875em;
  }
  .message[data-status='error'] {
    color: var(--_critical);
  }
`;
