/**
 * Linting many files on every core: the policies are split across worker threads, each running the
 * same core with the same host; the results are merged, deduplicated and sorted as one run would be.
 */
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { lintUnits, type LintUnits } from '../core/engine';
import type { Finding } from '../core/findings';
import type { SourceFile } from '../core/text';
import { memberRead, readKey, recordingReader } from './cache';
import { ProjectHost, type ProjectParams } from '../host/project';

/** Below this many files one thread is faster than starting workers (a file costs well under 1 ms). */
export const PARALLEL_THRESHOLD = 1000;
/**
 * Fewer logical CPUs than this: one thread. Measured on a 2-vCPU machine (bench/): two workers took
 * 1.9 s for 2,000 policies where one thread took 1.3 s; the two vCPUs behave like one core's two
 * hyper-threads, and each worker pays its own start and the copying of files and findings.
 */
export const PARALLEL_MIN_CPUS = 4;

/** Lint units, and (when asked) the script reads of each policy, for the cache. */
export interface UnitsWithReads extends LintUnits {
  reads: Map<string, [string, string][]>;
}

interface Job { params: ProjectParams; files: SourceFile[]; record: boolean }
interface Reply { units: [string, Finding[]][]; texts: [string, string][]; dependencies: [string, string[]][]; internalErrors: number; reads: [string, [string, string][]][] }

export function workerCount(files: number, cpus = availableParallelism()): number {
  if (files < PARALLEL_THRESHOLD || cpus < PARALLEL_MIN_CPUS) return 1;
  return Math.max(1, Math.min(cpus, Math.ceil(files / 250)));
}

/** Lint in this thread, with the same host a worker would build. */
export function lintHere(host: ProjectHost, files: readonly SourceFile[], record: boolean): UnitsWithReads {
  const rec = record ? recordingReader(host.readScript) : undefined;
  const u = lintUnits({ files, options: (uri) => host.options(uri), readScript: rec?.readScript ?? host.readScript });
  const reads = rec?.reads ?? new Map<string, [string, string][]>();
  // The files a policy's flow sets read count as its reads: a change to any of them re-lints it.
  if (rec) {
    for (const [policy, list] of u.memberReads) {
      const own = reads.get(policy) ?? [];
      for (const [from, p] of list) own.push([memberRead(from, p), readKey(host.readScript(from, p))]);
      reads.set(policy, own);
    }
  }
  return { ...u, reads };
}

function runJob(job: Job): Reply {
  const host = new ProjectHost(job.params);
  const r = lintHere(host, job.files, job.record);
  const own = new Set(job.files.map((f) => f.uri));
  return { units: [...r.units], texts: [...r.texts].filter(([u]) => !own.has(u)), dependencies: [...r.dependencies], internalErrors: r.internalErrors, reads: [...r.reads] };
}

export async function lintParallel(params: ProjectParams, files: SourceFile[], workers: number, entry: string, record = false): Promise<UnitsWithReads> {
  // Policies are spread round-robin; scripts go with the first chunk (policies read theirs anyway).
  const chunks: Job[] = Array.from({ length: workers }, () => ({ params, files: [], record }));
  let i = 0;
  for (const f of files) {
    if (/\.ivr$/i.test(f.uri)) chunks[0].files.push(f);
    else chunks[i++ % workers].files.push(f);
  }
  const replies = await Promise.all(
    chunks.map(
      (job) =>
        new Promise<Reply>((resolve, reject) => {
          const w = new Worker(entry, { workerData: { reclintLintJob: job } });
          w.once('message', (m: Reply) => resolve(m));
          w.once('error', reject);
          w.once('exit', (code) => { if (code !== 0) reject(new Error(`a lint worker stopped with code ${code}`)); });
        }),
    ),
  );
  // Units in the order one thread would give them: policies as given, then scripts.
  const byUri = new Map<string, Finding[]>();
  const texts = new Map<string, string>(files.map((f) => [f.uri, f.text]));
  const dependencies = new Map<string, string[]>();
  const reads = new Map<string, [string, string][]>();
  let internalErrors = 0;
  for (const r of replies) {
    for (const [u, f] of r.units) if (!byUri.has(u)) byUri.set(u, f);
    for (const [u, t] of r.texts) texts.set(u, t);
    for (const [u, d] of r.dependencies) dependencies.set(u, d);
    for (const [u, d] of r.reads) reads.set(u, d);
    internalErrors += r.internalErrors;
  }
  const units = new Map<string, Finding[]>();
  for (const f of files) if (byUri.has(f.uri) && !/\.ivr$/i.test(f.uri)) units.set(f.uri, byUri.get(f.uri)!);
  for (const [u, f] of byUri) if (!units.has(u)) units.set(u, f);
  return { units, texts, dependencies, internalErrors, reads, memberReads: new Map() };
}

/** When this bundle runs as a lint worker: do the job and reply. Returns true in a worker. */
export function serveWorker(): boolean {
  if (isMainThread || !parentPort) return false;
  const data = workerData as { reclintLintJob?: Job } | undefined;
  if (!data?.reclintLintJob) return false;
  parentPort.postMessage(runJob(data.reclintLintJob));
  return true;
}
