/**
 * The Stage 2 readers on their own (ivr-formats.md §5.4–§5.7, §7): recognition, positions through YAML
 * decoding, the steps each format's nodes become, and the syntax checks of each reader.
 */
import { strict as assert } from 'node:assert';
import { readFlow } from '../../../src/core/flows/read';
import { wordsIn } from '../../../src/core/flows/words';
import { findTranscript } from '../../../src/core/flows/transcripts';
import type { IvrScript, SayStep, Step } from '../../../src/core/ivr/model';

function flow(uri: string, text: string, format?: Parameters<typeof readFlow>[2]): IvrScript {
  const r = readFlow(uri, text, format);
  assert.ok(r.ok, r.ok ? '' : wordsIn('en', r.detail));
  return r.script;
}
const says = (s: IvrScript) => s.steps.filter((x): x is SayStep => x.kind === 'say');
const kinds = (s: IvrScript) => s.steps.map((x: Step) => x.kind);
const at = (text: string, span: { start: number; end: number }) => text.slice(span.start, span.end);

const archy = (body: string) => `inboundCall:\n  name: Test\n  defaultLanguage: nl-nl\n  startUpRef: "/inboundCall/menus/menu[m]"\n${body}`;

describe('stage-2 readers: Genesys Architect (Archy YAML)', () => {
  it('recognised by its one voice flow type with startUpRef or initialGreeting; message flows and other YAML are not-a-script', () => {
    assert.equal(flow('f.yaml', archy('  menus: []\n')).format, 'archy');
    assert.equal(flow('f.yml', 'outboundCall:\n  initialGreeting:\n    tts: Hallo\n').format, 'archy');
    const mail = readFlow('m.yaml', 'inboundEmail:\n  name: x\n  startUpRef: ./tasks/task[a]\n');
    assert.equal(mail.ok, false);
    assert.match(mail.ok ? '' : wordsIn('en', mail.detail), /takes no calls/);
    assert.equal(readFlow('c.yaml', 'name: x\nsteps: []\n').ok, false);
    assert.equal(readFlow('p.recording-policy.yaml', archy('')).ok, false, 'a policy is never a flow');
  });

  it('YAML scalars decode with their offsets: double quotes with escapes, single quotes, folded blocks', () => {
    const text = archy('  initialGreeting:\n    tts: "Welkom \\"bij\\" ons\\u00e9"\n  menus:\n    - menu:\n        refId: m\n        audio:\n          tts: \'it\'\'s\'\n        choices: []\n  tasks:\n    - task:\n        refId: t\n        actions:\n          - playAudio:\n              audio:\n                tts: >-\n                  Dit gesprek wordt\n                  opgenomen.\n');
    const [g, m, t] = says(flow('f.yaml', text));
    assert.equal(g.prompt.text, 'Welkom "bij" onsé');
    assert.equal(text.slice(g.prompt.sourceOffsets[7], g.prompt.sourceOffsets[8]), '\\"');
    assert.equal(text.slice(g.prompt.sourceOffsets[16], g.prompt.sourceOffsets[17]), '\\u00e9');
    assert.equal(m.prompt.text, "it's");
    assert.equal(m.interruptible, 'a key press', 'menu audio takes keys');
    assert.equal(t.prompt.text, 'Dit gesprek wordt opgenomen.');
    assert.equal(text.slice(t.prompt.sourceOffsets[18], t.prompt.sourceOffsets[18] + 9), 'opgenomen');
    assert.equal(g.lang, 'nl');
  });

  it('menus branch on dtmf; transfers, decisions and jumps; exp audio is wholly dynamic; Prompt.x is audio with key x', () => {
    const text = archy([
      '  menus:',
      '    - menu:',
      '        refId: m',
      '        audio:',
      '          exp: Append(ToAudioTTS("Hallo"), Flow.x)',
      '        choices:',
      '          - menuJumpToTask:',
      '              dtmf: digit_star',
      '              targetTaskRef: ./tasks/task[t]',
      '          - menuTransferToAcd:',
      '              dtmf: digit_1',
      '              preTransferAudio:',
      '                prompt: Prompt.opname',
      '  tasks:',
      '    - task:',
      '        refId: t',
      '        actions:',
      '          - decision:',
      '              condition:',
      '                exp: Flow.vip',
      '              outputs:',
      '                yes:',
      '                  actions:',
      '                    - transferToAcd:',
      '                        targetQueue:',
      '                          lit:',
      '                            name: VIP',
      '                no:',
      '                  actions:',
      '                    - disconnect:',
      '                        name: weg',
      '          - setWrapupCode:',
      '              name: a',
      '          - setWrapupCode:',
      '              name: b',
      '          - jumpToMenu:',
      '              targetMenuRef: /inboundCall/menus/menu[nergens]',
      '',
    ].join('\n'));
    const s = flow('f.yaml', text);
    const [exp, audio] = says(s);
    assert.deepEqual(exp.dynamic, [{ start: 0, end: exp.prompt.text.length, expr: exp.prompt.text }]);
    assert.equal(audio.source, 'audio');
    assert.equal(audio.audio, 'opname');
    const menu = s.steps.find((x) => x.kind === 'menu');
    assert.deepEqual(menu?.kind === 'menu' && menu.options.map((o) => o.key), ['*', '1']);
    assert.deepEqual(s.unknownTypes?.map((u) => u.type), ['setWrapupCode'], 'listed once per file');
    const ext = s.steps.filter((x) => x.kind === 'external');
    assert.deepEqual(ext.map((x) => x.kind === 'external' && at(text, x.targetSpan)), ['/inboundCall/menus/menu[nergens]']);
    assert.ok(kinds(s).includes('branch') && kinds(s).includes('hangup') && kinds(s).includes('transfer'));
  });

  it('a duplicate key or a YAML error is flow-syntax at its place', () => {
    const dup = flow('f.yaml', archy('  menus: []\n  menus: []\n'));
    assert.equal(dup.errors.length, 1);
    assert.equal(dup.errors[0].span.start, archy('  menus: []\n').length + 2);
    const bad = flow('f.yaml', 'inboundCall:\n  startUpRef: "x\n');
    assert.equal(bad.errors.length, 1);
  });
});

describe('stage-2 readers: Asterisk extensions.conf', () => {
  const conf = (s: string) => flow('extensions.conf', s);
  it('recognised by a [context] line and an exten line; AEL is another language', () => {
    assert.equal(conf('[a]\nexten => s,1,Answer()\n').format, 'asterisk');
    assert.equal(readFlow('extensions.ael', '[a]\nexten => s,1,Answer()\n').ok, false);
    assert.equal(readFlow('x.conf', '[general]\nstatic=yes\n').ok, false);
  });

  it('one node per priority, labels and n priorities; Playback files each a prompt at the file name; Background then a menu of one-key extensions', () => {
    const text = '[in]\nexten => s,1,Answer() ; pick up\n same => n(menu),Background(a/welkom&a/keuze)\n same => n,WaitExten(5)\nexten => 1,1,Playback(a/een)\nexten => 23,1,Hangup()\nexten => i,1,Goto(s,menu)\nexten => h,1,Hangup()\n';
    const s = conf(text);
    assert.deepEqual(says(s).map((p) => [at(text, p.anchor!), p.interruptible]), [['a/welkom', 'a key press'], ['a/keuze', 'a key press'], ['a/een', undefined]]);
    const menus = s.steps.filter((x) => x.kind === 'menu');
    assert.deepEqual(menus.map((m) => m.kind === 'menu' && m.options.map((o) => o.key)), [['1'], ['1']]);
    assert.deepEqual(s.nodes!.map((n) => n.id), ['in,s,1', 'menu', 'in,s,3', 'in,1,1', 'in,23,1', 'in,i,1', 'in,h,1']);
    assert.deepEqual(s.comments.map((c) => c.text), [' pick up']);
    assert.deepEqual(s.dialplan!.assumed.map((e) => e.name), ['in']);
  });

  it('recording: MixMonitor now or armed by b, StopMixMonitor, Record is caller audio, Dial x/X/w/W on demand, A(x:y) plays x to staff', () => {
    const text = '[in]\nexten => s,1,MixMonitor(a.wav)\n same => n,MixMonitor(b.wav,b)\n same => n,StopMixMonitor()\n same => n,Record(msg.wav)\n same => n,Dial(PJSIP/x,20,tX)\n same => n,Dial(PJSIP/y,20,A(beep:hallo))\n same => n,Queue(q)\n';
    const s = conf(text);
    const rec = s.steps.filter((x) => x.kind === 'record').map((x) => x.kind === 'record' && `${x.action} ${x.what ?? 'call'} ${x.timing ?? 'now'}${x.onDemand ? ' on-demand' : ''}`);
    assert.deepEqual(rec, ['start call now', 'start call on-bridge', 'stop call now', 'start caller-audio now', 'start call now on-demand']);
    assert.deepEqual(says(s).map((p) => [p.audio, p.audience ?? 'customer']), [['beep', 'staff'], ['hallo', 'customer']]);
    assert.equal(s.steps.filter((x) => x.kind === 'transfer').length, 3);
  });

  it('Goto, GotoIf (a branch), Gosub and Return; computed and undefined targets are external', () => {
    const text = '[in]\nexten => s,1,Gosub(sub,s,1)\n same => n,GotoIf($[${X} = 1]?ok:in2,s,1)\n same => n(ok),Goto(${DEST},1)\n same => n,Goto(elders,s,1)\n[sub]\nexten => s,1,Playback(melding)\n same => n,Return()\n';
    const s = conf(text);
    assert.deepEqual(s.steps.filter((x) => x.kind === 'external').map((x) => x.kind === 'external' && at(text, x.targetSpan)), ['in2,s,1', '${DEST},1', 'elders,s,1']);
    const ret = s.steps.findIndex((x) => x.kind === 'node' && x.label === 'Return');
    const gotoIf = s.steps.findIndex((x) => x.kind === 'branch');
    assert.ok(s.edges![ret].includes(s.nodes!.find((n) => n.id === 'in,s,2')!.first), 'Return goes back after the Gosub');
    assert.ok(gotoIf > 0);
    assert.deepEqual(s.dialplan!.assumed.map((e) => e.name), ['in'], 'a context entered only by Gosub is no call entry');
  });

  it('a line that is no dialplan line, or unbalanced parentheses, is flow-syntax at that line', () => {
    const bad = conf('[in]\nexten => s,1,Answer()\nthis is wrong\n');
    assert.equal(bad.errors[0].span.start, '[in]\nexten => s,1,Answer()\n'.length);
    const paren = conf('[in]\nexten => s,1,Playback(a\n');
    assert.match(paren.errors[0].message, /parentheses/);
    assert.equal(conf('[globals]\nFOO=bar\n[in]\nexten => s,1,Answer()\n;-- a\nblock --;\nexten => _X.,1,Hangup()\n').errors.length, 0);
  });

  it('Set(CHANNEL(language)=…) gives the language of the prompts after it', () => {
    const s = conf('[in]\nexten => s,1,Set(CHANNEL(language)=de)\n same => n,Playback(x)\n');
    assert.equal(says(s)[0].lang, 'de');
  });
});

describe('stage-2 readers: transcript lists', () => {
  it('name: text lines with their language; a bad line and a second name are errors, the rest counts', () => {
    const text = '; comment\nlang: nl\nmenu/welkom: Welkom bij ons.\nwhat is this\nmenu/welkom: twice\nmenu/opname:   Dit gesprek wordt opgenomen.  \n';
    const s = flow('sounds.txt', text, 'transcripts');
    assert.equal(s.format, 'transcripts');
    assert.equal(s.transcriptLang, 'nl');
    assert.deepEqual(says(s).map((p) => p.prompt.text), ['Welkom bij ons.', 'Dit gesprek wordt opgenomen.']);
    assert.deepEqual(s.errors.map((e) => at(text, e.span)), ['what is this', 'menu/welkom']);
    assert.equal(at(text, says(s)[1].prompt.span), 'Dit gesprek wordt opgenomen.');
  });

  it('lookup: as written, without extension, last segment; the prompt language first, then lists without one; the folder gives the language', () => {
    const nl = flow('sounds/nl/a.txt', 'acme/opname: NL tekst\n', 'transcripts');
    const en = flow('lists/en.txt', 'lang: en\nopname: EN text\n', 'transcripts');
    const none = flow('lists/all.txt', 'https-only: x\nopname: any\n', 'transcripts');
    assert.equal(nl.transcriptLang, 'nl');
    assert.equal(none.transcriptLang, undefined);
    assert.equal(findTranscript([nl, en, none], 'acme/opname.wav', 'nl')?.step.prompt.text, 'NL tekst');
    assert.equal(findTranscript([nl, en, none], 'https://x.example/audio/opname.mp3?v=1', 'en-GB')?.step.prompt.text, 'EN text');
    assert.equal(findTranscript([nl, en, none], 'opname', 'fr')?.step.prompt.text, 'any');
    assert.equal(findTranscript([nl, en], 'other', 'nl'), undefined);
  });
});

describe('stage-2 readers: VoiceXML', () => {
  const vxml = (body: string, lang = 'en-GB') => `<?xml version="1.0"?>\n<vxml version="2.1" xmlns="http://www.w3.org/2001/vxml" xml:lang="${lang}">\n${body}\n</vxml>\n`;
  it('recognised by the root vxml (its namespace or none); the entry is the first form or menu', () => {
    const s = flow('a.vxml', vxml('<form id="a"><block><prompt>Hi</prompt></block></form><form id="b"/>'));
    assert.equal(s.format, 'vxml');
    assert.deepEqual(s.entries, [s.labels.get('a')]);
    assert.equal(readFlow('a.xml', '<vxml xmlns="urn:other"><form/></vxml>').ok, false);
  });

  it('prompt text through entities and SSML; <value expr> is a dynamic range at the expression; audio fallback is its text; bare block text is a prompt', () => {
    const text = vxml('<form id="f"><block>Hello <value expr="name"/>, this call is recorded &amp; kept.<prompt><emphasis>Press</emphasis> one<break/>now.</prompt><prompt><audio src="notice.wav">We record calls.</audio></prompt><prompt><audio src="x.wav"/></prompt></block></form>');
    const [bare, ssml, fb, audio] = says(flow('a.vxml', text));
    assert.equal(bare.prompt.text, 'Hello name, this call is recorded & kept.');
    assert.deepEqual(bare.dynamic, [{ start: 6, end: 10, expr: 'name' }]);
    assert.equal(text.slice(bare.prompt.sourceOffsets[6], bare.prompt.sourceOffsets[9] + 1), 'name');
    assert.equal(text.slice(bare.prompt.sourceOffsets[34], bare.prompt.sourceOffsets[35]), '&amp;');
    assert.equal(ssml.prompt.text, 'Press one now.');
    assert.equal(fb.source, 'audio');
    assert.equal(fb.prompt.text, 'We record calls.');
    assert.equal(audio.source, 'audio');
    assert.equal(audio.prompt.text, '');
    assert.equal(at(text, audio.anchor!), 'x.wav');
    assert.equal(bare.lang, 'en');
  });

  it('barge-in: interruptible unless bargein="false" on the prompt or a bargein property in scope', () => {
    const s = flow('a.vxml', vxml('<property name="bargein" value="false"/><form id="f"><block><prompt>A</prompt><prompt bargein="true">B</prompt></block></form><menu id="m"><property name="bargein" value="true"/><prompt bargein="false">C</prompt><prompt>D</prompt><choice dtmf="1" next="#f">x</choice></menu>'));
    assert.deepEqual(says(s).map((p) => [p.prompt.text, !!p.interruptible]), [['A', false], ['B', true], ['C', false], ['D', true]]);
  });

  it('menus by dtmf (or 1-9 with dtmf="true"); goto #id is an edge, another document or an expr is external; <if> is a branch; <record> is caller audio', () => {
    const text = vxml('<menu id="m" dtmf="true"><prompt>Choose.</prompt><choice next="#a">a</choice><choice next="b.vxml">b</choice><choice expr="dest">c</choice></menu><form id="a"><block><if cond="x"><goto next="#m"/><else/><disconnect/></if></block><record name="msg"/></form>');
    const s = flow('a.vxml', text);
    const menu = s.steps.find((x) => x.kind === 'menu');
    assert.deepEqual(menu?.kind === 'menu' && menu.options.map((o) => o.key), ['1', '2', '3']);
    assert.deepEqual(s.steps.filter((x) => x.kind === 'external').map((x) => x.kind === 'external' && at(text, x.targetSpan)), ['b.vxml', 'dest']);
    assert.ok(s.steps.some((x) => x.kind === 'branch'));
    assert.ok(s.steps.some((x) => x.kind === 'record' && x.what === 'caller-audio'));
    assert.ok(s.edges![menu ? s.steps.indexOf(menu) : 0].includes(s.labels.get('a')!));
  });

  it('recordutterance arms the first recognising item of its scope, pointing back at the property value', () => {
    const text = vxml('<form id="f"><property name="recordutterance" value="true"/><field name="one"><prompt>Say one.</prompt></field><field name="two"/></form>');
    const s = flow('a.vxml', text);
    const rec = s.steps.filter((x) => x.kind === 'record');
    assert.equal(rec.length, 1);
    assert.ok(rec[0].kind === 'record' && rec[0].what === 'utterances' && at(text, rec[0].actionSpan) === 'field' && rec[0].armedBy && at(text, rec[0].armedBy.span) === 'true');
  });
});

describe('stage-2 readers: FreeSWITCH XML dialplans', () => {
  const fs = (body: string) => `<include>\n  <context name="c">\n${body}\n  </context>\n</include>\n`;
  const ext = (name: string, expr: string, actions: string, extra = '') => `<extension name="${name}"${extra}><condition field="destination_number" expression="${expr}">${actions}</condition></extension>`;
  it('recognised by include or document holding contexts of extensions', () => {
    assert.equal(flow('a.xml', fs(ext('e', '^1$', '<action application="answer"/>'))).format, 'freeswitch');
    assert.equal(flow('a.xml', '<document type="freeswitch/xml"><section name="dialplan"><context name="x"><extension name="e"/></context></section></document>').format, 'freeswitch');
  });

  it('playback (file or say:), speak (engine|voice|text), play_and_get_digits (sixth argument); interruptible unless playback_terminators=none before', () => {
    const text = fs(ext('e', '^1$', '<action application="playback" data="ivr/welcome.wav"/><action application="speak" data="flite|slt|Calls are recorded &amp; kept."/><action application="set" data="playback_terminators=none"/><action application="playback" data="say:We record ${x}."/><action application="play_and_get_digits" data="1 1 3 5000 # \'say:Press one.\' silence_stream://250 d \\d"/>'));
    const p = says(flow('a.xml', text));
    assert.deepEqual(p.map((x) => [x.source, x.prompt.text, !!x.interruptible]), [['audio', '', true], ['tts', 'Calls are recorded & kept.', true], ['tts', 'We record ${x}.', false], ['tts', 'Press one.', true]]);
    assert.equal(at(text, p[0].anchor!), 'ivr/welcome.wav');
    assert.equal(at(text, p[1].anchor!), 'Calls are recorded &amp; kept.');
    assert.deepEqual(p[2].dynamic?.map((d) => d.expr), ['${x}']);
  });

  it('recording: record_session now, execute_on_answer arms on-bridge, stop_record_session, record is caller audio; bridge connects', () => {
    const s = flow('a.xml', fs(ext('e', '^1$', '<action application="set" data="execute_on_answer=record_session /tmp/x.wav"/><action application="record_session" data="/tmp/y.wav"/><action application="stop_record_session" data="all"/><action application="record" data="/tmp/m.wav"/><action application="bridge" data="user/1000"/>')));
    assert.deepEqual(s.steps.filter((x) => x.kind === 'record').map((x) => x.kind === 'record' && `${x.action} ${x.what ?? 'call'} ${x.timing ?? 'now'}`), ['start call on-bridge', 'start call now', 'stop call now', 'start caller-audio now']);
    assert.ok(s.steps.some((x) => x.kind === 'transfer'));
  });

  it('transfer hunts by destination_number, first match unless continue; ${var} tried with "" 0-9 * #; no match or no context is external', () => {
    const text = fs([
      ext('main', '^100$', '<action application="transfer" data="opt-${d} XML c"/><action application="transfer" data="999 XML c"/><action application="transfer" data="1 XML other"/>'),
      ext('one', '^opt-1$', '<action application="hangup"/>', ' continue="true"'),
      ext('any', '^opt-', '<action application="hangup"/>'),
      ext('never', '^opt-1$', '<action application="hangup"/>'),
    ].join('\n'));
    const s = flow('a.xml', text);
    const hunted = s.steps.findIndex((x) => x.kind === 'node' && x.label === 'transfer');
    const targets = s.edges![hunted].map((i) => s.nodes!.find((n) => n.first === i)?.id).filter(Boolean);
    assert.deepEqual(targets.sort(), ['any', 'one']);
    assert.deepEqual(s.steps.filter((x) => x.kind === 'external').map((x) => x.kind === 'external' && x.target), ['999 XML c', '1 XML other']);
    assert.deepEqual(s.dialplan!.assumed.map((e) => [e.name, e.detail && wordsIn('en', e.detail)]), [['c', 'extensions `main`, `never`']]);
    assert.deepEqual(s.dialplan!.resolve('c,100')?.length, 1);
    assert.equal(s.dialplan!.resolve('nope'), undefined);
  });

  it('a condition on another field is a branch: actions and anti-actions', () => {
    const s = flow('a.xml', fs('<extension name="e"><condition field="destination_number" expression="^1$"/><condition field="${vip}" expression="^true$"><action application="bridge" data="user/1"/><anti-action application="hangup"/></condition></extension>'));
    const br = s.steps.find((x) => x.kind === 'branch');
    assert.ok(br && br.kind === 'branch' && br.conditions.length === 2);
  });
});

describe('stage-2 readers: announcement.format', () => {
  it('names each stage-2 reader, over the content and the extension; a mismatch is not-a-script', () => {
    assert.equal(flow('flow.txt', 'inboundCall:\n  initialGreeting:\n    tts: Hi\n', 'archy').format, 'archy');
    assert.equal(flow('dialplan', '[in]\nexten => s,1,Answer()\n', 'asterisk').format, 'asterisk');
    assert.equal(flow('a.xml', '<vxml><form/></vxml>', 'vxml').format, 'vxml');
    assert.equal(flow('a.vxml', '<include><context name="c"><extension name="e"/></context></include>', 'freeswitch').format, 'freeswitch');
    const wrong = readFlow('a.xml', '<vxml><form/></vxml>', 'freeswitch');
    assert.equal(wrong.ok, false);
    assert.match(wrong.ok ? '' : wordsIn('en', wrong.detail), /root element `<vxml>` is no FreeSWITCH dialplan/);
  });
});

describe('stage-2 readers: node ids for `announcement.prompt`', () => {
  it('a VoiceXML dialog id names the prompts of its items; an item name its own', () => {
    const s = flow('a.vxml', '<vxml><form id="f"><block><prompt>A</prompt></block><field name="q"><prompt>B</prompt></field></form><menu id="m"><prompt>C</prompt></menu></vxml>');
    const prompts = (id: string) => s.nodes!.find((n) => n.id === id)!.prompts.map((i) => (s.steps[i] as SayStep).prompt.text);
    assert.deepEqual(prompts('f'), ['A', 'B']);
    assert.deepEqual(prompts('q'), ['B']);
    assert.deepEqual(prompts('m'), ['C']);
  });
  it('an Archy task refId names the prompts of its actions; an action name its own', () => {
    const s = flow('f.yaml', 'inboundCall:\n  startUpRef: ./tasks/task[t]\n  tasks:\n    - task:\n        refId: t\n        actions:\n          - playAudio:\n              name: een\n              audio:\n                tts: A\n          - playAudio:\n              name: twee\n              audio:\n                tts: B\n');
    const prompts = (id: string) => s.nodes!.find((n) => n.id === id)!.prompts.map((i) => (s.steps[i] as SayStep).prompt.text);
    assert.deepEqual(prompts('t'), ['A', 'B']);
    assert.deepEqual(prompts('twee'), ['B']);
  });
});
