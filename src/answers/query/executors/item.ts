import type { AgendaItem, Meeting } from "../../../corpus/model.js";
import { citeLine, itemLabel, meetingLabel, meetingRef } from "../../format.js";
import { blankAnswer } from "../../intent-answerer.js";
import type { Executor } from "../executor.js";
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
  return withOneMeeting(input, "meeting", (chosen) => {
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
        : meeting === remembered && memory?.item
          ? [...meeting.items].reverse().find((i) => i.line <= (memory.item?.line ?? 0))
          : topic.length > 0
            ? itemMentions(meeting, topic)[0]?.item
            : undefined;
    if (!item) {
      const answer = answerWithIntent(input, "meeting", meeting);
      if (query.item)
        answer.summary =
          `${meetingLabel(meeting)} has no item ${query.item}. ${answer.summary ?? ""}`.trim();
      return answer;
    }
    const answer = blankAnswer(
      "meeting",
      input.question,
      `${meetingLabel(meeting)}: ${itemLabel(item)}`,
    );
    answer.query = query;
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
  });
};
