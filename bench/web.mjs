// The playground (issue 19 §7): the page's script size (raw and gzip), the first findings after load,
// and a lint after one keystroke, in Debian's Chromium through playwright-core. The page is served from
// a local server; the first findings are the best of 5 page loads, the keystroke lint the median and worst of 20.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function measureWeb({ root }) {
  const dist = join(root, 'web', 'dist');
  const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(join(dist, 'app.js'))) return [['playground', 'n/a (web/dist not built: npm run build:web)']];
  const js = readFileSync(join(dist, 'app.js'));
  const rows = [['playground script (web/dist/app.js)', `${(js.length / 1024).toFixed(0)} KiB, gzip ${(gzipSync(js).length / 1024).toFixed(0)} KiB (budget 1,536 / 500 KiB)`]];
  if (!existsSync(chromiumPath)) return [...rows, ['playground timings', 'n/a (no Chromium)']];
  const { chromium } = createRequire(join(root, 'package.json'))('playwright-core');
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  const server = createServer((q, r) => {
    const p = q.url.split(/[?#]/)[0];
    const f = join(dist, p === '/' ? 'index.html' : p);
    if (!existsSync(f)) return r.writeHead(404).end();
    r.writeHead(200, { 'content-type': types[extname(f)] ?? 'application/octet-stream' }).end(readFileSync(f));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-dev-shm-usage'] });
  try {
    let first = Infinity;
    let scriptMs = 0;
    let page;
    for (let i = 0; i < 5; i++) {
      await page?.close();
      page = await browser.newPage();
      await page.goto(url);
      await page.waitForSelector('#findings .finding');
      // From navigation start to the first findings shown, as the page's own clock saw it.
      first = Math.min(first, await page.evaluate(() => window.reclintPlayground.firstFindingsAt));
      if (i === 0) scriptMs = await page.evaluate(() => window.reclintPlayground.lastLintMs);
    }
    const keys = [];
    await page.locator('.cm-content').click();
    for (let i = 0; i < 20; i++) {
      await page.keyboard.type(i % 2 ? 'x' : 'y');
      await page.waitForTimeout(60);
      keys.push(await page.evaluate(() => window.reclintPlayground.lastLintMs));
    }
    rows.push(['playground: first findings after load (contact-centre example)', `${first.toFixed(0)} ms (budget 1,000 ms; the first lint itself ${scriptMs.toFixed(0)} ms)`]);
    rows.push(['playground: lint after a keystroke (4 files)', `median ${median(keys).toFixed(1)} ms, worst ${Math.max(...keys).toFixed(1)} ms (budget 50 ms)`]);
  } finally {
    await browser.close();
    server.close();
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [a, b] of await measureWeb({ root: join(import.meta.dirname, '..') })) console.log(`${a}  ${b}`);
}
