import type { Answer, Intent } from "../../answer.js";
import { formatDate } from "../../format.js";
import { blankAnswer } from "../../intent-answerer.js";
import type { ExecutorInput } from "../executor.js";
import type { Resolution } from "../resolve.js";
import { unclearAnswer } from "./unclear.js";

/** The two sides of a comparison, earlier first, and whether the question named the later first. */
export interface ComparedSides {
  earlier: Resolution;
  later: Resolution;
  laterNamedFirst: boolean;
}

/**
 * "Who was new at the 2023 meeting", "how was it different from the one before": one meeting
 * named, set beside the meeting of the same body before it (or, with "after", the one after it).
 */
function withNeighbour(
  resolutions: readonly Resolution[],
  text: string,
  meetings: ExecutorInput["context"]["meetings"],
): (Resolution | undefined)[] {
  const [a, b] = resolutions;
  const one = a?.status === "found" ? a.meetings.at(-1) : undefined;
  if (!a || b || !one) return [a, b];
  const sameBody = meetings.filter((m) => m.body === one.body);
  const pool = sameBody.length > 1 ? sameBody : meetings;
  const index = pool.indexOf(one);
  const after = /\bafter\b/.test(text);
  const other = after ? pool[index + 1] : pool[index - 1];
  if (!other) return [a, b];
  const side: Resolution = { status: "found", meetings: [other], candidates: [], wanted: "" };
  return after ? [a, side] : [side, a];
}

/**
 * The two sides the question sets beside each other (two selectors, or one meeting and its
 * neighbour), or the answer to give instead: a choice or "no such meeting" for a side not found,
 * "nothing to compare with" at either end of the minutes, or "compare which meetings?".
 */
export function comparedSides(input: ExecutorInput, intent: Intent): ComparedSides | Answer {
  const { question, query, resolutions, context } = input;
  for (const [index, resolution] of resolutions.entries())
    if (resolution.status !== "found")
      return unclearAnswer(input, intent, resolution, query.meetings[index]);
  const [a, b] = withNeighbour(resolutions, question.text, context.meetings);
  const alone = a?.status === "found" && !b ? a.meetings.at(-1) : undefined;
  if (alone) {
    const answer = blankAnswer(intent, question, "Nothing to compare with");
    const after = /\bafter\b/.test(question.text);
    answer.summary = `The ${alone.body} meeting on ${formatDate(alone.date)} is the ${after ? "last" : "first"} in the minutes: there is no ${after ? "later" : "earlier"} meeting to compare it with.`;
    answer.meeting = { id: alone.id, date: alone.date, body: alone.body };
    return answer;
  }
  if (!a || !b) {
    const answer = blankAnswer(intent, question, "Compare which meetings?");
    answer.summary =
      "Name two meetings or two years, e.g. “compare attendance between April 2022 and April 2023”.";
    return answer;
  }
  // Earlier first: "joined" means came to the later meeting, not the earlier.
  const aFirst = (a.meetings[0]?.date ?? "") <= (b.meetings[0]?.date ?? "");
  return aFirst
    ? { earlier: a, later: b, laterNamedFirst: false }
    : { earlier: b, later: a, laterNamedFirst: true };
}
