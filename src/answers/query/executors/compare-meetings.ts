import type { AgendaItem, Meeting } from "../../../corpus/model.js";
import { isProceduralItem } from "../../../corpus/procedural.js";
import { stemWord } from "../../../search/stem.js";
import { type AnswerSection, withDetail } from "../../answer.js";
import { isQuestionStopWord } from "../../asked-of.js";
import { citeLine, formatDate, itemLabel, meetingLabel, plural } from "../../format.js";
import { blankAnswer } from "../../intent-answerer.js";
import type { Appearance } from "../../people.js";
import type { Executor, ExecutorInput } from "../executor.js";
import { AGENDA_SIZE } from "../read-target.js";
import type { Resolution } from "../resolve.js";
import { attendanceChange, attendanceSection, type Side, sideLabel } from "./attendance-change.js";
import { comparedSides } from "./compared-sides.js";
import { listAnswer, meetingAtAGlance } from "./list.js";

const found = (meetings: Meeting[]): Resolution => ({
  status: "found",
  meetings,
  candidates: [],
  wanted: "",
});

// "The last two LCRB meetings": one selector naming exactly two meetings is both sides.
function splitPair(input: ExecutorInput): ExecutorInput {
  const [only, ...others] = input.resolutions;
  if (others.length > 0 || only?.status !== "found" || only.meetings.length !== 2) return input;
  const [first, second] = only.meetings as [Meeting, Meeting];
  return { ...input, resolutions: [found([first]), found([second])] };
}

// The words of an item's title that say what it is about, by stem: "Tackling ethnic
// disproportionality in the Youth Action Plan" → tackl, ethnic, disproportion, youth, action, plan.
function titleStems(item: AgendaItem): Set<string> {
  const words = item.title.toLowerCase().match(/[a-z][a-z'-]{3,}/g) ?? [];
  return new Set(words.filter((w) => !isQuestionStopWord(w)).map(stemWord));
}

/** Items of the later meeting whose titles share a word with an item of the earlier one. */
function sharedSubjects(earlier: Meeting[], later: Meeting[]): AnswerSection | null {
  const agenda = (meetings: Meeting[]) =>
    meetings.flatMap((meeting) =>
      meeting.items
        .filter((item) => !isProceduralItem(item.title))
        .map((item) => ({ meeting, item, stems: titleStems(item) })),
    );
  const before = agenda(earlier);
  const pairs: string[] = [];
  let citation: AnswerSection["citation"] = null;
  for (const now of agenda(later)) {
    const then = before.find((b) => [...now.stems].some((stem) => b.stems.has(stem)));
    if (!then) continue;
    pairs.push(
      `${itemLabel(then.item)} (${formatDate(then.meeting.date)}) · ${itemLabel(now.item)} (${formatDate(now.meeting.date)})`,
    );
    citation ??= citeLine(now.meeting, now.item.line);
  }
  if (pairs.length === 0) return null;
  return { heading: "On both agendas", text: null, bullets: pairs, citation };
}

/** "More agenda items at LCRB, 2 February 2021: 5, against 3 at LCRB, 12 April 2023". */
function agendaSizes(...sides: Side[]): string {
  const counted = sides
    .map((side) => ({ side, items: side.meetings.reduce((n, m) => n + m.items.length, 0) }))
    .sort((a, b) => b.items - a.items);
  const [more, fewer] = counted;
  if (!more || !fewer) return "";
  if (more.items === fewer.items)
    return `As many agenda items at ${sideLabel(more.side)} as at ${sideLabel(fewer.side)}: ${more.items}`;
  return `More agenda items at ${sideLabel(more.side)}: ${more.items}, against ${fewer.items} at ${sideLabel(fewer.side)}`;
}

const cameTo = (meeting: Meeting) => meeting.attendees.filter((a) => a.status !== "apologies");

function glance(meeting: Meeting): AnswerSection {
  const apologies = meeting.attendees.length - cameTo(meeting).length;
  const items = meeting.items.filter((item) => !isProceduralItem(item.title)).length;
  return meetingAtAGlance(
    meeting,
    `${plural(cameTo(meeting).length, "person", "people")} came${apologies > 0 ? `, ${apologies} sent apologies` : ""}; ${plural(items, "item")} of business.`,
  );
}

// "How did the casey meeting's agenda differ from …", "compare the items at …": the business,
// not who came.
const AGENDA_ASKED = /\b(?:agendas?|items?|business|topics|subjects)\b/;

/**
 * "The casey meeting is LCRB, 12 April 2023; the fraud meeting LCRB, 27 April 2022": which
 * meeting each side named by its subject turned out to be, in the order the question named them.
 */
function namedByTopic(
  input: ExecutorInput,
  laterNamedFirst: boolean,
  ...[before, after]: Side[]
): string | null {
  const named = laterNamedFirst ? [after, before] : [before, after];
  const parts = input.query.meetings.flatMap((selector, index) => {
    const side = named[index];
    return selector.topic.length > 0 && side
      ? [`the ${selector.topic.join(" ")} meeting is ${sideLabel(side)}`]
      : [];
  });
  if (parts.length === 0) return null;
  const text = parts.join("; ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/**
 * Two meetings side by side when no subject or attendance is named ("compare the April 2022 and
 * April 2023 meetings", "how did the 2023 meeting differ from the one before"): each meeting's
 * business, the subjects on both agendas, and who joined and left.
 */
export const compareMeetingsExecutor: Executor = (asked) => {
  const [only, ...others] = asked.resolutions;
  // "Compare the last three meetings": more than two at a glance, one after another.
  if (others.length === 0 && only?.status === "found" && only.meetings.length > 2)
    return listAnswer(asked, only.meetings);
  const input = splitPair(asked);
  const sides = comparedSides(input, "meeting");
  if (!("earlier" in sides)) return sides;
  const [earlier, later] = [sides.earlier.meetings, sides.later.meetings];
  const change = attendanceChange(earlier, later, input.people);
  const { before, after, joined, left, both } = change;
  const answer = blankAnswer(
    "meetings",
    input.question,
    `${sideLabel(before)} and ${sideLabel(after)} compared`,
  );
  answer.meetings = [...earlier, ...later].map((m) => m.id);
  const agendaOnly = AGENDA_ASKED.test(input.question.text);
  answer.summary = [
    namedByTopic(input, sides.laterNamedFirst, before, after),
    agendaOnly
      ? null
      : `${plural(both.length, "person", "people")} came to both; ${joined.length} joined at the second and ${left.length} of the first did not come.`,
  ]
    .filter(Boolean)
    .join(" ");
  // "More agenda items in feb 21 or apr 23?": the two counts first, every item the agenda lists.
  if (AGENDA_SIZE.test(input.question.text)) answer.title = agendaSizes(before, after);
  const shared = sharedSubjects(earlier, later);
  answer.sections = [
    ...[...earlier, ...later].map(glance),
    ...(shared ? [shared] : []),
    ...(agendaOnly
      ? []
      : [
          attendanceSection(`Joined: at ${sideLabel(after)}, not ${sideLabel(before)}`, joined),
          attendanceSection(`Left: at ${sideLabel(before)}, not ${sideLabel(after)}`, left),
        ]),
  ];
  answer.followUps = [
    `compare attendance between ${meetingLabel(earlier[0] as Meeting)} and ${meetingLabel(later.at(-1) as Meeting)}`,
    ...later.map((m) => `what happened at the ${m.body} meeting on ${formatDate(m.date)}?`),
  ];
  const names = (entries: Appearance[]) => entries.map((x) => x.attendee.name);
  return withDetail(answer, {
    kind: "comparison",
    comparison: { joined: names(joined), left: names(left), both: names(both) },
  });
};
