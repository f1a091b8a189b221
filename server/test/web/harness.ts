/**
 * What the playground's browser tests share: the built page (web/dist) served on a local port, and
 * Debian's Chromium driven by playwright-core. Without Chromium or the built page a suite is skipped
 * with the reason printed, except under CI=true, where that is a failure.
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const REPO = path.resolve(__dirname, '../../..');
export const DIST = path.join(REPO, 'web/dist');
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

export interface Playground {
  browser: Browser;
  origin: string;
  close(): Promise<void>;
}

/** Serve web/dist and start Chromium; in a `before` hook (`ctx`), skipping with `what` and the reason when they are missing. */
export async function startPlayground(ctx: Mocha.Context, what: string): Promise<Playground | undefined> {
  const missing = !fs.existsSync(CHROMIUM) ? `Chromium is not installed (${CHROMIUM}); apt-get install chromium` : !fs.existsSync(path.join(DIST, 'app.js')) ? 'web/dist is not built; npm run build:web' : undefined;
  if (missing) {
    if (process.env.CI === 'true') throw new Error(missing);
    console.log(`      ${what} skipped: ${missing}`);
    ctx.skip();
    return undefined;
  }
  const server = http.createServer((req, res) => {
    const p = (req.url ?? '/').split(/[?#]/)[0];
    const file = path.join(DIST, p === '/' ? 'index.html' : p);
    if (!file.startsWith(DIST) || !fs.existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' }[path.extname(file)] ?? 'application/octet-stream' }).end(fs.readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-dev-shm-usage'] });
  return {
    browser,
    origin,
    async close() {
      await browser.close();
      server.close();
    },
  };
}
