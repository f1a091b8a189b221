import type { RelatedLocation } from '../../findings';
import { appendToSeq } from '../../policy/edit';
import { isRecorded } from '../../announcement';
import { definePolicyRule } from '../kit';
import type { PolicyContext } from '../types';

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
      excluded: '{{who}} transcribed, but `subject_rights.access.includes` leaves transcripts out: the right of access covers a copy of all personal data, transcripts too (art. 15(3) GDPR). Add `transcripts` to `includes`.',
    },
  },
  create(ctx) {
    return { policy: () => check(ctx) };
  },
});

/** One finding per policy: `includes` is policy-wide, the transcribed recordings are its related places. */
function check(ctx: PolicyContext<'excluded'>): void {
  const transcribed = ctx.policy.recordings.filter((r) => isRecorded(r) && r.transcripts?.value === true);
  if (transcribed.length === 0) return;
  // Only a written `includes` list can leave transcripts out; without one (or without `access`, which
  // subject-access-undefined reports) nothing says what is handed over.
  const inc = ctx.policy.subjectAccessIncludes;
  if (!inc || inc.node.kind !== 'seq') return;
  const listed = inc.node.items.some((it) => it.kind === 'scalar' && typeof it.value === 'string' && /^transcripts?$/i.test(it.value.trim()));
  if (listed) return;
  const names = transcribed.map((r) => (r.id ? `\`${r.id.value}\`` : `recording ${r.index + 1}`));
  const who = names.length === 1 ? `Recording ${names[0]} is` : `Recordings ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]} are`;
  const related: RelatedLocation[] = transcribed.map((r) => ({ uri: ctx.uri, span: r.transcripts!.span, message: `transcripts of ${r.id ? `\`${r.id.value}\`` : `recording ${r.index + 1}`} are made here` }));
  ctx.report({
    span: inc.span,
    messageId: 'excluded',
    data: { who },
    related,
    fix: { title: 'Add `transcripts` to `includes`', edits: [appendToSeq(ctx.target, inc.node, 'transcripts')] },
  });
}
