import type { Attendee, Meeting } from "../../../corpus/model.js";
import { citeLine, formatDate, meetingRef } from "../../format.js";
import { blankAnswer } from "../../intent-answerer.js";
import { describeAttendee } from "../../intents/attendees.js";
import type { Executor } from "../executor.js";
import { withOneMeeting } from "./one-meeting.js";

// A chair is written as the role itself ("Chair", "Mayor of London (Chair)", "DMPC (Co-chair)"),
// not a post that chairs something else ("Chair Victim & Hate Crime Boards", "Chair of LMSPB").
const CHAIR_ROLE = /(?:^|[(,]\s*)(?:co-?)?chair\)?\s*$/i;

// "The Chair, Mayor Johnson welcomed…", "The Mayor opened the meeting": who ran it, in prose.
const OPENED = /\b(?:the chair\b[^.]*|opened the meeting|chaired by)/i;

function chairsOf(meeting: Meeting): Attendee[] {
  return meeting.attendees.filter((a) => a.status !== "apologies" && CHAIR_ROLE.test(a.role ?? ""));
}

/** The attendee a sentence names by post ("The Mayor opened the meeting" → whoever is "Mayor"). */
function namedByPost(sentence: string, meeting: Meeting): Attendee | undefined {
  const post = /^(?:[Tt]he )?([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b/.exec(sentence)?.[1]?.toLowerCase();
  if (!post) return undefined;
  return meeting.attendees.find(
    (a) =>
      a.status !== "apologies" && (a.role ?? "").toLowerCase().split(/[(,]/)[0]?.trim() === post,
  );
}

/** Who chaired a meeting: the attendance list's chair, or the person the minutes say opened it. */
export const chairExecutor: Executor = (input) =>
  withOneMeeting(input, "attendees", (chosen) => {
    const today = input.context.today();
    const meeting =
      chosen ??
      input.context.meetings.filter((m) => m.date <= today).at(-1) ??
      input.context.meetings.at(-1);
    const answer = blankAnswer("attendees", input.question, "Who chaired");
    answer.query = input.query;
    if (!meeting) {
      answer.summary = "I have no meetings in the minutes yet.";
      return answer;
    }
    answer.meeting = meetingRef(meeting);
    const where = `the ${meeting.body} meeting on ${formatDate(meeting.date)}`;
    const chairs = chairsOf(meeting);
    if (chairs.length > 0) {
      answer.title = `${chairs.map((c) => c.name).join(" and ")} chaired ${where}`;
      answer.sections = [
        {
          heading: chairs.length > 1 ? "Co-chairs" : "Chair",
          text: null,
          bullets: chairs.map(describeAttendee),
          citation: citeLine(meeting, chairs[0]?.line ?? 1),
        },
      ];
    } else {
      const passage = meeting.items
        .flatMap((item) => item.passages)
        .find((p) => OPENED.test(p.text));
      const person = passage ? namedByPost(passage.text, meeting) : undefined;
      answer.title = person
        ? `${person.name} chaired ${where}`
        : `The minutes do not say who chaired ${where}`;
      answer.summary = person
        ? "The attendance list names no chair; the minutes say who opened the meeting."
        : null;
      if (passage)
        answer.sections = [
          {
            heading: null,
            text: passage.text,
            bullets: [],
            citation: citeLine(meeting, passage.line),
          },
        ];
    }
    answer.followUps = [`who attended ${where}?`, `what happened at ${where}?`];
    if (!chosen)
      answer.summary = [`You did not say which meeting, so this is the latest.`, answer.summary]
        .filter(Boolean)
        .join(" ");
    return answer;
  });
