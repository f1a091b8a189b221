/**
 * A project held in memory: files by path, one optional `.reclintrc.yaml`, linted by the same engine as
 * the CLI and the editor. The playground is its user; tests use it to compare with the CLI. Paths are
 * relative and use `/`; a script path that leaves the project is refused as the disk host refuses it.
 */
import type { Locale } from './i18n/locale';
import { flowOptionsFrom, optionsFrom, parseConfigText, type ConfigProblem, type LintOptions, type ReclintConfig } from './config';
import { isFlowCandidate, isPolicyUri, isScriptUri, lintUnits, type LintRequest, type LintResult } from './engine';
import { finishLint, scriptNotNamed } from './finish';
import type { Finding } from './findings';
import { fixToFixedPoint } from './fix';
import { makeRegister, type RegisterFinding, type RegisterFormat } from './register/index';

export type ScriptRead = ReturnType<LintRequest['readScript']>;

export const CONFIG_FILE = '.reclintrc.yaml';

export interface MemoryLint extends LintResult {
  /** Problems of the `.reclintrc.yaml`, when there is one. */
  configProblems: ConfigProblem[];
  /** Findings an inline directive suppressed (the register lists them, marked). */
  suppressed: Finding[];
}

/** `a/b/../c` → `a/c`; undefined when it climbs out of the project. */
export function normalisePath(p: string): string | undefined {
  const out: string[] = [];
  for (const part of p.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length === 0) return undefined;
      out.pop();
    } else out.push(part);
  }
  return out.join('/');
}

function dirOf(p: string): string {
  const i = p.lastIndexOf('/');
  return i < 0 ? '' : p.slice(0, i);
}

export class MemoryProject {
  private readonly files: ReadonlyMap<string, string>;
  private readonly config: ReclintConfig;
  readonly configProblems: ConfigProblem[];
  private readonly opts: LintOptions;
  private readonly over: { jurisdiction?: string; locale?: Locale };

  /** `files`: path → text. A `.reclintrc.yaml` among them configures every file (no `extends`, no overrides by folder). */
  constructor(files: ReadonlyMap<string, string> | Record<string, string>, over: { jurisdiction?: string; locale?: Locale } = {}) {
    const m = files instanceof Map ? files : new Map(Object.entries(files));
    const norm = new Map<string, string>();
    for (const [p, t] of m) {
      const n = normalisePath(p);
      if (n) norm.set(n, t);
    }
    this.files = norm;
    this.over = over;
    const rc = norm.get(CONFIG_FILE);
    const parsed = rc === undefined ? { config: {}, problems: [] } : parseConfigText(rc);
    this.config = parsed.config;
    this.configProblems = parsed.problems;
    const flows = flowOptionsFrom([{ config: this.config, from: CONFIG_FILE }]);
    this.opts = { ...optionsFrom(this.config, { jurisdiction: over.jurisdiction, locale: over.locale }), ...(flows ? { flows } : {}) };
  }

  get paths(): string[] {
    return [...this.files.keys()];
  }

  text(path: string): string | undefined {
    return this.files.get(path);
  }

  /** The merged config: what `register:` and `notice:` read. */
  get settings(): ReclintConfig {
    return this.config;
  }

  readonly options = (_uri: string): LintOptions => this.opts;

  readonly readScript = (fromUri: string, rel: string): ScriptRead => {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(rel)) return { ok: false, uri: rel, reason: 'not-found', detail: 'a URL; reclint reads local files only' };
    const uri = normalisePath(`${dirOf(fromUri)}/${rel}`);
    if (uri === undefined) return { ok: false, uri: rel, reason: 'outside-root', detail: 'the project is the files of this page' };
    const text = this.files.get(uri);
    return text === undefined ? { ok: false, uri, reason: 'not-found' } : { ok: true, uri, text };
  };

  /**
   * Lint as `reclint <every file>` does: policies and `.ivr` scripts; a call flow through the policies
   * that name it; a script or flow no policy reads gets `script-not-named`.
   */
  lint(): MemoryLint {
    const files = [...this.files].filter(([p]) => isPolicyUri(p) || isScriptUri(p)).map(([uri, text]) => ({ uri, text }));
    const u = lintUnits({ files, options: this.options, readScript: this.readScript });
    const suppressed: Finding[] = [];
    const result: LintResult = { findings: finishLint(u.units.values(), u.texts, this.options, undefined, (f) => suppressed.push(f)), texts: u.texts, dependencies: u.dependencies, internalErrors: u.internalErrors };
    const read = new Set<string>();
    for (const deps of result.dependencies.values()) for (const d of deps) read.add(d);
    const unnamed = [...this.files].filter(([p]) => p !== CONFIG_FILE && !isPolicyUri(p) && (isScriptUri(p) || isFlowCandidate(p)) && !read.has(p));
    const extra = finishLint([unnamed.map(([p, t]) => scriptNotNamed(p, t))], new Map(unnamed), this.options);
    const findings: Finding[] = [...result.findings, ...extra];
    return { ...result, findings, configProblems: this.configProblems, suppressed };
  }

  /**
   * The art. 30 register of the project's policies (core/register), with the findings of this lint;
   * throws RegisterProblem when the policies name several controllers and none is given.
   */
  register(format: RegisterFormat, o: { version: string; controller?: string }): string {
    const r = this.lint();
    const findings: RegisterFinding[] = [...r.findings, ...r.suppressed.map((f) => ({ ...f, held: 'suppressed' as const }))];
    const policies = [...this.files].filter(([p]) => isPolicyUri(p)).map(([uri, text]) => ({ uri, text, jurisdiction: this.opts.jurisdiction, forceJurisdiction: this.opts.forceJurisdiction }));
    return makeRegister({ version: o.version, policies, findings, config: this.config.register ?? {}, controller: o.controller }, format, { bom: false }).text;
  }

  /** The safe fixes of one file applied to a fixed point, as `reclint --fix` applies them. */
  fix(path: string): { text: string; fixes: number } {
    const text = this.files.get(path) ?? '';
    const r = fixToFixedPoint(path, text, (t) => new MemoryProject(new Map([...this.files, [path, t]]), this.over).lint().findings.filter((f) => f.uri === path));
    return { text: r.text, fixes: r.fixes };
  }
}
