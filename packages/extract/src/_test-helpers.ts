import { resolveCodebook, type Claim, type Source } from '@reckon/schema';
import { createExtractor } from './extract.js';
import { findFigures, type Figure } from './figures.js';
import { compileLexicon } from './lexicon.js';

/** The built-in codebook, compiled once for all tests. */
export const lexicon = compileLexicon(resolveCodebook(undefined));
const extractor = createExtractor({ codebook: resolveCodebook(undefined) });

/** A source with just a text and a publication date. */
export function sourceOf(text: string, published = '2025-01-15'): Source {
  return {
    source_id: 'a'.repeat(64), source_path: 'sources/test.md', title: null, publisher: null, url: null, published,
    published_note: null, language: 'en', kind: 'media', sha256: 'b'.repeat(64), bytes: text.length, text, boilerplate: [], cluster_id: null,
  };
}

/** The claims extracted from one text. */
export function claimsOf(text: string, published = '2025-01-15'): Claim[] {
  return extractor(sourceOf(text, published));
}

/** The figures of one sentence, with nothing masked. */
export function figuresOf(text: string, jurisdiction: string | null = null): Figure[] {
  return findFigures(text, lexicon, [], false, jurisdiction);
}
