import { isIsoDuration, toIsoDuration } from '../../duration';
import { replaceScalar } from '../../policy/edit';
import type { Field } from '../../policy/model';
import { INDEFINITE_WORDS } from '../../vocabulary';
import { definePolicyRule } from '../kit';

export const invalidDuration = definePolicyRule({
  meta: {
    id: 'invalid-duration',
    area: 'files',
    defaultSeverity: 'error',
    legalSource: '',
    description: '`max` or `buffer_retention` is not an ISO 8601 duration.',
    fixable: true,
    recordings: 'all',
    replaces: ['schema'],
    messages: { 'not-iso': '`{{key}}` must be an ISO 8601 duration such as `P30D`, `P3M`, `P2Y` or `PT2H`; got `{{value}}`{{meaning}}.' },
  },
  create(ctx) {
    const check = (f: Field<string> | undefined, key: string) => {
      if (!f || isIsoDuration(f.value) || INDEFINITE_WORDS.has(f.value.trim().toLowerCase())) return;
      const iso = toIsoDuration(f.value);
      ctx.report({
        span: f.span,
        messageId: 'not-iso',
        data: { key, value: f.value, meaning: iso ? ` (that is \`${iso}\`)` : '' },
        fix: iso ? { title: `Replace \`${f.value}\` with \`${iso}\``, edits: [replaceScalar(ctx.target, f.node, iso)] } : undefined,
      });
    };
    return {
      trigger: (tr) => check(tr.max, 'max'),
      recording: (rec) => check(rec.bufferRetention, 'buffer_retention'),
      purpose: (p) => check(p.retention?.max, 'max'),
    };
  },
});
