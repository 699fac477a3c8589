import { isProceduralItem } from "../../corpus/procedural.js";
import type { AnswerSection } from "../answer.js";
import {
  citeLine,
  elapsed,
  firstSentence,
  formatLongDate,
  isListHeading,
  itemLabel,
  meetingRef,
  plural,
} from "../format.js";
import { blankAnswer, type IntentAnswerer } from "../intent-answerer.js";
import { chooseMeeting, meetingPhrase } from "../which-meeting.js";
import { describeAction } from "./actions.js";
import { describeNextMeeting } from "./next.js";

const HOW_LONG =
  /\bhow long (?:ago|since|has it been|is it since)\b|\bhow (?:many )?(?:years|months|weeks|days) (?:ago|since)\b/;

/** One meeting at a glance: when and where, how many came, each item, actions, next meeting. */
export const answerMeeting: IntentAnswerer = (input) => {
  const choice = chooseMeeting(
    input,
    "meeting",
    "latest",
    (m) => `what happened at ${meetingPhrase(m)}?`,
  );
  if (choice.kind === "unclear") return choice.answer;
  const { meeting, note } = choice;
  const answer = blankAnswer(
    "meeting",
    input.question,
    `${meeting.title} (${meeting.body}), ${formatLongDate(meeting.date)}`,
  );
  answer.meeting = meetingRef(meeting);
  const attended = meeting.attendees.filter((a) => a.status !== "apologies").length;
  const apologies = meeting.attendees.length - attended;
  const when = [meeting.time, meeting.venue].filter(Boolean).join(", ");
  // "How long since the board last met?": the time gone by leads.
  const ago = HOW_LONG.test(input.question.text)
    ? `That was ${elapsed(meeting.date, input.context.today())} ago.`
    : null;
  answer.summary = [
    ago,
    note,
    when ? `${when}.` : null,
    `${plural(attended, "person", "people")} attended${apologies > 0 ? ` and ${apologies} sent apologies` : ", no apologies recorded"}; ${plural(meeting.items.length, "agenda item")}.`,
  ]
    .filter(Boolean)
    .join(" ");
  const sections: AnswerSection[] = meeting.items.map((item) => {
    // The line on what was discussed comes from prose, not from a list heading before it.
    const passage = item.passages.find((p) => !isListHeading(p.text)) ?? item.passages[0];
    return {
      heading: itemLabel(item),
      text: passage ? firstSentence(passage.text) : "No discussion is recorded under this item.",
      bullets: [],
      citation: citeLine(meeting, passage?.line ?? item.line),
    };
  });
  for (const action of meeting.actions) {
    sections.push({
      heading: action.id ? `Action ${action.id}` : "Action",
      text: describeAction(action),
      bullets: [],
      citation: citeLine(meeting, action.line),
    });
  }
  for (const next of meeting.nextMeetings) {
    // A DMG's minutes may announce the next board as well as its own next meeting.
    sections.push({
      heading: `Next ${next.body} meeting`,
      text: describeNextMeeting(next),
      bullets: [],
      citation: next.line ? citeLine(meeting, next.line, false) : null,
    });
  }
  answer.sections = sections;
  const topItem = meeting.items.find((item) => !isProceduralItem(item.title));
  answer.followUps = [
    `who attended ${meetingPhrase(meeting)}?`,
    `actions from ${meetingPhrase(meeting)}`,
    ...(topItem ? [topItem.title.toLowerCase()] : []),
  ];
  return answer;
};
