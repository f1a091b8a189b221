import type { SayStep } from '../../ivr/model';
import { nodeOfStep } from '../../ivr/describe';
import { sayOutOfGather } from '../announcement/twiml-move';
import { definePolicyRule } from '../kit';

const HOW: Record<string, string> = {
  twiml: 'play the notice in a `<Say>` before the `<Gather>`',
  connect: 'play the notice in a Play prompt (`MessageParticipant`) before the input block',
  studio: 'play the notice in a Say/Play widget before the Gather widget',
  vxml: 'give its `<prompt>` `bargein="false"` (or play it in a `<block>` before the menu with a `bargein` property `false`)',
  freeswitch: 'set `playback_terminators=none` in the extension before the notice',
  asterisk: 'play the notice with `Playback` before the menu, not in `Background` or `Read`',
  archy: 'play the notice in `initialGreeting` or in a `playAudio` action before the menu',
};

/** A notice that a key press or speech can cut off (ivr-formats.md §4.3): it still counts as heard. */
export const noticeInterruptible = definePolicyRule({
  meta: {
    id: 'notice-interruptible',
    area: 'announcement',
    defaultSeverity: 'warning',
    legalSource: 'GDPR art. 12(1), 13',
    description: 'A notice prompt can be cut off by a key press or speech, so callers may not hear it in full.',
    fixable: false,
    hasSuggestions: true,
    recordings: 'recorded',
    messages: {
      interruptible: '{{cut}} can cut this notice off, so a caller may not hear in full that the call is recorded and why (art. 12(1) and 13 GDPR). To make sure it is heard, {{how}}.',
    },
  },
  create(ctx) {
    return {
      recording(rec) {
        const a = ctx.announcement(rec);
        if (a.status !== 'ok' || !a.script || !a.scriptUri || !a.script.format || a.script.format === 'ivr') return;
        const nodeOf = nodeOfStep(a.script);
        const text = ctx.scriptText(a.scriptUri);
        const steps = new Set(a.noticeSteps ?? a.notices.filter((n) => n.analysis?.records).map((n) => n.stepIndex!));
        for (const i of [...steps].sort((x, y) => x - y)) {
          const s = a.script.steps[i] as SayStep | undefined;
          if (!s || s.kind !== 'say' || !s.interruptible) continue;
          // The file that holds the notice: the script's own, or another file of its flow set.
          const fileUri = s.uri ?? a.scriptUri;
          const fileText = s.uri ? ctx.scriptText(s.uri) : text;
          const cut = s.interruptible.charAt(0).toUpperCase() + s.interruptible.slice(1);
          const node = nodeOf(i);
          const move = a.script.format === 'twiml' && fileText !== undefined && node ? sayOutOfGather(fileText, fileUri, node.span.start) : undefined;
          // VoiceXML: barge-in off on the notice's own `<prompt>` (a suggestion: the caller can no longer skip it).
          const bi = a.script.format === 'vxml' ? s.bargeIn : undefined;
          const bargeIn = bi ? { title: 'Set `bargein="false"` on the notice\'s `<prompt>`', edits: [bi.value ? { uri: fileUri, start: bi.value.start, end: bi.value.end, newText: 'false' } : { uri: fileUri, start: bi.nameEnd, end: bi.nameEnd, newText: ' bargein="false"' }] } : undefined;
          const suggestions = move ? [move] : bargeIn ? [bargeIn] : [];
          ctx.report({ uri: fileUri, span: s.anchor ?? s.prompt.span, messageId: 'interruptible', data: { cut, how: HOW[a.script.format] ?? 'play the notice before the menu' }, suggestions });
        }
      },
    };
  },
});
