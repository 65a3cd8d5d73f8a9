import { describeIssue } from '@dtc/i18n';
import { formatPath, issueCount, type Issue, type Response } from '@dtc/schema';
import { framework } from './data.js';
import { html, nothing, type TemplateResult } from 'lit';
import { MAX_FILE_BYTES, type ImportError } from './exchange.js';
import { sizeText } from './import-progress.js';
import { locale, t } from './i18n/index.js';

const SHOWN = 8;

/** Where, then what is wrong in the reader's language (@dtc/i18n words every issue code). */
function issueLine(issue: Issue): TemplateResult {
  const path = formatPath(issue.path);
  return html`<li><code dir="ltr">${path}</code>: ${describeIssue(locale(), issue)}</li>`;
}

/**
 * A clear message for a file that could not be imported: what is wrong in the reader's
 * language, then (for a file with problems) where, as @dtc/schema reports it.
 */
export function renderImportError(error: ImportError, name?: string): TemplateResult {
  const issues = error.issues;
  const detailed = error.code === 'invalid' && issues.length > 0;
  const count = issueCount(issues);
  return html`<div class="alert alert-error" role="alert">
    <h2>${name ? t('import.error.titleFor', { name }) : t('import.error.title')}</h2>
    <p>
      ${
        detailed
          ? t('import.error.invalid', { count })
          : t(`import.error.${error.code}`, { size: sizeText(MAX_FILE_BYTES) })
      }
    </p>
    ${
      detailed
        ? html`<ul>
              ${issues.slice(0, SHOWN).map(issueLine)}
            </ul>
            ${count > SHOWN ? html`<p>${t('import.error.more', { count: count - SHOWN })}</p>` : nothing}`
        : issues.length
          ? html`<details>
              <summary>${t('common.technicalDetails')}</summary>
              <pre lang="en" dir="ltr">
${issues.map((i) => `${formatPath(i.path)}: ${i.message}`).join('\n')}</pre>
            </details>`
          : nothing
    }
  </div>`;
}

/**
 * A word on responses made for another version of the framework: those carried to this
 * site's version (their answers as they were are kept in the response), and those read and
 * scored against it as they are, so that answers to questions that changed may be missing.
 * Empty when every response was made with this site's version.
 */
export function otherVersionsText(responses: readonly Response[]): string {
  const versions = (list: readonly string[]) => [...new Set(list)].join(', ');
  const carried = responses.flatMap((r) => {
    const last = r.migrations?.at(-1);
    return last && last.to.version === framework.version ? [last.from.version] : [];
  });
  const other = responses.filter((r) => r.framework.version !== framework.version);
  return [
    carried.length
      ? t('import.carried', {
          count: carried.length,
          versions: versions(carried),
          version: framework.version,
        })
      : '',
    other.length
      ? t('import.otherVersion', {
          count: other.length,
          versions: versions(other.map((r) => r.framework.version)),
          version: framework.version,
        })
      : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** {@link otherVersionsText} as a paragraph, or nothing. */
export function otherVersions(responses: readonly Response[]): TemplateResult | typeof nothing {
  const text = otherVersionsText(responses);
  return text ? html`<p>${text}</p>` : nothing;
}
