/** Shared by the register tests: run `reclint register` in this process, and JSON-LD → N-Quads under the socket trap. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runRegister } from '../../../src/cli/register';

export const REPO = path.resolve(__dirname, '../../../..');
export const GOLDEN = path.join(REPO, 'server/test/data/register');
export const ZONNESTROOM = 'Zonnestroom Energie B.V.';
const PRELOAD = path.join(REPO, 'server/test/security/no-network-preload.cjs');
const TO_RDF = path.join(__dirname, 'to-rdf.cjs');

export async function register(args: string[], cwd = REPO): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runRegister(args, { cwd, out: (s) => out.push(s), err: (s) => err.push(s), readStdin: async () => '', isTTY: false, env: {} });
  return { code, out: out.join(''), err: err.join('') };
}

export function tempDir(prefix = 'reclint-register-'): string {
  return fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
}

export interface RdfResult {
  nquads?: string;
  error?: string;
  details?: string;
  loads: string[];
  /** What the socket trap recorded (empty: no network was touched). */
  recorded: string;
}

/** `jsonld.toRDF` in safe mode with a loader that throws, in a child process under the socket trap. */
export function toRdf(doc: unknown): RdfResult {
  const dir = tempDir('reclint-rdf-');
  const log = path.join(dir, 'net.log');
  fs.writeFileSync(log, '');
  const r = spawnSync(process.execPath, ['--require', PRELOAD, TO_RDF], { cwd: REPO, input: JSON.stringify(doc), encoding: 'utf8', env: { ...process.env, RECLINT_NET_LOG: log } });
  const recorded = fs.readFileSync(log, 'utf8');
  fs.rmSync(dir, { recursive: true, force: true });
  if (r.status !== 0) throw new Error(`to-rdf failed (${r.status}): ${r.stderr}`);
  return { ...(JSON.parse(r.stdout) as Omit<RdfResult, 'recorded'>), recorded };
}

export function readGolden(name: string): string {
  return fs.readFileSync(path.join(GOLDEN, name), 'utf8');
}
