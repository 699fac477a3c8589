import { loadCorpus } from "../corpus/load.js";
import type { Meeting, NextMeeting, Problem } from "../corpus/model.js";
import { openSearch } from "../search/index.js";
import type { MinutesSearch } from "../search/types.js";
import { localToday } from "./dates.js";

/** Everything an answer is computed from; built once at start-up and shared by every face. */
export interface AnswerContext {
  /** Sorted by date. */
  meetings: Meeting[];
  /** Meetings an admin listed in corpus/schedule.yml. */
  schedule: NextMeeting[];
  problems: Problem[];
  search: MinutesSearch;
  /** Today's date as YYYY-MM-DD (injected so "next meeting" can be tested). */
  today: () => string;
}

export interface AnswerContextOptions {
  corpusDir: string;
  /** YYYY-MM-DD; by default the real local date, read afresh for every question. */
  today?: string;
  /** Where the search index is cached (Config.cacheDir), or null for none. */
  cacheDir: string | null;
}

/** Loads the corpus and opens its search index: the context every face answers from. */
export async function createAnswerContext(options: AnswerContextOptions): Promise<AnswerContext> {
  const corpus = await loadCorpus(options.corpusDir);
  const search = await openSearch(corpus.meetings, { cacheDir: options.cacheDir });
  const fixed = options.today;
  return {
    meetings: corpus.meetings,
    schedule: corpus.schedule,
    problems: corpus.problems,
    search,
    today: fixed ? () => fixed : () => localToday(),
  };
}
