/**
 * Sentences for the issues that `@dtc/schema` reports, in the reader's language. Typed by
 * shape only (`code` and `params`), as this package imports nothing of ours.
 */
import type { MessageKey } from './catalogs/en/index.js';
import { issues } from './catalogs/en/issues.js';
import { issuesNamespace } from './namespaces.js';
import { translate, useNamespaces } from './registry.js';

/** What a sentence needs of an issue: its kebab-case code and the values it names. */
export interface IssueLike {
  readonly code: string;
  readonly params?: Readonly<Record<string, string | number>> | undefined;
}

/** The catalog key that words issues of `code`: `issue.<code>`, or `issue.other`. */
export function issueKey(code: string): MessageKey {
  const key = `issue.${code}`;
  return Object.hasOwn(issues, key) ? (key as MessageKey) : 'issue.other';
}

/**
 * The sentence for an issue in `locale`, from its code and params, e.g.
 * `describeIssue('fr', { code: 'missing-translation', params: { locale: 'fr' } })`.
 * English is always at hand; another locale once `loadLocale` has loaded it (the issues
 * namespace is put in use on the first call, or by `useNamespaces(issuesNamespace)`).
 */
export function describeIssue(locale: string, issue: IssueLike): string {
  useNamespaces(issuesNamespace);
  return translate(locale, issueKey(issue.code), issue.params ?? {});
}
