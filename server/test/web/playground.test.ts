/**
 * The playground in a real browser: Debian's Chromium driven by playwright-core loads the built page
 * (web/dist, built by `npm run build`) from a local server, and every request the page makes is
 * recorded. Without Chromium the test is skipped with the reason, except under CI=true.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DIST, REPO, startPlayground, type Playground } from './harness';

const OWN_FILES = new Set(['/', '/index.html', '/app.js', '/app.css']);

/** The page's globals, as the test reads them (the suite is typed without the DOM library). */
interface PageGlobals {
  reclintPlayground: { report(): PageFinding[]; snapshot(): unknown };
  location: { hash: string };
  document: { querySelector(selector: string): unknown };
}

interface PageFinding { file: string; ruleId: string; line: number; column: number; endLine: number; endColumn: number; message: string }

describe('web playground in Chromium', function () {
  this.timeout(90_000);
  let browser: Browser | undefined;
  let origin = '';
  const requests: string[] = [];

  let pg: Playground | undefined;
  before(async function () {
    pg = await startPlayground(this, 'playground test');
    browser = pg?.browser;
    origin = pg?.origin ?? '';
  });

  after(async () => {
    await pg?.close();
  });

  async function open(url: string): Promise<{ page: Page; errors: string[] }> {
    const page = await browser!.newPage({ viewport: { width: 1400, height: 900 } });
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]');
    return { page, errors };
  }

  const pageFindings = (page: Page) => page.evaluate(() => (globalThis as unknown as PageGlobals).reclintPlayground.report());

  it('lints the example as the CLI does, inline and in the list', async () => {
    const { page, errors } = await open(`${origin}/`);
    await page.waitForSelector('#findings .finding');
    const cli = JSON.parse(spawnSync(process.execPath, [path.join(REPO, 'server/out/cli.js'), '--format', 'json', '.'], { cwd: path.join(REPO, 'examples/contact-centre'), encoding: 'utf8' }).stdout) as { results: { file: string; findings: Omit<PageFinding, 'file'>[] }[] };
    const expected = cli.results.flatMap((r) => r.findings.map((f) => ({ file: r.file, ruleId: f.ruleId, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn, message: f.message })));
    assert.ok(expected.length > 0);
    const key = (f: PageFinding) => `${f.file}:${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.ruleId} ${f.message}`;
    assert.deepEqual((await pageFindings(page)).map(key).sort(), expected.map(key).sort());
    assert.equal(await page.locator('#findings .finding').count(), expected.length);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('finds a defect typed into the policy, and applies its quick fix', async () => {
    const { page } = await open(`${origin}/#`);
    await page.selectOption('#example', 'clean');
    await page.waitForSelector('[data-testid=summary]');
    assert.match(await page.textContent('[data-testid=summary]') ?? '', /No problems|Geen problemen/);
    // Replace the first ISO duration of the policy with words, as a person might write it.
    const line = page.locator('.cm-line', { hasText: /max: P\d+[DMY]/ }).first();
    await line.click();
    await page.keyboard.press('End');
    const text = (await line.textContent()) ?? '';
    const iso = /P\d+[DMY]/.exec(text)![0];
    for (let i = 0; i < text.length - text.indexOf(iso); i++) await page.keyboard.press('Backspace');
    await page.keyboard.type('90 days');
    await page.waitForSelector('#findings .finding[data-rule="invalid-duration"]');
    await page.locator('.cm-lintRange-error').first().hover();
    const action = page.locator('.cm-tooltip-lint .cm-diagnosticAction').first();
    await action.waitFor();
    await action.click();
    await page.waitForFunction(() => !(globalThis as unknown as PageGlobals).document.querySelector('#findings .finding[data-rule="invalid-duration"]'));
    assert.match((await line.textContent()) ?? '', /max: P90D/);
    await page.close();
  });

  it('shows the register of the page\'s policies as `reclint register` writes it, with the CSV to download', async () => {
    const { page } = await open(`${origin}/`);
    await page.waitForSelector('#findings .finding');
    await page.click('#show-register');
    const reg = page.locator('[data-testid=register]');
    await reg.locator('table').first().waitFor();
    const cli = spawnSync(process.execPath, [path.join(REPO, 'server/out/cli.js'), 'register', '--format', 'csv', '--no-bom', '.'], { cwd: path.join(REPO, 'examples/contact-centre'), encoding: 'utf8' });
    assert.equal(cli.status, 0, cli.stderr);
    // One table row per activity, as the CSV has one line per activity after its header.
    const activities = cli.stdout.trim().split('\r\n').length - 1;
    assert.ok(activities >= 3);
    const rows = await reg.locator('table:has(th:text-is("Purpose (b)")) tbody tr').count();
    assert.equal(rows, activities);
    assert.match((await reg.textContent()) ?? '', /jurisdiction NL.*open: 4 errors, 3 warnings/s);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Download as CSV (for Excel)')]);
    const saved = fs.readFileSync((await download.path())!, 'utf8');
    assert.equal(saved, `\uFEFF${cli.stdout}`);
    await page.close();
  });

  it('writes the notice from the declared purposes, read back by reclint, and puts it in the script', async () => {
    const { page } = await open(`${origin}/`);
    await page.waitForSelector('#findings .finding');
    const before = await pageFindings(page);
    assert.equal(before.filter((f) => f.ruleId === 'purpose-not-announced').length, 2);
    await page.selectOption('#writer-lang', 'nl');
    await page.click('#writer-go');
    const notice = (await page.textContent('[data-testid=writer-notice]')) ?? '';
    assert.match(notice, /neemt dit gesprek op .*als bewijs/);
    assert.match((await page.textContent('[data-testid=writer-consent]')) ?? '', /Druk op 1 voor ja/);
    await page.click('#writer-apply');
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).reclintPlayground.report().filter((f) => f.ruleId === 'purpose-not-announced').length === 1);
    const after = await pageFindings(page);
    assert.match(after.find((f) => f.ruleId === 'purpose-not-announced')!.message, /English/);
    await page.close();
  });

  it('starts a policy for a script no policy reads, as reclint init does', async () => {
    const { page } = await open(`${origin}/`);
    await page.selectOption('#example', 'clean');
    page.once('dialog', (d) => void d.accept('lone.ivr'));
    await page.click('#add-file');
    await page.locator('.tab', { hasText: 'lone.ivr' }).waitFor();
    await page.locator('.cm-content').click();
    await page.keyboard.type('lang en\nsay notice "This call is recorded to improve our service."\nrecord start\n');
    await page.waitForSelector('#findings .finding[data-rule="script-not-named"]');
    await page.click('#init-policy');
    await page.locator('.tab[aria-selected="true"]', { hasText: 'lone.recording-policy.yaml' }).waitFor();
    assert.match((await page.locator('.cm-content').textContent()) ?? '', /script: lone\.ivr.*purpose: quality-assurance/s);
    await page.waitForFunction(() => !(globalThis as unknown as PageGlobals).document.querySelector('#findings .finding[data-rule="script-not-named"]'));
    assert.equal(await page.isVisible('#init-policy'), false);
    await page.close();
  });

  it('opens a shared link in a fresh page with the same state, and no request leaves the page', async () => {
    const { page } = await open(`${origin}/`);
    await page.fill('#notice-text', 'Dit gesprek wordt opgenomen voor trainingsdoeleinden en als bewijs.');
    await page.locator('.tab', { hasText: 'ivr/service.ivr' }).click();
    // Hover on the Dutch notice: what it announces, with the words that said it.
    await page.locator('.cm-line', { hasText: 'say opname-melding' }).hover({ position: { x: 260, y: 5 } });
    const tip = page.locator('.cm-tooltip-hover');
    await tip.waitFor();
    assert.match((await tip.textContent()) ?? '', /Announces.*staff-training.*quality-assurance/s);
    await page.click('#copy-link');
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).location.hash.startsWith('#s='));
    const shared = page.url();
    const before = await page.evaluate(() => (globalThis as unknown as PageGlobals).reclintPlayground.snapshot());
    const findings = await pageFindings(page);
    assert.match(await page.textContent('[data-testid=notice-facts]') ?? '', /staff-training.*evidence/);
    await page.close();

    const fresh = await browser!.newPage();
    fresh.on('request', (r) => requests.push(r.url()));
    await fresh.goto(shared);
    await fresh.waitForSelector('body[data-ready="true"]');
    const after = await fresh.evaluate(() => (globalThis as unknown as PageGlobals).reclintPlayground.snapshot());
    assert.deepEqual(after, before);
    assert.deepEqual(await pageFindings(fresh), findings);
    assert.match(await fresh.textContent('[data-testid=notice-facts]') ?? '', /staff-training.*evidence/);
    await fresh.close();

    // Every request of every page in this file went to the page's own files: nothing else was asked for.
    assert.ok(requests.length >= 3);
    const outside = requests.filter((u) => !u.startsWith(`${origin}/`) || !OWN_FILES.has(new URL(u).pathname));
    assert.deepEqual(outside, []);
  });

  it('says in its Content Security Policy that nothing is fetched from elsewhere', () => {
    const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    for (const d of ["default-src 'none'", "script-src 'self'", "connect-src 'none'", "font-src 'none'", "form-action 'none'"]) assert.ok(csp.includes(d), `CSP lacks ${d}: ${csp}`);
  });
});
