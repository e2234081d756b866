import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reckon } from '../e2e/helpers.js';

const front = (title: string, extra = '') => `---\ntitle: ${title}\npublisher: Hostile Web\npublished: 2025-02-01\nlanguage: en\nkind: media\n${extra}---\n`;
const article = 'In 2024, the agency shut down 12 illegal crypto exchanges and seized about $3.5 million in cryptocurrency.\n';

/** Every kind of bad input the open web sends, with what must become of it: [file, bytes, status, reason pattern]. */
function corpus(): Array<[string, Uint8Array | string, 'used' | 'rejected' | 'skipped', RegExp | null]> {
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(front('UTF-16 article') + article.replace('12', '14'), 'utf16le')]);
  return [
    ['good.md', front('A normal article') + article, 'used', null],
    ['invalid-utf8.md', Buffer.concat([Buffer.from(front('Broken bytes') + 'The agency seized '), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(' 5 million.\n')]), 'rejected', /invalid UTF-8 at byte \d+/],
    ['utf16-bom.md', utf16, 'used', null],
    ['empty.md', '', 'rejected', /empty file/],
    ['binary.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), 'rejected', /binary file: NUL byte/],
    ['not-yaml.md', '---\ntitle: [unclosed\npublished: 2025-02-01\n---\n' + article, 'rejected', /front matter is not valid YAML/],
    ['unknown-keys.md', front('Unknown keys', 'mood: cheerful\n') + article.replace('12', '21'), 'used', null],
    ['wrong-types.md', '---\ntitle: Bad date\npublished: 2025-13-45\n---\n' + article, 'rejected', /front matter published: .*received "2025-13-45"/],
    ['no-figures.md', front('Opinion') + 'Regulators everywhere worry about crypto crime, and rightly so.\n', 'used', null],
    ['weird-numbers.md', front('Weird numbers') + 'The agency seized 1e308 tenge, 999 trillion trillion dollars and 3,5,0,0 USDT from 12 exchanges it shut down.\n', 'used', null],
    ['digits-and-commas.md', front('Digits') + '1,'.repeat(500_000) + '\n', 'used', null],
    ['repeated-phrase.md', front('Repeats') + 'more than over about nearly '.repeat(30_000) + '\n', 'used', null],
    ['control-chars.md', front('Control') + 'The agency\u0001 shut down\u0007 7 illegal crypto exchanges in 2024.\n', 'used', null],
    ['rtl-marks.md', front('RTL') + '\u202BThe agency shut down 9 illegal crypto exchanges in 2024.\u202C \u200Fseized $2 million\u200F\n', 'used', null],
    ['zz-copy-of-good.md', front('A copy') + article, 'skipped', /same text as sources\/good\.md/],
  ];
}

describe('hostile sources', () => {
  let dir: string;
  let run: Awaited<ReturnType<typeof reckon>>;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'reckon-hostile-'));
    const pipeline = join(dir, 'pipelines', 'hostile');
    await mkdir(join(pipeline, 'sources'), { recursive: true });
    await writeFile(join(pipeline, 'pipeline.yaml'), 'name: hostile\ntitle: Hostile inputs\ndescription: Everything the open web sends.\ndefaults:\n  jurisdiction: KZ\nsources: "sources/*.md"\nlimits:\n  max_source_bytes: 10485760\n');
    for (const [name, bytes] of corpus()) await writeFile(join(pipeline, 'sources', name), bytes);
    // A 50 MB text file is refused by size before it is read.
    await writeFile(join(pipeline, 'sources', 'huge.md'), Buffer.alloc(50 * 1024 * 1024, 'a'));
    const outside = join(dir, 'secret.md');
    await writeFile(outside, front('Outside') + article);
    await symlink(outside, join(pipeline, 'sources', 'link-out.md'));
    run = await reckon(['run', 'pipelines/hostile', '--continue-on-failure'], dir);
  }, 120_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('never crashes: the run succeeds and publishes the good sources', async () => {
    expect(run.code, run.stderr).toBe(0);
    const facts = await readFile(join(dir, 'datasets', 'hostile', '1.0.0', 'facts.csv'), 'utf8');
    expect(facts).toMatch(/platforms_closed/);
  });

  it('accounts for every file as used, skipped or rejected with its reason', async () => {
    const manifest = JSON.parse(await readFile(join(dir, 'pipelines', 'hostile', '.reckon', 'last-run.json'), 'utf8'));
    const fate = new Map(manifest.sources.map((s: { path: string }) => [s.path, s]));
    const expected = [...corpus(), ['huge.md', '', 'rejected', /52428800 bytes, over the limit of 10485760/], ['link-out.md', '', 'rejected', /symbolic link pointing outside/]] as const;
    expect(fate.size).toBe(expected.length);
    for (const [name, , status, reason] of expected) {
      const o = fate.get(`sources/${name}`) as { status: string; reason: string | null };
      expect(o?.status, name).toBe(status);
      if (reason) expect(o.reason, name).toMatch(reason);
    }
  });

  it('names the file, and the line where there is one, in every message', () => {
    expect(run.stderr).toMatch(/pipelines\/hostile\/sources\/not-yaml\.md:\d+: rejected: front matter is not valid YAML/);
    expect(run.stderr).toMatch(/pipelines\/hostile\/sources\/wrong-types\.md:3: rejected: front matter published/);
    expect(run.stderr).toMatch(/pipelines\/hostile\/sources\/unknown-keys\.md: front matter line \d+: unknown key "mood" ignored/);
    expect(run.stderr).toMatch(/pipelines\/hostile\/sources\/control-chars\.md: control character U\+0001/);
    expect(run.stderr).toMatch(/pipelines\/hostile\/sources\/huge\.md: rejected: file is 52428800 bytes/);
  });

  it('reads no absurd figures from absurd numbers', async () => {
    const claims = parse(await readFile(join(dir, 'datasets', 'hostile', '1.0.0', 'claims.csv')), { columns: true }) as Array<Record<string, string>>;
    for (const c of claims) {
      expect(Number.isFinite(Number(c.value)) && Number(c.value) < 1e15, `${c.figure} -> ${c.value}`).toBe(true);
      expect(c.source_path).not.toMatch(/digits-and-commas|repeated-phrase/);
    }
    expect(claims.filter((c) => c.source_path === 'sources/weird-numbers.md').map((c) => `${c.metric}:${c.value}`)).toEqual(['platforms_closed:12']);
  });

  it('fails without --continue-on-failure, publishing nothing', async () => {
    const again = await reckon(['run', 'pipelines/hostile', '--out', 'other-datasets'], dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/source file\(s\) rejected, nothing published/);
    await expect(readFile(join(dir, 'other-datasets', 'hostile', 'latest.json'))).rejects.toThrow();
  });
});
