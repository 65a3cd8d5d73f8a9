/**
 * The plan-level fields (country, period, currency, team) and the plan's history, each in a
 * disclosure so that the editor opens on the actions, not on a wall of fields.
 */
import { RESPONDENT_ROLES, type ActionPlan, type PlanChange, type TeamMember } from '@dtc/schema';
import { html, type TemplateResult } from 'lit';
import { numberField, selectField, textField, type FieldContext } from './fields.js';

/** The fields a history entry may name, with words in the catalogs. */
const HISTORY_FIELDS: ReadonlySet<string> = new Set([
  'title',
  'pillar',
  'horizon',
  'lead',
  'owner',
  'status',
  'targetLevel',
  'outcome',
  'notes',
  'partners',
  'cost',
  'funding',
  'indicators',
  'milestones',
  'dependsOn',
  'alignment',
  'risks',
  'country',
  'period',
  'currency',
  'team',
  'priorities',
  'pillarPriorities',
]);

/** What the settings need from the element. */
export interface SettingsHost extends FieldContext {
  plan: ActionPlan;
  lang: string;
  /** Changes plan-level fields (recorded in the plan's history). */
  set: (change: Partial<ActionPlan>) => void;
  /** The number of an action by id, for history entries. */
  number: (id: string) => number | undefined;
}

function team(host: SettingsHost): TemplateResult {
  const { t, plan } = host;
  const setMember = (i: number, m: TeamMember | null): void => {
    const list = [...plan.team];
    if (m) list[i] = m;
    else list.splice(i, 1);
    host.set({ team: list });
  };
  const member = (m: TeamMember, i: number): TemplateResult => {
    const id = `plan-team-${i}`;
    const opt = (key: 'title' | 'organisation', v: string): void => {
      const next = { ...m, [key]: v };
      if (!v) delete next[key];
      setMember(i, next);
    };
    return html`<fieldset class="item">
      <legend>${t('plan.team.legend', { n: i + 1 })}</legend>
      <div class="row">
        ${textField(host, `${id}-name`, t('plan.team.name'), m.name, 200, (name) =>
          setMember(i, { ...m, name }),
        )}
        ${selectField(
          host,
          `${id}-role`,
          t('plan.team.role'),
          RESPONDENT_ROLES.map((r) => ({ value: r, label: t(`assessment.role.${r}`) })),
          m.role,
          (role) => setMember(i, { ...m, role: role as TeamMember['role'] }),
        )}
        ${textField(host, `${id}-title`, t('plan.team.post'), m.title ?? '', 200, (v) => opt('title', v))}
        ${textField(
          host,
          `${id}-organisation`,
          t('plan.team.organisation'),
          m.organisation ?? '',
          200,
          (v) => opt('organisation', v),
        )}
      </div>
      <button type="button" class="remove" @click=${() => setMember(i, null)}>
        ${t('plan.team.remove', { n: i + 1 })}
      </button>
    </fieldset>`;
  };
  return html`<fieldset class="group">
    <legend>${t('plan.team.title')}</legend>
    ${plan.team.map(member)}
    <button
      type="button"
      class="add-item"
      id="plan-team-add"
      @click=${() => host.set({ team: [...plan.team, { name: '', role: 'ministry-education' }] })}
    >
      ${t('plan.team.add')}
    </button>
  </fieldset>`;
}

/** Country, period, currency and team, in a disclosure (`open` while it is open). */
export function renderSettings(
  host: SettingsHost,
  open: boolean,
  onToggle: (open: boolean) => void,
): TemplateResult {
  const { t, plan } = host;
  const period = (from?: number, to?: number): void => {
    const f = from ?? plan.period?.from;
    const e = to ?? plan.period?.to;
    host.set({ period: f === undefined || e === undefined ? undefined : { from: f, to: e } });
  };
  const code = (key: 'country' | 'currency', v: string): void =>
    host.set({ [key]: v ? v.toUpperCase() : undefined });
  const year = new Date().getFullYear();
  return html`<details
    class="settings"
    part="settings"
    ?open=${open}
    @toggle=${(e: Event) => onToggle((e.target as HTMLDetailsElement).open)}
  >
    <summary>${t('plan.settings.title')}</summary>
    <div class="row">
      ${textField(
        host,
        'plan-country',
        t('plan.settings.country'),
        plan.country ?? '',
        3,
        (v) => code('country', v),
        {
          size: 4,
        },
      )}
      ${numberField(
        host,
        'plan-period',
        t('plan.settings.from'),
        plan.period?.from,
        (from) =>
          from === undefined
            ? host.set({ period: undefined })
            : period(from, plan.period?.to ?? from + 4),
        { step: '1', optional: true },
      )}
      ${numberField(
        host,
        'plan-period-to',
        t('plan.settings.to'),
        plan.period?.to,
        (to) =>
          to === undefined
            ? host.set({ period: undefined })
            : period(plan.period?.from ?? year, to),
        { step: '1', optional: true },
      )}
      ${textField(
        host,
        'plan-currency',
        t('plan.settings.currency'),
        plan.currency ?? '',
        3,
        (v) => code('currency', v),
        { size: 4 },
      )}
    </div>
    ${team(host)}
  </details>`;
}

/** The plan's history, most recent first, in a disclosure. */
export function renderHistory(host: SettingsHost): TemplateResult {
  const { t, plan, lang } = host;
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  // Field names in words; any other detail (the title of a removed action) as it is.
  const fieldWords = (detail: string): string => {
    const fields = detail.split(', ');
    return fields.every((f) => HISTORY_FIELDS.has(f))
      ? fields
          .map((f) => t(`plan.history.field.${f}` as 'plan.history.field.title'))
          .join(t('plan.export.separator'))
      : detail;
  };
  const entry = (c: PlanChange): TemplateResult => {
    const n = c.action ? host.number(c.action) : undefined;
    const values = {
      when: date.format(new Date(c.at)),
      who: c.by || t('plan.history.someone'),
      what: t(`plan.history.change.${c.change}`),
    };
    const words =
      n === undefined
        ? t('plan.history.entry', values)
        : t('plan.history.entry.action', { ...values, n });
    return html`<li>
      ${c.detail ? t('plan.history.entry.fields', { entry: words, fields: fieldWords(c.detail) }) : words}
    </li>`;
  };
  return html`<details class="history" part="history">
    <summary>${t('plan.history.title')}</summary>
    ${
      plan.history.length
        ? html`<ol class="history-list" reversed>
            ${[...plan.history].reverse().slice(0, 50).map(entry)}
          </ol>`
        : html`<p class="muted">${t('plan.history.none')}</p>`
    }
  </details>`;
}
