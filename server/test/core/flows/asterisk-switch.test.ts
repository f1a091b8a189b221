/**
 * Asterisk `switch =>` (ivr-formats.md §5.5 lists the line; what it means is not specified): a context
 * with a switch hands the extensions it does not define to another server, which reclint cannot see.
 * The context is kept; what is reached only through the switch is unknown: one `flow-target-unresolved`
 * info at the switch, a Goto to an undefined extension names the switch, a menu's keys may go there, and
 * an `entry` naming such an extension enters the switch. Never an error or a warning from it.
 */
import { strict as assert } from 'node:assert';
import { readFlow } from '../../../src/core/flows/read';
import { wordsIn } from '../../../src/core/flows/words';
import type { IvrScript } from '../../../src/core/ivr/model';
import { lintFiles, show } from '../../helpers';

const P = 'p.recording-policy.yaml';
const policy = (entry: string) => `policy: 1\ncontroller: Acme\nlanguages: [en]\nsubject_rights:\n  access: { includes: [recordings], procedure: https://acme.example/access }\nrecordings:\n  - id: line\n    employees_informed: true\n    mode: all\n    announcement:\n      script: extensions.conf\n      entry: ${entry}\n    purposes:\n      - purpose: staff-training\n        legal_basis: consent\n        consent: { mechanism: verbal }\n        retention: { max: P3M }\n    access: { roles: [coaching] }\n`;
const NOTICE = 'Festival(This call is recorded for training purposes.)';
/** Every finding as "file rule L:C-L:C messageId". */
const findings = (conf: string, entry = 'in') => {
  const { findings: fs, texts } = lintFiles({ [P]: policy(entry), 'extensions.conf': conf });
  return fs.map((f) => `${f.uri} ${show(f, texts)} ${f.messageId}`).sort();
};
const conf = (s: string): IvrScript => { const r = readFlow('extensions.conf', s); assert.ok(r.ok); return r.script; };

describe('Asterisk switch =>', () => {
  it('is read, not a syntax error; the context keeps its extensions; one external step at the switch value', () => {
    const text = '[in]\nswitch => IAX2/acme:geheim@pbx2.example.nl/in\neswitch => Realtime/in@extensions\nexten => s,1,Answer()\n';
    const s = conf(text);
    assert.deepEqual(s.errors, []);
    assert.deepEqual(s.dialplan!.assumed.map((e) => e.name), ['in']);
    const ext = s.steps.filter((x) => x.kind === 'external');
    assert.deepEqual(ext.map((x) => x.kind === 'external' && text.slice(x.targetSpan.start, x.targetSpan.end)), ['IAX2/acme:geheim@pbx2.example.nl/in', 'Realtime/in@extensions']);
  });

  it('a clean line with a switch: only the info at the switch, no error or warning', () => {
    const text = `[in]\nswitch => IAX2/pbx2/in\nexten => s,1,Answer()\n same => n,${NOTICE}\n same => n,MixMonitor(\${UNIQUEID}.wav)\n same => n,Queue(sales)\n`;
    assert.deepEqual(findings(text), ['extensions.conf flow-target-unresolved 2:11-2:23 reference']);
    const { findings: fs } = lintFiles({ [P]: policy('in'), 'extensions.conf': text });
    assert.match(fs[0].message, /^Extensions that '\[in\]' does not define go to the switch 'IAX2\/pbx2\/in', on another server, which reclint does not follow/);
  });

  it('a Background menu in a switch context (or one it includes) can go to the switch: an edge to it, beside the keys and i', () => {
    const text = '[in]\ninclude => remote\nexten => s,1,Background(menu)\nexten => 1,1,Hangup()\nexten => i,1,Hangup()\n[remote]\nswitch => DUNDi/priv\n';
    const s = conf(text);
    const menu = s.steps.findIndex((x) => x.kind === 'menu');
    const sw = s.steps.findIndex((x) => x.kind === 'external');
    assert.ok(s.edges![menu].includes(sw), 'the menu leads to the switch');
    assert.deepEqual(s.edgeNotes![menu].map((n) => n && wordsIn('en', n)), ['key 1', 'a wrong key', 'a key `[in]` does not define (the switch `DUNDi/priv`)']);
  });

  it('a Goto to an extension the switch context does not define is unresolved and names the switch; the walk stops there (the MixMonitor after it is never reached)', () => {
    const text = `[in]\nexten => s,1,Answer()\n same => n,Goto(remote,500,1)\n same => n,MixMonitor(x.wav)\n same => n,${NOTICE}\n[remote]\nswitch => IAX2/pbx2/remote\nexten => 1,1,Hangup()\n`;
    assert.deepEqual(findings(text), [
      'extensions.conf flow-target-unresolved 3:17-3:29 reference',
      'extensions.conf flow-target-unresolved 7:11-7:27 reference',
    ]);
    const { findings: fs } = lintFiles({ [P]: policy('in'), 'extensions.conf': text });
    assert.match(fs.find((f) => f.span.start === text.indexOf('remote,500'))!.message, /'\[remote\]' hands to the switch 'IAX2\/pbx2\/remote' on another server/);
  });

  it('an entry naming an extension only the switch can serve enters the switch: no schema error, no finding but the info', () => {
    const text = `[in]\nswitch => IAX2/pbx2/in\nexten => 100,1,MixMonitor(x.wav)\n same => n,${NOTICE}\n`;
    assert.deepEqual(findings(text, 'in,500'), ['extensions.conf flow-target-unresolved 2:11-2:23 reference']);
    assert.deepEqual(findings(text, 'in'), ['extensions.conf flow-target-unresolved 2:11-2:23 reference'], '`in` enters `in,s,1`, which only the switch can hold');
    // The same extension defined in the file is entered as before: recording before the notice.
    assert.deepEqual(findings(text, 'in,100'), ['extensions.conf announcement-after-recording 3:16-3:33 flow-before-notice', 'extensions.conf flow-target-unresolved 2:11-2:23 reference']);
    // Without a switch, an extension the file does not define is still a schema finding in the policy.
    assert.deepEqual(findings(text.replace('switch => IAX2/pbx2/in\n', ''), 'in,500').filter((f) => f.startsWith(P)), [`${P} schema 12:14-12:20 invalid`]);
  });
});
