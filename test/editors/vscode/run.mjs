// Runs test/editors/vscode/suite.ts inside a real VS Code: code-server 4.100.3 (installed by
// install-code-server.sh into .cache/), the suite loaded through the workbench `payload`, the page driven
// by playwright-core and Debian's Chromium. Then a UI check in a 1280×800 window: the Problems panel, the
// notice hover in a script, the quick-fix menu and the walkthrough, each asserted on; the screenshots go
// to .cache/vscode-test/ and, with RECLINT_SCREENSHOTS=<dir> (`npm run screenshots`: docs/images), are
// copied there when the whole run passed. Exit code 0 is pass.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const CODE_SERVER = path.join(REPO, '.cache/code-server/node_modules/.bin/code-server');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const OUT = path.join(REPO, '.cache/vscode-test');
const require = createRequire(path.join(REPO, 'package.json'));
const { build } = require('esbuild');
const { chromium } = require('playwright-core');

for (const [what, p, how] of [['code-server', CODE_SERVER, 'test/editors/vscode/install-code-server.sh'], ['Chromium', CHROMIUM, 'apt-get install chromium'], ['the extension bundle', path.join(REPO, 'client/out/extension.js'), 'npm run build']]) {
  if (!fs.existsSync(p)) {
    console.error(`vscode-test: ${what} is missing (${p}); ${how}`);
    process.exit(3);
  }
}

/** The UI check's screenshots, in .cache/vscode-test/; `npm run screenshots` copies them to docs/images/. */
const SHOTS = ['problems.png', 'hover.png', 'quick-fix.png'];

/** Ctrl+P, the file's name, Enter; resolves when its tab is the active one. */
async function openFile(ui, name) {
  await ui.keyboard.press('Control+P');
  await ui.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 10000 });
  await ui.keyboard.type(name);
  // The focused row, once the list is filtered (before that, Enter opens the most recent file).
  await ui.waitForSelector(`.quick-input-list .monaco-list-row.focused[aria-label*="${name}"]`, { timeout: 15000 });
  await ui.keyboard.press('Enter');
  await ui.waitForSelector(`.tabs-container .tab.active[aria-label*="${name}"]`, { timeout: 15000 });
  await ui.waitForSelector('.quick-input-widget', { state: 'hidden', timeout: 5000 });
}

/** The 1-based line and column of `needle` (plus `plus` characters) in a file of examples/contact-centre. */
function at(rel, needle, plus = 0) {
  const text = fs.readFileSync(path.join(REPO, 'examples/contact-centre', rel), 'utf8');
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`${needle} is not in examples/contact-centre/${rel}`);
  const before = text.slice(0, i + plus).split('\n');
  return [before.length, before[before.length - 1].length + 1];
}

/** Ctrl+G line:column (1-based); resolves when the status bar shows the cursor there. */
async function goTo(ui, line, column) {
  await ui.keyboard.press('Control+G');
  await ui.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 10000 });
  await ui.keyboard.type(`${line}:${column}`);
  await ui.keyboard.press('Enter');
  await ui.waitForSelector('.quick-input-widget', { state: 'hidden', timeout: 5000 });
  await ui.waitForFunction((want) => (document.querySelector('[id="status.editor.selection"]')?.textContent ?? '').includes(want), `Ln ${line}, Col ${column}`, { timeout: 5000 });
}

/**
 * A screenshot of the part of the window around some elements (the widget and the line it belongs to),
 * from the editor's left edge (its line numbers) on.
 */
async function shotAround(ui, file, selectors, pad = 24) {
  const boxes = [];
  for (const s of selectors) {
    const b = await (await ui.$(s))?.boundingBox();
    if (!b) throw new Error(`nothing to screenshot: ${s} is not shown`);
    boxes.push(b);
  }
  const editor = await (await ui.$('.part.editor .monaco-editor:visible'))?.boundingBox();
  const vp = ui.viewportSize();
  const x = editor ? editor.x : Math.max(0, Math.min(...boxes.map((b) => b.x)) - pad);
  const y = Math.max(0, Math.min(...boxes.map((b) => b.y)) - pad);
  // Up to the minimap, unless the widget reaches into it.
  const minimap = await (await ui.$('.part.editor .monaco-editor:visible .minimap'))?.boundingBox();
  const widest = Math.max(...boxes.map((b) => b.x + b.width));
  const right = Math.min(vp.width, minimap && widest + pad <= minimap.x ? minimap.x : widest + pad);
  const bottom = Math.min(vp.height, Math.max(...boxes.map((b) => b.y + b.height)) + pad);
  await ui.screenshot({ path: path.join(OUT, file), clip: { x, y, width: right - x, height: bottom - y }, scale: 'device' });
}

async function uiCheck(ui) {
  // The workbench is up when the explorer lists the workspace.
  await ui.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 30000 });

  // (a) The Problems panel on the service policy, only its own findings (the active-file filter).
  await openFile(ui, 'service.recording-policy.yaml');
  await ui.keyboard.press('Control+Shift+M');
  await ui.waitForSelector('.markers-panel .monaco-list-row', { timeout: 15000 });
  await ui.click('.markers-panel-container .viewpane-filter .codicon-filter, .panel .viewpane-filter-container .codicon-filter');
  // A menu ignores a click that comes too soon after it opened: click until it closes.
  for (let i = 0; ; i++) {
    await ui.click('.monaco-menu .action-item:has-text("Show Active File Only")');
    try {
      await ui.waitForSelector('.monaco-menu', { state: 'hidden', timeout: 1500 });
      break;
    } catch (e) {
      if (i === 4) throw e;
    }
  }
  await ui.mouse.move(1000, 16); // off the panel's links and their tooltips (into the title bar)
  await ui.waitForSelector('.markers-panel-container .viewpane-filter-badge:has-text("Showing"), .panel .viewpane-filter-badge:has-text("Showing")', { timeout: 5000 });
  // The findings (lines 39 to 55) in the middle of the editor, above the panel; then back to the editor.
  await goTo(ui, ...at('service.recording-policy.yaml', 'max: 90 days'));
  await ui.waitForSelector('.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning', { timeout: 30000 });
  // The panel fills its rows as the diagnostics arrive: read it until reclint's rows are there (or 15 s).
  let rows = [];
  for (let t = Date.now(); Date.now() - t < 15000; await ui.waitForTimeout(250)) {
    rows = await ui.$$eval('.markers-panel .monaco-list-row', (els) => els.map((e) => e.textContent ?? ''));
    if (/purpose-not-announced/.test(rows.join('\n'))) break;
  }
  await ui.waitForSelector('.workbench-hover-container', { state: 'hidden', timeout: 5000 });
  await ui.screenshot({ path: path.join(OUT, 'problems.png'), scale: 'css' });
  const seen = rows.join('\n');
  // Errors come first and the list is virtualised: the warnings may be out of view.
  if (!/purpose-not-announced/.test(seen) || !/reclint/.test(seen)) throw new Error(`the Problems panel does not show reclint's findings:\n${seen}`);
  console.log(`vscode-test: UI check: squiggle shown, ${rows.length} Problems row(s); screenshot ${path.relative(REPO, path.join(OUT, 'problems.png'))}`);
  await ui.keyboard.press('Control+J'); // hide the panel again

  // (b) The notice hover in the script, on its vague phrase: the finding and what the notice announces.
  await openFile(ui, 'service.ivr');
  await ui.waitForSelector('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-info', { timeout: 30000 });
  await goTo(ui, ...at('ivr/service.ivr', 'en kwaliteitsdoeleinden."', 7));
  await ui.keyboard.press('Control+K');
  await ui.keyboard.press('Control+I');
  const hoverSel = '.monaco-editor .monaco-hover:not(.hidden)';
  await ui.waitForFunction((sel) => /Announces/.test(document.querySelector(sel)?.textContent ?? ''), hoverSel, { timeout: 15000 });
  const hover = await ui.$eval(hoverSel, (e) => e.textContent ?? '');
  if (!/Dit gesprek wordt opgenomen/.test(hover) || !/\bart\.\s*\d+|GDPR|AVG/.test(hover)) throw new Error(`the hover does not show the notice and a legal text:\n${hover}`);
  await shotAround(ui, 'hover.png', [hoverSel, '.monaco-editor .view-overlays .current-line']);
  console.log(`vscode-test: UI check: notice hover shown (${hover.length} characters)`);
  await ui.keyboard.press('Escape');

  // (c) The quick-fix menu (Ctrl+.) on `toestemming` in the policy.
  await openFile(ui, 'service.recording-policy.yaml');
  await goTo(ui, ...at('service.recording-policy.yaml', 'legal_basis: toestemming', 16));
  await ui.keyboard.press('Control+.');
  const menuSel = '.action-widget';
  await ui.waitForSelector(`${menuSel} .monaco-list-row`, { state: 'visible', timeout: 15000 });
  const entries = await ui.$$eval(`${menuSel} .monaco-list-row`, (els) => els.map((e) => e.textContent ?? ''));
  if (!entries.some((e) => /consent/.test(e))) throw new Error(`the quick-fix menu has no fix to \`consent\`:\n${entries.join('\n')}`);
  await shotAround(ui, 'quick-fix.png', [menuSel, '.monaco-editor .view-overlays .current-line']);
  console.log(`vscode-test: UI check: quick-fix menu lists ${entries.length} entries`);
  await ui.keyboard.press('Escape');

  // (d) The walkthrough shows these screenshots (from package.json's paths), one per step; without the
  // side bar, as two columns (the steps, and the image).
  await ui.keyboard.press('Control+B');
  await ui.waitForSelector('.part.sidebar', { state: 'hidden', timeout: 5000 });
  await ui.keyboard.press('F1');
  await ui.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 10000 });
  await ui.keyboard.type('Welcome: Open Walkthrough');
  await ui.waitForSelector('.quick-input-list .monaco-list-row.focused[aria-label*="Open Walkthrough"]', { timeout: 15000 });
  await ui.keyboard.press('Enter');
  await ui.waitForSelector('.quick-input-list .monaco-list-row[aria-label*="Lint a call-recording policy"]', { timeout: 15000 });
  await ui.keyboard.type('Lint a call-recording policy');
  await ui.waitForSelector('.quick-input-list .monaco-list-row.focused[aria-label*="Lint a call-recording policy"]', { timeout: 15000 });
  await ui.keyboard.press('Enter');
  // The manifest's words are `%key%` references into package.nls.json (VS Code's English).
  const nls = JSON.parse(fs.readFileSync(path.join(REPO, 'package.nls.json'), 'utf8'));
  const word = (s) => s.replace(/^%(.+)%$/, (_, k) => nls[k] ?? s);
  const steps = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')).contributes.walkthroughs[0].steps.map((st) => ({ ...st, media: { ...st.media, altText: word(st.media.altText) } }));
  for (const step of steps) {
    await ui.click(`.getting-started-step[data-step-id$="#${step.id}"]`);
    // The step's image, loaded (a path that does not resolve leaves it without pixels).
    try {
      await ui.waitForFunction((alt) => [...document.querySelectorAll('.getting-started-media img')].some((i) => i.alt === alt && i.complete && i.naturalWidth > 0), step.media.altText, { timeout: 15000 });
    } catch {
      const imgs = await ui.$$eval('.getting-started-media img', (is) => is.map((i) => `${i.alt} (${i.complete ? i.naturalWidth : 'loading'})`));
      throw new Error(`walkthrough step ${step.id}: its image ${step.media.image} is not shown; images: ${imgs.join('; ') || 'none'}`);
    }
  }
  // The walkthrough renders descriptions as plain text (and links): a backtick would show as one.
  const texts = await ui.$$eval('.getting-started-step', (els) => els.map((e) => e.textContent ?? ''));
  if (texts.length !== steps.length || texts.some((t) => t.includes('`'))) throw new Error(`the walkthrough's steps:\n${texts.join('\n')}`);
  await ui.screenshot({ path: path.join(OUT, 'walkthrough.png'), scale: 'css' });
  console.log(`vscode-test: UI check: the walkthrough shows ${steps.length} screenshots`);
}

fs.mkdirSync(OUT, { recursive: true });

const tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'reclint-vscode-')));
// The compiled suite in this run's own folder: .cache/ may be shared by several worktrees running at once.
const suiteJs = path.join(tmp, 'suite.js');
await build({ entryPoints: [path.join(REPO, 'test/editors/vscode/suite.ts')], outfile: suiteJs, bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'], logLevel: 'warning' });
const ws = path.join(tmp, 'workspace');
fs.cpSync(path.join(REPO, 'examples'), ws, { recursive: true });
const userData = path.join(tmp, 'user');
fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
fs.writeFileSync(path.join(userData, 'User/settings.json'), JSON.stringify({ 'workbench.startupEditor': 'none', 'update.mode': 'none', 'telemetry.telemetryLevel': 'off', 'workbench.tips.enabled': false, 'extensions.ignoreRecommendations': true, 'security.workspace.trust.enabled': false }));

const port = 20000 + Math.floor(Math.random() * 20000);
const host = `127.0.0.1:${port}`;
const env = { ...process.env, XDG_CONFIG_HOME: path.join(tmp, 'config'), XDG_DATA_HOME: path.join(tmp, 'data'), TMPDIR: tmp, RECLINT_REPO: REPO };
const server = spawn(CODE_SERVER, ['--bind-addr', host, '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--extensions-dir', path.join(tmp, 'ext'), '--user-data-dir', userData, ws], { env, stdio: ['ignore', 'pipe', 'pipe'] });
let serverLog = '';
server.stdout.on('data', (b) => (serverLog += b));
server.stderr.on('data', (b) => (serverLog += b));

let code = 1;
let browser;
const t0 = Date.now();
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`http://${host}/healthz`)).ok) break;
    } catch { /* not yet */ }
    if (i > 150) throw new Error(`code-server did not start:\n${serverLog}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-dev-shm-usage'] });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('console', (m) => { const t = m.text(); if (!/^\[(Extension Host|LocalProcess)\]|Failed to load resource|%c/.test(t) || /✔|passing|failing|Error/.test(t)) console.log(`  [vscode] ${t}`); });
  let finish;
  const exited = new Promise((r) => (finish = r));
  await page.exposeFunction('codeAutomationExit', (c) => finish(c));
  const payload = JSON.stringify([['extensionDevelopmentPath', `vscode-remote://${host}${REPO}`], ['extensionTestsPath', `vscode-remote://${host}${suiteJs}`]]);
  await page.goto(`http://${host}/?folder=${encodeURIComponent(ws)}&payload=${encodeURIComponent(payload)}`);
  let timer;
  const timeout = new Promise((r) => { timer = setTimeout(() => r('timeout'), 120000); });
  const suite = await Promise.race([exited, timeout]);
  clearTimeout(timer);
  if (suite === 'timeout') throw new Error('the suite did not finish within 120 s');
  console.log(`vscode-test: extension suite exited with ${suite} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  code = Number(suite);

  // As a user sees it, in a window of a fixed size: the Problems panel, the notice hover in a script and
  // the quick-fix menu, each asserted on and kept as a screenshot (README and walkthrough images).
  // Twice the pixels: the cropped widgets stay sharp on high-density screens (the window is kept at 1×).
  const ui = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 2 });
  // A fresh copy: the suite's edits live on in the first workspace's editor backups.
  const ws2 = path.join(tmp, 'contact-centre'); // its name shows in the title bar and the explorer
  fs.cpSync(path.join(REPO, 'examples/contact-centre'), ws2, { recursive: true });
  const devOnly = JSON.stringify([['extensionDevelopmentPath', `vscode-remote://${host}${REPO}`]]);
  await ui.goto(`http://${host}/?folder=${encodeURIComponent(ws2)}&payload=${encodeURIComponent(devOnly)}`);
  try {
    await uiCheck(ui);
  } catch (e) {
    await ui.screenshot({ path: path.join(OUT, 'failure.png'), scale: 'css' }).catch(() => {});
    throw e;
  }
  if (process.env.RECLINT_SCREENSHOTS && code === 0) {
    const dest = path.resolve(REPO, process.env.RECLINT_SCREENSHOTS);
    fs.mkdirSync(dest, { recursive: true });
    for (const f of SHOTS) fs.copyFileSync(path.join(OUT, f), path.join(dest, f));
    console.log(`vscode-test: screenshots copied to ${path.relative(REPO, dest) || '.'}`);
  }
} catch (e) {
  console.error(`vscode-test: ${e instanceof Error ? e.message : e}`);
  code = code || 1;
  if (code === 0) code = 1;
} finally {
  await browser?.close().catch(() => {});
  server.kill();
  fs.rmSync(tmp, { recursive: true, force: true });
}
process.exit(code);
