import type { Meeting } from "../../../corpus/model.js";
import { withDetail } from "../../answer.js";
import { meetingLabel } from "../../format.js";
import { blankAnswer } from "../../intent-answerer.js";
import type { Executor } from "../executor.js";
import { comparedSides } from "./compared-sides.js";
import { announcedAt } from "./scheduled.js";

/**
 * "Next mtg dates: 2015 board v june 2020 dmg": what each meeting's own minutes announced as the
 * next meeting(s), side by side, each cited at its line, or that they announce none.
 */
export const scheduledCompareExecutor: Executor = (input) => {
  const { question, query } = input;
  const sides = comparedSides(input, "next");
  if (!("earlier" in sides)) return sides;
  const both = [sides.earlier.meetings.at(-1), sides.later.meetings.at(-1)].filter(
    (meeting): meeting is Meeting => meeting !== undefined,
  );
  const answer = blankAnswer("next", question, "Next meetings announced");
  answer.query = query;
  answer.meetings = both.map((m) => m.id);
  answer.title = `Next meetings announced: ${both.map(meetingLabel).join(" and ")}`;
  const each = both.map((meeting) => ({ meeting, announced: announcedAt(input, meeting) }));
  answer.summary = each
    .map(
      ({ meeting, announced }) =>
        `${meetingLabel(meeting)}: ${announced.summary ?? announced.title}`,
    )
    .join(" ");
  answer.sections = each.flatMap(({ meeting, announced }) =>
    announced.sections.map((section) => ({
      ...section,
      heading: `${meetingLabel(meeting)}: ${section.heading}`,
    })),
  );
  return withDetail(answer, { kind: "list" });
};
