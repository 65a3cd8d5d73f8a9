import { css } from 'lit';

/**
 * `.visually-hidden`: text for screen readers only, kept in the accessibility tree but not
 * painted. Every element's shadow root has it (through the tokens), and host pages can
 * adopt the same rule from `@dtc/widgets/styles`.
 */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
