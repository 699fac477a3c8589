import { type LoadedCorpus, loadCorpus } from "../corpus/load.js";
import type { Meeting, NextMeeting, Problem } from "../corpus/model.js";
import { openSearch } from "../search/index.js";
import type { MinutesSearch } from "../search/types.js";
import { questionSearch } from "./asked-of.js";
import { localToday } from "./dates.js";
import { MinutesDirectory } from "./directory.js";
import { loadRecordCache, type RecordStore } from "./record-cache.js";

/**
 * Everything an answer is computed from: one immutable snapshot of the corpus and its index,
 * shared by every face. A live corpus replaces the snapshot; it never changes one.
 */
export interface AnswerContext {
  /** Sorted by date. */
  meetings: Meeting[];
  /** Meetings an admin listed in corpus/schedule.yml. */
  schedule: NextMeeting[];
  problems: Problem[];
  /** A hash of the loaded corpus (LoadedCorpus.version): replicas holding the same minutes agree on it. */
  corpusVersion: string;
  search: MinutesSearch;
  /** Today's date as YYYY-MM-DD (injected so "next meeting" can be tested). */
  today: () => string;
  /** What answering works out once from `meetings` (people, ordinary words, posts). */
  directory: MinutesDirectory;
}

/**
 * A context for a snapshot, with the directory of its meetings; `store` is where the directory
 * saves what it gathers between starts (null: nowhere).
 */
export function answerContext(
  snapshot: Omit<AnswerContext, "directory">,
  store: RecordStore | null = null,
): AnswerContext {
  // Questions never search for the words they ask of their subject ("what was agreed").
  const search = questionSearch(snapshot.search);
  return {
    ...snapshot,
    search,
    directory: new MinutesDirectory(snapshot.meetings, search, store),
  };
}

/** Where a face gets the context to answer from: the snapshot current when the question arrives. */
export interface ContextSource {
  current(): AnswerContext;
}

export interface AnswerContextOptions {
  corpusDir: string;
  /** YYYY-MM-DD; by default the real local date, read afresh for every question. */
  today?: string;
  /** Where parsed meetings and the search index are cached (Config.cacheDir), or null for none. */
  cacheDir: string | null;
}

/** Loads the corpus and opens its search index: the context every face answers from. */
export async function createAnswerContext(options: AnswerContextOptions): Promise<AnswerContext> {
  return contextFor(await loadCorpus(options.corpusDir, { cacheDir: options.cacheDir }), options);
}

/** The context for a loaded corpus: opens (or builds) its search index. */
export async function contextFor(
  corpus: LoadedCorpus,
  options: Omit<AnswerContextOptions, "corpusDir">,
): Promise<AnswerContext> {
  const store = options.cacheDir ? { dir: options.cacheDir, corpusVersion: corpus.version } : null;
  // The records' words saved by an earlier start are read beside the index.
  const [search, words] = await Promise.all([
    openSearch(corpus.meetings, { cacheDir: options.cacheDir, corpusVersion: corpus.version }),
    store ? loadRecordCache(store) : null,
  ]);
  const fixed = options.today;
  return answerContext(
    {
      meetings: corpus.meetings,
      schedule: corpus.schedule,
      problems: corpus.problems,
      corpusVersion: corpus.version,
      search,
      today: fixed ? () => fixed : () => localToday(),
    },
    store ? { ...store, words } : null,
  );
}
