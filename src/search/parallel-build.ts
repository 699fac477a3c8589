import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { idleCores } from "../idle-cores.js";
import type { AcronymEntry } from "./acronyms.js";
import { type BuiltIndex, finishIndex } from "./build.js";
import type { Glossary } from "./glossary.js";
import {
  type IndexPartData,
  type ItemTexts,
  mergePart,
  partData,
  readItems,
} from "./index-part.js";

/** What the main thread sends an index thread: the acronyms mined, and the items to read. */
export interface IndexRequest {
  acronyms: AcronymEntry[];
  items: ItemTexts[];
}

// Reading terms is most of an index build (~0.6 s of CPU at 1,000 meetings, 5,400 items);
// a thread costs ~100 ms to start and warm up, and each item's texts a copy each way. Below this
// many items one thread is quicker.
export const MIN_ITEMS_FOR_THREADS = 2_000;
// The counts of each run are merged in this thread, in order, before packing: past a few runs
// the merging costs more than the reading saves.
const MAX_THREADS = 3;

// Bundled beside this module's chunk in dist/ (an entry point of its own, as every *-worker.ts
// is); absent beside the TypeScript sources (the unit tests), where the index is built here.
const WORKER_FILE = fileURLToPath(new URL("./index-worker.js", import.meta.url));

/**
 * Threads for building the index over many items, started before the items are ready (while the
 * acronyms are mined), so that their start-up overlaps this thread's work. None when there are
 * few items, no compiled worker, or no idle core.
 */
export class IndexThreads {
  readonly #workers: Worker[];

  private constructor(workers: Worker[]) {
    this.#workers = workers;
  }

  /** `threads` overrides the idle cores (0: build in this thread). */
  static start(itemCount: number, threads?: number): IndexThreads {
    let count = threads ?? 0;
    if (threads === undefined && itemCount >= MIN_ITEMS_FOR_THREADS && existsSync(WORKER_FILE))
      count = Math.min(MAX_THREADS, idleCores());
    const workers: Worker[] = [];
    for (let n = 0; n < count; n++) workers.push(new Worker(WORKER_FILE));
    return new IndexThreads(workers);
  }

  /**
   * Builds the index of `items` as buildIndex does, byte for byte: the items are cut into runs
   * of about equal text, this thread reads the first while each thread reads one of the others,
   * and the counts are merged in the items' order. A run whose thread fails is read here.
   */
  async build(
    items: ItemTexts[],
    acronyms: AcronymEntry[],
    glossary: Glossary,
  ): Promise<BuiltIndex> {
    const runs = cut(items, this.#workers.length + 1);
    const later = this.#workers.map((worker, n) => {
      const run = runs[n + 1] as ItemTexts[];
      return new Promise<IndexPartData | null>((resolve) => {
        worker.once("message", (data: IndexPartData) => resolve(data));
        // Whatever the failure, the run is read in this thread instead: no item is lost.
        worker.once("error", () => resolve(null));
        worker.once("exit", () => resolve(null));
        worker.on("messageerror", () => resolve(null));
        worker.postMessage({ acronyms, items: run } satisfies IndexRequest);
      });
    });
    try {
      const part = readItems(runs[0] as ItemTexts[], glossary);
      for (const [n, pending] of later.entries()) {
        const data = await pending;
        mergePart(part, data ?? partData(readItems(runs[n + 1] as ItemTexts[], glossary)));
      }
      return finishIndex(part);
    } finally {
      await Promise.all(this.#workers.map((worker) => worker.terminate()));
    }
  }

  /** Stops threads that will not be given work. */
  async stop(): Promise<void> {
    await Promise.all(this.#workers.map((worker) => worker.terminate()));
  }
}

// Runs of consecutive items with about the same length of text each.
function cut(items: ItemTexts[], count: number): ItemTexts[][] {
  const size = (item: ItemTexts) =>
    item.passages.reduce((sum, text) => sum + text.length, item.title.length);
  const total = items.reduce((sum, item) => sum + size(item), 0);
  const runs: ItemTexts[][] = [[]];
  let read = 0;
  for (const item of items) {
    if (read >= (total * runs.length) / count && runs.length < count) runs.push([]);
    (runs[runs.length - 1] as ItemTexts[]).push(item);
    read += size(item);
  }
  while (runs.length < count) runs.push([]);
  return runs;
}
