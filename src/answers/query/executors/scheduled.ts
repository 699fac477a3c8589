import type { Meeting } from "../../../corpus/model.js";
import type { Answer } from "../../answer.js";
import { citeLine, meetingLabel, meetingRef } from "../../format.js";
import { blankAnswer } from "../../intent-answerer.js";
import { describeNextMeeting } from "../../intents/next.js";
import { mentionDate, mentionSections } from "../../mention-sections.js";
import { meetingsMentioned } from "../../mentioned-meetings.js";
import type { Executor, ExecutorInput } from "../executor.js";
import { emptySelector } from "../query.js";
import { resolveSelector } from "../resolve.js";
import { unclearAnswer } from "./unclear.js";

/**
 * "The next meeting after the March 2015 one": what that meeting's own minutes announced as the
 * next meeting(s), with the line, and whether we hold minutes of it.
 */
export const scheduledExecutor: Executor = (input) => {
  const { query, context } = input;
  // "Next meeting after X" names X: the step after is what X's minutes announced, not a shift.
  const selector = query.meetings[0];
  const named = selector?.shift
    ? selector.shift.from
    : (selector ?? { ...emptySelector(), previous: true });
  const resolution = resolveSelector(named, {
    context,
    people: input.people,
    ordinary: input.ordinary,
    memory: input.memory,
  });
  const [meeting] = resolution.meetings;
  if (resolution.status !== "found" || !meeting)
    return unclearAnswer(input, "next", resolution, named);
  return announcedAt(input, meeting);
};

/** What one meeting's minutes announced as the next meeting(s), each cited at its line. */
export function announcedAt(input: ExecutorInput, meeting: Meeting): Answer {
  const { query, context } = input;
  const answer = blankAnswer("next", input.question, `Announced at ${meetingLabel(meeting)}`);
  answer.query = query;
  answer.meeting = meetingRef(meeting);
  if (meeting.nextMeetings.length === 0) {
    // "Discussed again at the next LCRB in July": a next meeting spoken of, but given no date.
    const later = meetingsMentioned(meeting).filter((mention) => mention.when === "later");
    const dated = later.filter((mention) => mention.date);
    answer.title = `No next meeting dated in the minutes of ${meetingLabel(meeting)}`;
    answer.summary = `The minutes of ${meetingLabel(meeting)} do not announce a next meeting.${
      later.length === 0
        ? ""
        : ` They speak of the next one only in passing${
            dated.length > 0 ? `,${[...new Set(dated.map(mentionDate))].join(" and")}` : ", undated"
          }.`
    }`;
    answer.sections = mentionSections(later);
    return answer;
  }
  const held = (date: string, body: string) =>
    context.meetings.find((m) => m.date === date && m.body === body);
  answer.summary = meeting.nextMeetings
    .map((next) => {
      const minutes = held(next.date, next.body);
      return `Next ${next.body} meeting: ${describeNextMeeting(next)}${minutes ? "" : " (I have no minutes of it)"}.`;
    })
    .join(" ");
  answer.sections = meeting.nextMeetings.map((next) => ({
    heading: `Next ${next.body} meeting`,
    text: describeNextMeeting(next),
    bullets: [],
    citation: next.line ? citeLine(meeting, next.line, false) : null,
  }));
  return answer;
}
