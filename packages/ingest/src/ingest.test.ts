import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBoilerplate } from './boilerplate.js';
import { splitFrontMatter } from './front-matter.js';
import { globToRegExp, listFiles } from './glob.js';
import { decode, normalise } from './normalise.js';
import { ingestSources, parseSource } from './sources.js';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('decoding and normalising', () => {
  it('reads UTF-8 with or without BOM and UTF-16 with BOM; refuses invalid UTF-8 and binary, naming the byte', () => {
    expect(decode(bytes('café'))).toMatchObject({ ok: true, text: 'café' });
    expect(decode(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('tenge', 'utf16le')]))).toMatchObject({ ok: true, text: 'tenge', encoding: 'utf-16le' });
    expect(decode(Buffer.from([0x61, 0x62, 0xc3, 0x28]))).toEqual({ ok: false, reason: 'invalid UTF-8 at byte 2' });
    expect(decode(Buffer.from([0x61, 0x00, 0x62]))).toEqual({ ok: false, reason: 'binary file: NUL byte at offset 1' });
  });

  it('normalises to NFC and LF without a BOM, so offsets are stable', () => {
    expect(normalise('\uFEFFa\r\nb\rc\u0065\u0301')).toBe('a\nb\ncé');
  });
});

describe('front matter', () => {
  it('splits YAML front matter from the body and validates it', () => {
    const r = splitFrontMatter('---\ntitle: T\npublished: 2025-01-07\nkind: official\n---\nBody text.\n');
    expect(r).toEqual({ ok: true, value: { frontMatter: { title: 'T', published: '2025-01-07', kind: 'official' }, body: 'Body text.\n', warnings: [] } });
  });

  it('names the line of a wrong value and of broken YAML, and warns of unknown keys', () => {
    expect(splitFrontMatter('---\ntitle: T\nkind: blog\n---\nx')).toMatchObject({ ok: false, error: { line: 3 } });
    expect(splitFrontMatter('---\ntitle: [x\n---\nx')).toMatchObject({ ok: false, error: { message: expect.stringMatching(/not valid YAML/) } });
    const r = splitFrontMatter('---\ntitle: T\nmood: sunny\n---\nx');
    expect(r.ok && r.value.warnings[0]).toMatch(/line 3: unknown key "mood"/);
  });
});

describe('boilerplate', () => {
  it('marks visit counters, repeated headlines, the site name and repeated lines, never changing the text', () => {
    const text = 'The Crypto Desk\n\nBig Headline\n\nBig Headline\n\nThe agency closed 19 platforms.\nVisited 1 times, 1 visit(s) today';
    const spans = findBoilerplate(text, { title: 'Big Headline', publisher: 'The Crypto Desk' });
    expect(spans.map((s) => [text.slice(s.start, s.end), s.reason])).toEqual([
      ['The Crypto Desk', 'site name'], ['Big Headline', 'repeated headline'], ['Big Headline', 'repeated headline'],
      ['Visited 1 times, 1 visit(s) today', 'visit counter'],
    ]);
  });
});

describe('links to other stories', () => {
  it('marks the headlines listed under "Read also:" or "Related news", with blank lines between them or not, up to the first line of prose', () => {
    const text = 'The agency closed 19 platforms.\n\nRelated news\n\n11 persons detained for drug crimes in Kutaisi\n\nPolice recover 9 stolen vehicles\n'
      + 'Officials said the work would go on. Police arrested 3 people.\n\nAlso on Cronica Economica:\nThe Audiencia Nacional jails 5 leaders';
    const marked = findBoilerplate(text).map((s) => text.slice(s.start, s.end));
    expect(marked).toEqual(['Related news', '11 persons detained for drug crimes in Kutaisi', 'Police recover 9 stolen vehicles',
      'Also on Cronica Economica:', 'The Audiencia Nacional jails 5 leaders']);
  });

  it('marks a link to other stories on its label\'s own line, however long', () => {
    const text = 'Police arrested 12 people.\nRelated News: EFCC arrests 53 suspected internet fraudsters in Ibadan | Court remands ex-bank manager over N2bn fraud\nRead Next: PAOCC raids suspected scam hub in Pampanga, 38 foreigners held';
    expect(findBoilerplate(text).map((s) => text.slice(s.start, s.start + 12))).toEqual(['Related News', 'Read Next: P']);
    // A South African paper's bare "READ:" line links to another story too.
    const read = 'The Hawks arrested four suspects.\nREAD: Gqeberha man, 34, loses R410 000 to WhatsApp trading scam';
    expect(findBoilerplate(read).map((s) => read.slice(s.start, s.end))).toEqual(['READ: Gqeberha man, 34, loses R410 000 to WhatsApp trading scam']);
    const neighbours = 'EFCC agents arrested 23 suspects.\nPrevious: EFCC Secures Conviction of 12 Internet Fraudsters in Ilorin\nNext: Court Remands Ex-Bank Manager Over N2.4bn Fraud';
    expect(findBoilerplate(neighbours).map((s) => neighbours.slice(s.start, s.start + 5))).toEqual(['Previ', 'Next:']);
    // "More from Crime: Two held for selling stolen mobile phones in Anarkali": a section's links on its label's line.
    const section = 'Police arrested 11 people.\nMore from Crime: Two held for selling stolen mobile phones in Anarkali';
    expect(findBoilerplate(section).map((s) => section.slice(s.start, s.start + 15))).toEqual(['More from Crime']);
  });

  it('marks links to a publisher\'s other stories under any label of that kind', () => {
    const text = 'Police arrested 12 people.\nRelated translations: ONJN adds 418 websites to the gambling blacklist (19.09.2025) · ANAF closes 6 exchange offices\n\nOther news:\nPolice detain 3 persons for drug sale in Rustavi\nPatrol Police campaign: 1 200 checkpoints on highways\n';
    const marked = findBoilerplate(text).map((s) => text.slice(s.start, s.end));
    expect(marked.some((m) => m.startsWith('Related translations:'))).toBe(true);
    expect(marked.some((m) => m.includes('Police detain 3 persons'))).toBe(true);
    expect(marked.some((m) => m.includes('Police arrested 12'))).toBe(false);
  });

  it('marks a long headline under "Read also:" as a link', () => {
    const text = 'Police arrested 12 people.\n\nRead also:\nIrina Volk: in Kazan, 7 members of a group of "droppers" who cashed out 300 million rubles were detained\nIn Tyumen, police seized 12 kg of mephedrone\n';
    const marked = findBoilerplate(text).map((s) => text.slice(s.start, s.end));
    expect(marked).toContain('Irina Volk: in Kazan, 7 members of a group of "droppers" who cashed out 300 million rubles were detained');
  });

  it('marks the headlines under a bold "Most read" as links', () => {
    const text = 'Police arrested 12 people.\n\n**Most read**\n1. Bus lane fines top £2m on Wolverhampton ring road\n';
    expect(findBoilerplate(text).map((s) => text.slice(s.start, s.end))).toContain('1. Bus lane fines top £2m on Wolverhampton ring road');
  });

  it('marks the headlines under "More on this topic" as links', () => {
    const text = 'Police arrested 12 people.\n\nMore on this topic\n· AFM: 112 illegal exchangers closed in nine months\n';
    expect(findBoilerplate(text).map((s) => text.slice(s.start, s.end))).toContain('· AFM: 112 illegal exchangers closed in nine months');
  });

  it('marks a breadcrumb trail as boilerplate', () => {
    expect(findBoilerplate('Home / India News / ED attaches ₹312-crore assets of betting app promoters\n\nThe ED attached assets.\n').map((s) => s.reason))
      .toEqual(['breadcrumb']);
  });

  it('marks a newsletter\'s link to its previous issue as a link to another story', async () => {
    const text = 'Police seized 12 machines.\n\nPrevious issue: #111 — Uzbekistan\'s NAPP blocks 2,100 crypto sites\n';
    expect(findBoilerplate(text).map((s) => s.reason)).toEqual(['links to other stories']);
  });

  it('marks a newsletter\'s footer that links its previous issue after the subscription prompt', () => {
    const text = 'Police seized 12 machines.\n\nForwarded this brief? Subscribe free at silkroad.example. Previous issue: #10 — AFM closes 14 exchangers in Almaty.\n';
    expect(findBoilerplate(text).map((s) => s.reason)).toEqual(['newsletter prompt']);
  });

  it.each(['Reading now:', "Don't miss:", 'More For You', 'Related announcements:', 'Skip next section Explore more'])('marks the headlines under "%s" as links to other stories', (label) => {
    const text = `Police arrested 12 people.\n\n${label}\n- Two men detained in Turkestan region for selling bank cards\n- Weather: snow expected`;
    expect(findBoilerplate(text).map((s) => text.slice(s.start, s.end))).toEqual([label, '- Two men detained in Turkestan region for selling bank cards', '- Weather: snow expected']);
  });
});

describe('sources', () => {
  it('hashes the normalised body as the source id and the file bytes as sha256', () => {
    const a = parseSource(bytes('---\ntitle: A\n---\nSame body.\r\n'), 'a.md');
    const b = parseSource(bytes('---\ntitle: B\n---\nSame body.\n'), 'b.md');
    expect('source' in a && 'source' in b && a.source.source_id === b.source.source_id).toBe(true);
    expect('source' in a && 'source' in b && a.source.sha256 !== b.source.sha256).toBe(true);
  });

  it('matches globs and refuses symbolic links that leave the folder', async () => {
    expect(globToRegExp('sources/**/*.md').test('sources/a/b/c.md')).toBe(true);
    expect(globToRegExp('sources/**/*.md').test('sources/c.md')).toBe(true);
    expect(globToRegExp('sources/*.{md,txt}').test('sources/c.txt')).toBe(true);
    const dir = await mkdtemp(join(tmpdir(), 'reckon-ingest-'));
    try {
      await mkdir(join(dir, 'p', 'sources'), { recursive: true });
      await writeFile(join(dir, 'outside.md'), 'x');
      await writeFile(join(dir, 'p', 'sources', 'in.md'), '---\ntitle: In\n---\nThe agency seized 5 cars.\n');
      await symlink(join(dir, 'outside.md'), join(dir, 'p', 'sources', 'out.md'));
      const listed = await listFiles(join(dir, 'p'), 'sources/*.md');
      expect(listed.map((f) => [f.path, f.refused ?? null])).toEqual([['sources/in.md', null], ['sources/out.md', expect.stringMatching(/outside/)]]);
      await expect(listFiles(join(dir, 'p'), '../*.md')).rejects.toThrow(/inside the pipeline folder/);
      const { sources, outcomes } = await ingestSources(join(dir, 'p'), { glob: 'sources/*.md', maxSourceBytes: 1000 });
      expect(sources.map((s) => s.source_path)).toEqual(['sources/in.md']);
      expect(outcomes.map((o) => o.status)).toEqual(['used', 'rejected']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
