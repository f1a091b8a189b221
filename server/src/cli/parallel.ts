/**
 * Linting many files on every core: the policies are split across worker threads, each running the
 * same core with the same host; the results are merged, deduplicated and sorted as one run would be.
 */
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { lint, type LintResult } from '../core/engine';
import { compareFindings, type Finding } from '../core/findings';
import type { SourceFile } from '../core/text';
import { createLintHost, type HostParams } from './lint-host';

/** Below this many files one thread is faster than starting workers. */
export const PARALLEL_THRESHOLD = 200;

interface Job { params: HostParams; files: (SourceFile & { abs: string })[] }
interface Reply { findings: Finding[]; texts: [string, string][]; dependencies: [string, string[]][]; internalErrors: number }

export function workerCount(files: number): number {
  if (files < PARALLEL_THRESHOLD) return 1;
  return Math.max(1, Math.min(availableParallelism(), Math.ceil(files / 100)));
}

function runJob(job: Job): Reply {
  const host = createLintHost(job.params);
  for (const f of job.files) host.absOf.set(f.uri, f.abs);
  const r = lint({ files: job.files, options: host.options, readScript: host.readScript });
  const own = new Set(job.files.map((f) => f.uri));
  return { findings: r.findings, texts: [...r.texts].filter(([u]) => !own.has(u)), dependencies: [...r.dependencies], internalErrors: r.internalErrors };
}

export async function lintParallel(params: HostParams, files: (SourceFile & { abs: string })[], workers: number, entry: string): Promise<LintResult> {
  // Policies are spread round-robin; scripts go with the first chunk (policies read theirs anyway).
  const chunks: Job[] = Array.from({ length: workers }, () => ({ params, files: [] }));
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
  const texts = new Map<string, string>(files.map((f) => [f.uri, f.text]));
  const dependencies = new Map<string, string[]>();
  const seen = new Set<string>();
  const findings: Finding[] = [];
  let internalErrors = 0;
  for (const r of replies) {
    for (const [u, t] of r.texts) texts.set(u, t);
    for (const [u, d] of r.dependencies) dependencies.set(u, d);
    internalErrors += r.internalErrors;
    for (const f of r.findings) {
      const key = `${f.uri}\u0000${f.span.start}\u0000${f.span.end}\u0000${f.ruleId}\u0000${f.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(f);
    }
  }
  findings.sort(compareFindings);
  return { findings, texts, dependencies, internalErrors };
}

/** When this bundle runs as a lint worker: do the job and reply. Returns true in a worker. */
export function serveWorker(): boolean {
  if (isMainThread || !parentPort) return false;
  const data = workerData as { reclintLintJob?: Job } | undefined;
  if (!data?.reclintLintJob) return false;
  parentPort.postMessage(runJob(data.reclintLintJob));
  return true;
}
