import { type Answer, withDetail } from "../../answer.js";
import { meetingLabel } from "../../format.js";
import { blankAnswer } from "../../intent-answerer.js";
import type { Executor, ExecutorInput } from "../executor.js";

/** The meetings an answer shows: its list, else its one meeting. */
function shownMeetings(answer: Answer): string[] {
  return answer.meetings.length > 0 ? answer.meetings : answer.meeting ? [answer.meeting.id] : [];
}

/**
 * "Fraud v corruption - which mtgs?": each subject answered by itself, as if asked alone, and the
 * two set side by side: each one's meetings under its words, and which meetings, if any, took up
 * both.
 */
export function subjectsSideBySide(input: ExecutorInput, answerOne: Executor): Answer {
  const { query, question, context } = input;
  const subjects = query.subjects ?? [];
  const answers = subjects.map((topic) => {
    const { subjects: _both, ...one } = query;
    return { words: topic.join(" "), answer: answerOne({ ...input, query: { ...one, topic } }) };
  });
  const shown = answers.map(({ answer }) => new Set(shownMeetings(answer)));
  const order = context.meetings.map((meeting) => meeting.id);
  const meetings = order.filter((id) => shown.some((ids) => ids.has(id)));
  const both = context.meetings.filter((meeting) => shown.every((ids) => ids.has(meeting.id)));
  const answer = blankAnswer(
    "meetings",
    question,
    answers.map(({ answer: one }) => one.title).join("; "),
  );
  answer.query = query;
  answer.meetings = meetings;
  answer.summary = [
    ...answers.map(({ words, answer: one }) => `“${words}”: ${one.summary ?? one.title}`),
    both.length === 0
      ? "No meeting took up both."
      : `Both came up at ${both.map(meetingLabel).join(" and ")}.`,
  ].join(" ");
  answer.sections = answers.flatMap(({ words, answer: one }) =>
    one.sections.map((section) => ({ ...section, heading: `“${words}”: ${section.heading}` })),
  );
  answer.followUps = [...new Set(answers.flatMap(({ answer: one }) => one.followUps))].slice(0, 3);
  return withDetail(answer, { kind: "list" });
}
