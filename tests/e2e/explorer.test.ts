import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reckon, workspace } from './helpers.js';

/** Debian's Chromium: npm cannot download a browser here, so playwright-core drives the system one. */
const CHROMIUM = '/usr/bin/chromium';
const TITLE = 'dataset explorer in headless Chromium (tests/e2e/explorer.test.ts)';
const SCREENSHOTS = resolve(import.meta.dirname, 'screenshots');
const available = existsSync(CHROMIUM);

// Skipping must be loud on a developer's machine and impossible in CI, where the browser test has to run.
if (!available && !process.env.CI) {
  const line = '!'.repeat(100);
  console.warn(`\n${line}\n!! SKIPPED: ${TITLE}\n!! ${CHROMIUM} is missing. Install Debian's Chromium to run it: apt-get install -y chromium\n${line}\n`);
}

type Row = Record<string, string>;

describe.skipIf(!available && !process.env.CI)(TITLE, () => {
  let ws: Awaited<ReturnType<typeof workspace>>;
  let context: BrowserContext;
  let profile: string;
  let site: string;
  let facts: Row[];
  let claims: Row[];
  const requests: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    if (!available) throw new Error(`${CHROMIUM} is missing and CI is set: the browser test must run in CI (apt-get install -y chromium)`);
    ws = await workspace('mini');
    const run = await reckon(['run', 'pipelines/mini', '--out', 'datasets'], ws.dir);
    expect(run.code, run.stderr).toBe(0);
    const version = join(ws.dir, 'datasets', 'mini-enforcement', '1.0.0');
    site = join(version, 'site');
    const table = async (name: string) => parse(await readFile(join(version, `${name}.csv`)), { columns: true }) as Row[];
    [facts, claims] = await Promise.all([table('facts'), table('claims')]);
    profile = await mkdtemp(join(tmpdir(), 'reckon-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM, headless: true, viewport: { width: 1280, height: 900 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  afterAll(async () => {
    await context?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
    await ws?.cleanup();
  });

  /** Opens the site from the file system, recording every request and every console error or page error. */
  async function open(hash = ''): Promise<Page> {
    const page = await context.newPage();
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => (m.type() === 'error' ? problems.push(m.text()) : undefined));
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${pathToFileURL(join(site, 'index.html')).href}${hash}`);
    await page.waitForFunction(() => document.documentElement.classList.contains('js'));
    return page;
  }

  it('lists every fact; a fact opens to its quote with the figure highlighted, whose link leads to the figure in its source', async () => {
    const page = await open();
    const listed = await page.locator('table.facts tbody[data-fact-id]').evaluateAll((bodies) => bodies.map((b) => b.getAttribute('data-fact-id')));
    expect(listed.sort()).toEqual(facts.map((f) => f.fact_id).sort());
    expect(await page.locator('table.facts tr.fact-detail:visible').count()).toBe(0);

    const fact = facts.find((f) => f.status === 'resolved')!;
    const claim = claims.find((c) => c.claim_id === fact.claim_ids!.split(';')[0])!;
    const body = page.locator(`tbody[data-fact-id="${fact.fact_id}"]`);
    await body.locator('button.expand').click();
    const card = body.locator(`article.claim[data-claim-id="${claim.claim_id}"]`);
    await card.waitFor({ state: 'visible' });
    expect(await card.locator('blockquote').innerText()).toBe(claim.quote);
    expect(await card.locator('blockquote mark.figure').innerText()).toBe(claim.figure);
    expect(await card.locator('mark.figure').evaluate((m) => getComputedStyle(m).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    await page.screenshot({ path: join(await screenshots(), 'explorer-fact.png'), fullPage: true });

    await card.getByRole('link', { name: 'Figure in the source text' }).click();
    await page.waitForURL(`**#text=${claim.claim_id}`);
    const figure = page.locator(`[id="text=${claim.claim_id}"]`);
    await figure.waitFor({ state: 'visible' });
    expect(await figure.innerText()).toBe(claim.figure);
    expect(await figure.evaluate((a) => a.closest('mark.figure') !== null && a.closest('article.source')!.id)).toBe(`source=${claim.source_id}`);
    expect(await figure.evaluate((a) => { const r = a.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })).toBe(true);
    await page.screenshot({ path: join(await screenshots(), 'explorer-source.png') });
    await page.close();
  });

  it('follows #fact= and #claim= deep links, filters and sorts, and works from the keyboard', async () => {
    const [fact, other] = facts;
    const linked = await open(`#fact=${fact!.fact_id}`);
    expect(await linked.locator(`tbody[data-fact-id="${fact!.fact_id}"] tr.fact-detail`).isVisible()).toBe(true);
    const claim = claims.at(-1)!;
    await linked.goto(`${linked.url().split('#')[0]}#claim=${claim.claim_id}`);
    await linked.locator(`[id="claim=${claim.claim_id}"]`).waitFor({ state: 'visible' });
    await linked.close();

    const page = await open();
    await page.selectOption('select[data-filter="status"]', 'resolved');
    expect(await page.locator('table.facts tbody[data-fact-id]:visible').count()).toBe(facts.filter((f) => f.status === 'resolved').length);
    await page.selectOption('select[data-filter="status"]', '');
    await page.getByRole('button', { name: 'Value' }).click();
    const values = await page.locator('table.facts tbody[data-fact-id]').evaluateAll((bodies) => bodies.map((b) => Number(b.getAttribute('data-value'))));
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(await page.locator('th[aria-sort="ascending"]').innerText()).toMatch(/Value/);
    await page.locator(`tbody[data-fact-id="${other!.fact_id}"] button.expand`).focus();
    await page.keyboard.press('Enter');
    expect(await page.locator(`tbody[data-fact-id="${other!.fact_id}"] button.expand`).getAttribute('aria-expanded')).toBe('true');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(await screenshots(), 'explorer-phone.png') });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    await page.close();
  });

  it('loads nothing but its own files, logs no error, and weighs under 500 KB', async () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith(pathToFileURL(site).href))).toEqual([]);
    expect(problems).toEqual([]);
    const sizes = await Promise.all((await readdir(site)).map(async (f) => (await stat(join(site, f))).size));
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThan(500_000);
  });
});

async function screenshots(): Promise<string> {
  await mkdir(SCREENSHOTS, { recursive: true });
  return SCREENSHOTS;
}
