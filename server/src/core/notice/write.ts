/**
 * Writing a generated notice into the files (notice-generator.md §9), as text edits: the `.ivr`
 * prompt the linter reads as the notice of that language (its quoted text replaced, id and comments
 * kept), the consent step right after it, or new steps before the first reachable `record start`;
 * or the inline `announcement.text` of the policy. `planNotice` is the entry the CLI's `--write` and
 * the editor's quick fix share. Pure: texts come through `readScript`, edits go back to the caller.
 */
import type { TextEdit } from '../findings';
import { reachable } from '../ivr/flow';
import type { ConsentStep, IvrScript, SayStep, Step } from '../ivr/model';
import { parseIvr } from '../ivr/parse';
import { insertEntry, replaceScalar, type EditTarget } from '../policy/edit';
import type { Policy, Recording } from '../policy/model';
import type { MapNode } from '../policy/tree';
import { analyseNotice } from './analyse';
import { generateNotice, lintPhrases, type GeneratedNotice, type NoticeRequest, type RoundTripFailure } from './generate';
import { recordingLabel } from './generate/check';
import type { NoticeLang } from './types';

/** A file as read: `ok: false` when it cannot be read (the reason in words). */
export type ReadText = (fromUri: string, path: string) => { ok: true; uri: string; text: string } | { ok: false; uri: string; reason: string; detail?: string };

export interface PlanRequest extends Omit<NoticeRequest, 'acceptKey' | 'refuseKey'> {
  policyUri: string;
  policyText: string;
  /** How the policy's script is read (relative to the policy), as the engine reads it. */
  readScript: ReadText;
  /** Keys for a new consent step (`--accept-key`, `--refuse-key`; default 1 and 2). An existing step keeps its own. */
  acceptKey?: string;
  refuseKey?: string;
}

/** Where the text goes. */
export interface PlanTarget {
  kind: 'script' | 'text';
  uri: string;
  /** The prompt replaced, or undefined when a new one is inserted. */
  promptId?: string;
  inserted: boolean;
  /** The consent step replaced or inserted, when the notice has a keypress question. */
  consentId?: string;
}

export type NoticePlan =
  | { ok: true; edits: TextEdit[]; text: string; consent: string | null; seconds: GeneratedNotice['seconds']; notice: GeneratedNotice; target: PlanTarget }
  | { ok: false; refused: string; exit: 1 | 2; roundTrip?: RoundTripFailure };

const refused = (reason: string, exit: 1 | 2 = 1): NoticePlan => ({ ok: false, refused: reason, exit });

/** A `.ivr` quoted string: one line, `"` escaped. */
export function ivrQuoted(text: string): string {
  return `"${text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/"/g, '\\"')}"`;
}

function isIvrScript(path: string, format: string | undefined): boolean {
  return (format === undefined || format === 'ivr') && /\.ivr$/i.test(path);
}

/** The language in force at each step (the last `lang` line before it), or the fallback. */
function langsInForce(script: IvrScript, fallback: string | undefined): (string | undefined)[] {
  let cur: string | undefined;
  return script.steps.map((s) => {
    if (s.kind === 'lang') cur = s.code.toLowerCase().split('-')[0];
    return cur ?? fallback;
  });
}

function lineStart(text: string, offset: number): number {
  let k = offset;
  while (k > 0 && text[k - 1] !== '\n' && text[k - 1] !== '\r') k--;
  return k;
}

function lineEnd(text: string, offset: number): number {
  let k = offset;
  while (k < text.length && text[k] !== '\n' && text[k] !== '\r') k++;
  return k;
}

/** An id not yet used in the script. */
function freshId(script: IvrScript, base: string): string {
  if (!script.prompts.has(base)) return base;
  for (let i = 2; ; i++) if (!script.prompts.has(`${base}-${i}`)) return `${base}-${i}`;
}

/**
 * Plan the notice of one recording in one language: the generated text and the edits that put it in
 * place, or why not (`exit` as the CLI's code).
 */
export function planNotice(req: PlanRequest): NoticePlan {
  const rec = req.recording;
  const ann = rec.announcement;
  if (ann?.script) return planScript(req, rec, ann.script.value, ann.format?.value, ann.prompt?.value);
  return planInline(req, rec);
}

function generated(req: PlanRequest, keys: { accept?: string; refuse?: string }): { ok: true; notice: GeneratedNotice } | { ok: false; plan: NoticePlan } {
  const g = generateNotice({ ...req, acceptKey: keys.accept ?? req.acceptKey, refuseKey: keys.refuse ?? req.refuseKey });
  if (g.ok) return g;
  if ('refusal' in g) return { ok: false, plan: refused(g.refusal.reason, g.refusal.exit) };
  return { ok: false, plan: { ok: false, refused: `the generated ${g.roundTrip.what} does not read back (${g.roundTrip.reason}): a bug in reclint's tables or analyser`, exit: 2, roundTrip: g.roundTrip } };
}

function planScript(req: PlanRequest, rec: Recording, path: string, format: string | undefined, promptId: string | undefined): NoticePlan {
  const name = recordingLabel(rec);
  if (!isIvrScript(path, format)) return refused(`\`${name}\` names the call flow \`${path}\`: reclint writes notices into \`.ivr\` scripts and inline text only; paste the text into the flow`, 2);
  const read = req.readScript(req.policyUri, path);
  if (!read.ok) return refused(`cannot read \`${path}\`: ${read.reason}${read.detail ? ` (${read.detail})` : ''}`, 2);
  const { uri, text } = read;
  const script = parseIvr(uri, text);
  const fallback = req.policy.languages[0]?.value?.toLowerCase();
  const langs = langsInForce(script, fallback);
  const lang = req.lang;
  const extra = lintPhrases(req.policy, req.phrases, lang);
  const readsAsNotice = (s: SayStep): boolean => {
    const a = analyseNotice(s.prompt.text, lang, { controller: req.policy.controller?.value, extraPhrases: extra });
    return a.records || a.denies;
  };
  const stepLang = (i: number): string | undefined => (script.steps[i] as SayStep).lang?.toLowerCase().split('-')[0] ?? langs[i];
  let target: number | undefined;
  if (promptId !== undefined) {
    const i = script.prompts.get(promptId);
    if (i !== undefined && script.steps[i].kind === 'say' && stepLang(i) === lang) target = i;
  }
  if (target === undefined) {
    target = script.steps.findIndex((s, i) => s.kind === 'say' && stepLang(i) === lang && readsAsNotice(s));
    if (target < 0) target = undefined;
  }
  // The consent step right after the notice, in its language, keeps its id and keys.
  const next = target !== undefined ? script.steps[target + 1] : undefined;
  const consentStep = next && next.kind === 'consent' && stepLang(target! + 1) === lang ? (next as ConsentStep) : undefined;
  const g = generated(req, consentStep ? { accept: consentStep.accept, refuse: consentStep.refuse } : {});
  if (!g.ok) return g.plan;
  const n = g.notice;
  const keypress = n.consent?.mechanism === 'ivr-keypress' ? n.consent : undefined;
  const edits: TextEdit[] = [];
  const nl = text.includes('\r\n') ? '\r\n' : '\n';
  let consentId: string | undefined;
  if (target !== undefined) {
    const step = script.steps[target] as SayStep;
    edits.push({ uri, start: step.prompt.span.start, end: step.prompt.span.end, newText: ivrQuoted(n.notice) });
    if (keypress) {
      if (consentStep) {
        edits.push({ uri, start: consentStep.prompt.span.start, end: consentStep.prompt.span.end, newText: ivrQuoted(keypress.text) });
        consentId = consentStep.id;
      } else {
        consentId = freshId(script, `${name}-consent-${lang}`);
        const at = lineEnd(text, step.span.end);
        const indent = /^[ \t]*/.exec(text.slice(lineStart(text, step.span.start)))![0];
        edits.push({ uri, start: at, end: at, newText: `${nl}${indent}consent ${consentId} ${ivrQuoted(keypress.text)} accept=${keypress.accept} refuse=${keypress.refuse}` });
      }
    }
    return { ok: true, edits, text: n.notice, consent: n.consent?.text ?? null, seconds: n.seconds, notice: n, target: { kind: 'script', uri, promptId: step.id, inserted: false, consentId } };
  }
  // No notice in this language: new steps before the first reachable `record start` (one in this language first).
  const reach = reachable(script);
  const starts = script.steps.map((s, i) => ({ s, i })).filter(({ s, i }) => s.kind === 'record' && s.action === 'start' && reach[i]);
  const at = starts.find(({ i }) => langs[i] === lang) ?? starts[0];
  if (!at) return refused(`\`${path}\` has no reachable \`record start\`: reclint does not know where the notice of \`${name}\` goes`);
  const pos = lineStart(text, (at.s as Step).span.start);
  const indent = /^[ \t]*/.exec(text.slice(pos))![0];
  const id = freshId(script, `${name}-notice-${lang}`);
  const lines: string[] = [];
  const other = langs[at.i] !== lang;
  if (other) lines.push(`lang ${lang}`);
  lines.push(`say ${id} ${ivrQuoted(n.notice)}`);
  if (keypress) {
    consentId = freshId(script, `${name}-consent-${lang}`);
    lines.push(`consent ${consentId} ${ivrQuoted(keypress.text)} accept=${keypress.accept} refuse=${keypress.refuse}`);
  }
  if (other && langs[at.i]) lines.push(`lang ${langs[at.i]}`);
  edits.push({ uri, start: pos, end: pos, newText: lines.map((l) => `${indent}${l}${nl}`).join('') });
  return { ok: true, edits, text: n.notice, consent: n.consent?.text ?? null, seconds: n.seconds, notice: n, target: { kind: 'script', uri, promptId: id, inserted: true, consentId } };
}

/** A block scalar's text as `>-`, folded at 100 columns at the given indentation. */
function foldedBlock(value: string, indent: string, nl: string): string {
  const words = value.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    if (cur && indent.length + cur.length + 1 + w.length > 100) {
      lines.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) lines.push(cur);
  return `>-${lines.map((l) => `${nl}${indent}${l}`).join('')}`;
}

function planInline(req: PlanRequest, rec: Recording): NoticePlan {
  const name = recordingLabel(rec);
  const t: EditTarget = { uri: req.policyUri, text: req.policyText };
  const json = /\.json$/i.test(req.policyUri);
  if (req.policy.languages.length > 1) return refused(`\`${name}\` serves ${req.policy.languages.length} languages and has no script: inline \`announcement.text\` holds one language; move the notice into a script (\`announcement.script\`)`);
  const g = generated(req, {});
  if (!g.ok) return g.plan;
  const n = g.notice;
  if (n.consent?.mechanism === 'ivr-keypress') return refused(`\`${name}\` asks consent with a keypress (${n.consentPurposes.map((p) => `\`${p}\``).join(', ')}): inline \`announcement.text\` has no keys; move the notice into a script (\`announcement.script\`) with a \`consent\` step`);
  const nl = req.policyText.includes('\r\n') ? '\r\n' : '\n';
  const edits: TextEdit[] = [];
  const ann = rec.announcement;
  const first = req.policy.languages[0]?.value?.toLowerCase();
  const needsLanguage = first !== req.lang;
  if (ann?.text) {
    const node = ann.text.node;
    const src = req.policyText.slice(node.span.start, node.span.end);
    if (!json && (src.startsWith('>') || src.startsWith('|'))) {
      const contentLine = /\r?\n([ \t]+)\S/.exec(src);
      const keyIndent = /^[ \t]*/.exec(req.policyText.slice(lineStart(req.policyText, ann.text.keySpan.start)))![0];
      const indent = contentLine ? contentLine[1] : `${keyIndent}  `;
      const trailing = /(\r?\n)*$/.exec(src)![0];
      edits.push({ uri: t.uri, start: node.span.start, end: node.span.end, newText: foldedBlock(n.notice, indent, nl) + trailing });
    } else {
      edits.push({ uri: t.uri, start: node.span.start, end: node.span.end, newText: JSON.stringify(n.notice) });
    }
    if (ann.language) {
      if (ann.language.value.toLowerCase() !== req.lang) edits.push(replaceScalar(t, ann.language.node, req.lang));
    } else if (needsLanguage && ann.node.kind === 'map') edits.push(insertEntry(t, ann.node as MapNode, 'language', req.lang));
  } else if (ann && ann.node.kind === 'map') {
    edits.push(insertEntry(t, ann.node as MapNode, 'text', n.notice));
    if (needsLanguage) edits.push(insertEntry(t, ann.node as MapNode, 'language', req.lang));
  } else {
    edits.push(insertEntry(t, rec.node, 'announcement', needsLanguage ? { text: n.notice, language: req.lang } : { text: n.notice }));
  }
  return { ok: true, edits, text: n.notice, consent: n.consent?.text ?? null, seconds: n.seconds, notice: n, target: { kind: 'text', uri: req.policyUri, inserted: !ann?.text } };
}

export type { Policy, NoticeLang };
