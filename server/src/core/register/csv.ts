/**
 * The register as CSV for spreadsheets (register.md §5): RFC 4180, comma, CRLF, one header row, UTF-8
 * with a byte-order mark unless asked not to; cells that a spreadsheet would run as a formula get a
 * leading `'` (OWASP CSV injection). One row per activity; lists inside a cell joined with `; `.
 */
import { entryText } from './attribution';
import { basisDetail, jointText, noticeCode, partyText, processorText, purposeCell, retentionIso, retentionWords, rightsCode, securityList, specialCategories, transferText } from './cells';
import { dpvBases, dpvData, dpvPurposes } from './dpv';
import { expand, FIDES_DATA, FIDES_SUBJECT, FIDES_VOICE_BIOMETRIC } from './mapping';
import type { Activity, Register } from './types';
import { BASIS_ARTICLE, NOT_STATED } from './words';

export const CSV_COLUMNS = [
  'activity_id', 'policy', 'recording', 'recording_description',
  'controller', 'controller_contact', 'dpo', 'representative', 'joint_controllers',
  'purpose_id', 'purpose',
  'legal_basis', 'legal_basis_article', 'legal_basis_detail', 'art9_condition',
  'data_subjects', 'personal_data', 'special_categories',
  'recipients', 'processors', 'third_country_transfers',
  'retention', 'retention_iso',
  'security_measures',
  'scope', 'direction', 'jurisdiction', 'notice',
  'rights_procedures',
  'dpv_purpose', 'dpv_legal_basis', 'dpv_personal_data',
  'fideslang_data_use', 'fideslang_data_categories', 'fideslang_data_subjects',
  'open_findings',
] as const;

/** One cell: neutralised when it would start a formula, quoted when it holds a comma, quote or line break. */
export function csvCell(s: string): string {
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const join = (xs: readonly string[]) => [...new Set(xs)].join('; ');

/** CSV `personal_data`: the data ids in the policy's order, then what reclint derives. */
function dataIds(a: Activity): string[] {
  return [...(a.dataDeclared ? a.data : ['voice (assumed: data not declared)']), ...(a.transcripts ? ['transcripts'] : []), ...(a.inferredEmotions ? ['inferred-emotions'] : [])];
}

function recipientsCode(a: Activity): string[] {
  return [...a.recipients.roles.map((r) => `role: ${r}`), ...a.recipients.systems.map((s) => `system: ${s}`), ...(a.recipients.public ? ['the public'] : [])];
}

function fidesData(a: Activity): string[] {
  const bio = a.data.includes('biometric');
  return a.data.map((d) => (d === 'voice' && bio ? FIDES_VOICE_BIOMETRIC : FIDES_DATA[d])).filter((x): x is string => !!x);
}

function transfersCell(a: Activity): string {
  if (typeof a.transfers === 'string') return a.transfers;
  return a.transfers.map(transferText).join(' | ');
}

export function activityRow(reg: Register, a: Activity): string[] {
  const c = reg.config;
  return [
    a.id, a.policy, a.recording, a.recordingDescription ?? '',
    reg.controller ?? NOT_STATED, c.controller_contact ?? NOT_STATED, partyText(c.dpo), partyText(c.representative), jointText(c.joint_controllers),
    a.purposeId, purposeCell(a).replace(/`/g, ''),
    a.basis.canonical ?? a.basis.written ?? '', a.basis.canonical ? BASIS_ARTICLE[a.basis.canonical] : '', basisDetail(a), a.basis.art9 ?? '',
    join(a.subjects), join(dataIds(a)), join(specialCategories(a)),
    join(recipientsCode(a)), join(a.processors.map((p) => processorText(p, (s) => `agreement: ${s}`))), transfersCell(a),
    retentionWords(a.retention).replace(/`/g, ''), retentionIso(a.retention),
    join(securityList(a, c)),
    a.scopeCode, a.direction ?? '', a.jurisdiction ?? '', noticeCode(a),
    rightsCode(a.rights),
    join(dpvPurposes(a).map(expand)), join(dpvBases(a).map(expand)), join(dpvData(a).map(expand)),
    a.fideslangUse, join(fidesData(a)), join(a.subjects.map((s) => FIDES_SUBJECT[s])),
    a.findings.map(entryText).join('; '),
  ];
}

export function registerCsv(reg: Register, o: { bom?: boolean } = {}): string {
  const rows = [CSV_COLUMNS as readonly string[], ...reg.activities.map((a) => activityRow(reg, a))];
  return `${o.bom === false ? '' : '\uFEFF'}${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
