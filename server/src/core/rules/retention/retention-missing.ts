import type { Fix } from '../../findings';
import { insertEntry } from '../../policy/edit';
import type { Retention } from '../../policy/model';
import { isBlankNode } from '../kit';
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
      missing: '{{purpose}} has no `retention`: recordings may be kept only as long as the purpose needs (storage limitation, art. 5(1)(e) GDPR). Add `retention` with an `until` trigger, a `max` duration, or both.',
    },
  },
  key: 'retention',
  emptyEntry: (p) => (p.retention && isEmpty(p.retention) ? p.retention.entry : undefined),
  suggestions(ctx, p) {
    const t = ctx.target;
    const r = p.retention;
    let fix: Fix;
    if (!r) {
      fix = { title: `Add \`retention: { max: ${STUB} }\` (choose the period this purpose needs)`, edits: [insertEntry(t, trimmedMap(ctx.text, p.node), 'retention', { max: STUB })] };
    } else {
      const m = retentionMap(r);
      fix = {
        title: `Set \`max: ${STUB}\` (choose the period this purpose needs)`,
        edits: [m ? insertEntry(t, trimmedMap(ctx.text, m), 'max', STUB) : fillBlank(t, r.node, `{ max: ${STUB} }`, `{ "max": "${STUB}" }`)],
      };
    }
    return [fix];
  },
});
