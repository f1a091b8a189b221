/**
 * The starter's YAML text, written line by line so every comment sits where it explains something
 * (a YAML library would move them). Values are plain where that is safe, else double-quoted.
 */
import type { Notice } from '../announcement';
import type { FlowFormat } from '../ivr/model';
import { isBuiltinPurpose } from '../vocabulary';
import { basisFor, FALLBACK_TRIGGER, TRIGGERS, type TriggerProposal } from './tables';

/** A scalar as YAML: plain when it cannot be read as anything else, else a JSON (double-quoted) string. */
export function scalar(s: string): string {
  // Block context only (ids, names, descriptions): flow indicators inside the text are fine there.
  const plain = /^[A-Za-z0-9_./(]/.test(s) && !/[\u0000-\u001f\u007f]/.test(s) && !/: |:$| #/.test(s) && !/\s$/.test(s)
    && !/^(true|false|yes|no|on|off|null|y|n|~)$/i.test(s) && (!/^[-+.]?\d/.test(s) || /^\d+(-[a-z0-9]+)+$/.test(s));
  return plain ? s : JSON.stringify(s);
}

/** Comment lines, wrapped at 100 columns; control characters (a file name could hold a line break) are spaces. */
function comment(indent: string, s: string): string[] {
  const clean = s.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, ' ');
  const lead = /^ */.exec(clean)![0];
  // "art. 6(1)(f)" stays on one line.
  const words = clean.slice(lead.length).replace(/\b(art\.|AI Act|Annex) /g, '$1\u00a0').split(/ +/).map((w) => w.replace(/\u00a0/g, ' '));
  const out: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && indent.length + 2 + line.length + 1 + w.length > 100) { out.push(line); line = w; }
    else line = line ? `${line} ${w}` : w;
  }
  out.push(line);
  return out.map((l) => `${indent}# ${lead}${l}`.trimEnd());
}

const FORMAT_WORDS: Record<string, string> = {
  ivr: 'the call script',
  connect: 'the Amazon Connect flow',
  studio: 'the Twilio Studio flow',
  twiml: 'the TwiML document',
};

export interface StarterInput {
  scriptName: string;
  /** The starter's own file name (for the commands the header names). */
  fileName: string;
  format: FlowFormat;
  recordingId: string;
  languages: readonly string[];
  notices: readonly Notice[];
  /** Per notice, its prompt or node id. */
  noticeIds: readonly (string | undefined)[];
  purposes: readonly string[];
  consent: string | true | undefined;
  /** The script says the call is not recorded. */
  denies?: boolean;
  /** Written as `jurisdiction` (from `--jurisdiction`). */
  jurisdiction?: string;
  /** The Danish profile applies (written, or the config's default). */
  dk: boolean;
}

const code = (s: string) => `\`${s}\``;

function noticeWords(n: Notice, id: string | undefined): string {
  return id ? `${n.lang}: ${code(id)}` : n.lang;
}

export function emitStarter(i: StarterInput): string {
  const L: string[] = [];
  const c = (indent: string, ...lines: string[]) => { for (const s of lines) for (const l of comment(indent, s)) L.push(l); };
  const what = FORMAT_WORDS[i.format] ?? 'the call flow';
  c('', `Starter recording policy for ${what} ${i.scriptName}, written by \`reclint init\`.`);
  c('', 'Nothing here has been decided for your organisation. What the script shows is filled in: its',
    'languages and the purposes its notices announce. The legal bases and retention are proposals',
    'with the reason for each; every TODO is for you, and `reclint` reports each one it has a rule for.');
  if (i.notices.length) {
    const noticed = [...new Set(i.notices.map((n, k) => noticeWords(n, i.noticeIds[k])))];
    c('', `Notices read (${noticed.join(', ')}): they announce ${i.purposes.length ? i.purposes.map(code).join(', ') : 'no purpose reclint knows'}.`);
  } else if (i.denies) {
    c('', `${i.scriptName} tells callers that the call is not recorded, so no purpose is declared: a policy`,
      'that records must say so in the script instead (art. 5(1)(a), 13 GDPR).');
  } else {
    c('', `No prompt of ${i.scriptName} says that the call is recorded, so no purpose is declared:`,
      'callers must be told before recording starts (art. 13 GDPR).');
  }
  if (i.consent !== undefined) c('', `The script asks for consent${i.consent === true ? '' : ` (${code(i.consent)})`}: that is taken as consent to staff training.`);
  c('', `Once the purposes are settled, \`reclint notice ${i.fileName} --write\` writes a notice into the script that matches them.`);
  L.push('policy: 1');
  c('', "TODO controller: the organisation's legal name (art. 4(7) GDPR); reclint reports it until written.");
  L.push('controller:');
  if (i.jurisdiction) L.push(`jurisdiction: ${i.jurisdiction}`);
  if (i.languages.length) L.push(`languages: [${i.languages.join(', ')}]   # the languages ${i.scriptName} speaks to callers`);

  // Triggers in order of first use, each declared once.
  const plans = i.purposes.map((p) => ({ id: p, basis: basisFor(p, { dk: i.dk, consentStep: i.consent !== undefined }), trigger: isBuiltinPurpose(p) ? TRIGGERS[p] : FALLBACK_TRIGGER }));
  const triggers = new Map<string, TriggerProposal>();
  for (const p of plans) if (!triggers.has(p.trigger.id)) triggers.set(p.trigger.id, p.trigger);
  if (triggers.size) {
    L.push('');
    c('', 'When recordings are deleted: each purpose waits for an event, with a backstop (`max`).',
      'TODO confirm the events and durations: they are proposals, to check with the teams that use the',
      'recordings (keep them no longer than needed, art. 5(1)(e) GDPR).');
    L.push('triggers:');
    for (const t of triggers.values()) {
      L.push(`  ${t.id}:`, `    description: ${scalar(t.description)}`, `    max: ${t.max}`);
    }
  }
  L.push('');
  c('', 'TODO subject_rights: how a caller gets a copy of their recording (art. 15 GDPR) and has it erased',
    '(art. 17); reclint reports the access procedure until it is written. For example:');
  c('', 'subject_rights:', '  access: { includes: [recordings], procedure: https://example.com/privacy/access }', '  erasure: { procedure: https://example.com/privacy/erasure }');
  L.push('');
  L.push('recordings:');
  L.push(`  - id: ${scalar(i.recordingId)}`);
  c('    ', 'TODO description: what is recorded, in plain words (a line, a team, a kind of call).');
  L.push('    direction: inbound       # TODO or outbound (we call them), internal (calls between staff)');
  L.push('    mode: all                # TODO or sampled (then `sample_rate`), on-demand (then decide `retroactive`)');
  L.push('    data: [voice, phone-number]   # TODO what else the calls hold; special categories (health, ...) need `art9_condition`');
  c('    ', 'TODO employees_informed: are the agents told that their calls are recorded (art. 13 GDPR)?', 'employees_informed: true');
  L.push('    announcement:');
  L.push(`      script: ${scalar(i.scriptName)}   # no \`prompt\`: the notices of every language count`);
  if (!plans.length) {
    L.push('    purposes: []   # TODO the purposes, once the script has a recording notice');
  } else {
    L.push('    purposes:');
    for (const p of plans) {
      c('      ', p.basis.why.join(' '));
      L.push(`      - purpose: ${scalar(p.id)}`);
      if (p.basis.basis !== 'none') L.push(`        legal_basis: ${p.basis.basis}`);
      if (p.basis.keypress) L.push('        consent: { mechanism: ivr-keypress }');
      if (p.basis.todo) c('        ', p.basis.todo.join(' '));
      L.push(`        retention: { until: ${p.trigger.id} }`);
    }
  }
  c('    ', 'TODO access: the roles that may listen, as few as possible (art. 32 GDPR); reclint reports it', 'until written. For example:', 'access: { roles: [team-leads, quality] }');
  L.push('');
  return L.join('\n');
}
