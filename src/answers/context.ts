import type { Meeting, NextMeeting, Problem } from "../corpus/model.js";
import type { MinutesSearch } from "../search/types.js";

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
