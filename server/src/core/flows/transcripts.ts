/**
 * Transcript lists for audio prompts (ivr-formats.md §7), in the layout of Asterisk's sound-package
 * indexes (`core-sounds-en.txt`): `;` comments, one `lang: <code>` line before the first entry, then
 * `<name>: <text>` lines. A list is read as a script of its own (format `transcripts`): one prompt per
 * entry, named by the entry, its words at their place in the list; a bad line or a name listed twice
 * is an error at that line (`flow-syntax`), skipped while the rest of the list counts.
 */
import type { IvrScript, SayStep } from '../ivr/model';
import type { Span } from '../text';
import { FlowBuilder } from './builder';
import { rawSlice, toPromptText } from './prompt-text';

export function readTranscripts(uri: string, text: string): IvrScript {
  const b = new FlowBuilder(uri, text, 'transcripts');
  const comments: IvrScript['comments'] = [];
  const seen = new Set<string>();
  let lang: string | undefined;
  let entries = 0;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i <= text.length) {
    let e = text.indexOf('\n', i);
    if (e < 0) e = text.length;
    const end = e > i && text[e - 1] === '\r' ? e - 1 : e;
    const line = text.slice(i, end);
    const lead = line.length - line.trimStart().length;
    const s = i + lead;
    const body = line.trim();
    if (!body) { /* blank */ } else if (body.startsWith(';')) {
      comments.push({ text: text.slice(s + 1, end), span: { start: s, end }, line: b.lineOf(s) });
    } else {
      const lm = /^lang\s*:\s*([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)\s*$/.exec(body);
      const colon = line.indexOf(': ', lead);
      if (lm && entries === 0 && lang === undefined) lang = lm[1].toLowerCase().split(/[-_]/)[0];
      else if (colon < 0 || colon === lead) {
        b.error({ start: s, end }, lm ? 'A `lang:` line belongs before the first entry, once' : 'This line is no transcript entry: write `<sound name>: <what it says>` (or a `;` comment, or `lang: <code>` before the first entry)');
      } else {
        const name = text.slice(s, i + colon).trimEnd();
        const nameSpan: Span = { start: s, end: s + name.length };
        if (seen.has(name)) b.error(nameSpan, `\`${name}\` is listed twice; reclint reads its first entry`);
        else {
          seen.add(name);
          entries++;
          let ts = i + colon + 2;
          while (ts < end && /\s/.test(text[ts])) ts++;
          let te = end;
          while (te > ts && /\s/.test(text[te - 1])) te--;
          const span: Span = { start: ts, end: Math.max(ts, te) };
          const node = b.node(name, nameSpan, 'transcript', { start: s, end }, nameSpan);
          const idx = b.add({ kind: 'say', id: name, idSpan: nameSpan, prompt: toPromptText(rawSlice(text, ts, te), span), span, source: 'tts', anchor: span });
          b.promptOf(node, idx);
        }
      }
    }
    if (e >= text.length) break;
    i = e + 1;
  }
  if (lang === undefined) {
    // The folder's name when it is a language tag (`sounds/nl/acme.txt`).
    const folder = /([^/\\]+)[/\\][^/\\]*$/.exec(uri)?.[1];
    if (folder && /^[a-z]{2,3}([-_][A-Za-z0-9]+)?$/i.test(folder)) lang = folder.toLowerCase().split(/[-_]/)[0];
  }
  const script = b.finish([], comments);
  script.transcriptLang = lang;
  return script;
}

/** A transcript for an audio reference, per §7: the reference as written, without its extension, its last segment with and without; lists of the prompt's language first, then lists without one. */
export function findTranscript(lists: readonly IvrScript[], reference: string, lang: string | undefined): { list: IvrScript; step: SayStep } | undefined {
  const path = /^[a-z][\w+.-]*:\/\//i.test(reference) ? reference.replace(/^[a-z][\w+.-]*:\/\/[^/]*/i, '').replace(/[?#].*$/, '') : reference;
  const last = path.replace(/^.*[/\\]/, '');
  const noExt = (s: string) => s.replace(/\.[A-Za-z0-9]{1,5}$/, '');
  const keys = [...new Set([reference, path, noExt(path), last, noExt(last)].filter((k) => k))];
  const primary = lang?.toLowerCase().split(/[-_]/)[0];
  const tiers = [lists.filter((l) => primary !== undefined && l.transcriptLang === primary), lists.filter((l) => l.transcriptLang === undefined)];
  for (const tier of tiers) {
    for (const key of keys) {
      for (const list of tier) {
        const at = list.prompts.get(key);
        if (at !== undefined) return { list, step: list.steps[at] as SayStep };
      }
    }
  }
  return undefined;
}
