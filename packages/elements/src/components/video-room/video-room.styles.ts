import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    --_stage: var(--sehat-video-stage-background, #111);
  }
  .room {
    position: relative;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 2);
  }
  h2 {
    margin: 0 0 var(--_space);
    font-size: 1.25rem;
  }
  h3 {
    margin: var(--_space) 0;
    font-size: 1rem;
  }
  button {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    color: var(--_text);
    padding: 0.4rem 0.8rem;
  }
  button.primary {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
  }
  button.danger {
    background: var(--_critical);
    border-color: var(--_critical);
    color: #fff;
  }
  button[aria-pressed='true'] {
    background: var(--_text);
    color: var(--_surface);
  }
  button:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
  input,
  select {
    font: inherit;
    padding: 0.35rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  video {
    background: var(--_stage);
    border-radius: var(--_radius);
    width: 100%;
    display: block;
  }
  .preview {
    max-width: 28rem;
    aspect-ratio: 4 / 3;
  }
  .preview.small {
    max-width: 14rem;
  }
  .fields {
    display: grid;
    gap: var(--_space);
    margin: var(--_space) 0;
    max-width: 28rem;
  }
  .problem {
    color: var(--_critical);
    background: var(--_critical-bg);
    padding: var(--_space);
    border-radius: var(--_radius);
  }
  .status {
    margin: 0 0 var(--_space);
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_warning-bg);
    color: var(--_warning);
  }
  :host(:state(in-call)) .status:not([hidden]) {
    position: absolute;
    inset: var(--_space) var(--_space) auto;
    z-index: 2;
  }
  .call {
    display: grid;
    grid-template-columns: minmax(0, 3fr) minmax(14rem, 1fr);
    gap: calc(var(--_space) * 2);
  }
  @media (max-width: 48rem) {
    .call {
      grid-template-columns: 1fr;
    }
  }
  .stage {
    position: relative;
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    gap: var(--_space);
    background: var(--_stage);
    border-radius: var(--_radius);
    padding: var(--_space);
    min-height: 16rem;
  }
  .stage:fullscreen {
    align-content: center;
  }
  .remote {
    margin: 0;
    position: relative;
  }
  .remote video {
    aspect-ratio: 16 / 9;
    object-fit: contain;
  }
  figcaption {
    position: absolute;
    left: var(--_space);
    bottom: var(--_space);
    color: #fff;
    background: rgb(0 0 0 / 0.6);
    padding: 0.1rem 0.4rem;
    border-radius: var(--_radius);
    font-size: 0.875rem;
  }
  .note::before {
    content: ' · ';
  }
  .local {
    position: absolute;
    right: var(--_space);
    bottom: var(--_space);
    width: 22%;
    min-width: 7rem;
    border: 2px solid var(--_surface);
  }
  .play {
    position: absolute;
    inset: 50% auto auto 50%;
    transform: translate(-50%, -50%);
    font-size: 1.125rem;
    padding: 0.75rem 1.25rem;
  }
  .empty {
    color: #fff;
    place-self: center;
  }
  .timer {
    font-variant-numeric: tabular-nums;
    margin: var(--_space) 0;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .panel {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin-bottom: var(--_space);
  }
  ul {
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
    max-height: 16rem;
    overflow: auto;
  }
  li {
    padding: 0.2rem 0;
  }
  .queue li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    align-items: center;
    border-bottom: 1px solid var(--_surface-alt);
  }
  .who {
    font-weight: 600;
  }
  [data-arrival='late'] {
    color: var(--_warning);
  }
  [data-arrival='walk_in'] {
    color: var(--_info);
  }
  form {
    display: flex;
    gap: 0.4rem;
  }
  form input {
    flex: 1;
    min-width: 0;
  }
  .file-button input {
    display: block;
    margin-top: 0.25rem;
  }
  .help {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .announcements {
    background: var(--_info-bg);
    color: var(--_info);
    padding: var(--_space);
    border-radius: var(--_radius);
  }
`;
