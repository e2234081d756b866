import { describe, expect, it } from 'vitest';
import { claimsOf } from './_test-helpers.js';
import { definedAgencies, type KnownPlaces } from './defined-agencies.js';

/** A table that knows only Istanbul, in Turkey, and the names given. */
const tableKnowing = (known: string[] = [], more: Partial<KnownPlaces> = {}): KnownPlaces => ({
  known: (name) => known.includes(name), cityIn: (name) => (name === 'Istanbul' ? 'TR' : null), placeIn: (name) => (name === 'Istanbul' ? 'TR' : null),
  isAgency: () => false, namesTableAgency: () => false, agencyIn: () => null, isCountry: () => false, nationalPolice: () => null, policeByPlace: () => false, localForces: () => false, ...more,
});
const defined = (text: string, known: string[] = []) => definedAgencies(text, tableKnowing(known), () => 'ZZ').map((a) => [a.id, a.names[1]]);

describe('local police forces a text names', () => {
  it('names a city\'s force after its city where police are local forces, as a unit of the national police', () => {
    const local = tableKnowing([], { policeByPlace: () => true, localForces: () => true, nationalPolice: () => 'TNP' });
    expect(definedAgencies('Istanbul police detained 12 people. Police in Ankara detained 4.', local, () => 'TR')).toEqual([
      { id: 'Istanbul Police', names: ['Istanbul police'], jurisdiction: 'TR', partOf: 'TNP' },
      { id: 'Ankara Police', names: ['Police in Ankara'], jurisdiction: 'TR', partOf: 'TNP' },
    ]);
    // Where police are one national force, a city's police are that force.
    expect(definedAgencies('Istanbul police detained 12 people.', tableKnowing(), () => 'TR')).toEqual([]);
  });
});

describe('agencies a text introduces with an acronym', () => {
  it('reads the name before the acronym, without the words that lead into it', () => {
    expect(defined('According to Directorate for Priority Crime Investigation (DPCI) spokesperson Colonel Mogale, the scheme collapsed.'))
      .toEqual([['DPCI', 'Directorate for Priority Crime Investigation']]);
    expect(defined('The Agency for Regulation and Development of the Financial Market (ARDFM) said so.'))
      .toEqual([['ARDFM', 'Agency for Regulation and Development of the Financial Market']]);
  });

  it('takes no law, product or industry term for an agency', () => {
    expect(defined('under the Prevention of Money Laundering Act (PMLA), Virtual Asset Service Providers (VASPs) must report in Tether (USDT).')).toEqual([]);
    expect(defined('Exchanges must be licensed by the Astana International Financial Centre (AIFC).')).toEqual([]);
    expect(defined('Continental Press Agency (CPA) reported that police arrested 14 people.')).toEqual([]);
  });

  it('leaves names the table knows to the table', () => {
    expect(defined('The Enforcement Directorate (ED) and the Financial Monitoring Agency (AFM) acted.', ['ED', 'Financial Monitoring Agency'])).toEqual([]);
  });

  it('names a city\'s prosecutor\'s office by its city, and "the prosecutors" as that office where it is the only one', () => {
    const agencies = definedAgencies('Police detained 34 suspects, the Istanbul Chief Public Prosecutor\'s Office said. The prosecutors said more.',
      tableKnowing(), () => null);
    expect(agencies).toEqual([{ id: 'Istanbul prosecutor', names: ['Istanbul Chief Public Prosecutor\'s Office', 'prosecutors', 'Prosecutors'], jurisdiction: 'TR' }]);
    const claims = claimsOf('Police detained 34 suspects in Istanbul, the Istanbul Chief Public Prosecutor\'s Office said.\nAccording to the prosecutors, 4,600 people deposited money on the platforms.');
    expect(claims.map((c) => [c.value, c.jurisdiction, c.authority])).toEqual([[34, 'TR', 'Istanbul prosecutor'], [4600, 'TR', 'Istanbul prosecutor']]);
  });

  it('names a country\'s own agency though the table gives its name to another country\'s', () => {
    const claims = claimsOf("Mongolia's National Police Agency (NPA) has detained seven people over a crypto pyramid.\nThe NPA said MNT 2.7 billion was returned to victims.");
    expect(claims.map((c) => [c.value, c.jurisdiction, c.authority])).toEqual([[7, 'MN', 'NPA'], [2_700_000_000, 'MN', 'NPA']]);
  });

  it('reads a short name given in brackets to an agency the table has as that agency\'s name in the text', () => {
    const claims = claimsOf("Colombia's Attorney General's Office (Fiscalía) said eight people had been arrested in Bogotá.\nThe Fiscalía said it obtained 63 convictions in 2025.");
    expect(claims.map((c) => [c.value, c.jurisdiction, c.authority])).toEqual([[8, 'CO', 'Fiscalía-CO'], [63, 'CO', 'Fiscalía-CO']]);
  });

  it('gives the figures of the text to the agency it introduced, in the country of the text', () => {
    const claims = claimsOf('Kenya\'s Financial Oversight Directorate (FOD) blocked 42 illegal betting websites in 2024.\nThe FOD also froze KSh 30 million in accounts linked to the operators.');
    expect(claims.map((c) => [c.metric, c.value, c.jurisdiction, c.authority])).toEqual([
      ['platforms_blocked', 42, 'KE', 'FOD'],
      ['assets_frozen', 30_000_000, 'KE', 'FOD'],
    ]);
  });
  it('names an agency the table knows only by its spelled-out name by the acronym the text gives it', () => {
    const claims = claimsOf('The Albanian State Police (ASP) said it has arrested 23 suspects.\nThe Albanian State Police also seized 40 computers.');
    expect(claims.map((c) => [c.value, c.jurisdiction, c.authority])).toEqual([[23, 'AL', 'ASP'], [40, 'AL', 'ASP']]);
  });
});
