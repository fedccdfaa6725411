import { css } from 'lit';

/**
 * The theme: every colour, radius and font an element uses comes from a public `--sehat-*` custom property
 * with a default here, read into a private `--_*` copy so component styles stay short. A host themes all
 * elements at once from `:root` or one element from its selector.
 *
 * Defaults meet WCAG 2.2 AA contrast (4.5:1) for text on their backgrounds.
 */
export const tokens = css`
  :host {
    --_font: var(--sehat-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_text: var(--sehat-color-text, #1b1f24);
    --_muted: var(--sehat-color-text-muted, #4b5563);
    --_surface: var(--sehat-color-surface, #ffffff);
    --_surface-alt: var(--sehat-color-surface-alt, #f3f4f6);
    --_border: var(--sehat-color-border, #8a94a3);
    --_primary: var(--sehat-color-primary, #0b5cad);
    --_on-primary: var(--sehat-color-on-primary, #ffffff);
    --_focus: var(--sehat-color-focus, #0b5cad);
    --_radius: var(--sehat-radius, 6px);
    --_space: var(--sehat-spacing, 0.5rem);
    --_critical: var(--sehat-color-critical, #a4161a);
    --_critical-bg: var(--sehat-color-critical-bg, #fdecec);
    --_warning: var(--sehat-color-warning, #8a4b00);
    --_warning-bg: var(--sehat-color-warning-bg, #fff4e0);
    --_caution: var(--sehat-color-caution, #6b5900);
    --_caution-bg: var(--sehat-color-caution-bg, #fffbe0);
    --_info: var(--sehat-color-info, #1d4f91);
    --_info-bg: var(--sehat-color-info-bg, #e8f0fb);
    --_success: var(--sehat-color-success, #1e6b34);
    --_success-bg: var(--sehat-color-success-bg, #e7f5ec);
    font-family: var(--_font);
    color: var(--_text);
  }
`;

/** Shared element basics: box sizing, a visible focus ring, and text hidden from sight but not from readers. */
export const base = css`
  :host {
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }
  button {
    font: inherit;
    cursor: pointer;
  }
`;

/** Tier colours as `--_tier` / `--_tier-bg`, set by a `data-tier` attribute on any element. */
export const tierColours = css`
  [data-tier='hard-stop'],
  [data-tier='interruptive'] {
    --_tier: var(--_critical);
    --_tier-bg: var(--_critical-bg);
  }
  [data-tier='passive'] {
    --_tier: var(--_warning);
    --_tier-bg: var(--_warning-bg);
  }
  [data-tier='suppressed'] {
    --_tier: var(--_info);
    --_tier-bg: var(--_info-bg);
  }
`;
