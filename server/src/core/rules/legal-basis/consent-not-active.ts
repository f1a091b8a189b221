import type { RelatedLocation } from '../../findings';
import { entry } from '../../policy/tree';
import type { Span } from '../../text';
import type { PolicyRule } from '../types';
import { basisOf, cap, purposeAnchor, purposeName, recorded } from './common';

export const consentNotActive: PolicyRule = {
  kind: 'policy',
  meta: {
    id: 'consent-not-active',
    area: 'legal-basis',
    defaultSeverity: 'error',
    legalSource: 'GDPR art. 4(11), 7',
    description: '`consent` is the basis, but it is not obtained by an active act (implied, unstated, or an IVR keypress the script never asks for).',
    fixable: false,
  },
  check(ctx) {
    for (const rec of recorded(ctx)) {
      for (const p of rec.purposes) {
        if (basisOf(p) !== 'consent') continue;
        const who = purposeName(ctx, rec, p);
        const mech = p.consentMechanism;
        if (mech?.value === 'implied') {
          ctx.report({
            span: mech.span,
            messageId: 'implied',
            message: `${cap(who)} relies on \`implied\` consent: consent must be a clear, active act of the caller (art. 4(11), 7 GDPR), and silence or staying on the line is not. Ask for consent actively (\`ivr-keypress\`, \`verbal\` or \`written\`) or choose another basis.`,
          });
          continue;
        }
        if (!mech) {
          const consentEntry = entry(p.node, 'consent');
          // Absent or empty `mechanism`: at that key, else at `consent`, else at the purpose (rules.md: nearest node).
          const mechEntry = consentEntry && consentEntry.value.kind === 'map' ? entry(consentEntry.value, 'mechanism') : undefined;
          if (mechEntry && !(mechEntry.value.kind === 'scalar' && mechEntry.value.value === null)) continue; // a non-text value: the schema reports it
          const span: Span = mechEntry ? mechEntry.keySpan : consentEntry ? consentEntry.keySpan : purposeAnchor(rec, p);
          ctx.report({
            span,
            messageId: 'no-mechanism',
            message: `${cap(who)} rests on \`consent\` but does not say how it is obtained: consent counts only when the caller gives it by an active act (art. 4(11), 7 GDPR). Set \`consent.mechanism\` to \`ivr-keypress\`, \`verbal\` or \`written\`.`,
          });
          continue;
        }
        if (mech.value !== 'ivr-keypress') continue;
        const a = ctx.announcement(rec);
        if (a.status !== 'ok' || a.via !== 'script' || !a.script || !a.scriptUri) continue;
        if (a.script.steps.some((s) => s.kind === 'consent')) continue;
        const scriptPath = rec.announcement?.script?.value ?? a.scriptUri;
        const related: RelatedLocation[] = a.notices.length > 0
          ? [{ uri: a.scriptUri, span: a.notices[0].span, message: `the recording notice in \`${scriptPath}\`; the script asks no \`consent\` question` }]
          : [{ uri: a.scriptUri, span: { start: 0, end: 0 }, message: `\`${scriptPath}\` has no \`consent\` step` }];
        ctx.report({
          span: mech.span,
          messageId: 'no-consent-step',
          message: `${cap(who)} relies on \`ivr-keypress\` consent, but the script \`${scriptPath}\` asks no \`consent\` question, so no caller can give it (art. 4(11), 7 GDPR). Add a \`consent\` step (accept and refuse keys) before recording starts, or choose another basis.`,
          related,
        });
      }
    }
  },
};
