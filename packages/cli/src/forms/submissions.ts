/**
 * Submissions back to responses. A submission is a table row (a KoboToolbox or ODK Central
 * export) or the leaves of an ODK submission instance: named values. Each name is matched to
 * a field of the {@link FormDescription} the form was made from, each value to an answer, and
 * every value that matches nothing is kept as an {@link Unmappable} with its row, column and
 * value: none is dropped silently.
 *
 * Column headers may be the field's name (`digital_strategy_status`), a group path with any
 * of the separators the tools use (`/` in Kobo, `-` in ODK Central and Briefcase, `.` or `:`
 * in other exports: `coordination_leadership/strategy/digital_strategy_status`), or the
 * question's label in one of the form's languages (Kobo's "labels" export). Values may be
 * choice names or choice labels. The tools' own metadata columns are recognised (the instance
 * id, submission time and form version are read; the rest are ignored by name).
 */
import {
  parseResponse,
  RESPONSE_FORMAT,
  RESPONSE_VERSION,
  type AnswerValue,
  type Framework,
  type Issue,
  type Response,
} from '@dtc/schema';
import { fieldsOf, isFormVersion, type FormDescription, type FormField } from './form.js';

export interface Unmappable {
  /** Row in the sheet, the header being row 1; absent for an XML submission. */
  row?: number;
  /** The column header, or the element path of an XML submission. */
  column: string;
  value: string;
  reason: string;
}

/** One submission: where it is, and its cells as (column, value). */
export interface Submission {
  row?: number;
  cells: readonly (readonly [column: string, value: string])[];
}

type Meta = 'instanceID' | 'submitted' | 'formVersion' | 'ignored';

/** Metadata columns of KoboToolbox and ODK Central/Briefcase exports, lower-cased. */
const META: Readonly<Record<string, Meta>> = {
  instanceid: 'instanceID',
  _uuid: 'instanceID',
  key: 'ignored',
  _submission_time: 'submitted',
  submissiondate: 'submitted',
  formversion: 'formVersion',
  ...Object.fromEntries(
    [
      'today',
      'deviceid',
      'username',
      'phonenumber',
      'subscriberid',
      'simserial',
      'audit',
      '_id',
      '_validation_status',
      '_notes',
      '_status',
      '_submitted_by',
      '__version__',
      '_version_',
      '_tags',
      '_index',
      '_parent_index',
      '_parent_table_name',
      '_attachments',
      '_geolocation',
      '_xform_id_string',
      '_media_count',
      '_total_media',
      '_media_all_received',
      'rootuuid',
      'deprecatedid',
      'instancename',
      'uuid',
      'submitterid',
      'submittername',
      'attachmentspresent',
      'attachmentsexpected',
      'status',
      'reviewstate',
      'edits',
    ].map((name) => [name, 'ignored' as const]),
  ),
};

const SEPARATORS = /[/\-.:]/g;

type Column = { field: FormField } | { meta: Meta } | null;

/** How the columns of an export are read, built once per form. */
export class SubmissionReader {
  private readonly byName = new Map<string, FormField>();
  private readonly byLabel = new Map<string, FormField>();
  private readonly ambiguous = new Set<string>();
  private readonly columns = new Map<string, Column>();

  constructor(
    private readonly form: FormDescription,
    private readonly framework: Framework,
  ) {
    for (const { field } of fieldsOf(form.items)) {
      this.byName.set(field.name, field);
      for (const label of Object.values(field.label ?? {})) {
        const key = normal(label);
        const other = this.byLabel.get(key);
        // A label two fields share names neither: such a header is reported, not guessed.
        if (other && other !== field) this.ambiguous.add(key);
        else this.byLabel.set(key, field);
      }
    }
  }

  /** The field or metadata a header names, or null. */
  column(header: string): Column {
    const known = this.columns.get(header);
    if (known !== undefined) return known;
    let found: Column = null;
    const trimmed = header.trim();
    const candidates = [trimmed];
    for (const match of trimmed.matchAll(SEPARATORS))
      candidates.push(trimmed.slice(match.index + 1));
    for (const candidate of candidates) {
      const field = this.byName.get(candidate);
      const meta = META[candidate.toLowerCase()];
      const key = normal(candidate);
      const labelled = this.ambiguous.has(key) ? undefined : this.byLabel.get(key);
      if (field) found = { field };
      else if (meta) found = { meta };
      else if (labelled) found = { field: labelled };
      if (found) break;
    }
    this.columns.set(header, found);
    return found;
  }

  /** Whether one of `headers` gives a time the answers were given (end, submission, start). */
  hasTimeColumn(headers: readonly string[]): boolean {
    return headers.some((header) => {
      const column = this.column(header);
      if (!column) return false;
      if ('meta' in column) return column.meta === 'submitted';
      return column.field.target.kind === 'meta';
    });
  }

  /**
   * The response of one submission, or null when it cannot be one (its problems are then in
   * `unmappable`, with those of the values that were left out). The answers' `answeredAt` is
   * the submission's own time (its `end`, else the time it was submitted, else its `start`),
   * else `answeredAt` (the `--answered-at` of the command); with neither, the submission is
   * left out and reported: the clock of the import is never taken for it.
   */
  read(submission: Submission, unmappable: Unmappable[], answeredAt?: string): Response | null {
    const where = (column: string, value: string, reason: string): void => {
      unmappable.push({
        ...(submission.row !== undefined ? { row: submission.row } : {}),
        column,
        value,
        reason,
      });
    };
    const answers = new Map<string, { value: AnswerValue; column: string }>();
    const respondent: Record<string, string> = {};
    const respondentColumns: Record<string, string> = {};
    /** Respondent fields whose value was refused above: their absence is not reported again. */
    const refused = new Set<string>();
    const times: Partial<Record<'start' | 'end' | 'submitted', string>> = {};
    let id: string | undefined;

    for (const [column, raw] of submission.cells) {
      const value = raw.trim();
      if (value === '') continue;
      const target = this.column(column);
      if (!target) {
        where(
          column,
          raw,
          this.ambiguous.has(normal(column))
            ? `more than one field of the form "${this.form.id}" has this label; name the column by the field's name`
            : `no field of the form "${this.form.id}" has this name or label`,
        );
        continue;
      }
      if ('meta' in target) {
        if (target.meta === 'instanceID') id ??= value;
        else if (target.meta === 'submitted') {
          const time = timestamp(value);
          if (time) times.submitted = time;
          else where(column, raw, 'not a date and time');
        } else if (target.meta === 'formVersion' && !isFormVersion(value, this.form))
          where(column, raw, versionMismatch(value, this.form));
        continue;
      }
      const field = target.field;
      switch (field.target.kind) {
        case 'meta': {
          const time = timestamp(value);
          if (time) times[field.target.key] = time;
          else where(column, raw, 'not a date and time');
          break;
        }
        case 'respondent': {
          const choice = field.choices ? this.choiceName(field, value) : value;
          if (choice === null) {
            where(column, raw, `not one of the choices of "${field.name}": ${names(field)}`);
            refused.add(field.target.key);
          } else {
            respondent[field.target.key] = choice;
            respondentColumns[field.target.key] = column;
          }
          break;
        }
        case 'answer': {
          const { questionId, values } = field.target;
          if (answers.has(questionId)) {
            where(
              column,
              raw,
              `a second value for question "${questionId}" (column "${answers.get(questionId)!.column}")`,
            );
            break;
          }
          if (!values) {
            answers.set(questionId, { value: raw, column });
            break;
          }
          const choice = this.choiceName(field, value);
          const answer = choice === null ? undefined : values.get(choice);
          if (answer === undefined)
            where(
              column,
              raw,
              `not one of the choices of question "${questionId}": ${names(field)}`,
            );
          else answers.set(questionId, { value: answer, column });
          break;
        }
      }
    }

    const answered = times.end ?? times.submitted ?? times.start ?? answeredAt;
    if (answered === undefined) {
      where(
        '(time)',
        '',
        'the submission gives no time of answering (end, _submission_time, SubmissionDate or start); give one with --answered-at',
      );
      return null;
    }
    const response = {
      format: RESPONSE_FORMAT,
      version: RESPONSE_VERSION,
      ...(id ? { id } : {}),
      framework: { id: this.framework.id, version: this.framework.version },
      respondent,
      answers: Object.fromEntries(
        [...answers].map(([q, a]) => [q, { value: a.value, answeredAt: answered }]),
      ),
      history: [],
      ...(times.start ? { createdAt: times.start } : {}),
      ...(times.end ? { updatedAt: times.end } : {}),
      ...((times.submitted ?? times.end) ? { completedAt: times.submitted ?? times.end } : {}),
    };
    const parsed = parseResponse(response, this.framework);
    if (parsed.ok) return parsed.value;
    for (const issue of parsed.issues) {
      const [head, key] = issue.path;
      if (head === 'respondent' && typeof key === 'string' && refused.has(key)) continue;
      const { column, value } = this.locate(
        issue,
        answers,
        respondentColumns,
        respondent,
        response,
      );
      where(column, value, issue.message);
    }
    return null;
  }

  private choiceName(field: FormField, value: string): string | null {
    const choices = field.choices ?? [];
    const byName = choices.find((c) => c.name === value);
    if (byName) return byName.name;
    const number = Number(value);
    if (value !== '' && Number.isFinite(number)) {
      const numeric = choices.find((c) => c.name === String(number));
      if (numeric) return numeric.name;
    }
    const key = normal(value);
    const byLabel = choices.find((c) => Object.values(c.label).some((l) => normal(l) === key));
    return byLabel?.name ?? null;
  }

  private locate(
    issue: Issue,
    answers: ReadonlyMap<string, { value: AnswerValue; column: string }>,
    respondentColumns: Readonly<Record<string, string>>,
    respondent: Readonly<Record<string, string>>,
    response: object,
  ): { column: string; value: string } {
    const [head, key] = issue.path;
    if (head === 'answers' && typeof key === 'string' && answers.has(key)) {
      const a = answers.get(key)!;
      return { column: a.column, value: String(a.value) };
    }
    if (head === 'respondent' && typeof key === 'string') {
      const field = [...this.byName.values()].find(
        (f) => f.target.kind === 'respondent' && f.target.key === key,
      );
      return {
        column: respondentColumns[key] ?? field?.name ?? key,
        value: respondent[key] ?? '',
      };
    }
    return {
      column: issue.path.join('.') || '(submission)',
      value: JSON.stringify(response).slice(0, 80),
    };
  }
}

/** Why a submission's form version is not this framework's. */
export const versionMismatch = (value: string, form: FormDescription): string =>
  `the submission is of form version ${value}; this framework's form is version ${form.version} (framework ${form.frameworkVersion})`;

const normal = (text: string): string => text.trim().replace(/\s+/g, ' ').toLowerCase();

const names = (field: FormField): string => (field.choices ?? []).map((c) => c.name).join(', ');

/**
 * A timestamp the response format takes, from the forms the tools write: ISO 8601 with an
 * offset (kept), without one (Kobo's `_submission_time`, read as UTC), or an Excel date.
 */
export function timestamp(value: string): string | null {
  const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(
    value.trim(),
  );
  if (!iso) return null;
  let text = value.trim();
  if (!iso[3]) text += 'Z';
  else if (/[+-]\d{4}$/.test(text)) text = `${text.slice(0, -2)}:${text.slice(-2)}`;
  return Number.isNaN(Date.parse(text)) ? null : text;
}
