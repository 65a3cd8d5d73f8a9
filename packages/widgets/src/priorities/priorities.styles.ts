import { css } from 'lit';
import { panelStyles } from '../shared/styles/panel.styles.js';

export const styles = [
  ...panelStyles,
  css`
    fieldset {
      margin: 0;
      padding: 0;
      border: 0;
      min-width: 0;
    }
    legend {
      padding: 0;
      font-size: 1.2em;
      font-weight: 700;
    }
    .pillars {
      margin-block-start: 1.5em;
    }
    .pillar-choice {
      display: grid;
      gap: 0.25em;
      margin-block: 0.75em;
    }
    .pillar-choice label {
      font-weight: 600;
    }
    .pillar-choice select {
      max-width: 100%;
    }
    .hint {
      color: var(--_muted);
    }
    ol {
      margin: 0.5em 0;
      padding: 0;
      list-style: none;
      counter-reset: rank;
    }
    li[part='item'] {
      counter-increment: rank;
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 0.25em 0.75em;
      margin-block-end: 0.5em;
      padding: 0.75em;
      border: 2px solid var(--_surface);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    li.chosen {
      border-color: var(--_accent);
      background: var(--_accent-soft);
    }
    input[type='checkbox'] {
      width: 1.75rem;
      height: 1.75rem;
      margin: 0;
      accent-color: var(--_accent);
    }
    label {
      cursor: pointer;
    }
    li[part='item'] label::before {
      content: counter(rank) '. ';
      font-weight: 700;
      color: var(--_muted);
    }
    .pillar {
      display: block;
    }
    .badge {
      display: inline-block;
      margin-inline-start: 0.5em;
      padding: 0 0.5em;
      border-radius: 1em;
      background: var(--_accent);
      color: var(--_on-accent);
      font-size: 0.875em;
      font-weight: 600;
    }
    .why {
      grid-column: 2;
    }
    .why p {
      margin: 0;
    }
    .why ul {
      margin: 0.25em 0 0;
      padding-inline-start: 1.25em;
    }
    .message {
      padding: 0.5em 0.75em;
      border-inline-start: 5px solid var(--_danger);
      background: var(--_danger-soft);
      font-weight: 600;
    }
    .status {
      font-weight: 600;
    }
  `,
];
