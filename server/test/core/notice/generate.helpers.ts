/** Helpers of the generator's tests: a policy from a few facts, parsed as the linter parses it. */
import { buildPolicy, type Policy } from '../../../src/core/policy/model';
import { parsePolicyText } from '../../../src/core/policy/parse';

/** The 15 purposes a notice can name (the built-in vocabulary but `personal-use`). */
export const PURPOSES = ['quality-assurance', 'staff-training', 'employee-evaluation', 'evidence', 'complaint-handling', 'legal-compliance', 'fraud-prevention', 'staff-safety', 'troubleshooting', 'speech-analytics', 'emotion-recognition', 'ai-training', 'marketing', 'service-provision', 'publication'];

export interface PurposeSpec { id: string; basis: string; mechanism?: string }

export interface RecordingSpec {
  purposes: PurposeSpec[];
  mode?: 'all' | 'sampled' | 'on-demand';
  rate?: number;
  retroactive?: boolean;
  buffer?: string;
  direction?: 'inbound' | 'outbound' | 'internal';
  controller?: string;
  languages?: string[];
  jurisdiction?: string;
  privacy?: string;
}

/** The YAML of a one-recording policy. */
export function policyYaml(s: RecordingSpec): string {
  const lines = [
    'policy: 1',
    `controller: ${JSON.stringify(s.controller ?? 'Acme')}`,
    ...(s.jurisdiction ? [`jurisdiction: ${s.jurisdiction}`] : []),
    `languages: [${(s.languages ?? ['en']).join(', ')}]`,
    'recordings:',
    '  - id: line',
    `    direction: ${s.direction ?? 'inbound'}`,
    `    mode: ${s.mode ?? 'all'}`,
    ...(s.rate !== undefined ? [`    sample_rate: ${s.rate}`] : []),
    ...(s.retroactive ? ['    retroactive: true'] : []),
    ...(s.buffer ? [`    buffer_retention: ${s.buffer}`] : []),
    ...(s.privacy ? ['    announcement:', `      privacy_statement: ${JSON.stringify(s.privacy)}`] : []),
    '    purposes:',
  ];
  for (const p of s.purposes) {
    lines.push(`      - purpose: ${p.id}`, `        legal_basis: ${p.basis}`);
    if (p.basis === 'consent') lines.push(`        consent: { mechanism: ${p.mechanism ?? 'ivr-keypress'} }`);
    lines.push('        retention: { max: P30D }');
  }
  return lines.join('\n') + '\n';
}

export function policyOf(text: string): Policy {
  const parsed = parsePolicyText(text);
  const p = parsed.root ? buildPolicy(parsed.root) : undefined;
  if (!p) throw new Error(`not a policy: ${parsed.errors.map((e) => e.message).join('; ')}`);
  return p;
}
