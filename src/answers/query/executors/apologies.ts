import { type Answer, withDetail } from "../../answer.js";
import { formatDate } from "../../format.js";
import { asksWhetherAny } from "../../intents/attendees.js";
import type { Executor } from "../executor.js";
import { answerWithIntent } from "./intents.js";
import { withOneMeeting } from "./one-meeting.js";

/**
 * Who sent apologies: the apologies come first (not two dozen present names before them), then
 * the rest of the attendance list for reference.
 */
export const apologiesExecutor: Executor = (input) =>
  withOneMeeting(input, "attendees", (meeting) => {
    const answer: Answer = answerWithIntent(input, "attendees", meeting);
    if (!answer.meeting) return answer;
    const apologies = answer.sections.filter((s) => /^Apologies\b/.test(s.heading ?? ""));
    const others = answer.sections.filter((s) => !apologies.includes(s));
    answer.sections = [...apologies, ...others];
    const names = apologies.flatMap((s) => s.bullets.map((b) => b.replace(/:.*$/, "")));
    const where = `the ${answer.meeting.body} meeting on ${formatDate(answer.meeting.date)}`;
    answer.title = `Apologies for ${where}`;
    answer.people = apologies.flatMap((s) => s.people ?? []).map((a) => a.name);
    answer.summary = [
      names.length > 0
        ? `${names.length} sent apologies: ${names.join(", ")}.`
        : "No apologies recorded for this meeting.",
      answer.summary,
    ]
      .filter(Boolean)
      .join(" ");
    // "The april 2023 board - any apologies from hmcts?": yes or no first, then who.
    if (input.query.aggregation !== "count" && asksWhetherAny(input.question.text)) {
      // A meeting whose minutes list no apologies at all asked after no one: they record none,
      // which is less than that no one sent any.
      const shown = answer.meeting.id;
      const record = input.context.meetings.find(({ id }) => id === shown);
      const anyRecorded = record?.attendees.some(({ status }) => status === "apologies") ?? true;
      answer.title =
        names.length > 0
          ? `Yes: ${names.join(", ")} sent apologies to ${where}`
          : anyRecorded
            ? `No: none of those asked after sent apologies to ${where}`
            : `No apologies are recorded for ${where}`;
      return withDetail(answer, { kind: "yes-no", verdict: names.length > 0 });
    }
    if (input.query.aggregation !== "count") return answer;
    answer.title = `${names.length} sent apologies to ${where}`;
    return withDetail(answer, { kind: "count", count: names.length });
  });
