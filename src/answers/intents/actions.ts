import type { Action, Meeting } from "../../corpus/model.js";
import type { AnswerSection } from "../answer.js";
import { citeLine, formatDate, itemAtLine, meetingLabel, meetingRef, plural } from "../format.js";
import { blankAnswer, type IntentAnswerer } from "../intent-answerer.js";
import { chooseMeeting, meetingPhrase } from "../which-meeting.js";
import { resultSections } from "./search.js";

// "Action 2", "action no. 2", "action number 2".
const ACTION_NUMBER = /\baction (?:no\.? |number |#)?(\d{1,3})\b/;

/** The action as recorded, with its owner when the minutes name one. */
export function describeAction(action: Action): string {
  return action.owner ? `${action.text} (owner: ${action.owner})` : action.text;
}

// A topic word matches an action when the action, or the title of the agenda item it was recorded
// under, contains it, or it without a plural "s": "actions from the counter terrorism discussion"
// finds an action under "3 Counter Terrorism" that names only the CONTEST Board.
function mentions(meeting: Meeting, action: Action, topic: readonly string[]): boolean {
  const item =
    meeting.items.find((i) => action.item !== null && i.number === action.item) ??
    itemAtLine(meeting, action.line);
  const text = `${action.text} ${item?.title ?? ""}`.toLowerCase();
  return topic.some((word) => text.includes(word) || text.includes(word.replace(/s$/, "")));
}

/** Actions recorded for one meeting, or across the minutes, optionally about a topic. */
export const answerActions: IntentAnswerer = (input) => {
  const { question, classification, context } = input;
  const choice = chooseMeeting(input, "actions", "none", (m) => `actions from ${meetingPhrase(m)}`);
  if (choice.kind === "unclear") return choice.answer;
  const scope: Meeting[] = choice.kind === "meeting" ? [choice.meeting] : context.meetings;
  // "Who owns action 2 from 2015": that action alone; its number is no topic.
  const number = ACTION_NUMBER.exec(question.text)?.[1] ?? null;
  const topic = number ? classification.topic.filter((w) => w !== number) : classification.topic;
  const found = scope.flatMap((meeting) =>
    meeting.actions
      .filter((action) => number === null || action.id === number)
      .filter((action) => topic.length === 0 || mentions(meeting, action, topic))
      .map((action) => ({ meeting, action })),
  );
  const where =
    choice.kind === "meeting" ? ` at ${meetingPhrase(choice.meeting)}` : " in the minutes";
  const about = topic.length > 0 ? ` about “${topic.join(" ")}”` : "";
  const answer = blankAnswer(
    "actions",
    question,
    `${number ? `Action ${number}` : "Actions"}${about}${where.replace(" at the", " from the")}`,
  );
  if (choice.kind === "meeting") answer.meeting = meetingRef(choice.meeting);
  // Across meetings, the meetings the actions were recorded at ("which meeting was that?").
  else answer.meetings = [...new Set(found.map(({ meeting }) => meeting.id))];
  answer.sections = found.map(
    ({ meeting, action }): AnswerSection => ({
      heading: `${action.id ? `Action ${action.id}` : "Action"}, ${meetingLabel(meeting)}`,
      text: describeAction(action),
      bullets: [],
      citation: citeLine(meeting, action.line),
    }),
  );
  if (found.length > 0) {
    answer.summary = `${plural(found.length, "action")} recorded${about}${where}.`;
  } else if (topic.length > 0) {
    // No action names the topic: say so, then show what the minutes do say about it.
    const response = context.search.search(topic.join(" "), {
      limit: 3,
      ...(choice.kind === "meeting" ? { from: choice.meeting.date, to: choice.meeting.date } : {}),
    });
    answer.results = response.results;
    answer.sections = resultSections(response.results);
    answer.summary = `No action${about} is recorded${where}.${response.results.length > 0 ? " What the minutes say about it:" : ""}`;
  } else if (number) {
    const numbers = scope.flatMap((m) => m.actions.flatMap((a) => (a.id ? [a.id] : [])));
    answer.summary = `No action ${number} is recorded${where}.${numbers.length > 0 ? ` The actions there are numbered ${[...new Set(numbers)].join(", ")}.` : ""}`;
  } else {
    answer.summary = `No actions are recorded${where}.`;
  }
  const withActions = context.meetings.filter((m) => m.actions.length > 0).at(-1);
  answer.followUps = [
    ...(choice.kind === "meeting" ? [`what happened at ${meetingPhrase(choice.meeting)}?`] : []),
    ...(withActions && choice.kind === "meeting" && withActions !== choice.meeting
      ? [`actions from ${meetingPhrase(withActions)}`]
      : []),
    ...(choice.kind === "none" && withActions
      ? [`actions from the ${withActions.body} meeting on ${formatDate(withActions.date)}`]
      : []),
    "when is the next meeting?",
  ];
  return answer;
};
