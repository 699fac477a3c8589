import type { Meeting } from "../../corpus/model.js";
import type { AnswerSection } from "../answer.js";
import { dateMatches } from "../dates.js";
import { labelledBullets } from "../emphasis.js";
import { dateSpan, formatDate, plural } from "../format.js";
import { blankAnswer, type IntentAnswerer } from "../intent-answerer.js";
import { meetingPhrase } from "../which-meeting.js";

function bulletFor(meeting: Meeting): [string, string] {
  const attended = meeting.attendees.filter((a) => a.status !== "apologies").length;
  return [
    formatDate(meeting.date),
    `${meeting.title}, ${plural(attended, "attendee")}, ${plural(meeting.items.length, "item")} (${meeting.file})`,
  ];
}

/** The meetings in the minutes, by year and body, narrowed by any body or period named. */
export const answerMeetings: IntentAnswerer = ({ question, context }) => {
  const { body, date } = question.reference;
  const listed = context.meetings.filter(
    (m) => (!body || m.body === body) && (!date || dateMatches(date.spec, m.date)),
  );
  const scope = [body, date ? question.text.slice(date.start, date.end) : null]
    .filter(Boolean)
    .join(", ");
  const answer = blankAnswer(
    "meetings",
    question,
    scope ? `Meetings in the minutes (${scope})` : "Meetings in the minutes",
  );
  const groups = new Map<string, Meeting[]>();
  for (const meeting of listed) {
    const key = `${meeting.date.slice(0, 4)} ${meeting.body}`;
    groups.set(key, [...(groups.get(key) ?? []), meeting]);
  }
  answer.sections = [...groups.entries()].map(
    ([key, meetings]): AnswerSection => ({
      heading: key,
      text: null,
      ...labelledBullets(meetings.map(bulletFor)),
      citation: null,
    }),
  );
  const first = listed[0];
  const last = listed.at(-1);
  if (first && last) {
    const bodies = (["LCRB", "DMG"] as const)
      .map((b) => [b, listed.filter((m) => m.body === b).length] as const)
      .filter(([, n]) => n > 0)
      .map(([b, n]) => `${n} ${b}`)
      .join(", ");
    answer.summary = `${plural(listed.length, "meeting")} (${bodies}), ${dateSpan(first.date, last.date)}.`;
    answer.followUps = [
      `what happened at ${meetingPhrase(last)}?`,
      `who attended ${meetingPhrase(last)}?`,
      "when is the next meeting?",
    ];
  } else {
    answer.summary =
      context.meetings.length === 0
        ? "No minutes are loaded."
        : `No meetings in the minutes match; I hold ${plural(context.meetings.length, "meeting")} in all.`;
    answer.followUps = ["list the meetings"];
  }
  return answer;
};
