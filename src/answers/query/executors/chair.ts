import { type Answer, withDetail } from "../../answer.js";
import { OUR_BODIES } from "../../board-names.js";
import { listedChairsOf, whoChaired } from "../../chair-role.js";
import { citeLine, formatDate, meetingLabel, meetingRef } from "../../format.js";
import { blankAnswer } from "../../intent-answerer.js";
import { describeAttendee } from "../../intents/attendees.js";
import { resultSections } from "../../intents/search.js";
import { asWritten, attendeesOf, postWords } from "../../organisations.js";
import type { Executor, ExecutorInput } from "../executor.js";
import { textMentions } from "../mentions.js";
import type { MeetingSelector } from "../query.js";
import { withOneMeeting } from "./one-meeting.js";

// "Who chaired the London Prevent Board": a body other than the two whose minutes these are. Not
// a clause naming the meeting by its subject: "who co-chaired when the Strategic Coordination
// Group came up" asks after the meeting where that group was spoken of, nor "who co-chaired the
// meeting about the Mayor's recovery board", a meeting of ours named by what it discussed.
const OTHER_BODY =
  /\b(?:chair\w*|presid\w*|head\w*|led|leads)(?: of| by)? (?:the )?((?:(?!(?:when|where|while|that|which|who|meetings?|sessions?|about)\b)[a-z'-]+ ){0,5}?(?:board|group|panel|partnership|forum|committee|commission|network))\b/;

/** Whether the selector names a meeting by its date, place, person or the conversation. */
function namesAMeetingByPlace(selector: MeetingSelector): boolean {
  return (
    selector.date !== null ||
    selector.position !== null ||
    selector.shift !== null ||
    selector.person !== null ||
    selector.previous
  );
}

/**
 * Who chairs another body, as the minutes mention it ("the London Prevent Board (chaired by
 * Martin Esom)"): the passages naming the body beside its chair, cited; null when the question is
 * about a meeting of ours.
 */
function otherBodyChair(input: ExecutorInput): Answer | null {
  const words = OTHER_BODY.exec(input.question.text)?.[1]?.trim();
  if (!words || OUR_BODIES.test(words)) return null;
  // "Who chaired the CT board", "the feb board", "the last board": a board no minutes name, read as
  // one of our meetings named by what it discussed, its month or its place among them, is that
  // meeting (or those meetings: "the april board" asks which). A subject's words may be only the
  // body's own name, so a subject counts when it found a meeting. A board the minutes do name
  // ("the London Prevent Board in 2015") stays that body.
  const [selector] = input.query.meetings;
  if (
    selector &&
    (namesAMeetingByPlace(selector) ||
      (selector.topic.length > 0 && input.resolutions[0]?.status === "found")) &&
    !input.context.directory.boardNames.has(words)
  )
    return null;
  const body = asWritten(words.split(" "), input.question.asked);
  const response = input.context.search.search(`${body} chair`, { limit: 3 });
  const together = response.results.filter(
    (r) => textMentions(r.excerpt, ["chair"]) && textMentions(r.excerpt, words.split(" ")),
  );
  const answer = blankAnswer("search", input.question, `Who chairs the ${body}`);
  answer.query = input.query;
  if (together.length === 0) {
    answer.title = `The minutes do not say who chairs the ${body}`;
    // "Who chairs the London Recovery Board?": the DMG speaks of "the work of the London Recovery
    // Board" and names no chair; the passages naming the body are the closest the minutes come.
    const naming = input.context.search
      .search(body, { limit: 3 })
      .results.filter((r) => textMentions(r.excerpt, words.split(" ")));
    answer.summary =
      naming.length > 0
        ? "No passage names that body beside a chair; the passages naming it, the closest first:"
        : "No passage names that body beside a chair.";
    answer.results = naming;
    answer.sections = resultSections(naming);
    return answer;
  }
  answer.summary = `What the minutes say of the ${body} and its chair:`;
  answer.results = together;
  answer.sections = resultSections(together);
  return answer;
}

// "Who chaired the LMSPB, per the dmg attendance?", "who chairs prevent?": the body named after
// the verb, up to the punctuation or words that say where it was read.
const CHAIRED_BODY =
  /\b(?:co-?)?chair(?:s|ed|ing)?(?: of| by)? (?:the )?([a-z0-9&' -]+?)(?=\s*[,?.!]|\s+(?:at|in|on|per|during|according|from|then|now)\b|\s*$)/;

/**
 * Who chairs another body as the attendance lists give it ("Paul Wylie, Director of Strategy
 * MOPAC and Chair of LMSPB & SOCB"), each line cited; null when the question names one of our
 * bodies, or no line chairs what it names.
 */
function listedChair(input: ExecutorInput): Answer | null {
  const words = CHAIRED_BODY.exec(input.question.text)?.[1]?.trim();
  if (!words || OUR_BODIES.test(words) || /\b(?:meeting|one|session)s?$/.test(words)) return null;
  const listed = listedChairsOf(words, input.context.meetings);
  if (listed.length === 0) return null;
  const body = asWritten(words.split(" "), input.question.asked);
  const names = [...new Set(listed.map(({ attendee }) => attendee.name))];
  const answer = blankAnswer(
    "attendees",
    input.question,
    `${names.join(" and ")}: listed as chair of ${body}`,
  );
  answer.query = input.query;
  answer.summary = "From the attendance lists, which give the post beside the name:";
  answer.sections = listed.map(({ meeting, attendee }) => ({
    heading: meetingLabel(meeting),
    text: describeAttendee(attendee),
    bullets: [],
    citation: citeLine(meeting, attendee.line, false),
  }));
  answer.meetings = [...new Set(listed.map(({ meeting }) => meeting.id))];
  const [only] = names;
  if (names.length === 1 && only) answer.person = only;
  return answer;
}

// "Did the Mayor chair the DMG": a post asked after, not a person (whose record answers that).
const POST_CHAIRED = /^(?:did|does) (?:the )?([a-z&' -]+?) (?:co-?)?chair\b/;

/**
 * "The board with the disproportionality paper - who chaired?": several meetings fit, but when
 * each names the same chair, which one is meant does not change the answer. It is given once,
 * naming every meeting that fits, each cited; chairs that differ (or one not named) are still a
 * choice, never one picked silently. Null otherwise.
 */
function sameChairAtEach(input: ExecutorInput): Answer | null {
  const [resolution] = input.resolutions;
  if (resolution?.status !== "ambiguous" || POST_CHAIRED.test(input.question.text)) return null;
  const meetings = resolution.candidates;
  const readings = meetings.map((meeting) => ({ meeting, ...whoChaired(meeting) }));
  const namesAt = (chairs: readonly { name: string }[]) =>
    chairs
      .map((c) => c.name)
      .sort()
      .join(" and ");
  const [first] = readings;
  if (!first || first.chairs.length === 0) return null;
  const names = namesAt(first.chairs);
  if (readings.some((r) => namesAt(r.chairs) !== names)) return null;
  const labels = meetings.map(meetingLabel);
  const each = meetings.length === 2 ? "both" : `all ${meetings.length}`;
  const answer = blankAnswer(
    "attendees",
    input.question,
    `${first.chairs.map((c) => c.name).join(" and ")} chaired ${each}: ${labels.slice(0, -1).join(", ")} and ${labels.at(-1)}`,
  );
  answer.query = input.query;
  answer.summary = `${meetings.length} meetings fit “${resolution.wanted.replace(/^a /, "the ")}”, and each names the same chair.`;
  answer.sections = readings.map(({ meeting, chairs, passage, listed }) => ({
    heading: meetingLabel(meeting),
    text: listed ? null : (passage?.text ?? null),
    bullets: listed ? chairs.map(describeAttendee) : [],
    citation: citeLine(meeting, (listed ? chairs[0]?.line : passage?.line) ?? 1),
  }));
  answer.meetings = meetings.map((m) => m.id);
  const [only, ...others] = first.chairs;
  if (only && others.length === 0) answer.person = only.name;
  else answer.people = first.chairs.map((c) => c.name);
  return answer;
}

/** Who chaired a meeting: the attendance list's chair, or the person the minutes say opened it. */
export const chairExecutor: Executor = (input) =>
  listedChair(input) ??
  otherBodyChair(input) ??
  sameChairAtEach(input) ??
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
    // "Did the Mayor chair the DMG?": yes or no, whoever holds the post asked after.
    // With no chair in the minutes there is no verdict, only that they do not say.
    const post = POST_CHAIRED.exec(input.question.text)?.[1];
    let verdict: boolean | null = null;
    if (post && chairs.length > 0) {
      const words = postWords(post.split(/\s+/));
      const held = attendeesOf(words, chairs, input.context.directory.organisations);
      const asked = asWritten(words, input.question.asked);
      verdict = held.length > 0;
      answer.title = verdict
        ? `Yes: ${held.map((c) => c.name).join(" and ")} (${asked}) chaired ${where}`
        : `No: ${chairs.map((c) => c.name).join(" and ")} chaired ${where}, not the ${asked}`;
    }
    // "Who chaired the 2015 board?" then "did he attend in 2021?": the chair is "he".
    const [only, ...others] = chairs;
    if (only && others.length === 0) answer.person = only.name;
    else if (chairs.length > 1) answer.people = chairs.map((c) => c.name);
    answer.followUps = [`who attended ${where}?`, `what happened at ${where}?`];
    if (!chosen)
      answer.summary = [`You did not say which meeting, so this is the latest.`, answer.summary]
        .filter(Boolean)
        .join(" ");
    return verdict === null ? answer : withDetail(answer, { kind: "yes-no", verdict });
  });
