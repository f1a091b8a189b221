/**
 * The playground's findings and hovers follow its UI language: a browser in Dutch (or the language
 * button) gives what `reclint --locale nl` gives, and Dutch hovers; English stays the default. Needs
 * Chromium and the built page (web/dist), as playground.test.ts; skipped without them, except under CI=true.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { REPO, startPlayground, type Playground } from './harness';


interface PageFinding { file: string; ruleId: string; line: number; column: number; endLine: number; endColumn: number; message: string }
interface PageGlobals { reclintPlayground: { report(): PageFinding[] }; document: { documentElement: { lang: string } } }

/** `reclint --format json` over the playground's first example, in a locale, as the page reports findings. */
function cli(locale: 'en' | 'nl'): string[] {
  const r = spawnSync(process.execPath, [path.join(REPO, 'server/out/cli.js'), '--format', 'json', '--locale', locale, '.'], { cwd: path.join(REPO, 'examples/contact-centre'), encoding: 'utf8' });
  const out = JSON.parse(r.stdout) as { results: { file: string; findings: Omit<PageFinding, 'file'>[] }[] };
  return out.results.flatMap((x) => x.findings.map((f) => key({ ...f, file: x.file }))).sort();
}

const key = (f: PageFinding) => `${f.file}:${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.ruleId} ${f.message}`;

describe('web playground: findings and hovers in the UI language', function () {
  this.timeout(90_000);
  let browser: Browser | undefined;
  let origin = '';

  let pg: Playground | undefined;
  before(async function () {
    pg = await startPlayground(this, 'playground locale test');
    browser = pg?.browser;
    origin = pg?.origin ?? '';
  });

  after(async () => {
    await pg?.close();
  });

  async function open(locale: string): Promise<{ page: Page; errors: string[] }> {
    const page = await browser!.newPage({ viewport: { width: 1400, height: 900 }, locale });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${origin}/`);
    await page.waitForSelector('body[data-ready="true"]');
    await page.waitForSelector('#findings .finding');
    return { page, errors };
  }

  const report = (page: Page) => page.evaluate(() => (globalThis as unknown as PageGlobals).reclintPlayground.report());

  async function noticeHover(page: Page): Promise<string> {
    await page.locator('.tab', { hasText: 'ivr/service.ivr' }).click();
    await page.locator('.cm-line', { hasText: 'say opname-melding' }).hover({ position: { x: 260, y: 5 } });
    const tip = page.locator('.cm-tooltip-hover');
    await tip.waitFor();
    return (await tip.textContent()) ?? '';
  }

  it('a browser in Dutch: the findings are `reclint --locale nl`\'s, the notice hover is Dutch', async () => {
    const { page, errors } = await open('nl-NL');
    assert.equal(await page.getAttribute('html', 'lang'), 'nl');
    assert.deepEqual((await report(page)).map(key).sort(), cli('nl'));
    const tip = await noticeHover(page);
    assert.match(tip, /Meldt opname.*Kondigt aan.*staff-training/s);
    assert.doesNotMatch(tip, /Announces/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('the language button switches findings and hovers to Dutch and back', async () => {
    const { page } = await open('en-GB');
    assert.deepEqual((await report(page)).map(key).sort(), cli('en'));
    await page.click('#ui-lang');
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).document.documentElement.lang === 'nl');
    assert.deepEqual((await report(page)).map(key).sort(), cli('nl'));
    assert.match(await noticeHover(page), /Kondigt aan/);
    await page.mouse.move(0, 0);
    await page.click('#ui-lang');
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).document.documentElement.lang === 'en');
    assert.deepEqual((await report(page)).map(key).sort(), cli('en'));
    await page.close();
  });
});
