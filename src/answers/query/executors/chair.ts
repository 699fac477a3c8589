import { whoChaired } from "../../chair-role.js";
import { citeLine, formatDate, meetingRef } from "../../format.js";
import { blankAnswer } from "../../intent-answerer.js";
import { describeAttendee } from "../../intents/attendees.js";
import type { Executor } from "../executor.js";
import { withOneMeeting } from "./one-meeting.js";

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
    const { chairs, passage, listed } = whoChaired(meeting);
    if (listed) {
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
      const [person] = chairs;
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
