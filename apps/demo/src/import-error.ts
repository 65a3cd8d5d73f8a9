import { describeIssue } from '@dtc/i18n';
import { formatPath, type Issue, type Response } from '@dtc/schema';
import { framework } from './data.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { ImportError } from './exchange.js';
import { locale, t } from './i18n/index.js';

const SHOWN = 8;

/** Where, then what is wrong in the reader's language (@dtc/i18n words every issue code). */
function issueLine(issue: Issue): TemplateResult {
  return html`<li><code>${formatPath(issue.path)}</code>: ${describeIssue(locale(), issue)}</li>`;
}

/**
 * A clear message for a file that could not be imported: what is wrong in the reader's
 * language, then (for a file with problems) where, as @dtc/schema reports it.
 */
export function renderImportError(error: ImportError, name?: string): TemplateResult {
  const issues = error.issues;
  const detailed = error.code === 'invalid' && issues.length > 0;
  return html`<div class="alert alert-error" role="alert">
    <h2>${name ? t('import.error.titleFor', { name }) : t('import.error.title')}</h2>
    <p>
      ${detailed ? t('import.error.invalid', { count: issues.length }) : t(`import.error.${error.code}`)}
    </p>
    ${
      detailed
        ? html`<ul>
              ${issues.slice(0, SHOWN).map(issueLine)}
            </ul>
            ${issues.length > SHOWN ? html`<p>${t('import.error.more', { count: issues.length - SHOWN })}</p>` : nothing}`
        : issues.length
          ? html`<details>
              <summary>${t('common.technicalDetails')}</summary>
              <pre lang="en">
${issues.map((i) => `${formatPath(i.path)}: ${i.message}`).join('\n')}</pre>
            </details>`
          : nothing
    }
  </div>`;
}

/**
 * A word on responses made for another version of the framework: they are read and scored
 * against this site's version, so answers to questions that changed may be missing. Empty
 * when every response is of this site's version.
 */
export function otherVersionsText(responses: readonly Response[]): string {
  const other = responses.filter((r) => r.framework.version !== framework.version);
  if (!other.length) return '';
  return t('import.otherVersion', {
    count: other.length,
    versions: [...new Set(other.map((r) => r.framework.version))].join(', '),
    version: framework.version,
  });
}

/** {@link otherVersionsText} as a paragraph, or nothing. */
export function otherVersions(responses: readonly Response[]): TemplateResult | typeof nothing {
  const text = otherVersionsText(responses);
  return text ? html`<p>${text}</p>` : nothing;
}
