import type { Meeting } from "../corpus/model.js";
import { announcedOn, announcementSection, describeAnnouncement } from "./announced.js";
import type { Answer, Intent } from "./answer.js";
import { labelledBullets } from "./emphasis.js";
import { formatDate, meetingLabel, meetingRef } from "./format.js";
import { blankAnswer, type IntentInput } from "./intent-answerer.js";
import { resolveMeeting } from "./meeting-ref.js";
import { withMentions } from "./mention-sections.js";
import { mentionedOn } from "./mentioned-meetings.js";

// Whether a meeting is to be held, asked yes or no: "is there a dmg in september?", "will the
// board meet in june?". Not whether one was ("did the lcrb meet on tues?"), which the minutes
// announcing it cannot say.
const ASKS_IF_SCHEDULED =
  /^(?:and |so )?(?:(?:is|will) there (?:be )?(?:a|an|any)\b|(?:is|will) (?:the )?(?:board|lcrb|dmg|group) (?:meet|meeting|sit)\b|does (?:the )?(?:board|lcrb|dmg|group) meet\b)/;

/** The meeting a question is about, or the answer to give instead when that is unclear. */
export type MeetingChoice =
  | {
      kind: "meeting";
      meeting: Meeting /** Why this one, when the question did not say. */;
      note: string | null;
    }
  | { kind: "none" }
  | { kind: "unclear"; answer: Answer };

/** "the LCRB meeting on 12 April 2023" — how follow-up questions name a meeting. */
export function meetingPhrase(meeting: Meeting): string {
  return `the ${meeting.body} meeting on ${formatDate(meeting.date)}`;
}

/**
 * Resolves the question's meeting reference. With no reference, `fallback` "latest" picks the
 * latest meeting up to today; "none" leaves the choice to the intent. Ambiguous or unmatched
 * references become an answer that lists the candidates, each with the question to ask for it.
 */
export function chooseMeeting(
  input: IntentInput,
  intent: Intent,
  fallback: "latest",
  rephrase: (meeting: Meeting) => string,
): Exclude<MeetingChoice, { kind: "none" }>;
export function chooseMeeting(
  input: IntentInput,
  intent: Intent,
  fallback: "none",
  rephrase: (meeting: Meeting) => string,
): MeetingChoice;
export function chooseMeeting(
  input: IntentInput,
  intent: Intent,
  fallback: "latest" | "none",
  rephrase: (meeting: Meeting) => string,
): MeetingChoice {
  const { question, context } = input;
  if (input.meeting) return { kind: "meeting", meeting: input.meeting, note: null };
  const today = context.today();
  const resolution = resolveMeeting(question.reference, context.meetings, today);
  if (resolution.status === "found" && resolution.meeting) {
    return { kind: "meeting", meeting: resolution.meeting, note: null };
  }
  if (resolution.status === "none") {
    if (fallback === "none") return { kind: "none" };
    const pool = question.reference.body
      ? context.meetings.filter((m) => m.body === question.reference.body)
      : context.meetings;
    const latest = pool.filter((m) => m.date <= today).at(-1) ?? pool.at(-1);
    if (latest) {
      return {
        kind: "meeting",
        meeting: latest,
        note: `You did not say which meeting, so this is the latest: ${meetingLabel(latest)}.`,
      };
    }
  }
  const answer = blankAnswer(intent, question, "Which meeting?");
  answer.candidates = resolution.candidates.map(meetingRef);
  answer.followUps = resolution.candidates.map(rephrase);
  if (context.meetings.length === 0) {
    answer.title = "No minutes loaded";
    answer.summary = "I have no meetings in the minutes yet, so I cannot answer that.";
    return { kind: "unclear", answer };
  }
  if (resolution.status === "ambiguous") {
    const wanted = resolution.wanted.replace(/^a /, "the ");
    answer.summary = `${resolution.candidates.length} meetings fit “${wanted}”: which one do you mean?`;
  } else {
    answer.title = "No such meeting in the minutes";
    answer.summary = `I have no minutes for ${resolution.wanted}. The nearest meetings I do hold:`;
  }
  // A meeting we lack may still be known: the minutes before it announced its date, time and place.
  const announced =
    resolution.status === "unmatched" && question.reference.date
      ? announcedOn(question.reference.date.spec, question.reference.body, context.meetings)
      : [];
  // And what the minutes we hold say of it: its agenda set, its actions reviewed.
  const spoken =
    resolution.status === "unmatched" && question.reference.date
      ? mentionedOn(question.reference.date.spec, question.reference.body, context.meetings)
      : [];
  const told = withMentions(answer, question, spoken, context);
  // "Is there a DMG in September?": yes, when earlier minutes set one for a day still to come.
  const [coming] = announced.filter(({ next }) => next.date >= context.today());
  if (coming && ASKS_IF_SCHEDULED.test(question.text))
    answer.title = `Yes: the minutes of ${meetingLabel(coming.announcedBy)} set one for ${formatDate(coming.next.date)}`;
  if (announced.length > 0 || spoken.length > 0)
    answer.summary = [
      `I have no minutes for ${resolution.wanted}.`,
      ...announced.map((a) => describeAnnouncement(a, question.text)),
      ...told.sentences,
      "The nearest meetings I do hold:",
    ].join(" ");
  answer.sections = [
    ...announced.map(announcementSection),
    ...told.sections,
    {
      heading: resolution.status === "ambiguous" ? "Candidates" : "Nearest meetings",
      text: null,
      ...labelledBullets(
        resolution.candidates.map((m) => [
          meetingLabel(m),
          `${m.title}${m.venue ? `, ${m.venue}` : ""} (${m.file})`,
        ]),
      ),
      citation: null,
    },
  ];
  return { kind: "unclear", answer };
}
