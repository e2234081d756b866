import { describe, expect, it } from 'vitest';
import { createExtractor } from './extract.js';
import { claimsOf, sourceOf } from './_test-helpers.js';
import { resolveCodebook } from '@reckon/schema';

const extract = createExtractor({ codebook: resolveCodebook(undefined) });

// Sentences of the kinds the articles written for the dev corpus in 2026-11-23's fifth session (articles 822-891) showed
// misread, each rule as its own case.
const metrics = (text: string) => claimsOf(text).map((c) => [c.metric, c.value]);

describe('sentences of articles 822-891', () => {
  it('counts the people a verb hands a term to as sentenced, and no one a verb hands anything else', () => {
    expect(metrics('His two deputies received five years each.')).toEqual([['persons_sentenced', 2], ['prison_term', 5]]);
    expect(metrics('Three accomplices were each given prison terms of four years.')).toEqual([['persons_sentenced', 3], ['prison_term', 4]]);
    expect(metrics('Two of his deputies received 6 years each.')).toEqual([['persons_sentenced', 2], ['prison_term', 6]]);
    expect(metrics('In all, 20 victims received compensation, and 12 officers received awards.')).toEqual([]);
  });

  it('gives a court\'s own release to that court until an agency is named, and reads the court "of the city of" a place', () => {
    const text = 'By the verdict of the specialised inter-district criminal court of the city of Shymkent of 10 September 2024, 8 members of a group were found guilty.\n\n'
      + 'By the verdict, the court sentenced:\n\n- the organiser – to 9 years of imprisonment;\n- 2 administrators – to 7 years of imprisonment each.\n\n'
      + 'The case was investigated by the Agency for Financial Monitoring. In the course of the investigation, 386 million tenge was frozen.';
    const claims = extract({ ...sourceOf(text, '2024-09-12'), publisher: 'Shymkent City Court (unofficial translation)', kind: 'translation' });
    expect(claims.map((c) => [c.metric, c.value, c.authority])).toEqual([
      ['persons_sentenced', 8, 'Shymkent court'], ['prison_term', 9, 'Shymkent court'], ['persons_sentenced', 2, 'Shymkent court'],
      ['prison_term', 7, 'Shymkent court'], ['assets_frozen', 386_000_000, 'AFM'],
    ]);
    // A court named by its rank alone is no place's: "Supreme Court of Singapore" leaves authorities to the text.
    const supreme = extract({ ...sourceOf('The court sentenced 3 people.', '2024-09-12'), publisher: 'Supreme Court of the Republic of Kazakhstan' });
    expect(supreme.map((c) => c.authority)).toEqual([null]);
  });

  it('reads a population only right after "a country of", not wherever "city of" stands in the clause', () => {
    expect(metrics('Kazakhstan, a country of about 20 million, closed 36 exchangers in 2024.')).toEqual([['platforms_closed', 36]]);
    expect(metrics('Police detained 13 people in raids in the City of Buenos Aires on June 5.')).toEqual([['persons_arrested', 13]]);
  });
});
