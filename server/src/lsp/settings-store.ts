/**
 * The `reclint.*` settings as the client gives them: asked once per workspace folder (the scope of
 * resource settings), not once per file, so a workspace of 2,000 policies costs one
 * `workspace/configuration` request, not 2,000. Without the configuration capability, the settings
 * pushed by the client (or the initialization options) hold everywhere.
 */
import * as path from 'node:path';
import type { Connection } from 'vscode-languageserver/node';
import type { ReclintConfig } from '../core/config';
import { DEFAULT_SETTINGS, readSettings, type ReclintSettings } from '../settings';
import { canon, fileUri, fsPath } from './uris';

export class SettingsStore {
  global: ReclintSettings = DEFAULT_SETTINGS;
  configurationCapability = false;
  private readonly byScope = new Map<string, ReclintSettings>();

  constructor(
    private readonly connection: Connection,
    private readonly env: { roots(): readonly string[]; clientUri(uri: string): string; error(message: string, e?: unknown): void },
  ) {}

  private scope(uri: string): string {
    const p = fsPath(uri);
    if (!p) return uri;
    let best: string | undefined;
    for (const r of this.env.roots()) if ((p === r || p.startsWith(r.endsWith(path.sep) ? r : r + path.sep)) && (!best || r.length > best.length)) best = r;
    return best ? canon(fileUri(best)) : uri;
  }

  /** The settings of a file, asking the client when its folder's are not known yet. */
  async fetch(uri: string): Promise<ReclintSettings> {
    if (!this.configurationCapability) return this.global;
    const scope = this.scope(uri);
    const hit = this.byScope.get(scope);
    if (hit) return hit;
    let s = this.global;
    try {
      const raw: unknown = await this.connection.workspace.getConfiguration({ scopeUri: this.env.clientUri(scope), section: 'reclint' });
      s = readSettings(raw);
    } catch (e) {
      this.env.error('could not read the reclint settings; using defaults', e);
    }
    this.byScope.set(scope, s);
    return s;
  }

  /** The settings of a file as known now (the global ones until its folder's were fetched). */
  of(uri: string): ReclintSettings {
    return this.byScope.get(this.scope(uri)) ?? this.global;
  }

  enabled(uri: string): boolean {
    return this.global.enable && this.of(uri).enable;
  }

  /** The settings as a config layer under `.reclintrc.yaml` (the file wins). */
  layer(uri: string): ReclintConfig {
    const s = this.of(uri);
    return { rules: s.rules, jurisdiction: s.jurisdiction || undefined };
  }

  changed(raw?: unknown): void {
    this.byScope.clear();
    if (raw !== undefined) this.global = readSettings(raw);
  }
}
