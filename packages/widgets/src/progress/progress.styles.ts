import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  ol {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li {
    display: grid;
    gap: 0.125rem;
    padding-inline-start: 0.75rem;
    border-inline-start: 4px solid transparent;
  }
  li.current {
    border-inline-start-color: var(--_accent);
  }
  [part~='name'] {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  button {
    min-block-size: 2.75rem;
    padding: 0.25rem 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  button:hover {
    text-decoration-thickness: 3px;
  }
  .count {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .bar {
    display: block;
    block-size: 0.5rem;
    border-radius: 0.25rem;
    background: var(--_surface);
    outline: 1px solid var(--_border);
    overflow: hidden;
  }
  .bar > span {
    display: block;
    block-size: 100%;
    background: var(--_accent);
  }
  .bar > .done {
    background: var(--_success);
  }
  @media (forced-colors: active) {
    .bar > span {
      background: Highlight;
    }
  }
`;
