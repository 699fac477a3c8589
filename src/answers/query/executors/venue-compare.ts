import type { Meeting } from "../../../corpus/model.js";
import { withDetail } from "../../answer.js";
import { meetingLabel } from "../../format.js";
import { blankAnswer } from "../../intent-answerer.js";
import type { Executor } from "../executor.js";
import { comparedSides } from "./compared-sides.js";
import { whenAndWhere } from "./venue.js";

// "Which started earlier", "which one began later": the start times set against each other.
const WHICH_TIME = /\b(?:earlier|later|first|sooner)\b/;

/**
 * Two meetings' start times and venues side by side ("which started earlier, the 2015 board or the
 * June 2020 DMG?", "where was each held - the 2015 board and the 2020 DMG?", "start times: Feb 21
 * v Apr 22"): each as its header records them, or that it records none; which started earlier
 * when both headers give a time.
 */
export const venueCompareExecutor: Executor = (input) => {
  const { question, query } = input;
  const sides = comparedSides(input, "meeting");
  if (!("earlier" in sides)) return sides;
  const [first, second] = [sides.earlier.meetings.at(-1), sides.later.meetings.at(-1)];
  const answer = blankAnswer("meeting", question, "Start times and venues");
  answer.query = query;
  if (!first || !second) return answer;
  const both: Meeting[] = [first, second];
  answer.meetings = both.map((m) => m.id);
  answer.title = `Start times and venues: ${both.map(meetingLabel).join(" and ")}`;
  if (WHICH_TIME.test(question.text) && first.time && second.time && first.time !== second.time) {
    const [sooner, after] = first.time < second.time ? [first, second] : [second, first];
    answer.title = `${meetingLabel(sooner)} started earlier in the day (${sooner.time}) than ${meetingLabel(after)} (${after.time})`;
  }
  answer.summary = both.map((m) => `${meetingLabel(m)}: ${whenAndWhere(m)}`).join(" ");
  answer.sections = both.map((m) => ({
    heading: meetingLabel(m),
    text: whenAndWhere(m),
    bullets: [],
    citation: null,
  }));
  return withDetail(answer, { kind: "list" });
};
