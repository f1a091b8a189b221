/**
 * "Write the notice from the declared purposes (nl)": the notice generator (core/notice/write.ts) as a
 * code action, one per language that needs it, on the findings a new notice answers; a suggestion that
 * rewrites what callers hear, so never part of fix-all. The edit is planned when the client asks for
 * actions, on the texts as they are then; a refusal comes back as a disabled action with its reason.
 */
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver/node';
import { isPolicyUri } from '../core/engine';
import { text as catalogText } from '../core/i18n/catalog';
import type { Finding, TextEdit } from '../core/findings';
import { GENERATOR_LANGS } from '../core/notice/generate';
import { planNotice } from '../core/notice/write';
import type { NoticeLang } from '../core/notice/types';
import type { Recording } from '../core/policy/model';
import { parsePolicyForQuery, recordingAt } from '../core/query/context';
import { canon } from './uris';
import type { Workspace } from './workspace';

/** The findings a notice written from the declared purposes resolves (notice-generator.md §10). */
export const NOTICE_RULES = new Set(['announcement-missing', 'announcement-no-recording-mention', 'purpose-not-announced', 'vague-purpose', 'announced-purpose-undeclared', 'announcement-language-missing', 'consent-not-active']);

/** The language a finding is about, when it names one (`… the Dutch (nl) notice`, a missing language). */
function languageOf(f: Finding): string | undefined {
  // The notice's language as data (`lang`), whatever language the message is in; older findings said it in `where`.
  const code = f.data?.lang;
  if (typeof code === 'string' && code !== '') return code;
  const where = f.data?.where;
  const m = typeof where === 'string' ? /\(([a-z]{2,3})\) notice/.exec(where) : undefined;
  if (m) return m[1];
  return f.ruleId === 'announcement-language-missing' && typeof f.data?.language === 'string' ? f.data.language : undefined;
}

export type WriteEdit = (edits: TextEdit[], own: string) => Pick<CodeAction, 'edit' | 'command'>;

/** Where the action was asked: a finding, or (refactor) a place in a recording's `announcement`. */
export interface NoticeTarget {
  /** In the asked file: the recording is the one there (a policy), or the finding's subject (a script). */
  offset: number;
  finding?: Finding;
  diagnostic?: Diagnostic;
  kind: string;
}

/** The actions for one finding: the policy and recording it is about, one action per language. */
export function writeNoticeActions(ws: Workspace, uri: string, finding: Finding, d: Diagnostic, seen: Set<string>, toEdit: WriteEdit): CodeAction[] {
  return noticeActions(ws, uri, { offset: finding.span.start, finding, diagnostic: d, kind: CodeActionKind.QuickFix }, seen, toEdit);
}

/**
 * Asked on a recording's `announcement` without a finding (notice-generator.md §10): the same action
 * as a rewrite, when the policy has the recording there.
 */
export function rewriteNoticeActions(ws: Workspace, uri: string, offset: number, seen: Set<string>, toEdit: WriteEdit): CodeAction[] {
  if (!isPolicyUri(uri)) return [];
  const text = ws.textOf(uri)?.text;
  const rec = text === undefined ? undefined : recordingAt(parsePolicyForQuery(text).policy, offset);
  const node = rec?.announcement?.entry;
  if (!node || offset < node.keySpan.start || offset > node.value.span.end) return [];
  return noticeActions(ws, uri, { offset, kind: CodeActionKind.RefactorRewrite }, seen, toEdit);
}

function noticeActions(ws: Workspace, uri: string, at: NoticeTarget, seen: Set<string>, toEdit: WriteEdit): CodeAction[] {
  const finding = at.finding;
  const policyUris = isPolicyUri(uri) ? [uri] : ws.readersOf(uri);
  const out: CodeAction[] = [];
  for (const policyUri of policyUris) {
    const text = ws.textOf(policyUri)?.text;
    if (text === undefined) continue;
    const policy = parsePolicyForQuery(text).policy;
    if (!policy) continue;
    const rec: Recording | undefined = isPolicyUri(uri)
      ? recordingAt(policy, at.offset)
      : policy.recordings.find((r) => r.id?.value === finding?.subject?.recording);
    if (!rec) continue;
    const asked = finding ? languageOf(finding) : undefined;
    const langs = (asked ? [asked] : policy.languages.map((l) => l.value)).filter((l): l is NoticeLang => (GENERATOR_LANGS as readonly string[]).includes(l));
    const o = ws.options(policyUri);
    const nc = ws.noticeConfig(policyUri);
    for (const lang of langs) {
      const key = `${policyUri}#${rec.index}#${lang}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const title = catalogText(ws.locale, 'action.writeNotice', { lang });
      const plan = planNotice({
        policy,
        recording: rec,
        lang,
        policyUri,
        policyText: text,
        readScript: (from, rel) => {
          const r = ws.readScript(from, rel);
          if (!r.ok) return r;
          // An open script: its text as the editor has it.
          return { ok: true, uri: r.uri, text: ws.textOf(canon(r.uri))?.text ?? r.text };
        },
        controllerName: nc.controller_name,
        configPrivacyUrl: nc.privacy_url,
        moreKey: nc.more_key,
        phrases: o.phrases,
        jurisdiction: o.forceJurisdiction ?? o.jurisdiction,
      });
      if (!plan.ok) {
        const refused: CodeAction = { title, kind: at.kind, ...(at.diagnostic ? { diagnostics: [at.diagnostic] } : {}), disabled: { reason: plan.refused } };
        out.push(refused);
        continue;
      }
      const action: CodeAction = { title, kind: at.kind, ...(at.diagnostic ? { diagnostics: [at.diagnostic] } : {}), ...toEdit(plan.edits, uri) };
      out.push(action);
    }
  }
  return out;
}
