import { existsSync } from "node:fs";
import { setImmediate as nextTurn } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { idleCores } from "../idle-cores.js";
import type { FileReading } from "./load.js";

/** A minutes file to parse: its path relative to the corpus directory, and its text. */
export interface UnparsedFile {
  file: string;
  text: string;
}

/** What the main thread sends a parse thread: one chunk of the files, by its number. */
export interface ParseRequest {
  chunk: number;
  files: UnparsedFile[];
}

/**
 * What a parse thread sends back: the readings of one chunk, in the order of its files, as JSON.
 * JSON.parse rebuilds them in a third of the time the structured clone of the objects takes, and
 * the meeting cache keeps them as JSON too, so a reading is the same whichever way it came.
 */
export interface ParseResult {
  chunk: number;
  readings: string;
}

export interface ParseOptions {
  /**
   * How many threads besides this one may parse; by default the cores other processes leave idle
   * beyond this thread's (at most MAX_THREADS). 0 parses everything in this thread.
   */
  threads?: number;
}

// Below this many files a start is quicker without parse threads, by default. A thread loads
// and warms up the parser before it is fast, and sends its meetings back: measured cold starts of
// the bench's corpora on an idle 2-core machine (bundled, ready to the first query, 2-3 runs
// each, threads vs none), 1,000 files 2.09-2.15 s vs 1.78-2.05 s, 2,000 3.43-3.71 vs 3.22-3.31,
// 5,000 6.07-6.20 vs 5.96-6.07, 10,000 10.6-11.0 vs 12.0-12.2.
export const MIN_FILES_FOR_THREADS = 5_000;
// Small enough that no thread waits long for the last chunks, large enough that messages are few.
const FILES_PER_CHUNK = 16;
// Chunks a thread holds at once: it starts the next while the one before is on its way back.
const CHUNKS_AHEAD = 2;
// Beyond a few threads, cloning meetings back into this one costs more than parsing saves.
const MAX_THREADS = 3;

// Compiled next to this file in dist/; absent when the TypeScript sources are run directly (the
// unit tests), where files are parsed in this thread.
const WORKER_FILE = fileURLToPath(new URL("./parse-worker.js", import.meta.url));

/**
 * Reads every file as minutes, in chunks shared between this thread and a few worker threads when
 * there are many, so a cold start uses more than one core. The readings are those readMinutes
 * gives in this thread, in the order of `files`. A thread that fails loses no file: its chunks
 * are parsed here instead.
 */
export async function parseAll(
  files: UnparsedFile[],
  options: ParseOptions = {},
): Promise<FileReading[]> {
  if (files.length === 0) return [];
  const { readMinutes } = await import("./read-minutes.js");
  // Threads asked for are used whatever the count (the equivalence test asks for them).
  const threads =
    options.threads !== undefined || files.length >= MIN_FILES_FOR_THREADS
      ? threadCount(options)
      : 0;
  const readings: FileReading[] = new Array(files.length);
  const chunks: number[] = [];
  for (let start = 0; start < files.length; start += FILES_PER_CHUNK) chunks.push(start);
  const slice = (chunk: number) => files.slice(chunk, chunk + FILES_PER_CHUNK);
  const store = (chunk: number, results: FileReading[]) => {
    for (const [i, reading] of results.entries()) readings[chunk + i] = reading;
  };

  // Chunks still to parse, taken from the front; a failed thread's are put back there.
  let outstanding = 0;
  let wake: (() => void) | null = null;
  const workers: Worker[] = [];
  for (let n = 0; n < threads; n++) {
    const worker = new Worker(WORKER_FILE);
    const held = new Set<number>();
    const feed = () => {
      while (held.size < CHUNKS_AHEAD && chunks.length > 0) {
        const chunk = chunks.shift() as number;
        held.add(chunk);
        outstanding++;
        worker.postMessage({ chunk, files: slice(chunk) } satisfies ParseRequest);
      }
    };
    worker.on("message", ({ chunk, readings: results }: ParseResult) => {
      store(chunk, JSON.parse(results) as FileReading[]);
      held.delete(chunk);
      outstanding--;
      feed();
      wake?.();
    });
    // The error is not ours to report: the files it held are parsed here, with their problems.
    worker.on("error", () => undefined);
    // A reading that cannot be cloned back would leave its chunk held for ever: end the thread.
    worker.on("messageerror", () => void worker.terminate());
    worker.on("exit", () => {
      chunks.unshift(...held);
      outstanding -= held.size;
      held.clear();
      wake?.();
    });
    workers.push(worker);
    feed();
  }

  try {
    while (chunks.length > 0 || outstanding > 0) {
      const chunk = chunks.shift();
      if (chunk === undefined) {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        wake = null;
        continue;
      }
      store(
        chunk,
        slice(chunk).map(({ file, text }) => readMinutes(text, file)),
      );
      // Lets the threads' results in (and hands them more), and a running app answer meanwhile.
      await nextTurn();
    }
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return readings;
}

// A thread loads and warms up the parser (0.8 s of CPU at 1,000 files here): only idle cores
// are worth it (idle-cores.ts).
function threadCount({ threads }: ParseOptions): number {
  if (threads !== undefined) return threads;
  if (!existsSync(WORKER_FILE)) return 0;
  return Math.min(MAX_THREADS, idleCores());
}
