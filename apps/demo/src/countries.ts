/**
 * ISO 3166-1 country codes: alpha-3 (what a response stores) to alpha-2 (what
 * `Intl.DisplayNames` names in any language), so no country names ship with the site. The
 * table is `@dtc/i18n/countries`, which the course reader uses too.
 */
export { ALPHA3_TO_ALPHA2, COUNTRY_CODES, countryName } from '@dtc/i18n/countries';
