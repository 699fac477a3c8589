import { type LoadedCorpus, loadCorpus } from "./load.js";
import { writeMeetingCache } from "./meeting-cache.js";
import type { Meeting, Problem } from "./model.js";
import { type DirectoryWatch, watchDirectory } from "./watch.js";

/** What a reload changed, with the new corpus. Meetings are matched by the file they come from. */
export interface CorpusUpdate {
  corpus: LoadedCorpus;
  /** Meetings from files that gave none before (new files, or files that now read as minutes). */
  added: Meeting[];
  /** Meetings whose file's content changed. */
  changed: Meeting[];
  /** Meetings whose file is gone (as they were before the reload). */
  removed: Meeting[];
}

/** Called after each reload that changed something; may be async, and its failure is only logged. */
export type CorpusListener = (update: CorpusUpdate) => void | Promise<void>;

export interface LiveCorpusOptions {
  /** Where parsed meetings are cached (Config.cacheDir), or null for none. */
  cacheDir: string | null;
  /** Where the live corpus reports what a listener or the watch could not do. */
  log(line: string): void;
  debounceMs?: number;
}

/**
 * The corpus of one directory, kept current: `reload()` re-reads the directory (parsing only the
 * files whose content changed) and tells the subscribers what changed; `watch()` reloads whenever
 * the directory has changed and settled. Reloads never overlap: a change during a reload makes
 * one more reload after it.
 */
export class LiveCorpus {
  readonly dir: string;
  #corpus: LoadedCorpus;
  readonly #options: LiveCorpusOptions;
  readonly #listeners = new Set<CorpusListener>();
  // Reloads run one after another: the last one started, and one waiting to start, if any.
  #tail: Promise<unknown> = Promise.resolve();
  #waiting: Promise<CorpusUpdate | null> | null = null;
  #watch: DirectoryWatch | null = null;

  private constructor(dir: string, corpus: LoadedCorpus, options: LiveCorpusOptions) {
    this.dir = dir;
    this.#corpus = corpus;
    this.#options = options;
  }

  static async open(dir: string, options: LiveCorpusOptions): Promise<LiveCorpus> {
    return new LiveCorpus(dir, await loadCorpus(dir, { cacheDir: options.cacheDir }), options);
  }

  /** The corpus as last loaded; a reload replaces it, never changes it. */
  get current(): LoadedCorpus {
    return this.#corpus;
  }

  /** Calls `listener` after every reload that changed the corpus; returns the unsubscribe function. */
  subscribe(listener: CorpusListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Re-reads the directory; resolves to what changed, or null when nothing did. */
  reload(): Promise<CorpusUpdate | null> {
    // A reload that has not started yet will read the directory as it is now: share it.
    if (this.#waiting) return this.#waiting;
    const run = this.#tail.then(() => {
      this.#waiting = null;
      return this.#reloadOnce();
    });
    this.#waiting = run;
    this.#tail = run.catch(() => undefined);
    return run;
  }

  /** Reloads whenever the directory changes, until close(). */
  watch(): void {
    this.#watch ??= watchDirectory(
      this.dir,
      () => {
        this.reload().catch((error: unknown) =>
          this.#options.log(`could not reload ${this.dir}: ${(error as Error).message}`),
        );
      },
      {
        ...(this.#options.debounceMs !== undefined ? { debounceMs: this.#options.debounceMs } : {}),
        onError: (error) =>
          this.#options.log(`stopped watching ${this.dir} for new minutes: ${error.message}`),
      },
    );
  }

  /** Stops watching; waits for a reload under way, and for the cache the start was writing. */
  async close(): Promise<void> {
    this.#watch?.close();
    this.#watch = null;
    await this.#tail;
    await this.#corpus.saved;
  }

  async #reloadOnce(): Promise<CorpusUpdate | null> {
    const before = this.#corpus;
    // The parsed meetings are saved after the listeners have the new corpus, not before: at
    // 10,000 meetings the cache is 90 MB, and new minutes should be answered without waiting for
    // it. The next reload waits for the save, as it waits for this one.
    const corpus = await loadCorpus(this.dir, { cacheDir: null, previous: before });
    this.#corpus = corpus;
    for (const problem of newProblems(before.problems, corpus.problems))
      this.#options.log(`minutes problem: ${describeProblem(problem)}`);
    if (corpus.version === before.version) {
      await this.#save(before, corpus);
      return null;
    }
    const update = { corpus, ...compare(before, corpus) };
    for (const listener of this.#listeners) {
      try {
        await listener(update);
      } catch (error) {
        this.#options.log(`a corpus listener failed: ${(error as Error).message}`);
      }
    }
    await this.#save(before, corpus);
    return update;
  }

  /** Saves the parsed meetings when a reload read anything anew (a save that fails only costs time). */
  async #save(before: LoadedCorpus, corpus: LoadedCorpus): Promise<void> {
    const { cacheDir } = this.#options;
    // The start's own save may still be under way: this one must land after it, not under it.
    await before.saved;
    const same =
      corpus.files.size === before.files.size &&
      [...corpus.files].every(([file, loaded]) => before.files.get(file) === loaded) &&
      corpus.scheduleReading === before.scheduleReading;
    if (cacheDir && !same)
      await writeMeetingCache(cacheDir, this.dir, {
        files: corpus.files,
        schedule: corpus.scheduleReading,
      });
  }
}

function compare(before: LoadedCorpus, after: LoadedCorpus): Omit<CorpusUpdate, "corpus"> {
  const previous = new Map(before.meetings.map((m) => [m.file, m]));
  const current = new Set(after.meetings.map((m) => m.file));
  const added: Meeting[] = [];
  const changed: Meeting[] = [];
  for (const meeting of after.meetings) {
    const old = previous.get(meeting.file);
    if (!old) added.push(meeting);
    else if (before.files.get(meeting.file)?.hash !== after.files.get(meeting.file)?.hash)
      changed.push(meeting);
  }
  const removed = before.meetings.filter((m) => !current.has(m.file));
  return { added, changed, removed };
}

function problemKey(problem: Problem): string {
  return `${problem.file}\0${problem.line}\0${problem.message}`;
}

function newProblems(before: Problem[], after: Problem[]): Problem[] {
  const known = new Set(before.map(problemKey));
  return after.filter((problem) => !known.has(problemKey(problem)));
}

function describeProblem(problem: Problem): string {
  return `${problem.file}${problem.line === null ? "" : ` line ${problem.line}`}: ${problem.message}`;
}
