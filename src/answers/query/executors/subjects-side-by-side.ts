import { type Answer, withDetail } from "../../answer.js";
import { meetingLabel, plural } from "../../format.js";
import { blankAnswer } from "../../intent-answerer.js";
import { onlyPersonNamed } from "../../people.js";
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
    const answer = answerOne({ ...input, query: { ...one, topic } });
    return { words: topic.join(" "), answer: notMentionedButListed(answer, topic, input) };
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

/**
 * "Sophie Linden v Lib Peck": a side no passage names that is someone the attendance lists name is
 * not "not mentioned"; it says where they are listed, as the search does for one subject.
 */
function notMentionedButListed(answer: Answer, topic: readonly string[], input: ExecutorInput) {
  if (shownMeetings(answer).length > 0) return answer;
  const { people, ordinary } = input.context.directory;
  const person = onlyPersonNamed(topic, people, ordinary);
  if (!person) return answer;
  const listed = new Set(person.appearances.map((a) => a.meeting));
  return {
    ...answer,
    title: `No agenda item names ${person.name}`,
    summary: `No agenda item names ${person.name}; the attendance lists name ${person.name} at ${plural(listed.size, "meeting")}: ${[...listed].map(meetingLabel).join("; ")}.`,
  };
}
