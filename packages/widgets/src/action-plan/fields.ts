/**
 * Labelled form fields of the plan editor, each with its error message (GOV.UK style: the
 * message above the control, the control marked invalid and described by it).
 */
import type { Translator } from '@dtc/i18n';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';

/** A problem of the plan, shown at a field and in the error summary. */
export interface FieldError {
  /** The id of the field to focus. */
  id: string;
  message: string;
}

/** What the fields need: words and the current problems. */
export interface FieldContext {
  t: Translator;
  errors: readonly FieldError[];
}

type Attrs = { invalid: 'true' | 'false'; describedby: string };

/** A labelled field with its error message and optional hint. */
export function field(
  ctx: FieldContext,
  id: string,
  label: string,
  control: (attrs: Attrs) => TemplateResult,
  hint?: string,
): TemplateResult {
  const error = ctx.errors.find((e) => e.id === id);
  const describedby = [hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return html`<div class="field ${error ? 'invalid' : ''}">
    <label for=${id}>${label}</label>
    ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
    ${
      error
        ? html`<p class="error" id="${id}-error">
            <span class="visually-hidden">${ctx.t('plan.error.prefix')}</span>
            ${error.message}
          </p>`
        : nothing
    }
    ${control({ invalid: error ? 'true' : 'false', describedby })}
  </div>`;
}

/**
 * A text input (or a textarea when `rows` is given) whose value is sent on every input. What
 * the user types takes its own direction (`dir="auto"`): a Latin name in an Arabic plan too.
 */
export function textField(
  ctx: FieldContext,
  id: string,
  label: string,
  value: string,
  max: number,
  onInput: (value: string) => void,
  options: { rows?: number; hint?: string; size?: number } = {},
): TemplateResult {
  const handler = (e: Event): void =>
    onInput((e.target as HTMLInputElement | HTMLTextAreaElement).value);
  return field(
    ctx,
    id,
    label,
    (a) =>
      options.rows
        ? html`<textarea
            id=${id}
            rows=${options.rows}
            dir="auto"
            maxlength=${max}
            .value=${live(value)}
            aria-invalid=${a.invalid}
            aria-describedby=${a.describedby || nothing}
            @input=${handler}
          ></textarea>`
        : html`<input
            id=${id}
            type="text"
            dir="auto"
            maxlength=${max}
            size=${options.size ?? nothing}
            .value=${live(value)}
            aria-invalid=${a.invalid}
            aria-describedby=${a.describedby || nothing}
            @input=${handler}
          />`,
    options.hint,
  );
}

/**
 * A number input. What the user types is kept in the input; the value is sent only when it
 * reads as a number (`undefined` when the input is emptied and `optional` is set).
 */
export function numberField(
  ctx: FieldContext,
  id: string,
  label: string,
  value: number | undefined,
  onInput: (value: number | undefined) => void,
  options: { min?: number; max?: number; step?: string; optional?: boolean } = {},
): TemplateResult {
  return field(
    ctx,
    id,
    label,
    (a) =>
      html`<input
        id=${id}
        type="number"
        inputmode="decimal"
        min=${options.min ?? nothing}
        max=${options.max ?? nothing}
        step=${options.step ?? 'any'}
        .value=${value === undefined || Number.isNaN(value) ? '' : String(value)}
        aria-invalid=${a.invalid}
        aria-describedby=${a.describedby || nothing}
        @input=${(e: Event) => {
          const input = e.target as HTMLInputElement;
          if (input.value === '') {
            if (options.optional) onInput(undefined);
            return;
          }
          const n = input.valueAsNumber;
          if (Number.isFinite(n)) onInput(n);
        }}
      />`,
  );
}

/** A select of options; `onChange` receives the chosen value. */
export function selectField(
  ctx: FieldContext,
  id: string,
  label: string,
  options: readonly { value: string; label: string }[],
  value: string,
  onChange: (value: string) => void,
): TemplateResult {
  return field(
    ctx,
    id,
    label,
    (a) =>
      html`<select
        id=${id}
        aria-invalid=${a.invalid}
        aria-describedby=${a.describedby || nothing}
        @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}
      >
        ${options.map(
          (o) => html`<option value=${o.value} .selected=${o.value === value}>${o.label}</option>`,
        )}
      </select>`,
  );
}

/** A checkbox with its label after it. */
export function checkboxField(
  id: string,
  label: string,
  checked: boolean,
  onChange: (checked: boolean) => void,
): TemplateResult {
  return html`<div class="check">
    <input
      type="checkbox"
      id=${id}
      .checked=${live(checked)}
      @change=${(e: Event) => onChange((e.target as HTMLInputElement).checked)}
    />
    <label for=${id}>${label}</label>
  </div>`;
}
