import { css } from 'lit';

/** One drug finding as a card in a list (`ul.issues > li.issue`), shared by the badge's dialog and the alerts. */
export const issueList = css`
  ul.issues {
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
`;
