/**
 * What `<dtc-assessment>` shows about a response made with another version of its framework:
 * the notice that lists what became of the answers once carried (answers to check, questions
 * that need a new answer, earlier answers with no place), and the error shown when it cannot
 * be carried. Loaded on demand (`lazy-migration.ts`) with its words, so a questionnaire that
 * never shows them carries none of it.
 */
import {
  describeIssue,
  issuesNamespace,
  loadLocale,
  useNamespaces,
  type LocalizedText,
  type MessageKey,
  type MessageValues,
} from '@dtc/i18n';
import { migrationNamespace } from '@dtc/i18n/namespaces/migration';
import type { Framework, IssuePath, MappingRule, Question } from '@dtc/schema';
import type { MigrationReport, UnansweredReason } from '@dtc/scoring';
import { html, nothing, type TemplateResult } from 'lit';
import type { MigrationProblem, Predecessor } from './assessment-controller.js';

/**
 * Puts the notice's words in use and loads them for the locale the element asks for
 * (`requested`, before negotiation), before the notice shows: the element's own catalog may
 * have been loaded before these words were in use.
 */
export async function prepare(requested: string): Promise<void> {
  useNamespaces(migrationNamespace, issuesNamespace);
  await loadLocale(requested).catch(() => undefined);
}

/** The words and navigation the notice borrows from its element. */
export interface NoticeContext {
  lang: string;
  t: (key: MessageKey, values?: MessageValues) => string;
  text: (localized: LocalizedText | undefined) => string;
  /** `formatPath` from `@dtc/schema` (the element has it already: this module adds no part of the schema). */
  formatPath: (path: IssuePath) => string;
}

export interface NoticeView extends NoticeContext {
  report: MigrationReport;
  framework: Framework;
  /** The version the response was carried from, with its mapping, when the host gave it. */
  predecessor: Predecessor | undefined;
  /** Whether the questionnaire shows `questionId` (it may assess some pillars only). */
  shows: (questionId: string) => boolean;
  goTo: (questionId: string) => void;
  dismiss: () => void;
}

const REASONS: readonly UnansweredReason[] = ['added', 'split', 'merged', 'value-not-carried'];

function questionsOf(framework: Framework | undefined): Map<string, Question> {
  const out = new Map<string, Question>();
  for (const p of framework?.pillars ?? [])
    for (const c of p.components) for (const q of c.questions) out.set(q.id, q);
  return out;
}

/**
 * The notice: which version the response was made with and which it is opened under, then
 * the answers to check, the questions that need a new answer (by reason) and the earlier
 * answers with no place, each with the note of the mapping's rule when it has one. Every
 * question shown in the questionnaire is a button that takes the respondent there.
 */
export function renderNotice(view: NoticeView): TemplateResult {
  const { report, t, text } = view;
  const current = questionsOf(view.framework);
  const earlier = questionsOf(view.predecessor?.framework);
  const rules: readonly MappingRule[] = view.predecessor?.mapping.rules ?? [];
  const noteOf = (match: (rule: MappingRule) => boolean): string => {
    const note = rules.find(match)?.note;
    return note ? text(note) : '';
  };
  const item = (id: string, note: string): TemplateResult => {
    const title = text(current.get(id)?.title) || id;
    return html`<li>
      ${
        view.shows(id)
          ? html`<button type="button" part="button" class="link" @click=${() => view.goTo(id)}>
              ${title}
            </button>`
          : html`<span>${title}</span>`
      }
      ${note ? html`<p class="note">${t('migration.note', { note })}</p>` : nothing}
    </li>`;
  };
  const unanswered = REASONS.map((reason) => ({
    reason,
    items: report.unanswered.filter((u) => u.reason === reason),
  })).filter((group) => group.items.length > 0);
  return html`<section part="migration-notice" class="migration" aria-labelledby="migration-title">
    <h2 id="migration-title">${t('migration.title')}</h2>
    <p>${t('migration.intro', { from: report.from.version, to: report.to.version })}</p>
    ${
      report.review.length
        ? html`<h3>${t('migration.review.title', { count: report.review.length })}</h3>
            <p>${t('migration.review.intro')}</p>
            <ul class="migration-list">
              ${report.review.map((r) =>
                item(
                  r.to,
                  noteOf((rule) => rule.to.includes(r.to) && rule.from.includes(r.from)),
                ),
              )}
            </ul>`
        : nothing
    }
    ${
      report.unanswered.length
        ? html`<h3>${t('migration.unanswered.title', { count: report.unanswered.length })}</h3>
            ${unanswered.map(
              (group) =>
                html`<h4>
                    ${t(`migration.reason.${group.reason}`, { count: group.items.length })}
                  </h4>
                  <ul class="migration-list">
                    ${group.items.map((u) =>
                      item(
                        u.question,
                        noteOf((rule) => rule.to.includes(u.question)),
                      ),
                    )}
                  </ul>`,
            )}`
        : nothing
    }
    ${
      report.left.length
        ? html`<h3>${t('migration.left.title', { count: report.left.length })}</h3>
            <p>${t('migration.left.intro')}</p>
            <ul class="migration-list">
              ${report.left.map((l) => {
                const note = noteOf((rule) => rule.from.includes(l.question));
                return html`<li>
                  <span>${text(earlier.get(l.question)?.title) || l.question}</span>
                  ${note ? html`<p class="note">${t('migration.note', { note })}</p>` : nothing}
                </li>`;
              })}
            </ul>`
        : nothing
    }
    <div class="actions">
      <button type="button" part="button" @click=${view.dismiss}>${t('migration.dismiss')}</button>
    </div>
  </section>`;
}

/**
 * The error shown instead of the questionnaire when a response made with another version
 * cannot be carried: which versions, that nothing was changed, and the mapping's problems.
 */
export function renderBlocked(view: NoticeContext, problem: MigrationProblem): TemplateResult {
  const { t, formatPath } = view;
  const issues = problem.issues.slice(0, 5);
  return html`<div part="load-error" class="load-error" role="alert">
    <h2>${t('migration.blocked.title')}</h2>
    <p>
      ${t('migration.blocked.body', {
        found: problem.found.version,
        expected: problem.expected.version,
      })}
    </p>
    ${
      issues.length
        ? html`<ul>
            ${issues.map(
              (i) =>
                html`<li>
                  ${t('common.error.issue', { path: formatPath(i.path), message: describeIssue(view.lang, i) })}
                </li>`,
            )}
          </ul>`
        : nothing
    }
  </div>`;
}
