import type { RelatedLocation } from '../../findings';
import { appendToSeq } from '../../policy/edit';
import { isRecorded } from '../../announcement';
import { cap, definePolicyRule, quote, recordingLabel } from '../kit';
import { word } from '../../i18n/words';
import type { PolicyContext, Texts } from '../types';

export const transcriptsExcludedFromAccess = definePolicyRule({
  meta: {
    id: 'transcripts-excluded-from-access',
    area: 'people',
    defaultSeverity: 'warning',
    legalSource: 'GDPR art. 15(3)',
    description: 'Recordings are transcribed, but `subject_rights.access.includes` leaves transcripts out.',
    fixable: true,
    recordings: 'recorded',
    messages: {
      excluded: "{{who}} transcribed, but what callers get on access leaves the transcripts out (GDPR art. 15(3)). The right of access covers a copy of all personal data, transcripts too: add 'transcripts' to 'subject_rights.access.includes'.",
    },
    titles: { add: "Add 'transcripts' to 'includes'" },
    parts: { one: '{{name}} is', many: '{{n}} recordings are', made: 'transcripts of {{name}} are made here' },
  },
  create(ctx) {
    return { policy: () => check(ctx) };
  },
});

/** One finding per policy: `includes` is policy-wide, the transcribed recordings are its related places. */
function check(ctx: PolicyContext<'excluded'> & Texts<'add', 'one' | 'many' | 'made'>): void {
  const transcribed = ctx.policy.recordings.filter((r) => isRecorded(r) && r.transcripts?.value === true);
  if (transcribed.length === 0) return;
  // Only a written `includes` list can leave transcripts out; without one (or without `access`, which
  // subject-access-undefined reports) nothing says what is handed over.
  const inc = ctx.policy.subjectAccessIncludes;
  if (!inc || inc.node.kind !== 'seq') return;
  const listed = inc.node.items.some((it) => it.kind === 'scalar' && typeof it.value === 'string' && /^transcripts?$/i.test(it.value.trim()));
  if (listed) return;
  const names = transcribed.map((r) => (r.id ? quote(r.id.value) : word(ctx.locale, 'recording.n', { n: r.index + 1 })));
  // The recordings are named in related information, each at its `transcripts`.
  const who = names.length === 1 ? ctx.part('one', { name: cap(recordingLabel(ctx, transcribed[0])) }) : ctx.part('many', { n: names.length });
  const related: RelatedLocation[] = transcribed.map((r, i) => ({ uri: ctx.uri, span: r.transcripts!.span, message: ctx.part('made', { name: names[i] }) }));
  ctx.report({
    span: inc.span,
    messageId: 'excluded',
    data: { who },
    related,
    fix: { title: ctx.title('add'), edits: [appendToSeq(ctx.target, inc.node, 'transcripts')] },
  });
}
