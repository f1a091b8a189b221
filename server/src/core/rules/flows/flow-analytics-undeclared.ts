import { appendMapItem } from '../../policy/edit';
import { usedPurposes } from '../../policy/model';
import { asSeq } from '../../policy/tree';
import { definePolicyRule, plain, quotedList, recordingAnchor, recordingName } from '../kit';
import { listOf } from '../../i18n/words';
import { wordsIn } from '../../flows/words';
import { declaredIds } from '../announcement/shared';
import { flowAnalytics } from './analytics';


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
      undeclared: 'The flow processes calls for {{missing}}, which {{recording}} does not declare (GDPR art. 5(1)(b), 13(1)(c)). It turns this on: {{what}}; that has no stated purpose or legal basis, and callers are not told of it. Declare {{missing}} for {{recording}}, or turn the setting off.',
      stream: "The flow sends the call audio to a receiver {{recording}} does not name (GDPR art. 13(1)(e), 28). It turns this on: {{what}}. Add the receiver under 'processors' with its purpose and agreement, or stop the stream.",
    },
    titles: { declare: "Declare '{{purpose}}' under 'purposes'" },
    parts: { declares: '{{recording}} declares {{purposes}}', 'declares-none': '{{recording}} declares no purpose' },
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
        const name = recordingName(ctx, rec);
        const related = [{ uri: ctx.uri, span: rec.id?.span ?? recordingAnchor(rec), message: declared.length ? ctx.part('declares', { recording: name, purposes: quotedList(ctx.locale, declared) }) : ctx.part('declares-none', { recording: name }) }];
        const bySpan = new Map<string, { uri: string; span: { start: number; end: number }; what: string[]; missing: Set<string>; stream: boolean }>();
        for (const s of settings) {
          const key = `${s.uri ?? ''}\u0000${s.span.start}:${s.span.end}`;
          const g = bySpan.get(key) ?? { uri: s.uri ?? a.scriptUri, span: s.span, what: [], missing: new Set<string>(), stream: false };
          if (s.kind === 'stream') {
            if (rec.processors.length > 0 || covered.has('publication')) continue;
            g.stream = true;
          } else if (!covered.has(NEEDS[s.kind])) g.missing.add(NEEDS[s.kind]);
          else continue;
          const said = wordsIn(ctx.locale, s.what);
          if (!g.what.includes(said)) g.what.push(said);
          bySpan.set(key, g);
        }
        const seq = asSeq(rec.purposesField?.node);
        for (const g of bySpan.values()) {
          const what = listOf(ctx.locale, g.what.map(plain));
          if (g.missing.size) {
            const missing = [...g.missing];
            const suggestions = seq && (seq.items.length === 0 || seq.items[0].kind === 'map')
              ? missing.map((p) => ({ title: ctx.title('declare', { purpose: p }), edits: [appendMapItem(ctx.target, seq, { purpose: p, legal_basis: 'TODO', retention: { max: 'TODO' } })] }))
              : [];
            ctx.report({ uri: g.uri, span: g.span, messageId: 'undeclared', data: { what, missing: quotedList(ctx.locale, missing), recording: name }, related, suggestions });
          } else if (g.stream) {
            ctx.report({ uri: g.uri, span: g.span, messageId: 'stream', data: { what, recording: name }, related });
          }
        }
      },
    };
  },
});
