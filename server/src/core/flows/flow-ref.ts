/**
 * Where a flow reference points (ivr-formats.md §6): a relative reference against the referencing
 * file's folder; an absolute URL or a root-relative path only through a `flows.url_base` prefix; a
 * Connect flow by its full ARN, the ARN's last segment or the flow's name through `flows.ids`. Query
 * strings and fragments are dropped before matching; the fragment is kept to pick the dialog.
 */
import type { FlowRef, Words } from '../ivr/model';
import { baseName } from '../text';

/** A `url_base` prefix or an `ids` entry, with the file (a config file's uri) its folder is relative to. */
export interface UrlBase { prefix: string; folder: string; from: string }
export interface FlowId { key: string; file: string; from: string }

export interface FlowSetOptions {
  urlBase?: readonly UrlBase[];
  ids?: readonly FlowId[];
  maxFiles?: number;
  maxBytes?: number;
}

/** Why a reference stays outside the set. */
export type Unresolved =
  /** `reason`: the host's read failure (`not-found`, `outside-root`, …, announcement.ts `ReadFailure`). */
  | { why: 'unreadable'; path: string; reason: string; detail?: Words }
  | { why: 'url'; url: string }
  | { why: 'flow-id'; id: string }
  | { why: 'max-files'; limit: number }
  | { why: 'max-bytes'; limit: number }
  /** An Asterisk `Goto` into a context that neither the file nor the files it includes define. */
  | { why: 'no-context'; context: string };

export type RefTarget =
  | { kind: 'file'; from: string; path: string; fragment?: string }
  | { kind: 'unresolved'; unresolved: Unresolved };

/** Computed at run time: `{{…}}`, `${…}`, `$.Attributes…`, `<%…%>`. Such a reference names no one file. */
const DYNAMIC = /\{\{|\$\{|\$\.|<%/;
/** A scheme that is no document (a phone number, a SIP address, a script). */
const OTHER_SCHEME = /^(?:tel|sip|sips|mailto|javascript|data|urn):/i;
const URL_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

function decode(p: string): string {
  try {
    return decodeURIComponent(p);
  } catch {
    return p;
  }
}

/** The referenced file, or why it is outside the set; undefined when the reference names no file. */
export function resolveRef(fromUri: string, ref: FlowRef, opts: FlowSetOptions): RefTarget | undefined {
  const value = ref.value.trim();
  if (DYNAMIC.test(value)) return undefined;
  if (ref.kind === 'context') return undefined; // looked up in the dialplans of the set (flow-set.ts)
  if (ref.kind === 'flow') return flowById(value, ref.name, opts);
  if (OTHER_SCHEME.test(value)) return undefined;
  const hash = value.indexOf('#');
  const fragment = ref.fragment ?? (hash >= 0 ? value.slice(hash + 1) || undefined : undefined);
  const bare = (hash >= 0 ? value.slice(0, hash) : value).replace(/\?.*$/, '');
  if (bare === '') return { kind: 'file', from: fromUri, path: baseName(fromUri), fragment };
  if (URL_SCHEME.test(bare) || bare.startsWith('/')) {
    const base = longestPrefix(bare, opts.urlBase ?? []);
    if (!base) return { kind: 'unresolved', unresolved: { why: 'url', url: bare } };
    const rest = decode(bare.slice(base.prefix.length)).replace(/^\/+/, '');
    return { kind: 'file', from: base.from, path: joinPath(base.folder, rest), fragment };
  }
  return { kind: 'file', from: fromUri, path: decode(bare), fragment };
}

function flowById(value: string, name: string | undefined, opts: FlowSetOptions): RefTarget {
  const ids = opts.ids ?? [];
  const last = value.replace(/^.*\//, '');
  const hit = ids.find((e) => e.key === value) ?? ids.find((e) => e.key === last) ?? (name !== undefined ? ids.find((e) => e.key === name) : undefined);
  if (!hit) return { kind: 'unresolved', unresolved: { why: 'flow-id', id: value } };
  return { kind: 'file', from: hit.from, path: hit.file };
}

function longestPrefix(url: string, bases: readonly UrlBase[]): UrlBase | undefined {
  let best: UrlBase | undefined;
  for (const b of bases) if (url.startsWith(b.prefix) && (!best || b.prefix.length > best.prefix.length)) best = b;
  return best;
}

function joinPath(folder: string, rest: string): string {
  if (!folder || folder === '.' || folder === './') return rest || '.';
  return `${folder.replace(/\/+$/, '')}/${rest}`;
}
