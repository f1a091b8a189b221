import type { Fix } from '../../findings';
import { insertEntry } from '../../policy/edit';
import type { Retention } from '../../policy/model';
import { durationWords, isBlankNode } from '../kit';
import { missingPurposeKeyRule } from '../missing-key';
import { fillBlank, retentionMap, trimmedMap } from './common';

/** `retention:` written with nothing in it (blank, or a mapping with only `x-*` notes) counts as missing. */
function isEmpty(r: Retention): boolean {
  if (isBlankNode(r.node)) return true;
  const m = retentionMap(r);
  return !!m && m.entries.every((e) => e.key.startsWith('x-'));
}

const STUB = 'P30D';

export const retentionMissing = missingPurposeKeyRule({
  meta: {
    id: 'retention-missing',
    area: 'retention',
    defaultSeverity: 'error',
    legalSource: 'GDPR art. 5(1)(e)',
    description: 'A declared purpose has no `retention`.',
    fixable: false,
    hasSuggestions: true,
    recordings: 'recorded',
    messages: {
      missing: "{{purpose}} has no retention period (GDPR art. 5(1)(e)). Recordings may be kept only as long as the purpose needs: add 'retention' with an 'until' event, a 'max' period, or both.",
    },
    titles: { add: 'Add a retention of at most {{period}} (adjust it to what this purpose needs)', max: "Set 'max' to {{period}} (adjust it to what this purpose needs)" },
  },
  key: 'retention',
  emptyEntry: (p) => (p.retention && isEmpty(p.retention) ? p.retention.entry : undefined),
  suggestions(ctx, p) {
    const t = ctx.target;
    const r = p.retention;
    let fix: Fix;
    if (!r) {
      fix = { title: ctx.title('add', { period: durationWords(ctx, STUB) }), edits: [insertEntry(t, trimmedMap(ctx.text, p.node), 'retention', { max: STUB })] };
    } else {
      const m = retentionMap(r);
      fix = {
        title: ctx.title('max', { period: durationWords(ctx, STUB) }),
        edits: [m ? insertEntry(t, trimmedMap(ctx.text, m), 'max', STUB) : fillBlank(t, r.node, `{ max: ${STUB} }`, `{ "max": "${STUB}" }`)],
      };
    }
    return [fix];
  },
});
