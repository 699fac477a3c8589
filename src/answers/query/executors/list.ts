import type { Meeting } from "../../../corpus/model.js";
import { isProceduralItem } from "../../../corpus/procedural.js";
import { type Answer, type AnswerSection, withDetail } from "../../answer.js";
import {
  citeLine,
  firstSentence,
  formatDate,
  formatLongDate,
  isListHeading,
  itemLabel,
  meetingLabel,
  plural,
} from "../../format.js";
import { blankAnswer } from "../../intent-answerer.js";
import type { ExecutorInput } from "../executor.js";

/**
 * One meeting in a section: its title and date, the first sentence of its business, and its
 * agenda items (without the welcome, minutes and any other business every meeting has). `text`
 * replaces the first sentence.
 */
export function meetingAtAGlance(meeting: Meeting, text?: string): AnswerSection {
  const items = meeting.items.filter((i) => !isProceduralItem(i.title));
  const first = items[0]?.passages.find((p) => !isListHeading(p.text));
  return {
    heading: `${meeting.title} (${meeting.body}), ${formatLongDate(meeting.date)}`,
    text: text ?? (first ? firstSentence(first.text) : null),
    bullets: items.map(itemLabel),
    citation: citeLine(meeting, first?.line ?? meeting.items[0]?.line ?? 1),
  };
}

/** Several meetings at a glance ("the last two LCRB meetings"): each with its items. */
export function listAnswer(input: ExecutorInput, meetings: readonly Meeting[]): Answer {
  const answer = blankAnswer("meetings", input.question, `${plural(meetings.length, "meeting")}`);
  answer.meetings = meetings.map((m) => m.id);
  answer.summary = meetings.map((m) => `${meetingLabel(m)}`).join("; ");
  answer.sections = meetings.map((meeting) => meetingAtAGlance(meeting));
  answer.followUps = meetings.map(
    (m) => `who attended the ${m.body} meeting on ${formatDate(m.date)}?`,
  );
  return withDetail(answer, { kind: "list" });
}
