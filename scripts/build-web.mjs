// Builds the playground (web/) into web/dist/: one classic script (a page opened from disk may not
// load module scripts), its stylesheet and index.html. No server is needed to use the result.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'web/dist');
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;

/** `import x from './file?text'`: the file's content as a string (the bundled examples). */
const textImports = {
  name: 'text-imports',
  setup(b) {
    b.onResolve({ filter: /\?text$/ }, (a) => ({ path: resolve(a.resolveDir, a.path.slice(0, -'?text'.length)), namespace: 'text' }));
    b.onLoad({ filter: /.*/, namespace: 'text' }, (a) => ({ contents: readFileSync(a.path, 'utf8'), loader: 'text', watchFiles: [a.path] }));
  },
};

mkdirSync(out, { recursive: true });
const result = await build({
  entryPoints: [join(root, 'web/src/app.ts')],
  outfile: join(out, 'app.js'),
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  legalComments: 'eof',
  // jsonc-parser's main entry is a UMD build esbuild cannot follow; its ESM build bundles.
  mainFields: ['browser', 'module', 'main'],
  define: { RECLINT_VERSION: JSON.stringify(version) },
  plugins: [textImports],
  metafile: true,
  logLevel: 'warning',
});
copyFileSync(join(root, 'web/index.html'), join(out, 'index.html'));
copyFileSync(join(root, 'web/app.css'), join(out, 'app.css'));
const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
if (process.argv.includes('--size')) console.log(`web/dist/app.js: ${(bytes / 1024).toFixed(0)} KiB`);
