/**
 * The page's whole state, and its share link: the state as JSON, deflated by the browser's own
 * CompressionStream and written base64url into the URL fragment. The fragment never reaches a server
 * (browsers do not send it), so a shared case stays between the people who have the link.
 */
export interface PlaygroundFile {
  path: string;
  text: string;
}

export type UiLang = 'en' | 'nl';

export interface PlaygroundState {
  files: PlaygroundFile[];
  /** Path of the file in the editor. */
  active: string;
  /** The "what does this notice announce" box. */
  notice: { text: string; lang: string };
  ui: UiLang;
}

const PREFIX = '#s=';
const VERSION = 1;

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): Uint8Array<ArrayBuffer> {
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

async function pipe(bytes: Uint8Array<ArrayBuffer>, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

export async function encodeState(state: PlaygroundState): Promise<string> {
  const json = JSON.stringify({ v: VERSION, ...state });
  return PREFIX + toBase64Url(await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw')));
}

/** The state in a fragment, or undefined when there is none or it cannot be read (a truncated link). */
export async function decodeState(hash: string): Promise<PlaygroundState | undefined> {
  if (!hash.startsWith(PREFIX)) return undefined;
  try {
    const bytes = await pipe(fromBase64Url(hash.slice(PREFIX.length)), new DecompressionStream('deflate-raw'));
    return checkState(JSON.parse(new TextDecoder().decode(bytes)));
  } catch {
    return undefined;
  }
}

/** Only what the page understands is taken from a link; anything else is dropped. */
function checkState(v: unknown): PlaygroundState | undefined {
  if (!v || typeof v !== 'object') return undefined;
  const o = v as Record<string, unknown>;
  if (o.v !== VERSION || !Array.isArray(o.files)) return undefined;
  const files: PlaygroundFile[] = [];
  for (const f of o.files) {
    if (f && typeof f === 'object' && typeof (f as PlaygroundFile).path === 'string' && typeof (f as PlaygroundFile).text === 'string') files.push({ path: (f as PlaygroundFile).path, text: (f as PlaygroundFile).text });
  }
  if (files.length === 0) return undefined;
  const notice = o.notice && typeof o.notice === 'object' ? (o.notice as Record<string, unknown>) : {};
  return {
    files,
    active: typeof o.active === 'string' && files.some((f) => f.path === o.active) ? o.active : files[0].path,
    notice: { text: typeof notice.text === 'string' ? notice.text : '', lang: typeof notice.lang === 'string' ? notice.lang : '' },
    ui: o.ui === 'nl' ? 'nl' : 'en',
  };
}
