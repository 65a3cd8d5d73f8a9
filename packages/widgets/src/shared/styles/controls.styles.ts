import { css } from 'lit';

/**
 * Form fields and buttons, the same in every element: 44 px targets, the theme's colours,
 * a 2 px border that stays visible in forced-colours mode. Elements set only their own
 * widths (`max-inline-size`) on top.
 */
export const controls = css`
  input:not([type='radio']):not([type='checkbox']),
  select,
  textarea {
    inline-size: 100%;
    max-inline-size: 40rem;
    min-block-size: 2.75rem;
    padding: 0.5rem;
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    border: 2px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
  }
  textarea {
    resize: vertical;
  }
  button {
    min-block-size: 2.75rem;
    padding: 0.5rem 1rem;
    border: 2px solid var(--_accent);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_bg);
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  button:hover {
    background: var(--_accent-soft);
  }
  button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }
`;
