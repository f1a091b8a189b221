import type { PolicyRule } from '../types';

export const purposeUnused: PolicyRule = {
  kind: 'policy',
  meta: { id: 'purpose-unused', area: 'announcement', defaultSeverity: 'hint', legalSource: '', description: 'A declared purpose that no use or processor serves (when `uses` is given).', fixable: false },
  check(ctx) {
    for (const rec of ctx.policy.recordings) {
      if (!rec.uses || rec.mode?.value === 'none') continue;
      const used = new Set<string>();
      for (const u of rec.uses) if (u.purpose) used.add(u.purpose.value);
      for (const p of rec.processors) if (p.purpose) used.add(p.purpose.value);
      for (const p of rec.purposes) {
        if (!p.purpose || used.has(p.purpose.value)) continue;
        ctx.report({
          span: p.purpose.span,
          unnecessary: true,
          message: `Purpose \`${p.purpose.value}\` of ${ctx.recordingName(rec)} is declared but no use serves it. Remove it, or list the use under \`uses\`.`,
        });
      }
    }
  },
};
