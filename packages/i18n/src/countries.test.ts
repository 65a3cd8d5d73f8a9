import { describe, expect, it } from 'vitest';
import { ALPHA3_TO_ALPHA2, COUNTRY_CODES, countryName } from './countries.js';

describe('countries', () => {
  it('maps every alpha-3 code to one alpha-2 code', () => {
    expect(COUNTRY_CODES.length).toBe(249);
    expect(new Set(ALPHA3_TO_ALPHA2.values()).size).toBe(COUNTRY_CODES.length);
    expect(COUNTRY_CODES.every((c) => /^[A-Z]{3}$/.test(c))).toBe(true);
    expect([...ALPHA3_TO_ALPHA2.values()].every((c) => /^[A-Z]{2}$/.test(c))).toBe(true);
  });

  it('names a country in the language asked for', () => {
    expect(countryName('URY', 'en')).toBe('Uruguay');
    expect(countryName('SEN', 'fr')).toBe('Sénégal');
    expect(countryName('est', 'en')).toBe('Estonia');
  });

  it('names nothing for a code that is not assigned', () => {
    expect(countryName('XXX', 'en')).toBeUndefined();
    expect(countryName('', 'en')).toBeUndefined();
  });
});
