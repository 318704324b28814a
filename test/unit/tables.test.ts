/**
 * The country and US state tables are text decoded on first use: not a row, code, name or alias
 * may be lost or changed on the way. The oracle is the tables as they were written before
 * (test/support/tablesBefore.ts), not the product's text.
 */
import { describe, expect, it } from 'vitest';
import { countryCodes, countryRows } from '../../src/core/normalize/countries';
import { normalizeCountry, normalizeState } from '../../src/core/normalize/location';
import { usStateRows } from '../../src/core/normalize/usStates';
import { COUNTRIES_BEFORE, US_STATES_BEFORE } from '../support/tablesBefore';

/** A text as written, and in all capitals and all lowercase. */
const spellings = (text: string) => [text, text.toUpperCase(), text.toLowerCase()];

describe('countries', () => {
  it('the text decodes to the rows written before, in their order', () => {
    expect(countryRows()).toEqual(COUNTRIES_BEFORE);
  });

  it('every code maps to its country, and every code is known', () => {
    const { alpha2, alpha3 } = countryCodes();
    expect([...alpha2]).toEqual(COUNTRIES_BEFORE.map(([a2]) => a2));
    expect([...alpha3]).toEqual(COUNTRIES_BEFORE.map(([a2, a3]) => [a3, a2]));
    for (const [a2, a3] of COUNTRIES_BEFORE)
      for (const code of [...spellings(a2), ...spellings(a3)]) expect(normalizeCountry(code), code).toBe(a2);
  });

  it("every name and alias maps to its row's country", () => {
    let checked = 0;
    for (const [a2, , ...names] of COUNTRIES_BEFORE)
      for (const name of names)
        for (const text of spellings(name)) {
          expect(normalizeCountry(text), text).toBe(a2);
          checked++;
        }
    expect(checked).toBe(3 * COUNTRIES_BEFORE.reduce((n, row) => n + row.length - 2, 0));
  });
});

describe('US states', () => {
  it('the text decodes to the rows written before, in their order', () => {
    expect(usStateRows()).toEqual(US_STATES_BEFORE);
  });

  it('every code, name and alias gives its state, DC or territory code', () => {
    for (const [code, ...names] of US_STATES_BEFORE)
      for (const text of [...spellings(code), ...names.flatMap(spellings)])
        expect(normalizeState(text), text).toBe(code);
  });
});
