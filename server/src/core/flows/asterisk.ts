/**
 * Asterisk dialplans, `extensions.conf` (ivr-formats.md §5.5): a hand-written line reader and the
 * applications that play, branch and record. One node per priority, named by its label or
 * `context,exten,priority`, anchored at the application with its arguments. Which context a call
 * enters is set outside the dialplan (§4.6): the reader lists the possible entries, and the policy's
 * `announcement.entry` picks them (else the default of §4.6 applies and `flow-entry-assumed` says so).
 *
 * The work is in four modules, run in this order: asterisk-lines.ts walks the lines,
 * asterisk-contexts.ts builds the contexts, extensions and priorities from them, asterisk-apps.ts maps
 * each priority's application to steps (in file order, once every extension is known, as menus list the
 * one-key extensions), and asterisk-jumps.ts resolves the jumps, menus, returns and fall-through.
 */
import type { DialplanEntries, IvrScript } from '../ivr/model';
import type { Span } from '../text';
import type { FlowBuilder } from './builder';
import { Applications, type PriorityAt } from './asterisk-apps';
import { Contexts, type Ctx, type Ext } from './asterisk-contexts';
import { Jumps } from './asterisk-jumps';
import { dialplanLines } from './asterisk-lines';

/** Does the text look like a dialplan (§1 rule 5)? */
export function looksLikeDialplan(text: string): boolean {
  return /^[ \t]*\[[^\]\r\n]+\][ \t]*(\([^)\r\n]*\))?[ \t]*(;.*)?$/m.test(text) && /^[ \t]*(exten|same)[ \t]*=>?/m.test(text);
}

export function readAsterisk(b: FlowBuilder): { entries: number[]; comments: IvrScript['comments']; dialplan: DialplanEntries; includes: { path: string; span: Span }[] } {
  const comments: IvrScript['comments'] = [];
  const dp = new Contexts();
  const pending: PriorityAt[] = [];
  // The first bad line is the file's flow-syntax finding (§4.7); the lines after it are still read.
  const fail = (start: number, end: number, message: string) => {
    if (!b.errors.length) b.error({ start, end: Math.max(start + 1, end) }, message);
  };
  let ctx: Ctx | undefined;
  let ext: Ext | undefined;
  for (const ln of dialplanLines(b.text, comments, (o) => b.lineOf(o))) {
    switch (ln.kind) {
      case 'error': fail(ln.start, ln.end, ln.message); break;
      case 'file': dp.includedFiles.push(ln.name); dp.includes.push({ path: ln.name, span: ln.span }); break;
      case 'context': ctx = ln.settings ? undefined : dp.context(ln.name, ln.span); ext = undefined; break;
      case 'include': dp.include(ctx!, ln.name); break;
      case 'switch': dp.switchLine(ctx!, ln.value, ln.span); break;
      case 'exten': ext = dp.extension(ctx!, ln.name, ln.nameSpan); break;
      case 'priority': {
        const prio = dp.priority(ext!, ln.written, ln.label, b.lineOf(ln.at));
        pending.push({ ctx: ctx!, ext: ext!, prio, start: ln.appStart, end: ln.end, label: ln.label, labelSpan: ln.labelSpan, prioSpan: ln.prioSpan });
        break;
      }
    }
  }
  const jumps = new Jumps(b, dp);
  const apps = new Applications(b, jumps);
  for (const p of pending) apps.map(p);
  jumps.wire();
  return { entries: [], comments, dialplan: dp.entryPoints(), includes: dp.includes };
}
