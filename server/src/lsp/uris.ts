/**
 * URIs in the server: one canonical spelling per file (editors and node encode some characters
 * differently), the file system path behind a `file:` URI, and the client's own spelling of each open
 * document (edits and diagnostics go back in the client's words).
 */
import { CONFIG_NAMES } from '../host/config-file';
import { canonUri, fileUrlOf, pathOfFileUrl } from '../host/project';

export { isUrl } from '../host/project';

export const canon = canonUri;
export const fsPath = pathOfFileUrl;
export const fileUri = fileUrlOf;

export function isConfigUri(uri: string): boolean {
  return CONFIG_NAMES.some((n) => uri.endsWith(`/${n}`));
}

/** The client's spelling of open documents' URIs, by canonical URI. */
export class ClientUris {
  private readonly byCanon = new Map<string, string>();

  note(clientUri: string): string {
    const c = canon(clientUri);
    this.byCanon.set(c, clientUri);
    return c;
  }

  forget(uri: string): void {
    this.byCanon.delete(canon(uri));
  }

  /** The URI as the client spells it (for edits and diagnostics). */
  of(uri: string): string {
    return this.byCanon.get(canon(uri)) ?? uri;
  }
}
