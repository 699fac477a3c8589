import type { Attendee, Meeting } from "../../../corpus/model.js";
import type { Answer } from "../../answer.js";
import { citeLine, meetingLabel, meetingRef } from "../../format.js";
import { blankAnswer } from "../../intent-answerer.js";
import { describeAttendee } from "../../intents/attendees.js";
import { postNames } from "../../organisations.js";
import {
  holdsPostAroundOrganisation,
  holdsPostAsked,
  type PostHolding,
  postHoldings,
} from "../../posts.js";
import type { Executor, ExecutorInput } from "../executor.js";
import { MINUTE_TAKER } from "../read-target.js";
import { FOLLOW_UP_LEAD } from "../readers/asked.js";
import { answerWithIntent } from "./intents.js";
import { oneMeetingIntent } from "./one-meeting.js";

// "who was the deputy commissioner in 2015", "who is the DMPC", "who represents the CPS".
const POST = [
  // The post ends where a meeting is named: by date or body, or by what it discussed ("who was CEO
  // of MOPAC at the terms of reference meeting", "… at the one on fraud").
  /^who (?:is|was|were|are|has been|had been|held the post of|served as) (?:the |a |an )?(.+?)(?: (?:in|at|on|during|for|of the|from) (?:the )?(?:\d{4}|\w+ '?\d{2}(?:\d{2})?\b|(?:lcrb|dmg|board|group|meeting)s?\b).*| (?:at|in|during) the (?:(?:[a-z0-9'&-]+ ){1,6}?(?:meeting|one|session)s?\b|(?:meeting|one|session)s? (?:on|about|where|when|that|with)\b).*)?\W*$/,
  /^who (?:represents|represented|speaks for|spoke for|attends for|attended for) (?:the )?(.+?)(?: (?:in|at|on|during) .*)?\W*$/,
];

const REPRESENTS = /^who (?:represents|represented|speaks for|spoke for)\b/;
const meetingAttendees = oneMeetingIntent("attendees");

// "Who was the DMPC then", "… at the time": the conversation's meeting, not part of the post.
const BACK_REFERENCE = /\s+(?:back then|then|at the time|at that time|there)(?=\W*$)/;

// "The hq strategy and governance person", "the probation lady": a word for someone after the
// post is no part of it.
const SOMEONE_AFTER = /\s+(?:person|people|guy|guys|lady|bloke|chap|fella|rep|reps|one)$/;

/** The post a question asks who held, as typed. */
export function postAsked(text: string): string | null {
  const asked = text.replace(FOLLOW_UP_LEAD, "").replace(BACK_REFERENCE, "");
  for (const pattern of POST) {
    const post = pattern.exec(asked)?.[1];
    if (post) return post.trim().replace(SOMEONE_AFTER, "");
  }
  return null;
}

// "The two mopac directors", "both deputy mayors": how many is no part of the post.
const HOW_MANY = /^(?:(?:the )?(?:two|three|four|five|six|both|all|\d+) )+/;

/**
 * The post as one holder of it is named: "who were the mopac directors in 2022?" asks who held
 * "mopac director", when no line gives the plural as typed ("Director, C&P, MOPAC" and "Director,
 * S&MPS Oversight MOPAC" are two holders of one post).
 */
function onePost(post: string | null, meetings: readonly Meeting[]): string | null {
  if (!post) return post;
  const counted = post.replace(HOW_MANY, "");
  const single = counted.replace(/ies$/, "y").replace(/(?<!s)s$/, "");
  if (
    single === counted ||
    postHoldings(counted, meetings, { aroundOrganisation: true }).length > 0
  )
    return counted;
  return single;
}

/**
 * Who held a post at each meeting in scope ("in 2015": that year's meetings; none named: every
 * meeting), from the attendance lines' roles, titles and organisations, each meeting cited. A post
 * nobody's attendance line names is answered as the question's own intent would answer it.
 */
export const postsExecutor: Executor = (input) => {
  const { question, context, query } = input;
  if (MINUTE_TAKER.test(question.text)) return minuteTakerAnswer(input);
  const post = onePost(postAsked(question.text), context.meetings);
  const [resolution] = input.resolutions;
  let scope: readonly Meeting[] = context.meetings;
  if (resolution && query.meetings[0]) {
    if (resolution.status === "found") scope = resolution.meetings;
    else if (resolution.status === "ambiguous") scope = resolution.candidates;
    else scope = [];
  }
  // "Who represented London Councils at the 2021 meeting": one meeting's attendees from it; so
  // too a follow-up naming only another meeting ("and the DMG?"), with the organisation asked
  // before.
  const inherited = query.followUp && !postAsked(question.text) && query.organisation.length > 0;
  if (
    (REPRESENTS.test(question.text) || inherited) &&
    resolution?.status === "found" &&
    scope.length === 1
  )
    return meetingAttendees(input);
  const asked = { aroundOrganisation: true };
  const holdings = post ? postHoldings(post, scope, asked) : [];
  const anyone = post ? postHoldings(post, context.meetings, asked) : [];
  const unlisted = post ? unlistedPost(input, post, anyone) : null;
  if (post && unlisted) return notListedAnswer(input, post, unlisted);
  if (!post || anyone.length === 0)
    return answerWithIntent(input, input.classification.intent, undefined);
  const answer = blankAnswer("attendees", question, `Who was ${post}`);
  answer.query = query;
  answer.kind = holdings.length > 1 ? "timeline" : "list";
  answer.meetings = holdings.map((h) => h.meeting.id);
  if (holdings.length === 0) {
    answer.title = `No one is listed as ${post} at that meeting`;
    answer.summary = `The minutes list ${post} at ${anyone.map((h) => meetingLabel(h.meeting)).join("; ")}.`;
    return answer;
  }
  const names = [...new Set(holdings.flatMap((h) => h.holders.map((a) => a.name)))];
  const [only] = holdings;
  answer.title =
    holdings.length === 1 && only
      ? `${names.join(" and ")} — ${post} at the ${only.meeting.body} meeting on ${meetingLabel(only.meeting).split(", ")[1]}`
      : `${post}: ${names.join(", ")}`;
  if (holdings.length === 1 && only)
    answer.meeting = { id: only.meeting.id, date: only.meeting.date, body: only.meeting.body };
  const [holder] = names;
  if (names.length === 1 && holder) answer.person = holder;
  answer.summary =
    holdings.length > 1
      ? `From the attendance lists of ${holdings.length} meetings, earliest first.`
      : "From the meeting's attendance list.";
  // One section per holder, so each name is cited at its own attendance line.
  answer.sections = holdings.flatMap(({ meeting, holders }) =>
    holders.map((holder, i) => ({
      heading: i === 0 ? meetingLabel(meeting) : null,
      text: describeAttendee(holder),
      bullets: [],
      citation: citeLine(meeting, holder.line, false),
    })),
  );
  answer.followUps = names.slice(0, 1).map((name) => `has ${name} been coming?`);
  return answer;
};

// Whether an attendance line gives the post as asked, not a post of another rank or kind ("Deputy
// Commissioner" or "Victims Commissioner" when "the commissioner" is asked).
function holdsAsAsked(post: string, input: ExecutorInput): (attendee: Attendee) => boolean {
  const { organisations } = input.context.directory;
  const words = (post.toLowerCase().match(/[a-z&]+/g) ?? []).filter((w) => !JOINING.has(w));
  return (attendee) => {
    const body = postNames({ ...attendee, role: null, honorific: null }, organisations);
    // An organisation asked for ("who represents the CPS") is held by its people.
    return (
      words.every((word) => body.has(word)) ||
      holdsPostAsked(attendee, post, body) ||
      holdsPostAroundOrganisation(attendee, post)
    );
  };
}
const JOINING = new Set(["the", "of", "for", "and", "a", "an"]);

// The head of a post's name, which the lists may give under another rank: "commissioner" of "the
// met commissioner".
const headOf = (post: string): string => post.split(/\s+/).at(-1) ?? post;

/**
 * The posts of the same name the lists give when none gives the post asked: "the commissioner"
 * found only as Deputy Commissioners; "the Met Commissioner", whose words no line holds together,
 * by its head word, when that is a post and not a body's name ("people from MOPAC" is MOPAC's
 * people). Null when someone holds it as asked, or nothing close is listed.
 */
function unlistedPost(
  input: ExecutorInput,
  post: string,
  anyone: PostHolding[],
): PostHolding[] | null {
  const asAsked = holdsAsAsked(post, input);
  const { organisations } = input.context.directory;
  const head = headOf(post);
  const close =
    anyone.length > 0
      ? anyone
      : postHoldings(head, input.context.meetings).filter(({ holders }) =>
          holders.every(
            (a) => !postNames({ ...a, role: null, honorific: null }, organisations).has(head),
          ),
        );
  if (close.length === 0 || close.some(({ holders }) => holders.some(asAsked))) return null;
  return close;
}

/**
 * "Who's the Met Commissioner?" when no attendance line lists that post: the minutes do not say,
 * and the posts of the same name they do list (Deputy Commissioners, the Victims Commissioner),
 * each person once, so the answer is not read as one of them.
 */
function notListedAnswer(input: ExecutorInput, post: string, close: PostHolding[]): Answer {
  const { question, query } = input;
  const answer = blankAnswer("attendees", question, `The minutes do not name the ${post}`);
  answer.query = query;
  answer.kind = "list";
  const posts = [...new Set(close.flatMap((h) => h.holders.map(describeAttendee)))];
  answer.summary = `No attendance list gives anyone that post. They list ${posts.length === 1 ? "this post" : "these posts"} of the same name:`;
  // Each person once, at the first meeting that lists them.
  const shown = new Set<string>();
  answer.sections = close.flatMap(({ meeting, holders }) =>
    holders
      .filter((holder) => !shown.has(holder.name) && shown.add(holder.name))
      .map((holder) => ({
        heading: meetingLabel(meeting),
        text: describeAttendee(holder),
        bullets: [],
        citation: citeLine(meeting, holder.line, false),
      })),
  );
  return answer;
}

// How an attendance line names whoever took the minutes.
const MINUTING_ROLE =
  /\bminut(?:es|ing)\b|\bminute[- ]?taker\b|\bclerk\b|\bsecretar(?:iat|y)\b|\bnote[- ]?taker\b/i;

/**
 * "Who took the minutes at the DMG": anyone an attendance line of the meetings in scope lists as
 * minute taker, clerk or secretariat; else that the minutes do not record it.
 */
function minuteTakerAnswer(input: ExecutorInput): Answer {
  const { question, context, query } = input;
  const [resolution] = input.resolutions;
  const scope =
    resolution?.status === "found"
      ? resolution.meetings
      : resolution?.status === "ambiguous"
        ? resolution.candidates
        : context.meetings;
  const listed = scope.flatMap((meeting) =>
    meeting.attendees
      .filter((a) => MINUTING_ROLE.test(`${a.role ?? ""} ${a.organisation ?? ""}`))
      .map((attendee) => ({ meeting, attendee })),
  );
  const where =
    scope.length === 1 && scope[0] ? meetingLabel(scope[0]) : `${scope.length} meetings`;
  const answer = blankAnswer("attendees", question, "Who took the minutes");
  answer.query = query;
  if (scope.length === 1 && scope[0]) answer.meeting = meetingRef(scope[0]);
  if (listed.length === 0) {
    answer.title = `The minutes do not record who took them (${where})`;
    answer.summary =
      "No attendance line names a minute taker, clerk or secretariat, and the minutes do not say who wrote them.";
    return answer;
  }
  answer.title = `Listed as taking the minutes: ${[...new Set(listed.map((l) => l.attendee.name))].join(", ")}`;
  answer.summary = `From the attendance ${scope.length === 1 ? "list" : "lists"} of ${where}.`;
  answer.sections = listed.map(({ meeting, attendee }) => ({
    heading: meetingLabel(meeting),
    text: describeAttendee(attendee),
    bullets: [],
    citation: citeLine(meeting, attendee.line, false),
  }));
  return answer;
}
