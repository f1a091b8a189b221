import { wordsIn } from '../../flows/words';
import type { MapNode } from '../../policy/tree';
import { definePolicyRule, insertKeySuggestion, plain, quote, quotedList, recordingName } from '../kit';

/**
 * A dialplan recording without `announcement.entry` (ivr-formats.md §4.6): which context a call enters
 * is set in the trunk or endpoint configuration, not in the dialplan, so reclint assumes the entries
 * and says which, once per recording, at the `script` value.
 */
export const flowEntryAssumed = definePolicyRule({
  meta: {
    id: 'flow-entry-assumed',
    area: 'files',
    defaultSeverity: 'info',
    legalSource: '',
    description: 'A dialplan recording names no `announcement.entry`: reclint assumes where calls enter it.',
    fixable: false,
    hasSuggestions: true,
    recordings: 'recorded',
    messages: {
      assumed: "{{recording}} does not say where calls enter the dialplan, so reclint assumes {{entries}}. That is set outside the dialplan (in the trunk or endpoint configuration): say which with 'entry: {{first}}'{{more}} under 'announcement'.",
      none: "{{recording}} does not say where calls enter the dialplan, and reclint finds no context to assume. So no path is checked: name the context calls enter under 'announcement.entry'.",
    },
    titles: { add: "Add 'entry: {{entry}}'" },
    parts: { 'entry-one': 'the entry {{name}}', 'entry-many': 'the entries {{names}}', more: ' (or another of them)', assumed: 'assumed entry {{name}}' },
  },
  create(ctx) {
    return {
      recording(rec) {
        const ann = rec.announcement;
        if (!ann?.script || ann.entryPoint) return;
        const a = ctx.announcement(rec);
        if (a.status !== 'ok' || !a.script?.dialplan || a.script.errors.length) return;
        const assumed = a.script.dialplan.assumed;
        const uri = a.scriptUri!;
        const recording = recordingName(ctx, rec);
        if (!assumed.length) {
          ctx.report({ span: ann.script.span, messageId: 'none', data: { recording } });
          return;
        }
        // The details of each entry go to related information.
        const entries = assumed.length === 1 ? ctx.part('entry-one', { name: quote(assumed[0].name) }) : ctx.part('entry-many', { names: quotedList(ctx.locale, assumed.map((e) => e.name)) });
        const map = ann.node.kind === 'map' ? (ann.node as MapNode) : undefined;
        ctx.report({
          span: ann.script.span,
          messageId: 'assumed',
          data: { recording, entries, first: assumed[0].name, more: assumed.length > 1 ? ctx.part('more') : '' },
          related: assumed.slice(0, 10).map((e) => ({ uri, span: e.span, message: `${ctx.part('assumed', { name: quote(e.name) })}${e.detail ? ` (${plain(wordsIn(ctx.locale, e.detail))})` : ''}` })),
          suggestions: map ? assumed.slice(0, 5).flatMap((e) => insertKeySuggestion(ctx.target, map, 'entry', e.name, ctx.title('add', { entry: e.name }))) : [],
        });
      },
    };
  },
});
