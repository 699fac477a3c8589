import type { Attendee, Meeting } from "../../../corpus/model.js";
import type { AnswerSection } from "../../answer.js";
import { citeLine, meetingLabel, meetingRef } from "../../format.js";
import { blankAnswer } from "../../intent-answerer.js";
import { describeAttendee } from "../../intents/attendees.js";
import { findPeople, type Person } from "../../people.js";
import { type PostHolding, postHoldings, postsOf, soleHolder } from "../../posts.js";
import type { Executor } from "../executor.js";
import { answerWithIntent } from "./intents.js";

/** Who followed someone in their post ("after"), or whom they followed ("before"). */
type Direction = "after" | "before";

// The person asked about, and the post when the question names it ("as deputy commissioner").
const ASKED: readonly { direction: Direction; pattern: RegExp }[] = [
  {
    direction: "after",
    pattern:
      /^who (?:replaced|succeeded|took over from|came after|followed|took the place of) (.+?)(?: as (?:the )?(.+?))?\W*$/,
  },
  {
    direction: "after",
    pattern:
      /^who (?:was|is|became) (.+?)(?:'s?)? (?:successor|replacement)(?: as (?:the )?(.+?))?\W*$/,
  },
  {
    direction: "after",
    pattern: /\b(?:successor|replacement) (?:of|to|for) (.+?)(?: as (?:the )?(.+?))?\W*$/,
  },
  {
    direction: "before",
    pattern:
      /^who (?:did|had) (.+?) (?:replace|succeed|take over from|follow)(?: as (?:the )?(.+?))?\W*$/,
  },
  {
    direction: "before",
    pattern: /^who (?:was|is) (.+?)(?:'s?)? predecessor(?: as (?:the )?(.+?))?\W*$/,
  },
  {
    direction: "before",
    pattern: /\bpredecessor (?:of|to) (.+?)(?: as (?:the )?(.+?))?\W*$/,
  },
];

interface Step {
  post: string;
  /** The person's own line at the meeting nearest the step. */
  own: { meeting: Meeting; attendee: Attendee };
  /** The other holders at the first meeting after (or the last before), if any. */
  other: PostHolding | null;
}

/** The first post of `person` (by their last or first listing) that the lists say someone else held. */
function stepFor(
  person: Person,
  direction: Direction,
  post: string | null,
  meetings: readonly Meeting[],
): Step | null {
  const own = new Set(person.appearances.map((a) => a.attendee));
  const listed = person.appearances.filter((a) => a.attendee.status !== "apologies");
  const ordered = direction === "after" ? [...listed].reverse() : listed;
  let fallback: Step | null = null;
  for (const appearance of ordered) {
    const forms = post ? [post] : postsOf(appearance.attendee);
    for (const form of forms) {
      const holdings = postHoldings(form, meetings);
      // A rank written as a title ("Commander") is a post only if no meeting lists two holders.
      if (
        !post &&
        form === appearance.attendee.honorific?.trim() &&
        holdings.some((h) => h.holders.length > 1)
      )
        continue;
      const mine = holdings.filter((h) => h.holders.some((a) => own.has(a)));
      const edge = direction === "after" ? mine.at(-1) : mine[0];
      if (!edge) continue;
      const others = holdings
        .filter((h) =>
          direction === "after"
            ? h.meeting.date > edge.meeting.date
            : h.meeting.date < edge.meeting.date,
        )
        .map((h) => ({
          ...h,
          holders: soleHolder(
            h.holders.filter((a) => !own.has(a)),
            form,
          ),
        }))
        .filter((h) => h.holders.length === 1);
      const other = (direction === "after" ? others[0] : others.at(-1)) ?? null;
      const attendee = edge.holders.find((a) => own.has(a)) ?? appearance.attendee;
      const step = { post: form, own: { meeting: edge.meeting, attendee }, other };
      if (other) return step;
      fallback ??= step;
    }
  }
  return fallback;
}

/**
 * "Who replaced Craig Mackey", "who did Helen Ball replace", "who was Stephen Greenhalgh's
 * successor": the next (or previous) person the attendance lists name in the post the person is
 * listed with, each line cited. The minutes record attendance, not appointments, so the answer
 * says what the lists show: who is listed in the post at the first meeting after the person's last
 * listing in it (or the last before their first).
 */
export const successionExecutor: Executor = (input) => {
  const { question, context, query } = input;
  const asked = ASKED.map(({ direction, pattern }) => ({
    direction,
    match: pattern.exec(question.text),
  })).find((a) => a.match);
  const [person] = asked?.match?.[1]
    ? findPeople(asked.match[1], context.directory.people, context.directory.ordinary)
    : [];
  if (!asked || !person) return answerWithIntent(input, input.classification.intent, undefined);
  const step = stepFor(person, asked.direction, asked.match?.[2] ?? null, context.meetings);
  if (!step) {
    const answer = blankAnswer("attendees", question, `No post is listed for ${person.name}`);
    answer.query = query;
    answer.summary = `The attendance lists name ${person.name} without a role or rank another person is listed with, so they do not show who ${asked.direction === "after" ? "followed" : "came before"} them.`;
    return answer;
  }
  const { post, own, other } = step;
  const followed = asked.direction === "after";
  const answer = blankAnswer(
    "attendees",
    question,
    other
      ? `${other.holders.map((a) => a.name).join(" and ")} — ${post} ${followed ? "after" : "before"} ${person.name}`
      : `No one is listed as ${post} ${followed ? "after" : "before"} ${person.name}`,
  );
  answer.query = query;
  answer.kind = "list";
  const ownWhere = meetingLabel(own.meeting);
  if (other) {
    const names = other.holders.map((a) => a.name).join(" and ");
    answer.summary = followed
      ? `${person.name} is last listed as ${post} at ${ownWhere}. The next meeting to list one, ${meetingLabel(other.meeting)}, names ${names}. The minutes record attendance, not appointments.`
      : `${person.name} is first listed as ${post} at ${ownWhere}. The last meeting before it to list one, ${meetingLabel(other.meeting)}, names ${names}. The minutes record attendance, not appointments.`;
  } else {
    answer.summary = followed
      ? `${person.name} is listed as ${post} up to ${ownWhere}; no later meeting lists anyone else as ${post}.`
      : `${person.name} is first listed as ${post} at ${ownWhere}; no earlier meeting lists anyone else as ${post}.`;
  }
  const section = (meeting: Meeting, attendee: Attendee): AnswerSection => ({
    heading: meetingLabel(meeting),
    text: describeAttendee(attendee),
    bullets: [],
    citation: citeLine(meeting, attendee.line, false),
  });
  const sections = [
    section(own.meeting, own.attendee),
    ...(other?.holders.map((a) => section(other.meeting, a)) ?? []),
  ];
  answer.sections = followed ? sections : sections.reverse();
  const meetings = [own.meeting, ...(other ? [other.meeting] : [])].sort((a, b) =>
    a.date.localeCompare(b.date),
  );
  answer.meetings = meetings.map((m) => m.id);
  if (meetings.length === 1 && meetings[0]) answer.meeting = meetingRef(meetings[0]);
  answer.followUps = [`who was the ${post}?`];
  return answer;
};
