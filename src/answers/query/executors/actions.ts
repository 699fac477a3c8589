import type { Meeting } from "../../../corpus/model.js";
import { isProceduralItem } from "../../../corpus/procedural.js";
import type { Answer, AnswerSection } from "../../answer.js";
import { citeLine, meetingLabel, plural } from "../../format.js";
import { describeAction } from "../../intents/actions.js";
import type { Executor, ExecutorInput } from "../executor.js";
import { decisionSection } from "./decisions.js";
import { oneMeetingIntent } from "./one-meeting.js";
import { recordSubject } from "./record-scope.js";

const meetingActions = oneMeetingIntent("actions");

// What the prose of meetings with no recorded actions says was decided or promised.
function recordedInstead(meetings: readonly Meeting[]): AnswerSection[] {
  return meetings.flatMap((meeting) => [
    ...meeting.commitments.map((c) => ({
      heading: `Commitment, ${meetingLabel(meeting)}`,
      text: c.owner ? `${c.text} (owner: ${c.owner})` : c.text,
      bullets: [],
      citation: citeLine(meeting, c.line),
    })),
    ...meeting.decisions.map((d) => decisionSection(meeting, d)),
  ]);
}

function bodyOnly(input: ExecutorInput): boolean {
  const selector = input.query.meetings[0];
  return Boolean(
    selector?.body &&
      !selector.date &&
      !selector.position &&
      !selector.shift &&
      !selector.person &&
      selector.topic.length === 0 &&
      !selector.previous,
  );
}

/**
 * Actions, as the actions answer gives them, with the body filter applied ("actions from the
 * DMG" lists only DMG actions, every DMG meeting's) and, where none is recorded, what the minutes
 * recorded instead: the meeting's decisions and commitments.
 */
export const actionsExecutor: Executor = (input) => {
  if (input.query.aggregation === "compare" && input.resolutions.length === 2)
    return actionsSideBySide(input);
  const selector = input.query.meetings[0];
  if (selector?.body && bodyOnly(input)) return bodyActions(input, selector.body);
  const answer = meetingActions(input);
  const meeting = answer.meeting
    ? input.context.meetings.find((m) => m.id === answer.meeting?.id)
    : undefined;
  if (meeting && meeting.actions.length === 0 && recordSubject(input.query.topic).length === 0)
    withRecordedInstead(answer, [meeting]);
  if (meeting && EARLIER_ACTIONS.test(input.question.text))
    answer.sections = [...earlierActionsReviewed(meeting), ...answer.sections];
  return answer;
};

// "Were there outstanding actions at the 2015 board", "were the previous actions closed": the
// actions a meeting took up from the one before, not the ones it recorded itself.
const EARLIER_ACTIONS =
  /\b(?:outstanding|previous|prior|earlier|last meeting'?s?|closed|cleared|carried (?:over|forward))\b/;

/** What a meeting's item on the last meeting's minutes and actions says of those actions. */
function earlierActionsReviewed(meeting: Meeting): AnswerSection[] {
  return meeting.items
    .filter(
      (item) => isProceduralItem(item.title) && /\b(?:minutes|actions|notes)\b/i.test(item.title),
    )
    .flatMap((item) =>
      item.passages
        .filter((passage) => /\bactions?\b/i.test(passage.text))
        .map((passage) => ({
          heading: `The last meeting's actions, as ${meetingLabel(meeting)} took them up`,
          text: passage.text,
          bullets: [],
          citation: citeLine(meeting, passage.line),
        })),
    );
}

/**
 * "How many actions were agreed at the 2015 board v the 2022 board": each meeting's actions as the
 * actions answer gives them, one after the other, counted in the title.
 */
function actionsSideBySide(input: ExecutorInput): Answer {
  const sides = input.resolutions.map((resolution, i) =>
    meetingActions({
      ...input,
      query: { ...input.query, aggregation: "one", meetings: input.query.meetings.slice(i, i + 1) },
      resolutions: [resolution],
    }),
  );
  const [first] = sides;
  if (!first || sides.some((side) => !side.meeting)) return first ?? meetingActions(input);
  const counts = sides.map((side) => {
    const meeting = input.context.meetings.find((m) => m.id === side.meeting?.id);
    return `${side.meeting ? meetingLabel(side.meeting) : ""}: ${meeting?.actions.length ? plural(meeting.actions.length, "action") : "no actions"}`;
  });
  return {
    ...first,
    meeting: null,
    title: `Actions recorded — ${counts.join("; ")}`,
    summary: sides.map((side) => side.summary ?? "").join(" "),
    meetings: sides.flatMap((side) => (side.meeting ? [side.meeting.id] : [])),
    sections: sides.flatMap((side) => side.sections),
  };
}

function bodyActions(input: ExecutorInput, body: Meeting["body"]): Answer {
  const base = meetingActions({
    ...input,
    query: { ...input.query, meetings: [] },
    resolutions: [],
  });
  const meetings = input.context.meetings.filter((m) => m.body === body);
  const found = meetings.flatMap((meeting) =>
    meeting.actions.map((action) => ({ meeting, action })),
  );
  const answer: Answer = {
    ...base,
    meeting: null,
    title: `Actions from ${body} meetings`,
    meetings: meetings.map((m) => m.id),
    sections: found.map(({ meeting, action }) => ({
      heading: `${action.id ? `Action ${action.id}` : "Action"}, ${meetingLabel(meeting)}`,
      text: describeAction(action),
      bullets: [],
      citation: citeLine(meeting, action.line),
    })),
  };
  answer.summary =
    found.length > 0
      ? `${plural(found.length, "action")} recorded at ${body} meetings.`
      : `No actions are recorded at ${body} meetings.`;
  if (found.length === 0) withRecordedInstead(answer, meetings);
  return answer;
}

// The summary stays the actions answer's own ("No actions are recorded at …"); the first section
// after it says what follows.
function withRecordedInstead(answer: Answer, meetings: readonly Meeting[]): void {
  const [first, ...rest] = recordedInstead(meetings);
  if (!first) return;
  answer.sections = [
    ...answer.sections,
    { ...first, heading: `Recorded instead — ${first.heading ?? ""}` },
    ...rest,
  ];
}
