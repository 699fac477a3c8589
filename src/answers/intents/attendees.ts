import type { AttendanceStatus, Attendee, Meeting } from "../../corpus/model.js";
import type { AnswerSection } from "../answer.js";
import { citeLine, formatLongDate, meetingRef, plural } from "../format.js";
import { blankAnswer, type IntentAnswerer } from "../intent-answerer.js";
import { officialsAsked } from "../officials-asked.js";
import { asWritten, attendeesOf, postWords } from "../organisations.js";
import type { Person } from "../people.js";
import { askedClause, YES_NO_QUESTION } from "../question.js";
import { chooseMeeting, meetingPhrase } from "../which-meeting.js";

const GROUPS: readonly { status: AttendanceStatus; heading: string }[] = [
  { status: "present", heading: "Present" },
  { status: "in_attendance", heading: "In attendance" },
  { status: "apologies", heading: "Apologies" },
];

// "Anyone from …?", "anybody there for the CPS?": whether someone came, asked without a verb.
const ANYONE = /^(?:any(?:one|body)?|some(?:one|body))\b/;
// "Probation and prisons resettlement meeting: was anyone from the NHS there?": the meeting first,
// then the question, after a colon or a dash.
export function asksWhetherAny(text: string): boolean {
  return [text, askedClause(text)].some(
    (clause) => YES_NO_QUESTION.test(clause) || ANYONE.test(clause),
  );
}

/** "Dame Lynne Owens: MPS", "Claire Waxman: London Victims Commissioner". */
export function describeAttendee(attendee: Attendee): string {
  const name = attendee.honorific ? `${attendee.honorific} ${attendee.name}` : attendee.name;
  const post = [attendee.role, attendee.organisation].filter(Boolean).join(", ");
  return post ? `${name}: ${post}` : name;
}

/** Someone who holds a post at some meeting, and how they stand at one meeting (null: not listed). */
interface PostHolder {
  name: string;
  status: AttendanceStatus | null;
}

/** Those listed under the post `words` name at any meeting, and their standing at `meeting`. */
function postHoldersAt(
  words: readonly string[],
  meeting: Meeting,
  people: readonly Person[],
  organisations: readonly string[],
): PostHolder[] {
  return people
    .filter((person) =>
      person.appearances.some(
        (appearance) => attendeesOf(words, [appearance.attendee], organisations).length > 0,
      ),
    )
    .map((person) => ({
      name: person.name,
      status: person.appearances.find((a) => a.meeting === meeting)?.attendee.status ?? null,
    }));
}

/** Who was present, in attendance and sent apologies, for the meeting meant. */
export const answerAttendees: IntentAnswerer = (input) => {
  const choice = chooseMeeting(
    input,
    "attendees",
    "latest",
    (m) => `who attended ${meetingPhrase(m)}?`,
  );
  if (choice.kind === "unclear") return choice.answer;
  const { meeting, note } = choice;
  const answer = blankAnswer(
    "attendees",
    input.question,
    `Who attended the ${meeting.body} meeting on ${formatLongDate(meeting.date)}`,
  );
  answer.meeting = meetingRef(meeting);
  // "Who represented London Councils": only those, when the organisation is among the attendees.
  const asked = postWords(input.classification.topic);
  const found = attendeesOf(asked, meeting.attendees, input.context.directory.organisations);
  // "Anyone else from lib peck's org?": she is not one of the others asked after.
  const besides = input.context.directory.people.find((p) => p.name === input.question.besides);
  const theirs = new Set(besides?.appearances.map((a) => a.attendee));
  const only = found.filter((a) => !theirs.has(a));
  if (besides && found.length > 0 && only.length === 0) {
    const who = asWritten(asked, input.question.asked);
    answer.title = `No one from ${who} besides ${besides.name} is listed at the ${meeting.body} meeting on ${formatLongDate(meeting.date)}`;
    answer.sections = [
      {
        heading: "Attendance list",
        text: `${meeting.title}: ${besides.name} is the one listed from ${who}.`,
        bullets: [],
        citation: citeLine(meeting, found[0]?.line ?? 1),
      },
    ];
    return answer;
  }
  // "Who were the officers?": those the list heads as officers or officials in attendance. A list
  // with no such part ("present" and "apologies" only) is given whole, and says why.
  const officialsWanted = only.length === 0 && officialsAsked(askedClause(input.question.text));
  const officials = officialsWanted
    ? meeting.attendees.filter((a) => a.status === "in_attendance")
    : [];
  const listed = only.length > 0 ? only : officials.length > 0 ? officials : meeting.attendees;
  const sections: AnswerSection[] = [];
  const counts: string[] = [];
  for (const group of GROUPS) {
    const people = listed.filter((a) => a.status === group.status);
    if (people.length === 0) continue;
    counts.push(`${people.length} ${group.heading.toLowerCase()}`);
    sections.push({
      heading: `${group.heading} (${people.length})`,
      text: null,
      bullets: people.map(describeAttendee),
      people,
      citation: citeLine(meeting, people[0]?.line ?? 1),
    });
  }
  answer.sections = sections;
  // "Did they come to the next one?": "they" are those who came, not those who sent apologies.
  answer.people = listed.filter((a) => a.status !== "apologies").map((a) => a.name);
  // "Was the YJB represented in April 2023", "anyone from the YJB at the Feb 2021 board?": yes
  // or no first, then who.
  if (only.length > 0 && asksWhetherAny(input.question.text)) {
    const came = only.filter((a) => a.status !== "apologies").length;
    const sent = only.length - came;
    const who = asWritten(asked, input.question.asked);
    answer.title =
      came > 0
        ? `Yes: ${plural(came, "person", "people")} from ${who} attended the ${meeting.body} meeting on ${formatLongDate(meeting.date)}`
        : `No: no one from ${who} attended the ${meeting.body} meeting on ${formatLongDate(meeting.date)}${sent > 0 ? `; ${sent} sent apologies` : ""}`;
  }
  // "Was the victims commish at the 2023 board?" of a list that writes her as "Claire Waxman,
  // MOPAC": no one there under the post asked, so who holds it at other meetings, and whether they
  // came to this one.
  const holders =
    only.length === 0 && asked.length > 0 && asksWhetherAny(input.question.text)
      ? postHoldersAt(
          asked,
          meeting,
          input.context.directory.people,
          input.context.directory.organisations,
        ).filter((holder) => holder.name !== besides?.name)
      : null;
  if (holders && holders.length > 0) {
    const who = asWritten(asked, input.question.asked);
    const came = holders.filter((h) => h.status !== null && h.status !== "apologies");
    const label = `the ${meeting.body} meeting on ${formatLongDate(meeting.date)}`;
    const sent = holders.filter((h) => h.status === "apologies").map((h) => h.name);
    answer.title =
      came.length > 0
        ? `Yes: ${came.map((h) => h.name).join(" and ")} (${who} at other meetings) attended ${label}`
        : `No: no one is listed as ${who} at ${label}${sent.length > 0 ? `; ${sent.join(" and ")} (${who} at other meetings) sent apologies` : ""}`;
    // A no is the list's word on it: the list is cited, not read out name by name as if its
    // people were the answer ("the board on the 27th - anyone from the private office?").
    if (came.length === 0) {
      const first = meeting.attendees[0];
      answer.sections = [
        {
          heading: "Attendance list",
          text: `${meeting.title}: ${counts.join(", ")}; no one listed as ${who}.`,
          bullets: [],
          citation: citeLine(meeting, first?.line ?? 1),
        },
      ];
      answer.people = [];
    }
  }
  answer.summary = [
    note,
    only.length > 0
      ? `Only those from “${asWritten(asked, input.question.asked)}”: ${only.length} of the ${meeting.attendees.length} named in the attendance list.`
      : officials.length > 0
        ? `Only those listed in attendance (the officers or officials): ${officials.length} of the ${meeting.attendees.length} named in the attendance list.`
        : officialsWanted && meeting.attendees.length > 0
          ? "The attendance list of this meeting sets no officers or officials apart, so everyone it names is given."
          : null,
    sections.length > 0
      ? `${meeting.title}: ${counts.join(", ")}.`
      : `The minutes of this meeting (${meeting.file}) list no attendees.`,
  ]
    .filter(Boolean)
    .join(" ");
  // Of those the answer lists: "any apols from the yjb?" suggests a YJB name, not MOPAC's.
  const firstApology = listed.find((a) => a.status === "apologies");
  answer.followUps = [
    `what happened at ${meetingPhrase(meeting)}?`,
    firstApology
      ? `has ${firstApology.name} been coming?`
      : `actions from ${meetingPhrase(meeting)}`,
    "when is the next meeting?",
  ];
  return answer;
};
