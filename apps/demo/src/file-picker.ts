import { html, type TemplateResult } from 'lit';

/**
 * A file input whose visible button speaks the page's language (the browser draws its own
 * "Choose file" in the browser's language). The real input lies over the button, invisible,
 * so clicks, keyboard and drops work natively; its name is the field label plus the button.
 */
export function filePicker(o: {
  id: string;
  label: string;
  hint: string;
  button: string;
  multiple?: boolean;
  /** While an import of the files chosen before runs. */
  disabled?: boolean;
  onChange: (event: Event) => void;
}): TemplateResult {
  return html`<div class="field">
    <span class="label" id="${o.id}-label">${o.label}</span>
    <span class="hint" id="${o.id}-hint">${o.hint}</span>
    <span class="file-picker">
      <input
        id=${o.id}
        type="file"
        accept=".json,application/json"
        ?multiple=${o.multiple ?? false}
        ?disabled=${o.disabled ?? false}
        aria-labelledby="${o.id}-label ${o.id}-button"
        aria-describedby="${o.id}-hint"
        @change=${o.onChange}
      />
      <span class="button secondary" id="${o.id}-button" aria-hidden="true">${o.button}</span>
    </span>
  </div>`;
}
