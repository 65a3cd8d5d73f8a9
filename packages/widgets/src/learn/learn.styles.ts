import { css } from 'lit';
import { panelStyles } from '../shared/styles/panel.styles.js';
import { printStyles } from '../shared/styles/print.js';

/** Logical properties only: the module mirrors in right-to-left languages. */
export const styles = [
  ...panelStyles,
  css`
    .module {
      overflow-wrap: break-word;
    }
    .level {
      color: var(--_muted);
    }
    .overview {
      font-size: 1.1em;
    }
    a {
      color: var(--_accent);
      overflow-wrap: anywhere;
    }
    ul {
      margin-block: 0.5em;
      padding-inline-start: 1.5em;
    }
    .contents {
      margin-block: 1.25em;
      padding-block: 0.5em;
      border-block: 1px solid var(--_border);
    }
    .contents .label {
      margin: 0;
      font-weight: 700;
    }
    .contents ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1.5em;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .contents a {
      display: inline-block;
      padding-block: 0.25em;
    }
    .deep-dive {
      margin-block: 1.5em;
      padding: 0.25em 1em 1em;
      border-inline-start: 5px solid var(--_accent);
      border-radius: calc(var(--_radius) / 2);
      background: var(--_surface);
    }
    .rescore p {
      margin-block: 0.75em;
    }
    section[id] {
      scroll-margin-block-start: var(--dtc-learn-scroll-margin, 1rem);
    }
    .component {
      margin-block-start: 2em;
      padding-block-start: 0.25em;
      border-block-start: 1px solid var(--_border);
    }
    .component.low {
      padding-inline-start: 1em;
      border-inline-start: 5px solid var(--_level-1);
    }
    .low-mark {
      display: inline-block;
      margin-inline-start: 0.5em;
      padding-inline: 0.5em;
      border: 2px solid var(--_level-1);
      border-radius: calc(var(--_radius) / 2);
      color: var(--_text);
      font-weight: 700;
    }
    h3[tabindex]:focus:not(:focus-visible) {
      outline: none;
    }
    .items > li,
    .questions > li {
      margin-block-end: 0.5em;
    }
    .items p {
      margin-block: 0.25em;
    }
    .country {
      font-weight: 700;
    }
    .cite {
      color: var(--_muted);
      font-size: 0.9em;
    }
    .sources {
      margin-block-start: 2em;
      border-block-start: 1px solid var(--_border);
    }
    .references > li {
      margin-block-end: 0.75em;
    }
    .ref {
      display: block;
      font-weight: 600;
    }
    .url {
      display: none;
    }
  `,
  printStyles(
    (host) => css`
      ${host} {
        font-size: 11pt;
      }
      ${host} h2,
      ${host} h3,
      ${host} h4,
      ${host} .country,
      ${host} .level {
        break-after: avoid;
      }
      ${host} .items > li,
      ${host} .questions > li,
      ${host} .references > li,
      ${host} header {
        break-inside: avoid;
      }
      ${host} p {
        orphans: 3;
        widows: 3;
      }
      ${host} .deep-dive {
        padding: 0;
        border: 0;
        background: none;
      }
      ${host} a {
        color: inherit;
        text-decoration: none;
      }
      ${host} .url {
        display: block;
        overflow-wrap: anywhere;
      }
    `,
  ),
];
