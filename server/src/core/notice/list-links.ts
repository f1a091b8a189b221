/**
 * List links: a list of modifiers shares its head. "quality and training purposes" is quality purposes and training purposes
 * (the head after its list: pack `purposeHeads`); "con fines de calidad y servicio" is fines de calidad and fines de servicio
 * (the head before its list: pack `purposeHeadsBefore`, docs/notice-reading.md R201). The matcher goes on from a linked token
 * at the token it links to (./pattern).
 */
import { isWordIn, wordIs } from './clauses';
import type { Compiled } from './compiled';
import type { MatchContext } from './pattern';
import type { Token } from './tokens';

/** A word that can be (part of) a list item: not an ellipsis, filler, coordinator, negation or subordinator. */
function isContent(toks: Token[], c: Compiled, j: number): boolean {
  const t = toks[j];
  return t.kind === 'word' && !t.ellipsis && !wordIs(t, c.fillers) && !wordIs(t, c.coordinators) && !wordIs(t, c.negations) && !wordIs(t, c.subordinators);
}

/**
 * List links: "quality and training purposes" → "quality" shares the head "purposes" (token index → head index); a head
 * before its list links its last word to each later item: "fines de calidad y servicio" → "de" goes on at "servicio" (R201).
 */
export function listLinks(toks: Token[], c: Compiled, baseCtx: MatchContext): Map<number, readonly number[]> {
  const n = toks.length;
  const links = new Map<number, number[]>();
  const link = (from: number, to: number) => {
    const l = links.get(from);
    if (l) l.push(to);
    else links.set(from, [to]);
  };
  const { listItemWords, listItems } = c.windows;
  if (c.lex.purposeHeads.length > 0) {
    for (let h = 0; h < n; h++) {
      if (toks[h].kind !== 'word' || !c.purposeHeads.has(baseCtx, h)) continue;
      let j = h - 1;
      // skip the chunk right before the head (it is adjacent already)
      let chunk = 0;
      while (j >= 0 && chunk < listItemWords && isContent(toks, c, j)) {
        j--;
        chunk++;
      }
      if (chunk === 0) continue;
      for (let items = 0; items < listItems; items++) {
        let sep = false;
        while (j >= 0 && (toks[j].kind === 'comma' || isWordIn(toks, j, c.coordinators))) {
          j--;
          sep = true;
        }
        if (!sep || j < 0 || !isContent(toks, c, j)) break;
        link(j, h);
        chunk = 0;
        while (j >= 0 && chunk < listItemWords && isContent(toks, c, j)) {
          j--;
          chunk++;
        }
      }
    }
  }
  if (c.lex.purposeHeadsBefore !== undefined && c.lex.purposeHeadsBefore.length > 0) {
    for (const m of c.purposeHeadsBefore.matchRange(baseCtx, 0, n)) linkItemsAfter(toks, c, m.last, listItemWords, listItems, link);
  }
  return links;
}

/**
 * A head ending at token h before its list ("fines de | calidad y servicio"): the first item stands right after it; each
 * later item, after a comma or coordinator (and, after a coordinator, at most one function word: "et de service"; after a
 * comma, the head's last word repeated: ", de qualité"), is linked from h. A list ends in a coordinator: items after a comma count only when one follows ("Por motivos de seguridad,
 * las llamadas son grabadas" has no list).
 */
function linkItemsAfter(toks: Token[], c: Compiled, h: number, itemWords: number, maxItems: number, link: (from: number, to: number) => void): void {
  const n = toks.length;
  const skipItem = (from: number): number => {
    let j = from;
    for (let words = 0; j < n && words < itemWords && isContent(toks, c, j); words++) j++;
    return j;
  };
  let j = skipItem(h + 1);
  if (j === h + 1) return;
  const items: number[] = [];
  let listed = 0;
  while (items.length < maxItems) {
    let coordinated = false;
    let sep = false;
    while (j < n && (toks[j].kind === 'comma' || isWordIn(toks, j, c.coordinators))) {
      coordinated ||= toks[j].kind === 'word';
      sep = true;
      j++;
    }
    if (!sep) break;
    // After a coordinator, one function word ("et de service"); after a comma, the head's own preposition repeated
    // ("à des fins de formation, de qualité et de sécurité").
    if (j < n && toks[j].kind === 'word' && wordIs(toks[j], c.fillers) && (coordinated || toks[j].norm === toks[h].norm)) j++;
    if (j >= n || !isContent(toks, c, j)) break;
    items.push(j);
    if (coordinated) listed = items.length;
    j = skipItem(j);
  }
  for (let i = 0; i < listed; i++) link(h, items[i]);
}
