// Builds the shipped bundles with esbuild: the CLI, the language server and the VS Code client.
import { build } from 'esbuild';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { generateValidator, VALIDATORS } from './gen-schema-validator.mjs';

// The schema validators are precompiled (ajv standalone); refresh them when a schema changed.
for (const v of VALIDATORS) {
  const code = generateValidator(v);
  if (!existsSync(v.out) || readFileSync(v.out, 'utf8') !== code) writeFileSync(v.out, code);
}

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: false, minify: process.argv.includes('--minify'), logLevel: 'warning',
  // jsonc-parser's main entry is a UMD build whose dynamic requires esbuild cannot follow; its ESM build bundles.
  mainFields: ['module', 'main'] };
const entries = [
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'server/out/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['server/src/lsp/server.ts'], outfile: 'server/out/server.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js', external: ['vscode'] },
  // The GitHub Action (action.yml), committed: never minified (a reviewable, reproducible bundle; server/test/action checks
  // it is current), and `require.main` undefined so the CLI module inside it does not also run as the `reclint` command.
  { entryPoints: ['action/src/main.ts'], outfile: 'action/dist/index.js', minify: false, define: { 'require.main': 'undefined' } },
];
for (const e of entries) {
  if (!existsSync(e.entryPoints[0])) continue;
  await build({ ...common, ...e });
}
