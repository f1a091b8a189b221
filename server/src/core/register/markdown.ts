/** The register as Markdown, for people (register.md §5): LF, a final newline, `|` escaped in cells. */
import { entryText, openCounts } from './attribution';
import { basisCell, dataList, jointText, noticeCode, partyText, processorText, purposeCell, recipientsList, retentionWords, subjectsList } from './cells';
import type { Activity, Register } from './types';
import { NONE, NOT_STATED } from './words';

/** A table cell: `|` escaped, line breaks as a space, an empty list as `—`. */
export function cell(s: string): string {
  const t = s.replace(/\r\n|\r|\n/g, ' ').replace(/\|/g, '\\|');
  return t === '' ? '—' : t;
}
const list = (xs: readonly string[]) => cell(xs.join('; '));
const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;

export function registerMarkdown(reg: Register): string {
  const out: string[] = [];
  const n = reg.policyFiles.length;
  out.push('# Record of processing activities: call recording', '');
  out.push(`Controller's record under art. 30(1) GDPR, written by reclint ${reg.version} from ${n} policy file${n === 1 ? '' : 's'}. Vocabulary: DPV 2.3.`);
  if (reg.date) out.push(`State as of ${reg.date}.`);
  out.push('');

  const c = reg.config;
  out.push('## Controller (art. 30(1)(a))', '', row(['Field', 'Value']), row(['---', '---']));
  out.push(row(['Controller', cell(reg.controller ?? NOT_STATED)]));
  out.push(row(['Contact', cell(c.controller_contact ?? NOT_STATED)]));
  out.push(row(['Data protection officer', cell(partyText(c.dpo))]));
  out.push(row(['Representative (art. 27)', cell(partyText(c.representative))]));
  out.push(row(['Joint controllers', cell(jointText(c.joint_controllers))]));
  out.push('');

  // One section per recording, in the order of files, then recordings.
  const groups: Activity[][] = [];
  for (const a of reg.activities) {
    const last = groups[groups.length - 1];
    if (last && last[0].policy === a.policy && last[0].recording === a.recording) last.push(a);
    else groups.push([a]);
  }
  if (groups.length === 0) out.push(reg.policyFiles.length ? 'No processing activities: no policy of this controller records calls.' : 'No processing activities: no recording policy was found.', '');
  for (const g of groups) {
    const a = g[0];
    out.push(`## ${a.recording}${a.recordingDescription ? `: ${a.recordingDescription.replace(/\r\n|\r|\n/g, ' ')}` : ''}`, '');
    const open = openCounts(g);
    const openText = open.errors + open.warnings === 0 ? 'open: none' : `open: ${[open.errors ? `${open.errors} error${open.errors === 1 ? '' : 's'}` : '', open.warnings ? `${open.warnings} warning${open.warnings === 1 ? '' : 's'}` : ''].filter(Boolean).join(', ')}`;
    const notice = !a.notice ? `notice ${NOT_STATED}` : a.notice.kind === 'inline' ? `notice inline (${a.notice.where || 'language not stated'})` : `notice ${code(noticeCode(a))}`;
    const facts = [code(a.policy), a.direction ?? `direction ${NOT_STATED}`, a.scopeWords, a.jurisdiction ? `jurisdiction ${a.jurisdiction}` : 'no jurisdiction (EU-wide rules)', notice, openText];
    out.push(facts.map((f) => f.replace(/\r\n|\r|\n/g, ' ')).join(' · '), '');
    out.push(row(['Purpose (b)', 'Legal basis', 'Data subjects (c)', 'Personal data (c)', 'Recipients (d)', 'Erasure (f)', 'Open findings']));
    out.push(row(['---', '---', '---', '---', '---', '---', '---']));
    for (const x of g) {
      out.push(row([cell(purposeCell(x)), cell(basisCell(x)), list(subjectsList(x)), list(dataList(x)), list(recipientsList(x)), cell(retentionWords(x.retention)), list(x.findings.map(entryText))]));
    }
    out.push('');
  }

  out.push('## Transfers to third countries (art. 30(1)(e))', '');
  const t = c.transfers;
  if (t === undefined) out.push(`${NOT_STATED[0].toUpperCase()}${NOT_STATED.slice(1)} (\`register.transfers\` in .reclintrc.yaml).`);
  else if (t === 'none' || t.length === 0) out.push('None.');
  else {
    out.push(row(['Country', 'Recipient', 'Safeguards', 'Article', 'Recordings']), row(['---', '---', '---', '---', '---']));
    for (const x of t) out.push(row([cell(x.country), cell(x.recipient), cell(x.safeguards ?? NOT_STATED), cell(x.article ? `art. ${x.article}` : NOT_STATED), cell(x.recordings ? x.recordings.join(', ') : 'every recording')]));
  }
  out.push('');

  out.push('## Security measures (art. 30(1)(g))', '');
  const seen = new Set<string>();
  for (const a of reg.activities) {
    const key = `${a.policy}#${a.recording}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const lines = [...a.security];
    const unbound = reg.activities.filter((x) => x.policy === a.policy && x.recording === a.recording).flatMap((x) => x.processors).filter((p) => p.agreement === undefined);
    for (const p of unbound) lines.push(`processor ${processorText(p)}`);
    if (!a.accessRoles?.length) lines.push('access not limited to roles (no `access.roles`)');
    out.push(`- \`${a.recording}\` (${code(a.policy)}): ${lines.join('; ').replace(/\r\n|\r|\n/g, ' ')}`);
  }
  out.push(`- General description: ${(c.security_measures ?? `${NOT_STATED} (\`register.security_measures\` in .reclintrc.yaml)`).replace(/\r\n|\r|\n/g, ' ')}`);
  out.push('');

  out.push('## Rights of the caller', '');
  if (reg.rights.length === 0) out.push('No policy of this controller.');
  else {
    out.push(row(['Policy', 'Access (art. 15)', 'Erasure (art. 17)', 'Objection (art. 21)']), row(['---', '---', '---', '---']));
    for (const r of reg.rights) out.push(row([cell(code(r.policy)), cell(r.access ?? NOT_STATED), cell(r.erasure ?? NOT_STATED), cell(r.objection ?? NOT_STATED)]));
  }
  out.push('');

  out.push('## Not in this record', '');
  if (reg.excluded.length === 0) out.push(`${NONE[0].toUpperCase()}${NONE.slice(1)}: every policy file read is in the record.`);
  else {
    out.push(row(['What', 'Why', 'Open findings']), row(['---', '---', '---']));
    for (const x of reg.excluded) out.push(row([cell(x.what), cell(x.why), list(x.findings.map(entryText))]));
  }
  out.push('');
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
