/**
 * Morpheme boundaries in compounds (notice-reading.md §4): a purpose word written as a compound head
 * ("*stimmung", "*opleiding") counts only where the part before it is a modifier of its own, not a
 * bare prefix that makes another word of it: "Zustimmung" (consent) is zu + stimmen, not a mood;
 * "Schulungszwecke" and "Gesprächsaufzeichnung" keep their heads. A pack lists its prefixes
 * (`compounds.prefixes`); a modifier made of prefixes only ("über" + "ein" in "Übereinstimmung") is no
 * modifier.
 */
import type { LanguagePack } from './pack-types';

export interface CompoundRules {
  /** Derivational and separable prefixes, folded ("zu", "be", "ver", "toe", "over"). */
  readonly prefixes: readonly string[];
}

/** Whether `modifier` (folded) is made of prefixes only, so that prefix + head is a word of its own. */
export function isBarePrefix(rules: CompoundRules, modifier: string): boolean {
  if (modifier.length === 0) return false;
  const n = modifier.length;
  const ok = new Uint8Array(n + 1);
  ok[0] = 1;
  for (let i = 0; i < n; i++) {
    if (!ok[i]) continue;
    for (const p of rules.prefixes) if (p.length > 0 && modifier.startsWith(p, i)) ok[i + p.length] = 1;
  }
  return ok[n] === 1;
}

/** A test for a compound head's modifier in this pack's language: true when head and modifier form a compound. */
const tests = new WeakMap<LanguagePack, ((modifier: string) => boolean) | undefined>();

export function modifierTest(pack: LanguagePack): ((modifier: string) => boolean) | undefined {
  if (tests.has(pack)) return tests.get(pack);
  const test = makeTest(pack.compounds);
  tests.set(pack, test);
  return test;
}

function makeTest(rules: CompoundRules | undefined): ((modifier: string) => boolean) | undefined {
  if (!rules || rules.prefixes.length === 0) return undefined;
  const memo = new Map<string, boolean>();
  return (modifier: string): boolean => {
    let r = memo.get(modifier);
    if (r === undefined) {
      r = !isBarePrefix(rules, modifier);
      if (memo.size < 4096) memo.set(modifier, r);
    }
    return r;
  };
}
