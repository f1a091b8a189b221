/**
 * The `reclint.*` editor settings: types, defaults and a defensive reader, plus the names of the
 * commands and custom messages the client and the server share. No imports, so the client bundle
 * stays small; package.json's `contributes.configuration` documents the same keys.
 */

export type RunMode = 'onType' | 'onSave';
export type RuleSeveritySetting = 'off' | 'hint' | 'info' | 'warning' | 'error';
export type TraceSetting = 'off' | 'messages' | 'verbose';

export interface ReclintSettings {
  /** Lint at all. */
  enable: boolean;
  /** Lint while typing (throttled by validationDelay) or only when a file is saved. */
  run: RunMode;
  /** Severities by rule id; a workspace `.reclintrc.yaml` wins over these. */
  rules: Record<string, RuleSeveritySetting>;
  /** Default jurisdiction for policies that name none (`.reclintrc.yaml` wins). Empty: EU-wide. */
  jurisdiction: string;
  /**
   * Throttle for linting while typing (onType): a change to a file not linted in the last this-many
   * milliseconds is linted at once; changes inside that window are linted once, at its end, on the
   * latest text. So a burst costs at most one lint per window and a single edit never waits.
   */
  validationDelay: number;
  trace: { server: TraceSetting };
}

export const DEFAULT_SETTINGS: ReclintSettings = {
  enable: true,
  run: 'onType',
  rules: {},
  jurisdiction: '',
  validationDelay: 50,
  trace: { server: 'off' },
};

const RULE_SETTINGS: readonly string[] = ['off', 'hint', 'info', 'warning', 'error'];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Reads whatever the client sent for `reclint` into a complete, valid settings object. */
export function readSettings(raw: unknown): ReclintSettings {
  const s: ReclintSettings = { ...DEFAULT_SETTINGS, rules: {}, trace: { ...DEFAULT_SETTINGS.trace } };
  if (!isRecord(raw)) return s;
  if (typeof raw.enable === 'boolean') s.enable = raw.enable;
  if (raw.run === 'onType' || raw.run === 'onSave') s.run = raw.run;
  if (isRecord(raw.rules)) {
    for (const [id, sev] of Object.entries(raw.rules)) {
      if (typeof sev === 'string' && RULE_SETTINGS.includes(sev)) s.rules[id] = sev as RuleSeveritySetting;
    }
  }
  if (typeof raw.jurisdiction === 'string') s.jurisdiction = raw.jurisdiction.trim().toUpperCase();
  if (typeof raw.validationDelay === 'number' && Number.isFinite(raw.validationDelay)) s.validationDelay = Math.max(0, Math.min(5000, Math.round(raw.validationDelay)));
  if (isRecord(raw.trace) && (raw.trace.server === 'off' || raw.trace.server === 'messages' || raw.trace.server === 'verbose')) s.trace.server = raw.trace.server;
  return s;
}

/** Commands the server executes (`workspace/executeCommand`); not the same ids as the client's commands. */
export const SERVER_COMMANDS = {
  fixAll: 'reclint.server.fixAll',
  showDocumentation: 'reclint.server.showDocumentation',
  /** [uri, range]: open a file a fix changed, with the change selected (window/showDocument). */
  showChange: 'reclint.server.showChange',
} as const;

/** Custom messages between the client and the server. */
export const MESSAGES = {
  /** request {uri, position} → {markdown} | null: what the notice at the position announces. */
  noticeAnalysis: 'reclint/noticeAnalysis',
  /** request {} → {files, problems}: index and lint every workspace folder again. */
  lintWorkspace: 'reclint/lintWorkspace',
  /** notification server → client: {state, errors, warnings, files}. */
  status: 'reclint/status',
  /** request {uri, controller?} (a folder of the workspace) → {markdown} | {error, controllers?}: the art. 30 register of that folder, as `reclint register` writes it there. */
  register: 'reclint/register',
} as const;

export interface StatusParams {
  state: 'indexing' | 'idle' | 'disabled' | 'failed';
  errors: number;
  warnings: number;
  files: number;
}

/** Client command ids (package.json `contributes.commands`). */
export const CLIENT_COMMANDS = {
  lintWorkspace: 'reclint.lintWorkspace',
  fixAll: 'reclint.fixAll',
  showNoticeAnalysis: 'reclint.showNoticeAnalysis',
  openRuleDocs: 'reclint.openRuleDocs',
  restartServer: 'reclint.restartServer',
  showOutput: 'reclint.showOutput',
  showRegister: 'reclint.showRegister',
} as const;
