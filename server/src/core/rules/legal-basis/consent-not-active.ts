import type { RelatedLocation } from '../../findings';
import { entry } from '../../policy/tree';
import type { Span } from '../../text';
import { cap, definePolicyRule, purposeAnchor, purposeName } from '../kit';
import { basisOf } from './common';

export const consentNotActive = definePolicyRule({
  meta: {
    id: 'consent-not-active',
    area: 'legal-basis',
    defaultSeverity: 'error',
    legalSource: 'GDPR art. 4(11), 7',
    description: '`consent` is the basis, but it is not obtained by an active act (implied, unstated, or an IVR keypress the script never asks for).',
    fixable: false,
    recordings: 'recorded',
    replaces: ['schema'],
    messages: {
      implied: "{{purpose}} relies on implied consent, which is no valid consent (GDPR art. 4(11), 7). Consent must be a clear, active act; silence or staying on the line is not: ask for it by key press, verbally or in writing, or choose another basis.",
      'no-mechanism': "{{purpose}} does not say how the caller gives consent (GDPR art. 4(11), 7). Consent counts only as an active act: set 'consent.mechanism' to 'ivr-keypress', 'verbal' or 'written'.",
      'no-consent-step': "{{purpose}} uses key-press consent the script never asks for (GDPR art. 4(11), 7). Add a 'consent' step (accept and refuse keys) to '{{script}}' before recording starts, or choose another basis.",
    },
    parts: {
      'notice-no-step': "the recording notice in '{{script}}'; the script asks no 'consent' question",
      'no-step': "'{{script}}' has no 'consent' step",
    },
  },
  create(ctx) {
    return {
      purpose(p, rec) {
        if (basisOf(p) !== 'consent') return;
        const purpose = cap(purposeName(ctx, rec, p));
        const mech = p.consentMechanism;
        if (mech?.value === 'implied') {
          ctx.report({ span: mech.span, messageId: 'implied', data: { purpose } });
          return;
        }
        if (!mech) {
          const consentEntry = entry(p.node, 'consent');
          // Absent or empty `mechanism`: at that key, else at `consent`, else at the purpose (rules.md: nearest node).
          const mechEntry = consentEntry && consentEntry.value.kind === 'map' ? entry(consentEntry.value, 'mechanism') : undefined;
          if (mechEntry && !(mechEntry.value.kind === 'scalar' && mechEntry.value.value === null)) return; // a non-text value: the schema reports it
          const span: Span = mechEntry ? mechEntry.keySpan : consentEntry ? consentEntry.keySpan : purposeAnchor(rec, p);
          ctx.report({ span, messageId: 'no-mechanism', data: { purpose } });
          return;
        }
        if (mech.value !== 'ivr-keypress') return;
        const a = ctx.announcement(rec);
        if (a.status !== 'ok' || a.via !== 'script' || !a.script || !a.scriptUri) return;
        if (a.script.steps.some((s) => s.kind === 'consent')) return;
        const script = rec.announcement?.script?.value ?? a.scriptUri;
        const related: RelatedLocation[] = a.notices.length > 0
          ? [{ uri: a.scriptUri, span: a.notices[0].span, message: ctx.part('notice-no-step', { script }) }]
          : [{ uri: a.scriptUri, span: { start: 0, end: 0 }, message: ctx.part('no-step', { script }) }];
        ctx.report({ span: mech.span, messageId: 'no-consent-step', data: { purpose, script }, related });
      },
    };
  },
});
