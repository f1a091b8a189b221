import { didYouMean } from '../../distance';
import { replaceScalar } from '../../policy/edit';
import type { Field } from '../../policy/model';
import { BUILTIN_PURPOSES, isBuiltinPurpose } from '../../vocabulary';
import type { PolicyRule } from '../types';

export const unknownPurpose: PolicyRule = {
  kind: 'policy',
  meta: { id: 'unknown-purpose', area: 'files', defaultSeverity: 'error', legalSource: '', description: 'A purpose id is neither built in nor declared under `custom_purposes`.', fixable: false, hasSuggestions: true },
  check(ctx) {
    const custom = ctx.policy.customPurposes;
    const known = [...BUILTIN_PURPOSES, ...custom.keys()];
    const check = (f: Field<string> | undefined, where: string) => {
      if (!f || isBuiltinPurpose(f.value) || custom.has(f.value)) return;
      const guess = didYouMean(f.value, known);
      const t = { uri: ctx.uri, text: ctx.text };
      ctx.report({
        span: f.span,
        message: `Unknown purpose \`${f.value}\` in ${where}${guess ? ` (did you mean \`${guess}\`?)` : ''}. Use a built-in purpose id or declare it under \`custom_purposes\` with its phrases.`,
        suggestions: guess ? [{ title: `Replace with \`${guess}\``, edits: [replaceScalar(t, f.node, guess)] }] : [],
      });
    };
    for (const rec of ctx.policy.recordings) {
      const name = ctx.recordingName(rec);
      for (const p of rec.purposes) check(p.purpose, `the purposes of ${name}`);
      for (const u of rec.uses ?? []) check(u.purpose, `the uses of ${name}`);
      for (const pr of rec.processors) check(pr.purpose, `the processors of ${name}`);
    }
  },
};
