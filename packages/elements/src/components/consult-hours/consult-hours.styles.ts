import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    max-width: 40rem;
  }
  section {
    display: grid;
    gap: var(--_space);
  }
  h2,
  h3,
  p {
    margin: 0;
  }
  h2 {
    font-size: 1.25em;
  }
  h3 {
    font-size: 1em;
  }
  .muted {
    color: var(--_muted);
    font-size: 0.875em;
  }
  ul {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    padding: var(--_space);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .who {
    display: grid;
    gap: 0.125rem;
  }
  .live {
    color: var(--_success);
    font-size: 0.875em;
  }
  .live::before {
    content: '● ';
  }
  a {
    padding: 0.5rem 1rem;
    color: var(--_on-primary);
    background: var(--_primary);
    border-radius: var(--_radius);
    text-decoration: none;
  }
  .empty {
    padding: var(--_space);
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }
  .failure {
    padding: var(--_space);
    color: var(--_critical);
    background: var(--_critical-bg);
    border-radius: var(--_radius);
  }
`;
