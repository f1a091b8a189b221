import type { MapNode } from '../../policy/tree';
import { definePolicyRule, insertKeySuggestion } from '../kit';

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
      assumed: 'Which context calls enter is set outside the dialplan (the trunk or endpoint configuration), and {{recording}} does not say: reclint assumes {{entries}}. Say where calls enter with `entry: {{first}}`{{more}} under `announcement`.',
      none: 'Which context calls enter is set outside the dialplan, and {{recording}} does not say; reclint finds no context it could assume, so no path of the dialplan is checked. Say where calls enter with `entry: <context>` under `announcement`.',
    },
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
        const recording = ctx.recordingName(rec);
        if (!assumed.length) {
          ctx.report({ span: ann.script.span, messageId: 'none', data: { recording } });
          return;
        }
        const names = assumed.map((e) => `\`${e.name}\`${e.detail ? ` (${e.detail})` : ''}`);
        const entries = names.length === 1 ? `the entry ${names[0]}` : `the entries ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
        const map = ann.node.kind === 'map' ? (ann.node as MapNode) : undefined;
        ctx.report({
          span: ann.script.span,
          messageId: 'assumed',
          data: { recording, entries, first: assumed[0].name, more: assumed.length > 1 ? ' (or another of them)' : '' },
          related: assumed.slice(0, 10).map((e) => ({ uri, span: e.span, message: `assumed entry \`${e.name}\`${e.detail ? ` (${e.detail})` : ''}` })),
          suggestions: map ? assumed.slice(0, 5).flatMap((e) => insertKeySuggestion(ctx.target, map, 'entry', e.name, `Add \`entry: ${e.name}\``)) : [],
        });
      },
    };
  },
});
