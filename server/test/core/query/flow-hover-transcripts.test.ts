/** The hover on an audio prompt of a flow shows the words callers hear, from the transcript list its policy names. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MemoryProject } from '../../../src/core/memory-project';
import { flowHover, transcriptsOf } from '../../../src/core/query/flow';

const DIR = path.resolve(__dirname, '../../../../examples/call-flows/asterisk');
const files = Object.fromEntries(fs.readdirSync(DIR).map((f) => [f, fs.readFileSync(path.join(DIR, f), 'utf8')]));

describe('flow hover with transcript lists', () => {
  const plan = files['extensions.conf'];
  const at = plan.indexOf('Playback(anker/opname)') + 'Playback('.length + 2;

  it('without the policy: the audio cannot be read', () => {
    assert.match(flowHover('extensions.conf', plan, at)!.markdown, /cannot read what it says/);
  });

  it('with the policy that reads the flow: the transcript\'s words, read as a notice, and where they come from', () => {
    const p = new MemoryProject(files);
    const readers = p.paths.filter((f) => f.endsWith('.recording-policy.yaml')).map((uri) => ({ uri, text: p.text(uri)! }));
    const lists = transcriptsOf('extensions.conf', readers, p.readScript);
    assert.deepEqual(lists.map((l) => l.uri), ['sounds-nl.txt']);
    const h = flowHover('extensions.conf', plan, at, {}, lists)!;
    assert.match(h.markdown, /\*\*Records\*\*/);
    assert.match(h.markdown, /from the transcript list `sounds-nl\.txt`/);
    // The hover stays on the prompt in the dialplan, not in the list.
    assert.ok(h.span.start <= at && at <= h.span.end && plan.slice(h.span.start, h.span.end).includes('anker/opname'), plan.slice(h.span.start, h.span.end));
  });
});
