/**
 * `.reclintrc.yaml` problems (syntax, schema) shown on the config file itself, as the CLI reports them
 * (rule `schema`): the editor's text when it is open, else the disk's; sent when they change, cleared
 * when the file is fixed or gone.
 */
import * as path from 'node:path';
import { parseConfigText, type ConfigProblem } from '../core/config';
import { docsUrlFor, type Finding } from '../core/findings';
import type { LoadedConfig } from '../host/config-file';
import { readTextFile } from '../host/node';
import type { ProjectHost } from '../host/project';
import { LineIndexCache, toDiagnostic } from './convert';
import type { Publisher } from './publisher';
import { canon, fsPath, fileUri } from './uris';

export class ConfigDiagnostics {
  /** Config files whose problems are shown: uri → what was published last. */
  private readonly shown = new Map<string, string>();

  constructor(
    private readonly publisher: Publisher,
    private readonly env: {
      host(): ProjectHost;
      openText(uri: string): { text: string; version: number } | undefined;
      enabled(uri: string): boolean;
      relatedInformation(): boolean;
      error(message: string, e?: unknown): void;
    },
  ) {}

  uris(): string[] {
    return [...this.shown.keys()];
  }

  /** Show the problems of the configs that govern these files. */
  checkFor(uris: readonly string[]): void {
    const dirs = new Set<string>();
    for (const u of uris) {
      const p = fsPath(u);
      if (!p || dirs.has(path.dirname(p))) continue;
      dirs.add(path.dirname(p));
      try {
        for (const c of this.env.host().configFor(p).files) this.check(canon(fileUri(c.file)), c);
      } catch (e) {
        this.env.error(`could not read the config for ${u}`, e);
      }
    }
  }

  /** Publish one config file's problems. */
  check(uri: string, loaded?: LoadedConfig): void {
    const c = canon(uri);
    if (!this.env.enabled(c)) {
      this.clear(c);
      return;
    }
    const open = this.env.openText(c);
    let text: string;
    let problems: ConfigProblem[];
    if (open) {
      // The editor's text, with what it extends resolved, as the CLI reads the file.
      text = open.text;
      const p = fsPath(c);
      problems = p ? this.env.host().resolver.fromText(p, text).problems : parseConfigText(text).problems;
    } else {
      const p = fsPath(c);
      if (!p || !readTextFile(p).ok) {
        this.clear(c);
        return;
      }
      const l = loaded ?? this.env.host().resolver.load(p);
      text = l.text;
      problems = l.problems;
    }
    const version = open?.version ?? null;
    const lines = new LineIndexCache(() => text);
    const diagnostics = problems.map((p) => toDiagnostic(configFinding(c, p), lines, version, this.env.relatedInformation()));
    const key = JSON.stringify([version, diagnostics]);
    const before = this.shown.get(c);
    if (before === key) return;
    this.shown.set(c, key);
    // A config that never had a problem needs no (empty) diagnostics.
    if (before === undefined && diagnostics.length === 0 && !this.publisher.has(c)) return;
    this.publisher.send(c, diagnostics, version);
  }

  /** Forget configs that are neither open nor on disk any more. */
  sweep(): void {
    for (const u of [...this.shown.keys()]) {
      const p = fsPath(u);
      if (!this.env.openText(u) && (!p || !readTextFile(p).ok)) this.clear(u);
    }
  }

  clear(uri: string): void {
    this.shown.delete(uri);
    this.publisher.clear(uri);
  }

  /** Forget what was shown (the file is cleared by the publisher). */
  forget(uri: string): void {
    this.shown.delete(uri);
  }
}

/** A config problem as a finding (rule `schema`, as the CLI reports it). */
function configFinding(uri: string, p: ConfigProblem): Finding {
  return { ruleId: 'schema', severity: 'error', message: p.message, uri, span: p.span, legalSource: '', docsUrl: docsUrlFor('schema'), related: [], suggestions: [] };
}
