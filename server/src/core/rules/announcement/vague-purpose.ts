import { packFor } from '../../notice/lang/registry';
import { canonicalPurposePhrase } from '../../notice/purposes';
import { definePolicyRule, quotedList } from '../kit';
import { callerWords, declaredIds } from './shared';

export const vaguePurpose = definePolicyRule({
  meta: {
    id: 'vague-purpose',
    area: 'announcement',
    defaultSeverity: 'warning',
    legalSource: 'GDPR art. 12(1), 13(1)(c)',
    description: 'The notice relies on a vague phrase such as "quality purposes" or "internal purposes".',
    fixable: false,
    hasSuggestions: true,
    recordings: 'all',
    messages: {
      vague: "'{{words}}' does not tell callers what the recordings are used for (GDPR art. 12(1), 13(1)(c)). Say what they are used for{{example}}.",
    },
    titles: { replace: "Replace '{{words}}' with '{{phrases}}'" },
    parts: { example: ', e.g. {{phrases}}' },
  },
  create(ctx) {
    const seen = new Set<string>();
    return {
      notice(n, rec) {
        const declared = [...declaredIds(rec)];
        for (const v of n.analysis!.vaguePhrases) {
          const span = n.toSource(v.start, v.end);
          const key = `${n.uri}:${span.start}:${span.end}`;
          if (seen.has(key)) continue;
          seen.add(key);
          // Suggest the declared purposes the notice does not name yet, written in its language; not
          // inside a hyphenated list ("trainings- en kwaliteitsdoeleinden"), where a swap would garble it.
          const named = new Set(n.analysis!.purposes.filter((p) => !p.vague).map((p) => p.id));
          const missing = declared.filter((id) => !named.has(id));
          const pack = packFor(n.lang);
          const said = declared.map((id) => callerWords(n.lang, id)).filter((x): x is string => !!x).slice(0, 3);
          const phrases = pack ? missing.map((id) => canonicalPurposePhrase(id, pack.code)).filter((x): x is string => !!x) : [];
          const inEllipsis = /-\s*$/.test(v.text) || (pack !== undefined && afterEllipsis(n.text.slice(Math.max(0, v.start - 12), v.start), pack.lexicon.coordinators));
          const suggestions = !inEllipsis && phrases.length && phrases.length === missing.length
            ? [{ title: ctx.title('replace', { words: v.text, phrases: phrases.join(', ') }), edits: [{ uri: n.uri, start: span.start, end: span.end, newText: phrases.join(', ') }] }]
            : [];
          ctx.report({
            uri: n.uri,
            span,
            messageId: 'vague',
            // What to say instead, in the caller's words (the notice's language), never the purpose ids.
            data: { words: v.text, example: said.length ? ctx.part('example', { phrases: quotedList(ctx.locale, said, 'or') }) : '' },
            suggestions,
          });
        }
      },
    };
  },
});

/** The text before a vague phrase ends in a hyphen ellipsis and a coordinator ("trainings- en "). */
function afterEllipsis(before: string, coordinators: readonly string[]): boolean {
  const m = /-\s+([\p{L}]+)\s+$/u.exec(before);
  return m !== null && coordinators.some((c) => c.toLowerCase() === m[1].toLowerCase());
}
