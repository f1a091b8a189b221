/**
 * Sends diagnostics and remembers what was sent: a closed file's diagnostics that did not change are
 * not sent again (2,000 policies that read an edited script, say); an open document's are, each time it
 * is linted (editors expect that). Keeps the findings behind each file's diagnostics for code actions,
 * and counts errors and warnings for the status item.
 */
import type { Connection, Diagnostic } from 'vscode-languageserver/node';
import { fileFailure } from '../core/finish';
import type { Finding } from '../core/findings';
import { MESSAGES, type StatusParams } from '../settings';
import { findingKey, LineIndexCache, toDiagnostic } from './convert';

/** The findings last published for one file, with the texts they were computed on. */
export interface StoredFindings {
  version: number | null;
  byKey: Map<string, Finding>;
  texts: Map<string, string>;
}

export class Publisher {
  readonly store = new Map<string, StoredFindings>();
  private readonly published = new Map<string, Diagnostic[]>();
  private readonly publishedKey = new Map<string, string>();
  relatedInformation = true;

  constructor(
    private readonly connection: Connection,
    /** Is the file open in the editor, and how does the client spell its uri? */
    private readonly client: { isOpen(uri: string): boolean; uriOf(uri: string): string },
    private readonly error: (message: string, e?: unknown) => void,
  ) {}

  /** Publish a file's findings (`texts` holds every file their ranges and edits point into). */
  findings(uri: string, findings: readonly Finding[], texts: Map<string, string>, version: number | null, textOf: (uri: string) => string | undefined): void {
    const lines = new LineIndexCache((u) => texts.get(u) ?? textOf(u));
    const byKey = new Map<string, Finding>();
    const diagnostics = findings.map((f) => {
      byKey.set(findingKey(f), f);
      return toDiagnostic(f, lines, version, this.relatedInformation);
    });
    this.store.set(uri, { version, byKey, texts });
    this.send(uri, diagnostics, version);
  }

  /** A file reclint failed on: one `internal-error` diagnostic, other files unaffected. */
  failure(uri: string, e: unknown, version: number | null): void {
    this.send(uri, [toDiagnostic(fileFailure(uri, e), new LineIndexCache(() => ''), null, false)], version);
  }

  send(uri: string, diagnostics: Diagnostic[], version: number | null): void {
    const key = JSON.stringify([version, diagnostics]);
    if (this.published.has(uri) && this.publishedKey.get(uri) === key && !this.client.isOpen(uri)) return;
    this.publishedKey.set(uri, key);
    this.published.set(uri, diagnostics);
    void this.connection.sendDiagnostics({ uri: this.client.uriOf(uri), diagnostics, version: version ?? undefined }).catch((e: unknown) => this.error('could not send diagnostics', e));
  }

  has(uri: string): boolean {
    return this.published.has(uri);
  }

  clear(uri: string): void {
    this.store.delete(uri);
    if (this.published.get(uri)?.length === 0) return;
    this.send(uri, [], null);
  }

  /** Every file with diagnostics sent. */
  uris(): string[] {
    return [...this.published.keys()];
  }

  count(): number {
    let n = 0;
    for (const d of this.published.values()) n += d.length;
    return n;
  }

  status(state: StatusParams['state'], files: number): void {
    let errors = 0;
    let warnings = 0;
    for (const ds of this.published.values()) for (const d of ds) {
      if (d.severity === 1) errors++;
      else if (d.severity === 2) warnings++;
    }
    const params: StatusParams = { state, errors, warnings, files };
    void this.connection.sendNotification(MESSAGES.status, params).catch(() => undefined);
  }
}
