import { isIsoDuration, toIsoDuration } from '../../duration';
import { replaceScalar } from '../../policy/edit';
import type { Field } from '../../policy/model';
import { INDEFINITE_WORDS } from '../../vocabulary';
import type { PolicyRule } from '../types';

export const invalidDuration: PolicyRule = {
  kind: 'policy',
  meta: { id: 'invalid-duration', area: 'files', defaultSeverity: 'error', legalSource: '', description: '`max` or `buffer_retention` is not an ISO 8601 duration.', fixable: true },
  check(ctx) {
    const t = { uri: ctx.uri, text: ctx.text };
    const check = (f: Field<string> | undefined, key: string) => {
      if (!f || isIsoDuration(f.value) || INDEFINITE_WORDS.has(f.value.trim().toLowerCase())) return;
      const iso = toIsoDuration(f.value);
      ctx.report({
        span: f.span,
        message: `\`${key}\` must be an ISO 8601 duration such as \`P30D\`, \`P3M\`, \`P2Y\` or \`PT2H\`; got \`${f.value}\`${iso ? ` (that is \`${iso}\`)` : ''}.`,
        fix: iso ? { title: `Replace \`${f.value}\` with \`${iso}\``, edits: [replaceScalar(t, f.node, iso)] } : undefined,
      });
    };
    for (const tr of ctx.policy.triggers.values()) check(tr.max, 'max');
    for (const rec of ctx.policy.recordings) {
      check(rec.bufferRetention, 'buffer_retention');
      for (const p of rec.purposes) check(p.retention?.max, 'max');
    }
  },
};
