import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    background: var(--_bg);
    overflow-wrap: anywhere;
  }
  .layout {
    display: grid;
    gap: var(--_space);
  }
  .columns {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
    align-items: flex-start;
  }
  .nav {
    flex: 1 1 var(--dtc-nav-width, 16rem);
    display: grid;
    gap: 0.75rem;
  }
  .step {
    flex: 999 1 0;
    min-inline-size: min(100%, 60%);
    display: grid;
    gap: var(--_space);
  }
  h2,
  h3 {
    margin: 0;
    line-height: 1.25;
  }
  h2 {
    font-size: 1.5rem;
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .nav-title {
    font-size: 1rem;
  }
  h3 {
    font-size: 1.125rem;
  }
  p {
    margin: 0;
  }
  ol,
  ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .parts {
    display: grid;
    gap: 0.25rem;
  }
  .eyebrow,
  .summary,
  .hint {
    color: var(--_muted);
  }
  .questions {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
  }
  button.link {
    min-block-size: 1.5rem;
    padding: 0.125rem 0;
    border: 0;
    background: none;
    text-align: start;
    font-weight: 400;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  li > button.link {
    display: block;
  }
  button.link[aria-current] {
    font-weight: 700;
    text-decoration-thickness: 3px;
  }
  .review-link {
    justify-self: start;
  }
  a {
    color: var(--_danger);
    font-weight: 600;
  }
  .status {
    padding: 0.75rem var(--_space);
    border-inline-start: 6px solid var(--_accent);
    background: var(--_accent-soft);
  }
  .error-summary > div,
  .load-error {
    display: grid;
    gap: 0.5rem;
  }
  .error-summary,
  .load-error {
    display: grid;
    gap: 0.5rem;
    padding: var(--_space);
    border: 4px solid var(--_danger);
    border-radius: var(--_radius);
  }
  .error-summary:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  fieldset {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    margin-block-end: var(--_space);
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  label {
    font-weight: 600;
  }
  input,
  select {
    max-inline-size: 24rem;
  }
  #country {
    max-inline-size: 8rem;
    text-transform: uppercase;
  }
  .invalid {
    border-color: var(--_danger);
  }
  .error {
    color: var(--_danger);
    font-weight: 600;
  }
  .missing {
    display: grid;
    gap: 0.25rem;
  }
  /* Empty until a notice arrives: it takes no room (the layout's gap included). */
  .migration-live:empty {
    margin-block-start: calc(-1 * var(--_space));
  }
  .migration {
    display: grid;
    gap: 0.5rem;
    padding: var(--_space);
    border: 1px solid var(--_accent);
    border-inline-start-width: 6px;
    border-radius: var(--_radius);
    background: var(--_accent-soft);
  }
  .migration h2 {
    font-size: 1.25rem;
  }
  .migration h3 {
    margin-block-start: 0.5rem;
  }
  .migration h4 {
    margin: 0.25rem 0 0;
    font-size: 1rem;
  }
  .migration-list {
    display: grid;
    gap: 0.5rem;
  }
  .migration .note {
    color: var(--_muted);
  }
  .migration .actions {
    border: 0;
    padding: 0;
  }
`;
