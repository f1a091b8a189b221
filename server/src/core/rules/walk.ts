/**
 * Runs rules: one walk over a policy (or a script) that calls every rule's visitors, each call guarded;
 * reports made into findings from the rule's message table; generic findings a rule replaces dropped.
 * The order is documented in types.ts. The engine builds the contexts.
 */
import { isRecorded, type RecordingAnnouncement } from '../announcement';
import { docsUrlFor, type Finding } from '../findings';
import type { IvrScript } from '../ivr/model';
import type { Policy, Recording } from '../policy/model';
import { ruleMessage } from '../i18n/catalog';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale';
import { formatMessage, noticesToRead, plain } from './kit';
import { RULES } from './index';
import type { MessageData, PolicyContext, PolicyRule, PolicyVisitors, Report, RuleMeta, ScriptContext, ScriptRule } from './types';

/** Called once per rule and file when the rule throws; the rule is not called again for that file. */
export type OnRuleError = (meta: RuleMeta, error: unknown) => void;

interface Live<V> {
  meta: RuleMeta;
  visitors: V;
  /** For policy rules: whether it sees `mode: none` recordings. */
  all: boolean;
  failed: boolean;
}

type Visit<V, K extends keyof V> = NonNullable<V[K]> extends (...args: infer A) => void ? A : never;

/** The rules that have visitor `k`, and a guarded call of it. */
function dispatcher<V>(live: Live<V>[], onError: OnRuleError) {
  return <K extends keyof V>(k: K) => {
    const withIt = live.filter((l) => typeof l.visitors[k] === 'function');
    const run = (args: Visit<V, K>, rec?: Recording) => {
      const recorded = rec === undefined || isRecorded(rec);
      for (const l of withIt) {
        if (l.failed || (!recorded && !l.all)) continue;
        try {
          (l.visitors[k] as (...a: Visit<V, K>) => void).apply(l.visitors, args);
        } catch (e) {
          l.failed = true;
          onError(l.meta, e);
        }
      }
    };
    return Object.assign(run, { wanted: (rec: Recording) => withIt.some((l) => !l.failed && (l.all || isRecorded(rec))) });
  };
}

function start<C, V>(meta: RuleMeta, create: (ctx: C) => V, ctx: C, all: boolean, onError: OnRuleError): Live<V> | undefined {
  try {
    return { meta, visitors: create(ctx), all, failed: false };
  } catch (e) {
    onError(meta, e);
    return undefined;
  }
}

export function runPolicyRules(
  rules: readonly PolicyRule[],
  policy: Policy,
  contextFor: (rule: PolicyRule) => PolicyContext,
  announcement: (rec: Recording) => RecordingAnnouncement,
  onError: OnRuleError,
  /** Told which recording the visitors are on (undefined outside `recordings`), for findings' `subject`. */
  visiting?: (rec: Recording | undefined) => void,
): void {
  const live = rules
    .map((r) => start(r.meta, (ctx: PolicyContext) => r.create(ctx), contextFor(r), r.meta.recordings === 'all', onError))
    .filter((l): l is Live<PolicyVisitors> => !!l);
  const on = dispatcher(live, onError);
  const onPolicy = on('policy');
  const onTrigger = on('trigger');
  const onRecording = on('recording');
  const onPurpose = on('purpose');
  const onUse = on('use');
  const onProcessor = on('processor');
  const onNotice = on('notice');

  onPolicy([policy]);
  for (const tr of policy.triggers.values()) onTrigger([tr]);
  for (const rec of policy.recordings) {
    visiting?.(rec);
    onRecording([rec], rec);
    for (const p of rec.purposes) onPurpose([p, rec], rec);
    for (const u of rec.uses ?? []) onUse([u, rec], rec);
    for (const p of rec.processors) onProcessor([p, rec], rec);
    if (!onNotice.wanted(rec)) continue;
    const a = announcement(rec);
    for (const n of noticesToRead(a)) onNotice([n, rec, a], rec);
  }
  visiting?.(undefined);
}

export function runScriptRules(rules: readonly ScriptRule[], script: IvrScript, contextFor: (rule: ScriptRule) => ScriptContext, onError: OnRuleError): void {
  const live = rules.map((r) => start(r.meta, (ctx: ScriptContext) => r.create(ctx), contextFor(r), true, onError)).filter((l): l is Live<ReturnType<ScriptRule['create']>> => !!l);
  dispatcher(live, onError)('script')([script]);
}

/**
 * A report made into a finding: the message is the rule's template for `messageId` in `locale`, filled
 * from `data`. Messages, related information and titles are plain text: what other modules put into
 * them in Markdown code spans (a reader's detail, a parser's problem) reads 'quoted' instead.
 */
export function findingOf(meta: RuleMeta, uri: string, r: Report, locale: Locale = DEFAULT_LOCALE): Finding {
  const english = meta.messages[r.messageId];
  if (english === undefined) throw new Error(`rule \`${meta.id}\` has no message \`${r.messageId}\``);
  const template = locale === DEFAULT_LOCALE ? english : ruleMessage(locale, meta.id, r.messageId, english);
  return {
    ruleId: meta.id,
    severity: r.severity ?? meta.defaultSeverity,
    message: plain(formatMessage(template, r.data)),
    messageId: r.messageId,
    data: r.data && plainData(r.data),
    uri: r.uri ?? uri,
    span: r.span ?? r.node.span,
    legalSource: meta.legalSource,
    docsUrl: docsUrlFor(meta.id),
    related: r.related ? r.related.map((x) => (x.message.includes('`') ? { ...x, message: plain(x.message) } : x)) : [],
    fix: r.fix && plainTitle(r.fix),
    suggestions: r.suggestions ? r.suggestions.map(plainTitle) : [],
    unnecessary: r.unnecessary,
  };
}

function plainData(d: MessageData): MessageData {
  for (const k in d) {
    const v = d[k];
    if (typeof v === 'string' && v.includes('`')) return Object.fromEntries(Object.entries(d).map(([key, x]) => [key, typeof x === 'string' ? plain(x) : x]));
  }
  return d;
}

function plainTitle<F extends { title: string }>(f: F): F {
  return f.title.includes('`') ? { ...f, title: plain(f.title) } : f;
}

/** Per generic rule (`schema`): the rules whose finding replaces it on the same node (`meta.replaces`). */
const REPLACED_BY = new Map<string, Set<string>>();
for (const r of RULES) for (const g of r.meta.replaces ?? []) REPLACED_BY.set(g, (REPLACED_BY.get(g) ?? new Set()).add(r.meta.id));

/** Drop the generic findings that a dedicated rule's finding replaces on the same node. */
export function dropReplaced(findings: Finding[]): Finding[] {
  let out = findings;
  for (const [generic, by] of REPLACED_BY) {
    const taken = new Set(out.filter((f) => by.has(f.ruleId)).map((f) => `${f.uri}:${f.span.start}`));
    if (taken.size) out = out.filter((f) => f.ruleId !== generic || !taken.has(`${f.uri}:${f.span.start}`));
  }
  return out;
}
