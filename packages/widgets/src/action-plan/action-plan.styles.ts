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
    /* The essentials of an action side by side where there is room, one under another at 320 px. */
    .essentials,
    .row {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 13em), 1fr));
      gap: 0.75em 1em;
      align-items: start;
    }
    /* Fields of a row line up on their inputs, whatever the length of their labels. */
    .row {
      align-items: end;
    }
    .essentials > .field:first-child {
      grid-column: 1 / -1;
    }
    input,
    select,
    textarea {
      max-width: 100%;
      box-sizing: border-box;
    }
    .summary {
      margin: 0;
    }
    .action .buttons {
      margin: 0;
    }
    .details {
      display: grid;
      gap: 1em;
      padding-block-start: 0.75em;
      border-block-start: 1px solid var(--_border);
    }
    .details h4 {
      margin: 0;
    }
    .group {
      display: grid;
      gap: 0.75em;
    }
    .group > legend {
      margin-block-end: 0.5em;
      font-size: 1.05em;
    }
    .item {
      display: grid;
      gap: 0.5em;
      padding: 0.75em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .item.row {
      align-items: end;
    }
    .add-item,
    .close,
    .toggle {
      justify-self: start;
    }
    .check {
      display: flex;
      align-items: center;
      gap: 0.5em;
      min-height: 2.5rem;
    }
    input[type='checkbox'] {
      width: 1.5rem;
      height: 1.5rem;
      margin: 0;
      flex: none;
      accent-color: var(--_accent);
    }
    .settings,
    .history {
      margin-block: 1em;
      padding: 0.5em var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .settings[open] {
      display: grid;
      gap: 0.75em;
    }
    summary {
      min-height: 2.5rem;
      display: list-item;
      padding-block: 0.5em;
      font-weight: 600;
      cursor: pointer;
    }
    summary:focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    .tabs {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em;
      margin-block-start: 1.5em;
      border-block-end: 2px solid var(--_border);
    }
    [role='tab'] {
      border-end-start-radius: 0;
      border-end-end-radius: 0;
    }
    [role='tab'][aria-selected='true'] {
      border-color: var(--_accent);
      border-block-end-width: 4px;
      font-weight: 700;
    }
    .tab-panel {
      padding-block: 0.5em;
    }
    .tab-panel:focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    .warnings {
      margin-block: 1em;
      padding: var(--_space);
      border-inline-start: 5px solid var(--_accent);
      background: var(--_accent-soft);
    }
    .warnings h3 {
      margin-block-start: 0;
    }
    .warnings ul {
      margin: 0;
      padding-inline-start: 1.25em;
    }
    caption {
      text-align: start;
      font-weight: 700;
      padding-block: 0.5em;
    }
    tfoot th,
    tfoot td {
      font-weight: 700;
      border-block-start: 2px solid var(--_border);
    }
    .currency h4 {
      margin-block-end: 0.25em;
    }
    .history-list {
      margin: 0;
      padding-inline-start: 1.5em;
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
      ${host} .tabs,
      ${host} .settings,
      ${host} .history,
      ${host} button {
        display: none !important;
      }
      ${host} .action {
        break-inside: avoid;
      }
    `,
  ),
];
