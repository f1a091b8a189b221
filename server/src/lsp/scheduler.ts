/**
 * When the server lints: a throttle per file (the first change lints at once, a burst at most once per
 * delay, on the latest text), one lint at a time, and background work in short slices that yield to
 * new edits. It knows nothing of linting itself: the work is handed in, and so is the clock, so the
 * timing is tested on a hand-driven clock.
 */

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** Let the message loop run (new edits arrive) before going on. */
  yieldToLoop(): Promise<void>;
}

export const REAL_CLOCK: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
  yieldToLoop: () => new Promise<void>((r) => setImmediate(r)),
};

/** The lint work the scheduler runs. */
export interface SchedulerWork {
  /** Which seeds to lint now and which files to leave to the background. */
  split(seeds: readonly string[]): { now: string[]; later: string[] };
  /** Lint these files now. */
  lint(uris: readonly string[], background: boolean): Promise<void>;
  /** After each step: what can be published once the background holds no more of it. */
  settled(): void;
  error(message: string, e: unknown): void;
}

export class Scheduler {
  /** How many files a background chunk lints before it may yield (a few ms of work). */
  static readonly CHUNK = 8;
  /** How long background work runs before it yields to the message loop. */
  static readonly SLICE_MS = 10;

  /** Lints waiting for their time (the trailing edge of the throttle), by uri. */
  private readonly timers = new Map<string, unknown>();
  /** Uris queued for the next lint run; it reads their texts when it starts. */
  private readonly pending = new Set<string>();
  /** Uris in the lint running now, and those of them that changed meanwhile (with their delay). */
  private readonly running = new Set<string>();
  private readonly rerun = new Map<string, number>();
  /** When each file's last lint finished. */
  private readonly lastLint = new Map<string, number>();
  /** Files to lint off the critical path, in chunks that yield to new edits. */
  private readonly background = new Set<string>();
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly work: SchedulerWork, private readonly clock: Clock = REAL_CLOCK) {}

  /**
   * Lint a file soon: at once when it was not linted within the last `delay` ms and no lint for it is
   * waiting, else once at the end of that window, on the text it has then.
   */
  schedule(uri: string, delay: number): void {
    // A lint that reads the latest text is already coming.
    if (this.timers.has(uri) || this.pending.has(uri)) return;
    if (this.running.has(uri)) {
      // Running on an older text: lint again `delay` after it ends.
      this.rerun.set(uri, Math.max(delay, this.rerun.get(uri) ?? 0));
      return;
    }
    const last = this.lastLint.get(uri);
    const wait = last === undefined ? 0 : Math.max(0, last + delay - this.clock.now());
    if (wait === 0) {
      // At once: queued now, so that background work sees it at its next chunk.
      void this.enqueue([uri]);
      return;
    }
    this.timers.set(uri, this.clock.setTimeout(() => {
      this.timers.delete(uri);
      void this.enqueue([uri]);
    }, wait));
  }

  /** Is another lint of this file on its way (so a result for an older text may be dropped)? */
  lintComing(uri: string): boolean {
    return this.timers.has(uri) || this.pending.has(uri) || this.rerun.has(uri);
  }

  /** Is any file still waiting in the background? */
  inBackground(pred: (uri: string) => boolean): boolean {
    for (const u of this.background) if (pred(u)) return true;
    return false;
  }

  /** Lint now (serialised after any running lint); seeds that pile up are linted together. */
  enqueue(uris: readonly string[]): Promise<void> {
    for (const u of uris) this.pending.add(u);
    const run = this.queue.then(async () => {
      if (this.pending.size > 0) {
        const seeds = [...this.pending];
        this.pending.clear();
        await this.lintSeeds(seeds);
      }
      await this.drainBackground();
    });
    this.queue = run.catch((e: unknown) => this.work.error('linting failed', e));
    return this.queue;
  }

  /** Resolves when nothing is waiting: no seeds, no background work. */
  async idle(): Promise<void> {
    for (let guard = 0; guard < 100_000 && (this.pending.size > 0 || this.background.size > 0); guard++) await this.enqueue([]);
    await this.queue;
  }

  /** Forget a file's timing (it is gone). */
  forget(uri: string): void {
    this.lastLint.delete(uri);
    this.background.delete(uri);
  }

  private async lintSeeds(seeds: readonly string[]): Promise<void> {
    for (const s of seeds) this.running.add(s);
    try {
      const { now, later } = this.work.split(seeds);
      for (const u of now) this.background.delete(u);
      for (const u of later) this.background.add(u);
      await this.work.lint(now, false);
      this.work.settled();
    } finally {
      const t = this.clock.now();
      for (const u of this.running) this.lastLint.set(u, t);
      const again = [...this.rerun];
      this.running.clear();
      this.rerun.clear();
      for (const [u, delay] of again) this.schedule(u, delay);
    }
  }

  /** Lint the background in chunks, yielding to the message loop every few milliseconds; new seeds go first. */
  private async drainBackground(): Promise<void> {
    let slice = this.clock.now();
    while (this.background.size > 0) {
      if (this.clock.now() - slice >= Scheduler.SLICE_MS) {
        await this.clock.yieldToLoop();
        slice = this.clock.now();
      }
      // A new edit waits for no more than one chunk: its run is queued after this one.
      if (this.pending.size > 0) return;
      const chunk: string[] = [];
      for (const u of this.background) {
        chunk.push(u);
        if (chunk.length >= Scheduler.CHUNK) break;
      }
      for (const u of chunk) this.background.delete(u);
      await this.work.lint(chunk, true);
      this.work.settled();
    }
  }
}
