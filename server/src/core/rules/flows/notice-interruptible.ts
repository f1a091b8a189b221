import type { SayStep } from '../../ivr/model';
import { nodeOfStep } from '../../ivr/describe';
import { sayOutOfGather } from '../announcement/twiml-move';
import { cap, definePolicyRule, plain } from '../kit';

/** How to make a notice heard in full, per format. */
const HOW = {
  twiml: "play the notice in a '<Say>' before the '<Gather>'",
  connect: "play the notice in a Play prompt ('MessageParticipant') before the input block",
  studio: 'play the notice in a Say/Play widget before the Gather widget',
  vxml: "give its '<prompt>' 'bargein=\"false\"' (or play it in a '<block>' before the menu with a 'bargein' property 'false')",
  freeswitch: "set 'playback_terminators=none' in the extension before the notice",
  asterisk: "play the notice with 'Playback' before the menu, not in 'Background' or 'Read'",
  archy: "play the notice in 'initialGreeting' or in a 'playAudio' action before the menu",
  other: 'play the notice before the menu',
} as const;
/** What can cut a notice off, as the flow readers say it, in the message's words. */
const CUT = {
  'a key press': 'cut-key',
  'a key press or speech': 'cut-key-speech',
  speech: 'cut-speech',
  'a key press or speech (barge-in)': 'cut-barge-in',
  'the `*` key (the default `playback_terminators`)': 'cut-star',
} as const;
const has = <O extends object>(o: O, k: string): k is Extract<keyof O, string> => Object.prototype.hasOwnProperty.call(o, k);

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
      interruptible: '{{cut}} can cut this notice off, so a caller may not hear all of it (GDPR art. 12(1), 13). Callers must hear that and why the call is recorded: to make sure they do, {{how}}.',
    },
    titles: { gather: "Play the notice before the '<Gather>', where no key cuts it off", 'barge-in': "Set 'bargein=\"false\"' on the notice's '<prompt>'" },
    parts: {
      ...HOW,
      'cut-key': 'A key press',
      'cut-key-speech': 'A key press or speech',
      'cut-speech': 'Speech',
      'cut-barge-in': 'A key press or speech (barge-in)',
      'cut-star': "The '*' key (the default 'playback_terminators')",
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
          const cut = has(CUT, s.interruptible) ? ctx.part(CUT[s.interruptible]) : cap(plain(s.interruptible));
          const node = nodeOf(i);
          const move = a.script.format === 'twiml' && fileText !== undefined && node ? sayOutOfGather(fileText, fileUri, node.span.start, ctx.title('gather')) : undefined;
          // VoiceXML: barge-in off on the notice's own `<prompt>` (a suggestion: the caller can no longer skip it).
          const bi = a.script.format === 'vxml' ? s.bargeIn : undefined;
          const bargeIn = bi ? { title: ctx.title('barge-in'), edits: [bi.value ? { uri: fileUri, start: bi.value.start, end: bi.value.end, newText: 'false' } : { uri: fileUri, start: bi.nameEnd, end: bi.nameEnd, newText: ' bargein="false"' }] } : undefined;
          const suggestions = move ? [move] : bargeIn ? [bargeIn] : [];
          ctx.report({ uri: fileUri, span: s.anchor ?? s.prompt.span, messageId: 'interruptible', data: { cut, how: ctx.part(has(HOW, a.script.format) ? a.script.format : 'other') }, suggestions });
        }
      },
    };
  },
});
