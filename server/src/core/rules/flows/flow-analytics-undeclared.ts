import { appendMapItem } from '../../policy/edit';
import { usedPurposes } from '../../policy/model';
import { asSeq } from '../../policy/tree';
import { codeList, definePolicyRule, recordingAnchor } from '../kit';
import { declaredIds } from '../announcement/shared';
import { flowAnalytics } from './analytics';

/** `a`, `b` and `c`. */
const and = (xs: string[]) => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);

const NEEDS = { 'speech-analytics': 'speech-analytics', 'text-sentiment': 'emotion-recognition' } as const;

/** The flow turns on analytics or a stream that the recording's purposes do not cover (ivr-formats.md §4.5). */
export const flowAnalyticsUndeclared = definePolicyRule({
  meta: {
    id: 'flow-analytics-undeclared',
    area: 'announcement',
    defaultSeverity: 'error',
    legalSource: 'GDPR art. 5(1)(b), 13(1)(c)',
    description: 'The flow enables speech analytics, sentiment or an audio stream that the recording\'s purposes, uses and processors do not cover.',
    fixable: false,
    hasSuggestions: true,
    recordings: 'recorded',
    messages: {
      undeclared: 'The flow turns this on: {{what}}. That is processing for {{missing}}, which {{recording}} does not declare, so it has no stated purpose or legal basis and callers are not told of it (art. 5(1)(b) and 13(1)(c) GDPR). Declare {{missing}} for {{recording}}, or turn the setting off.',
      stream: 'The flow turns this on: {{what}}. The audio leaves the platform, but {{recording}} names no processor that receives it (nor `publication`), so who gets the calls is not stated (art. 13(1)(e) and 28 GDPR). Add the receiver under `processors` with its purpose and agreement, or stop the stream.',
    },
  },
  create(ctx) {
    return {
      recording(rec) {
        const a = ctx.announcement(rec);
        if (a.status !== 'ok' || !a.scriptUri) return;
        const settings = flowAnalytics(a);
        if (!settings.length) return;
        const covered = new Set<string>([...declaredIds(rec), ...usedPurposes(rec).map((f) => f.value)]);
        const declared = [...declaredIds(rec)];
        const related = [{ uri: ctx.uri, span: rec.id?.span ?? recordingAnchor(rec), message: `${ctx.recordingName(rec)} declares ${declared.length ? codeList(declared) : 'no purpose'}` }];
        const bySpan = new Map<string, { uri: string; span: { start: number; end: number }; what: string[]; missing: Set<string>; stream: boolean }>();
        for (const s of settings) {
          const key = `${s.uri ?? ''}\u0000${s.span.start}:${s.span.end}`;
          const g = bySpan.get(key) ?? { uri: s.uri ?? a.scriptUri, span: s.span, what: [], missing: new Set<string>(), stream: false };
          if (s.kind === 'stream') {
            if (rec.processors.length > 0 || covered.has('publication')) continue;
            g.stream = true;
          } else if (!covered.has(NEEDS[s.kind])) g.missing.add(NEEDS[s.kind]);
          else continue;
          if (!g.what.includes(s.what)) g.what.push(s.what);
          bySpan.set(key, g);
        }
        const seq = asSeq(rec.purposesField?.node);
        for (const g of bySpan.values()) {
          const what = and(g.what);
          if (g.missing.size) {
            const missing = [...g.missing];
            const suggestions = seq && (seq.items.length === 0 || seq.items[0].kind === 'map')
              ? missing.map((p) => ({ title: `Declare \`${p}\` under \`purposes\``, edits: [appendMapItem(ctx.target, seq, { purpose: p, legal_basis: 'TODO', retention: { max: 'TODO' } })] }))
              : [];
            ctx.report({ uri: g.uri, span: g.span, messageId: 'undeclared', data: { what, missing: and(missing.map((m) => `\`${m}\``)), recording: ctx.recordingName(rec) }, related, suggestions });
          } else if (g.stream) {
            ctx.report({ uri: g.uri, span: g.span, messageId: 'stream', data: { what, recording: ctx.recordingName(rec) }, related });
          }
        }
      },
    };
  },
});
