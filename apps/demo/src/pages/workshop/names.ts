import type { Response } from '@dtc/schema';
import { UNKNOWN_GROUP } from '@dtc/scoring';
import { ALPHA3_TO_ALPHA2 } from '../../countries.js';
import { regionName, t, type MessageKey } from '../../i18n/index.js';

/** The demo's name of a role code (`unknown` when not given). */
export function roleName(key: string): string {
  if (key === UNKNOWN_GROUP) return t('role.unknown');
  return t(`role.${key}` as MessageKey);
}

/** A country's name from its ISO alpha-3 code, in the current locale. */
export function countryName(key: string): string {
  if (key === UNKNOWN_GROUP) return t('common.country.none');
  return regionName(ALPHA3_TO_ALPHA2.get(key) ?? key);
}

/** The name of a group key in the group view: the demo's role names and country names. */
export function groupName(key: string, grouping: 'role' | 'country'): string {
  return grouping === 'role' ? roleName(key) : countryName(key);
}

/** A participant's name: the file's label, else who answered, else `fallback`. */
export function participantLabel(
  item: { label: string; response: Response },
  fallback: string,
): string {
  if (item.label.trim()) return item.label.trim();
  const r = item.response.respondent;
  const parts = [
    r.name,
    r.organisation,
    r.role !== 'other' ? t(`role.${r.role}`) : r.roleDetail,
    r.country && countryName(r.country),
  ];
  return parts.filter(Boolean).join(t('common.partSeparator')) || fallback;
}
