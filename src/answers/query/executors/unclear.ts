import type { Meeting } from "../../../corpus/model.js";
import { isProceduralItem } from "../../../corpus/procedural.js";
import { announcedOn, announcementSection, describeAnnouncement } from "../../announced.js";
import { type Answer, type Intent, withDetail } from "../../answer.js";
import { dayReadingOfShortYear } from "../../dates.js";
import { labelledBullets } from "../../emphasis.js";
import { formatDate, meetingLabel, meetingRef } from "../../format.js";
import { blankAnswer } from "../../intent-answerer.js";
import { withMentions } from "../../mention-sections.js";
import { mentionedOn } from "../../mentioned-meetings.js";
import type { ExecutorInput } from "../executor.js";
import type { MeetingSelector } from "../query.js";
import type { Resolution } from "../resolve.js";
import { spokenOf } from "./spoken-of.js";

/**
 * How many of the meetings that fit are listed to choose from: at 10,000 meetings a subject in
 * every one ("action board") listed them all, formatting cost a third of the answer, and no one
 * reads a choice of thousands; the answer says how many more fit.
 */
const CANDIDATES_SHOWN = 10;

/**
 * The answer when a question names a meeting we cannot give one of: several fit (a short choice,
 * never a silent "latest"), or none does (what was understood, what is missing, and what the
 * minutes we hold say about that date: a past meeting's "next meeting" line).
 */
// A question asking when a meeting is or was, which its announcement answers.
const DATE_ASKED = /^when\b|\b(?:what|which) (?:date|day|time)\b|\bwhen (?:is|was|will)\b/;

export function unclearAnswer(
  input: ExecutorInput,
  intent: Intent,
  resolution: Resolution,
  selector: MeetingSelector | undefined,
): Answer {
  const { question, context } = input;
  const answer = blankAnswer(intent, question, "Which meeting?");
  answer.query = input.query;
  if (resolution.status === "ambiguous") {
    const shown = resolution.candidates.slice(0, CANDIDATES_SHOWN);
    const more = resolution.candidates.length - shown.length;
    answer.candidates = shown.map(meetingRef);
    answer.summary = `${resolution.candidates.length} meetings fit “${resolution.wanted.replace(/^a /, "the ")}”: which one do you mean?${more > 0 ? ` The first ${shown.length} are listed; name a date or a year to narrow the ${more} more.` : ""}`;
    answer.sections = [
      {
        heading: "Candidates",
        text: null,
        ...labelledBullets(shown.map((m) => [meetingLabel(m), itemTitles(m)])),
        citation: null,
      },
    ];
    answer.followUps = shown.map(
      (m) => `${question.text.replace(/\?$/, "")} on ${formatDate(m.date)}`,
    );
    return withDetail(answer, { kind: "candidates" });
  }
  answer.title = "No such meeting in the minutes";
  const announced = selector?.date
    ? announcedOn(selector.date, selector.body, context.meetings)
    : [];
  // What the minutes we hold say of it: its minutes approved, its actions reviewed, its agenda set.
  const spoken = selector ? spokenOf(selector, input) : [];
  // "The jan 14 lcrb": no meeting of January 2014 is held or spoken of, but one of 14 January is.
  const dayInstead =
    spoken.length === 0 && selector?.date?.kind === "month"
      ? dayReadingOfShortYear(question.text)
      : null;
  if (dayInstead) spoken.push(...mentionedOn(dayInstead, selector?.body ?? null, context.meetings));
  const told = withMentions(answer, question, spoken, context);
  answer.summary = [
    `I have no minutes for ${resolution.wanted}.`,
    ...announced.map((a) => describeAnnouncement(a, question.text)),
    ...told.sentences,
  ].join(" ");
  answer.sections = [...announced.map(announcementSection), ...told.sections];
  // "Who chaired the sept dmg?": a meeting only announced, whose minutes we lack, is a silence
  // on what was asked of it, said so with the minutes that announce it; not "when was it?",
  // which the announcement answers.
  const announcing = [...new Set(announced.map((a) => a.announcedBy))];
  const [announcer] = announcing;
  if (told.speaking.length === 0 && announcer && !DATE_ASKED.test(question.text)) {
    answer.title = `No minutes of it: the minutes do not record it, but those of ${meetingLabel(announcer)} announce it`;
    answer.meetings = announcing.map((m) => m.id);
  }
  const speaking = told.speaking.length > 0 ? told.speaking : announcing;
  const nearest =
    resolution.candidates.length > 0
      ? resolution.candidates
      : speaking.length > 0
        ? speaking
        : context.meetings.slice(-3);
  answer.candidates = nearest.map(meetingRef);
  answer.sections.push({
    heading: "Nearest meetings",
    text: null,
    ...labelledBullets(nearest.map((m) => [meetingLabel(m), m.title])),
    citation: null,
  });
  answer.followUps = ["list the meetings"];
  return withDetail(answer, { kind: "candidates" });
}

function itemTitles(meeting: Meeting): string {
  return meeting.items
    .map((item) => item.title)
    .filter((title) => !isProceduralItem(title))
    .join("; ");
}
