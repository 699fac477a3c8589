import type { Meeting } from "../../../corpus/model.js";
import { type AnswerSection, withDetail } from "../../answer.js";
import { citeLine, meetingLabel, plural } from "../../format.js";
import { blankAnswer } from "../../intent-answerer.js";
import type { Executor } from "../executor.js";
import { itemMentions, spellSubject } from "../mentions.js";
import { comparedSides } from "./compared-sides.js";
import { sectionsOf } from "./passages.js";

// The items shown for each side: the ones most about the subject.
const ITEMS_PER_SIDE = 2;

/**
 * A subject at two meetings side by side ("PCP: Feb 2021 vs April 2022", "compare what was said
 * about backlogs in June 2020 and April 2023"): what each side's minutes say of it, earlier side
 * first, each with its cited passage, and a side whose minutes do not mention it said to be so.
 */
export const compareSubjectExecutor: Executor = (input) => {
  const { query, question, context } = input;
  const sides = comparedSides(input, "meetings");
  if (!("earlier" in sides)) return sides;
  const subject = spellSubject(query.topic, context.meetings, context.search);
  const words = subject.join(" ");
  const both = [sides.earlier.meetings, sides.later.meetings];
  const label = (meetings: readonly Meeting[]) => meetings.map(meetingLabel).join(", ");
  const answer = blankAnswer(
    "meetings",
    question,
    `“${words}”: ${label(sides.earlier.meetings)} and ${label(sides.later.meetings)}`,
  );
  answer.meetings = both.flat().map((m) => m.id);
  if (subject.length === 0) {
    answer.title = "Compare what subject?";
    answer.summary =
      "Name the subject and the two meetings, e.g. “fraud: April 2022 vs April 2023”.";
    return answer;
  }
  const found = both.map((meetings) => meetings.flatMap((m) => itemMentions(m, subject)));
  const [before = [], after = []] = found;
  const sections: AnswerSection[] = both.flatMap((meetings, side) => {
    const mentions = found[side] ?? [];
    if (mentions.length > 0)
      return mentions.slice(0, ITEMS_PER_SIDE).flatMap((m) => sectionsOf(m, false, subject));
    const first = meetings[0];
    return first
      ? [
          {
            heading: label(meetings),
            text: `No agenda item mentions “${words}”.`,
            bullets: [],
            citation: citeLine(first, first.items[0]?.line ?? 1, false),
          },
        ]
      : [];
  });
  answer.sections = sections;
  const [earlier, later] = [label(sides.earlier.meetings), label(sides.later.meetings)];
  answer.summary =
    before.length > 0 && after.length > 0
      ? `Discussed at both: ${plural(before.length, "item")} at ${earlier}, ${plural(after.length, "item")} at ${later}.`
      : before.length > 0 || after.length > 0
        ? `Discussed at ${before.length > 0 ? earlier : later} only; the minutes of ${before.length > 0 ? later : earlier} do not mention “${words}”.`
        : `Neither meeting's minutes mention “${words}”.`;
  answer.followUps = [`timeline of ${words}`, `which meetings discussed ${words}?`];
  return withDetail(answer, { kind: "list" });
};
