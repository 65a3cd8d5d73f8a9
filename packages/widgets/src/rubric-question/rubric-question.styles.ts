import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    font-size: 1.125rem;
    font-weight: 600;
  }
  p {
    margin-block: 0.25rem 0;
  }
  .help,
  .hint {
    color: var(--_muted);
  }
  .options {
    display: grid;
    grid-template-columns: repeat(
      auto-fit,
      minmax(min(100%, var(--dtc-card-min-width, 13rem)), 1fr)
    );
    gap: 0.5rem;
    margin-block-start: 0.75rem;
  }
  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    min-block-size: 2.75rem;
    padding-block: 0.75rem;
    padding-inline: 2.5rem 0.75rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
    overflow-wrap: anywhere;
    transition:
      border-color 0.15s,
      background-color 0.15s;
  }
  .card:hover {
    border-color: var(--_accent);
  }
  .card[aria-checked='true'] {
    border-color: var(--_accent);
    background: var(--_accent-soft);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .mark {
    position: absolute;
    inset-block-start: 0.85rem;
    inset-inline-start: 0.75rem;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    border: 2px solid var(--_border);
    border-radius: 50%;
    background: var(--_bg);
  }
  [aria-checked='true'] > .mark {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 0.25rem var(--_bg);
    background: var(--_accent);
  }
  .label {
    font-weight: 600;
  }
  .text {
    font-size: 0.9375rem;
  }
  [aria-disabled='true'] .card {
    cursor: not-allowed;
    opacity: 0.7;
  }
  .extras {
    display: grid;
    gap: 0.25rem;
    margin-block-start: 1rem;
    padding-inline-start: 1rem;
    border-inline-start: 4px solid var(--_border);
  }
  label {
    font-weight: 600;
    margin-block-start: 0.5rem;
  }
  #answer {
    margin-block-start: 0.75rem;
  }
  select {
    inline-size: auto;
  }
  .invalid {
    border-color: var(--_danger);
    border-inline-start-width: 5px;
  }
  .error {
    color: var(--_danger);
    font-weight: 600;
  }
  @media (forced-colors: active) {
    [aria-checked='true'] > .mark {
      background: CanvasText;
    }
    .card[aria-checked='true'] {
      border-width: 4px;
    }
  }
`;
