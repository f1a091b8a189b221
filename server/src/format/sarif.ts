/**
 * SARIF 2.1.0 for code scanning: every rule in the driver (with its help: description and docs page),
 * every finding, cwd-relative URIs, `automationDetails.id` `reclint/` (the run's category), and
 * `partialFingerprints['reclintFingerprint/v1']` from the content the finding points at, not its
 * line or message (see fingerprint.ts).
 */
import { docsUrlFor, type Fix, type Severity } from '../core/findings';
import { fingerprints } from './fingerprint';
import type { FormatInput, Formatter } from './types';
import { oneBased } from './types';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

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
  const prints = fingerprints(input);
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
              helpUri: docsUrlFor(r.id),
              help: {
                text: `${r.description}${r.legalSource ? ` (${r.legalSource})` : ''}\n\nDocumentation: ${docsUrlFor(r.id)}`,
                markdown: `${r.description}${r.legalSource ? ` (${r.legalSource})` : ''}\n\nSee [${r.id}](${docsUrlFor(r.id)}) for what it checks, why, and how to fix it.`,
              },
              defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
              properties: { area: r.area, severity: r.defaultSeverity, legalSource: r.legalSource, fixable: r.fixable },
            })),
          },
        },
        // GitHub tells runs apart by this category (`<name>/`): one per tool and part of the repository.
        automationDetails: { id: input.sarifCategory ? `${input.sarifCategory.replace(/\/+$/, '')}/` : 'reclint/' },
        columnKind: 'utf16CodeUnits',
        artifacts: input.files.map((f) => ({ location: { uri: f } })),
        results: input.findings.map((f, n) => ({
          ruleId: f.ruleId,
          ...(ruleIndex.has(f.ruleId) ? { ruleIndex: ruleIndex.get(f.ruleId) } : {}),
          level: LEVEL[f.severity],
          message: { text: f.message },
          locations: [{ physicalLocation: { artifactLocation: { uri: f.uri }, region: region(input, f.uri, f.span) } }],
          ...(f.related.length
            ? { relatedLocations: f.related.map((r, i) => ({ id: i, message: { text: r.message }, physicalLocation: { artifactLocation: { uri: r.uri }, region: region(input, r.uri, r.span) } })) }
            : {}),
          partialFingerprints: { 'reclintFingerprint/v1': prints[n] },
          ...(f.fix ? { fixes: [sarifFix(input, f.fix)] } : {}),
          properties: { severity: f.severity, legalSource: f.legalSource },
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
