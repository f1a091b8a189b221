/**
 * The factory of the "missing key" rules: a declared purpose lacks a key (`legal_basis`, `retention`,
 * `balancing_test`, `law`). The finding says "<purpose> has no <key>…" at the key when it is written
 * empty, else at the purpose's `purpose` value (rules.md: the nearest node that exists), and offers the
 * edits that fill it in as suggestions.
 */
import type { Fix } from '../findings';
import type { PurposeDecl } from '../policy/model';
import { entry, type MapEntry } from '../policy/tree';
import { blankEntry, cap, definePolicyRule, purposeAnchor, purposeName, setKey } from './kit';
import type { PolicyContext, PolicyRule, PolicyRuleMeta, Texts } from './types';

export interface MissingPurposeKey<T extends string = string> {
  /** Its one message, `missing`, gets `{{purpose}}`: "Purpose 'x' of 'y'". Its titles are keyed by `T`. */
  meta: PolicyRuleMeta<'missing', T>;
  key: string;
  /** Only purposes this holds for (say, those resting on `legitimate-interests`). */
  applies?(p: PurposeDecl): boolean;
  /** The key written with nothing in it, which counts as missing. Default: a blank value (`key:`, `key: ""`). */
  emptyEntry?(p: PurposeDecl): MapEntry | undefined;
  /** A value the model reads although the entry looks blank: then nothing is missing. */
  present?(p: PurposeDecl): boolean;
  /** The edits offered. `empty` is the entry written empty, if any. */
  suggestions(ctx: PolicyContext<'missing'> & Texts<T>, p: PurposeDecl, empty: MapEntry | undefined): Fix[];
}

export function missingPurposeKeyRule<T extends string>(spec: MissingPurposeKey<T>): PolicyRule<'missing'> {
  return definePolicyRule<'missing', T>({
    meta: spec.meta,
    create(ctx) {
      return {
        purpose(p, rec) {
          if ((spec.applies && !spec.applies(p)) || spec.present?.(p)) return;
          const empty = spec.emptyEntry ? spec.emptyEntry(p) : blankEntry(p.node, spec.key);
          // Written with a value of any type: the key is there (a wrong type is the schema's).
          if (!empty && entry(p.node, spec.key)) return;
          ctx.report({
            span: empty ? empty.keySpan : purposeAnchor(rec, p),
            messageId: 'missing',
            data: { purpose: cap(purposeName(ctx, rec, p)) },
            suggestions: spec.suggestions(ctx, p, empty),
          });
        },
      };
    },
  });
}

/** Suggestions that set `key` to one of `values`, each with its title. */
export function setKeySuggestions(ctx: PolicyContext, p: PurposeDecl, empty: MapEntry | undefined, key: string, values: ReadonlyArray<{ value: string; title: string }>): Fix[] {
  return values.map((v) => ({ title: v.title, edits: [setKey(ctx.target, p.node, empty, key, v.value)] }));
}
