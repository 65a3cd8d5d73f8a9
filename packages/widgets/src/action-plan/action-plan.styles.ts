import { css } from 'lit';
import { panelStyles } from '../shared/styles/panel.styles.js';
import { printStyles } from '../shared/styles/print.js';

export const styles = [
  ...panelStyles,
  css`
    .priority {
      margin-block: 1.5em;
      padding-block-start: 0.5em;
      border-block-start: 4px solid var(--_accent);
    }
    .priority.other {
      border-block-start-style: dashed;
    }
    .priority h3 {
      margin-block: 0.25em;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1em;
      margin-block-start: 0;
      color: var(--_muted);
    }
    .actions {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    fieldset {
      min-width: 0;
      margin: 0;
      border: 0;
      padding: 0;
    }
    .action {
      display: grid;
      gap: 0.75em;
      margin-block: 0.75em;
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .action > legend {
      float: inline-start;
      width: 100%;
      font-weight: 700;
      font-size: 1.05em;
    }
    legend {
      padding: 0;
      font-weight: 600;
    }
    .field {
      display: grid;
      gap: 0.25em;
    }
    .field > label {
      font-weight: 600;
    }
    .field.invalid,
    .horizon.invalid {
      padding-inline-start: 0.75em;
      border-inline-start: 5px solid var(--_danger);
    }
    [aria-invalid='true'] {
      border-color: var(--_danger);
    }
    textarea {
      min-height: 4em;
    }
    .radio {
      display: flex;
      align-items: center;
      gap: 0.5em;
      min-height: 2.5rem;
    }
    input[type='radio'] {
      width: 1.5rem;
      height: 1.5rem;
      margin: 0;
      accent-color: var(--_accent);
    }
    .hint {
      margin: 0;
      color: var(--_muted);
    }
    .error {
      margin: 0;
      color: var(--_danger);
      font-weight: 700;
    }
    .error-summary {
      margin-block: 1em;
      padding: var(--_space);
      border: 5px solid var(--_danger);
    }
    .error-summary h3 {
      margin-block-start: 0;
    }
    .error-summary ul {
      margin: 0;
      padding-inline-start: 1.25em;
    }
    .error-summary a {
      color: var(--_danger);
      font-weight: 700;
    }
    .remove {
      justify-self: start;
      border-color: var(--_danger);
      color: var(--_danger);
    }
    .remove:hover {
      background: var(--_danger-soft);
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      margin-block-end: 1em;
    }
    .export label {
      display: block;
      font-weight: 600;
    }
    .status:empty {
      display: none;
    }
    .status {
      font-weight: 600;
    }
  `,
  printStyles(
    (host) => css`
      ${host} .export,
      ${host} button {
        display: none !important;
      }
      ${host} .action {
        break-inside: avoid;
      }
    `,
  ),
];
