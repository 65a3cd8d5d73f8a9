import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    margin-block-start: 0.5rem;
  }
  summary {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75rem;
    cursor: pointer;
    color: var(--_accent);
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  summary::marker {
    color: var(--_accent);
  }
  .panel {
    display: grid;
    gap: 0.5rem;
    padding-block: 0.5rem;
    padding-inline-start: 1rem;
    border-inline-start: 2px solid var(--_border);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    font-weight: 600;
  }
  .hint {
    margin-block: 0.25rem;
    color: var(--_muted);
  }
  label[for='comment'] {
    display: block;
    margin-block-end: 0.25rem;
    font-weight: 600;
  }
  .check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 2.75rem;
    cursor: pointer;
  }
  .check input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    flex: none;
    accent-color: var(--_accent);
  }
`;
