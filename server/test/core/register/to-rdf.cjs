/**
 * Run by the register tests under the socket trap (server/test/security/no-network-preload.cjs), as
 * plain node (no TypeScript loader, which talks over a pipe): reads a JSON-LD document on stdin,
 * converts it to N-Quads with `jsonld` in safe mode and a document loader that refuses every URL,
 * and prints `{"nquads", "loads"}` or `{"error", "details", "loads"}`.
 */
'use strict';
const jsonld = require('jsonld');

const chunks = [];
process.stdin.on('data', (c) => chunks.push(c));
process.stdin.on('end', async () => {
  const loads = [];
  const documentLoader = async (url) => {
    loads.push(url);
    throw new Error(`document loader refused ${url}`);
  };
  try {
    const doc = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    const nquads = await jsonld.toRDF(doc, { format: 'application/n-quads', safe: true, documentLoader });
    process.stdout.write(JSON.stringify({ nquads, loads }));
  } catch (e) {
    process.stdout.write(JSON.stringify({ error: String((e && e.message) || e), details: JSON.stringify((e && e.details) || null), loads }));
  }
});
