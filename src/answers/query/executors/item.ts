import type { AgendaItem, Meeting } from "../../../corpus/model.js";
import type { Answer } from "../../answer.js";
import { citeLine, itemLabel, meetingLabel, meetingRef } from "../../format.js";
import { blankAnswer } from "../../intent-answerer.js";
import { titleKey } from "../../item-titles.js";
import type { Executor, ExecutorInput } from "../executor.js";
import { itemMentions } from "../mentions.js";
import { ITEM_AT_AN_END } from "../read-target.js";
import { answerWithIntent } from "./intents.js";
import { withOneMeeting } from "./one-meeting.js";

// Numbers as the minutes write them: "3", "Item 3", "2. Item 3" all answer "item 3".
function numbered(meeting: Meeting, number: string): AgendaItem | undefined {
  return (
    meeting.items.find((item) => item.number === number) ??
    meeting.items.find((item) => new RegExp(`\\bitem ${number}\\b`, "i").test(item.title))
  );
}

/**
 * One agenda item in full: "more on item 3" (of the meeting named or last talked about), the
 * first or last item of the agenda, or "tell me more" about the item the last answer was mostly
 * about.
 */
export const itemExecutor: Executor = (input) => {
  const { query, memory, context } = input;
  const remembered =
    !query.item && memory?.item
      ? context.meetings.find((m) => m.id === memory.item?.meeting)
      : undefined;
  return withOneMeeting(talkedOf(input), "meeting", (chosen) => {
    const end = ITEM_AT_AN_END.exec(input.question.text)?.[1];
    // "What was the last item?" with no meeting named or talked about: the latest meeting's.
    const latest = end
      ? context.meetings.filter((m) => m.date <= context.today()).at(-1)
      : undefined;
    const meeting =
      chosen ?? remembered ?? context.meetings.find((m) => m.id === memory?.meeting) ?? latest;
    if (!meeting) return answerWithIntent(input, "search", undefined);
    // "The fraud discussion": the item of the meeting most about the words that named it.
    const topic = query.meetings[0]?.topic ?? [];
    const item = query.item
      ? numbered(meeting, query.item)
      : end
        ? /^(?:first|opening)$/.test(end)
          ? meeting.items[0]
          : meeting.items.at(-1)
        : topic.length > 0
          ? itemMentions(meeting, topic, context.directory.words)[0]?.item
          : meeting === remembered && memory?.item
            ? [...meeting.items].reverse().find((i) => i.line <= (memory.item?.line ?? 0))
            : undefined;
    if (!item) {
      const answer = answerWithIntent(input, "meeting", meeting);
      if (query.item)
        answer.summary =
          `${meetingLabel(meeting)} has no item ${query.item}. ${answer.summary ?? ""}`.trim();
      return answer;
    }
    return itemAnswer(input, meeting, item);
  });
};

/**
 * "Tell me about the police and crime plan item", asked while talking about the DMG of June 2020:
 * of the several meetings with such an item, the one the conversation is about.
 */
function talkedOf(input: ExecutorInput): ExecutorInput {
  const [resolution, ...others] = input.resolutions;
  const id = input.memory?.meeting;
  if (!resolution || !id || (resolution.status === "found" && resolution.meetings.length < 2))
    return input;
  const meeting = [...resolution.meetings, ...resolution.candidates].find((m) => m.id === id);
  if (!meeting) return input;
  return {
    ...input,
    resolutions: [
      { ...resolution, status: "found", meetings: [meeting], candidates: [] },
      ...others,
    ],
  };
}

/** The item in full: every paragraph of it, cited, then the actions recorded under it. */
export function itemAnswer(input: ExecutorInput, meeting: Meeting, item: AgendaItem): Answer {
  const answer = blankAnswer(
    "meeting",
    input.question,
    `${meetingLabel(meeting)}: ${itemLabel(item)}`,
  );
  answer.query = input.query;
  answer.meeting = meetingRef(meeting);
  answer.summary = `All ${item.passages.length} paragraph${item.passages.length === 1 ? "" : "s"} of the item.`;
  answer.sections = item.passages.map((passage) => ({
    heading: null,
    text: passage.text,
    bullets: [],
    citation: citeLine(meeting, passage.line),
  }));
  // An action written as a paragraph of the item ("Action 1: …") is shown once.
  const shown = new Set(item.passages.map((p) => p.line));
  const actions = meeting.actions.filter((a) => a.item === item.number && !shown.has(a.line));
  for (const action of actions)
    answer.sections.push({
      heading: action.id ? `Action ${action.id}` : "Action",
      text: action.text,
      bullets: [],
      citation: citeLine(meeting, action.line),
    });
  return answer;
}

/**
 * The one item whose whole title the question's subject is ("tell me about the Operational update
 * in 2022", "women's safety at night - what was said?"), among the meetings the question names
 * (all of them when it names none). Null when no item's title is the subject, or when several
 * are (an "Any other business" at every meeting, a standing item): those are a search's to answer.
 */
export function namedItem(
  input: ExecutorInput,
  subject: readonly string[],
): { meeting: Meeting; item: AgendaItem } | null {
  const [resolution] = input.resolutions;
  if (resolution && resolution.status !== "found") return null;
  const all = input.context.directory.itemTitles.get(titleKey(subject)) ?? [];
  const inScope = resolution ? new Set(resolution.meetings.map((m) => m.id)) : null;
  const titled = inScope ? all.filter((t) => inScope.has(t.meeting.id)) : all;
  return titled.length === 1 ? (titled[0] ?? null) : null;
}

/** At most this many other meetings' mentions shown under an item the subject named. */
const ELSEWHERE = 3;

/**
 * The item a subject named by its whole title, and after it where else the minutes speak of the
 * subject ("counter terrorism" is an item of March 2015, and comes up in other items too): the
 * first passage that mentions it in the item most about it at each other meeting, latest first,
 * so a search that became an item still points to the rest.
 */
export function namedItemAnswer(
  input: ExecutorInput,
  named: { meeting: Meeting; item: AgendaItem },
  subject: readonly string[],
): Answer {
  const answer = itemAnswer(input, named.meeting, named.item);
  // One item a meeting, the one most about the subject, latest meeting first.
  const elsewhere = [...input.context.meetings]
    .sort((a, b) => b.date.localeCompare(a.date))
    .flatMap(
      (meeting) =>
        itemMentions(meeting, subject, input.context.directory.words).filter(
          (m) => m.item !== named.item && (m.inTitle || m.passages.length > 0),
        )[0] ?? [],
    );
  if (elsewhere.length === 0) return answer;
  const shown = elsewhere.slice(0, ELSEWHERE);
  const count =
    elsewhere.length === 1 ? "1 other meeting speaks" : `${elsewhere.length} other meetings speak`;
  const which =
    elsewhere.length > shown.length ? `; the latest ${shown.length} are below` : ", below";
  answer.summary = `${answer.summary} ${count} of it${which}.`;
  for (const mention of shown) {
    // An item titled by the subject whose paragraphs never repeat it: its first paragraph.
    const passage = mention.passages[0] ?? mention.item.passages[0];
    if (!passage) continue;
    answer.sections.push({
      heading: `${meetingLabel(mention.meeting)}: ${itemLabel(mention.item)}`,
      text: passage.text,
      bullets: [],
      citation: citeLine(mention.meeting, passage.line),
    });
  }
  return answer;
}
