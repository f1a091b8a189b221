/** SARIF 2.1.0 for code scanning: every rule in the driver, every finding, cwd-relative URIs, content fingerprints. */
import type { Finding, Fix, Severity } from '../core/findings';
import type { FormatInput, Formatter } from './types';
import { oneBased } from './types';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** FNV-1a, 64-bit as hex: stable across runs and machines. */
function fingerprint(s: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

function region(input: FormatInput, uri: string, span: { start: number; end: number }) {
  const p = oneBased(input, uri, span);
  return { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn };
}

function sarifFix(input: FormatInput, fix: Fix) {
  const byFile = new Map<string, typeof fix.edits>();
  for (const e of fix.edits) byFile.set(e.uri, [...(byFile.get(e.uri) ?? []), e]);
  return {
    description: { text: fix.title },
    artifactChanges: [...byFile].map(([uri, edits]) => ({
      artifactLocation: { uri },
      replacements: edits.map((e) => ({ deletedRegion: region(input, uri, e), insertedContent: { text: e.newText } })),
    })),
  };
}

export const sarif: Formatter = (input) => {
  const ruleIndex = new Map(input.rules.map((r, i) => [r.id, i]));
  const textOf = (f: Finding) => {
    try {
      const idx = input.lineIndex(f.uri);
      return idx.text.slice(f.span.start, f.span.end);
    } catch {
      return '';
    }
  };
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'reclint',
            version: input.version,
            informationUri: 'https://github.com/reclint/reclint',
            rules: input.rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              helpUri: `https://github.com/reclint/reclint/blob/main/docs/rules/${r.id}.md`,
              defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
              properties: { area: r.area, severity: r.defaultSeverity, legalSource: r.legalSource, fixable: r.fixable },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        artifacts: input.files.map((f) => ({ location: { uri: f } })),
        results: input.findings.map((f) => ({
          ruleId: f.ruleId,
          ...(ruleIndex.has(f.ruleId) ? { ruleIndex: ruleIndex.get(f.ruleId) } : {}),
          level: LEVEL[f.severity],
          message: { text: f.message },
          locations: [{ physicalLocation: { artifactLocation: { uri: f.uri }, region: region(input, f.uri, f.span) } }],
          ...(f.related.length
            ? { relatedLocations: f.related.map((r, i) => ({ id: i, message: { text: r.message }, physicalLocation: { artifactLocation: { uri: r.uri }, region: region(input, r.uri, r.span) } })) }
            : {}),
          partialFingerprints: { 'reclint/v1': fingerprint(`${f.ruleId}\u0000${f.uri}\u0000${textOf(f)}\u0000${f.message}`) },
          ...(f.fix ? { fixes: [sarifFix(input, f.fix)] } : {}),
          properties: { severity: f.severity, legalSource: f.legalSource },
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
