// Runs test/editors/vscode/suite.ts inside a real VS Code: code-server 4.100.3 (installed by
// install-code-server.sh into .cache/), the suite loaded through the workbench `payload`, the page driven
// by playwright-core and Debian's Chromium. Then a UI check: the squiggle and the Problems row, with a
// screenshot in .cache/vscode-test/. Exit code 0 is pass.
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

fs.mkdirSync(OUT, { recursive: true });
await build({ entryPoints: [path.join(REPO, 'test/editors/vscode/suite.ts')], outfile: path.join(OUT, 'suite.js'), bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'], logLevel: 'warning' });

const tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'reclint-vscode-')));
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
  const payload = JSON.stringify([['extensionDevelopmentPath', `vscode-remote://${host}${REPO}`], ['extensionTestsPath', `vscode-remote://${host}${path.join(OUT, 'suite.js')}`]]);
  await page.goto(`http://${host}/?folder=${encodeURIComponent(ws)}&payload=${encodeURIComponent(payload)}`);
  let timer;
  const timeout = new Promise((r) => { timer = setTimeout(() => r('timeout'), 120000); });
  const suite = await Promise.race([exited, timeout]);
  clearTimeout(timer);
  if (suite === 'timeout') throw new Error('the suite did not finish within 120 s');
  console.log(`vscode-test: extension suite exited with ${suite} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  code = Number(suite);

  // As a user sees it: open the script, wait for the squiggle, read the Problems panel, keep a screenshot.
  const ui = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  // A fresh copy: the suite's edits live on in the first workspace's editor backups.
  const ws2 = path.join(tmp, 'ui');
  fs.cpSync(path.join(REPO, 'examples/contact-centre'), ws2, { recursive: true });
  const devOnly = JSON.stringify([['extensionDevelopmentPath', `vscode-remote://${host}${REPO}`]]);
  await ui.goto(`http://${host}/?folder=${encodeURIComponent(ws2)}&payload=${encodeURIComponent(devOnly)}`);
  await ui.waitForSelector('.monaco-workbench', { timeout: 30000 });
  await ui.waitForTimeout(1000);
  await ui.waitForTimeout(2000);
  await ui.keyboard.press('Control+P');
  await ui.waitForSelector('.quick-input-widget input', { timeout: 10000 });
  await ui.keyboard.type('service.recording-policy.yaml');
  await ui.waitForSelector('.quick-input-list .monaco-list-row', { timeout: 15000 });
  await ui.keyboard.press('Enter');
  try {
    // The first finding in view is `toestemming` (line 39), a warning: an alias reclint understands.
    await ui.waitForSelector('.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning', { timeout: 30000 });
  } catch (e) {
    await ui.screenshot({ path: path.join(OUT, 'failure.png') });
    throw e;
  }
  await ui.keyboard.press('Control+Shift+M');
  await ui.waitForSelector('.markers-panel .monaco-list-row', { timeout: 15000 });
  // The panel fills its rows as the diagnostics arrive: read it until reclint's rows are there (or 15 s).
  let rows = [];
  for (let t = Date.now(); Date.now() - t < 15000; await ui.waitForTimeout(250)) {
    rows = await ui.$$eval('.markers-panel .monaco-list-row', (els) => els.map((e) => e.textContent ?? ''));
    if (/purpose-not-announced/.test(rows.join('\n'))) break;
  }
  await ui.screenshot({ path: path.join(OUT, 'problems.png') });
  const seen = rows.join('\n');
  // Errors come first and the list is virtualised: the warnings may be out of view.
  if (!/purpose-not-announced/.test(seen) || !/reclint/.test(seen)) throw new Error(`the Problems panel does not show reclint's findings:\n${seen}`);
  console.log(`vscode-test: UI check: squiggle shown, ${rows.length} Problems row(s); screenshot ${path.relative(REPO, path.join(OUT, 'problems.png'))}`);
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
