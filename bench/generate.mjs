// Generates the benchmark corpus: N policies of about 3.4 KB (three recordings each) sharing one .ivr script,
// plus M policies of about 5,000 lines (154 recordings). Deterministic: the same arguments give the same files.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PURPOSES = ['quality-assurance', 'staff-training', 'evidence', 'complaint-handling', 'fraud-prevention'];
const BASES = { 'quality-assurance': 'legitimate-interests', 'staff-training': 'consent', evidence: 'contract', 'complaint-handling': 'legitimate-interests', 'fraud-prevention': 'legitimate-interests' };

function purposeBlock(p, i) {
  const lines = [`      - purpose: ${p}`, `        legal_basis: ${BASES[p]}`];
  if (BASES[p] === 'legitimate-interests') lines.push(`        balancing_test: docs/lia-${p}.md`);
  if (BASES[p] === 'consent') lines.push('        consent: { mechanism: ivr-keypress }');
  lines.push(i % 2 ? `        retention: { until: case-closed, max: P${30 + i}D }` : `        retention: { max: P${60 + i}D }`);
  return lines.join('\n');
}

function recording(n, k) {
  const ps = [PURPOSES[(n + k) % 5], PURPOSES[(n + k + 1) % 5], PURPOSES[(n + k + 2) % 5]];
  return [
    `  - id: line-${k}`,
    `    description: Inbound line ${k} of policy ${n}`,
    '    direction: inbound',
    '    employees_informed: true',
    '    mode: all',
    '    data: [voice, phone-number, customer-id]',
    '    announcement:',
    '      script: ../shared.ivr',
    '    purposes:',
    ...ps.map((p, i) => purposeBlock(p, i)),
    '    uses:',
    ...ps.map((p) => `      - purpose: ${p}\n        by: [team-${k}]`),
    '    access: { roles: [quality, legal] }',
    '    processors:',
    `      - name: Telco ${n}`,
    `        purpose: ${ps[0]}`,
    '        agreement: docs/dpa.pdf',
  ].join('\n');
}

export function policy(n, recordings = 3) {
  return [
    `# Benchmark policy ${n}`,
    'policy: 1',
    `controller: Organisation ${n} B.V.`,
    'jurisdiction: NL',
    'languages: [nl, en]',
    'triggers:',
    '  case-closed:',
    '    description: The case is closed, including any appeal',
    '    max: P2Y',
    'subject_rights:',
    '  access: { includes: [recordings], procedure: docs/access.md }',
    'recordings:',
    ...Array.from({ length: recordings }, (_, k) => recording(n, k)),
    '',
  ].join('\n');
}

export const SCRIPT = `lang nl
say welkom "Welkom."
say notice-nl "Dit gesprek wordt opgenomen voor kwaliteitsbewaking, opleiding, klachtafhandeling, fraudepreventie en als bewijs van gemaakte afspraken."
consent ok-nl "Druk 1 als u akkoord gaat met opname voor training." accept=1 refuse=2
lang en
say notice-en "This call is recorded to check the quality of our service, for staff training, complaint handling, fraud prevention and as evidence of what was agreed."
record start
menu 1=a 2=b
a:
transfer queue-a
b:
transfer queue-b
`;

export function generate(dir, small = 2000, large = 200) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'small'), { recursive: true });
  mkdirSync(join(dir, 'large'), { recursive: true });
  writeFileSync(join(dir, 'shared.ivr'), SCRIPT);
  for (let i = 0; i < small; i++) writeFileSync(join(dir, 'small', `p${String(i).padStart(4, '0')}.recording-policy.yaml`), policy(i));
  for (let i = 0; i < large; i++) writeFileSync(join(dir, 'large', `big${String(i).padStart(3, '0')}.recording-policy.yaml`), policy(i, 154));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'bench/corpus';
  generate(dir, Number(process.argv[3] ?? 2000), Number(process.argv[4] ?? 200));
  console.log(`generated in ${dir}`);
}
