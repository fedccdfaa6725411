import { css } from 'lit';

export const styles = css`
  :host {
    display: inline-block;
    position: relative;
    vertical-align: middle;
  }
  .mark {
    display: inline-grid;
    place-items: center;
    width: var(--sehat-badge-size, 1.5rem);
    height: var(--sehat-badge-size, 1.5rem);
    padding: 0;
    border-radius: 50%;
    border: 2px solid var(--_tier, var(--_border));
    color: var(--_tier, var(--_muted));
    background: var(--_tier-bg, var(--_surface));
    font-weight: 700;
    line-height: 1;
  }
  .mark[data-tier='hard-stop'],
  .mark[data-tier='interruptive'] {
    color: var(--_on-primary);
    background: var(--_tier);
  }
  .mark[aria-busy='true'] {
    cursor: progress;
  }
  [role='tooltip'] {
    position: absolute;
    z-index: 10;
    inset-block-start: calc(100% + 0.25rem);
    inset-inline-start: 0;
    width: max-content;
    max-width: 20rem;
    padding: 0.5rem 0.75rem;
    border-radius: var(--_radius);
    color: var(--_surface);
    background: var(--_text);
    font-size: 0.875rem;
  }
  [role='tooltip'] ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1rem;
  }
  dialog {
    width: min(40rem, calc(100vw - 2rem));
    max-height: calc(100vh - 2rem);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    color: var(--_text);
    background: var(--_surface);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  header {
    position: sticky;
    top: 0;
    display: flex;
    align-items: center;
    gap: var(--_space);
    padding: 0.75rem 1rem;
    background: var(--_surface-alt);
    border-bottom: 1px solid var(--_border);
  }
  h2 {
    flex: 1;
    margin: 0;
    font-size: 1.125rem;
  }
  h3 {
    margin: 0 0 0.5rem;
    font-size: 1rem;
  }
  .close {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    padding: 0.25rem 0.75rem;
  }
  section {
    padding: 0.75rem 1rem;
  }
  section + section {
    border-top: 1px solid var(--_surface-alt);
  }
  .boxed {
    padding: var(--_space);
    border: 2px solid var(--_text);
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
  .golongan {
    vertical-align: -0.2em;
  }
  .sources {
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .sources ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
  a {
    color: var(--_primary);
  }
`;
