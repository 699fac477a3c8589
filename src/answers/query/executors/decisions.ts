import type { Decision, Meeting } from "../../../corpus/model.js";
import type { AnswerSection } from "../../answer.js";
import { outcomeAsked, untoldOutcome } from "../../asked-outcome.js";
import { citeLine, formatDate, itemLabel, meetingLabel, meetingRef, plural } from "../../format.js";
import { blankAnswer } from "../../intent-answerer.js";
import { resultSections } from "../../intents/search.js";
import { itemOf } from "../../record-mentions.js";
import type { Executor } from "../executor.js";
import { spellSubject } from "../mentions.js";
import { closestRecords, recordScope, recordSubject } from "./record-scope.js";
import { unclearAnswer } from "./unclear.js";

// A question asked for yes or no, after any follow-up opening ("and did they approve it?").
const YES_NO = /^(?:(?:and|so|but|then) )?(?:did|was|were|has|have|had|is|are)\b/;

const KIND_LABEL: Record<Decision["kind"], string> = {
  agreed: "Agreed",
  approved: "Approved",
  noted: "Noted",
  endorsed: "Endorsed",
};

/** One decision as an answer section: meeting and item, the sentence, its citation. */
export function decisionSection(meeting: Meeting, decision: Decision): AnswerSection {
  const item = itemOf(meeting, decision.item, decision.line);
  return {
    heading: `${meetingLabel(meeting)}${item ? `: ${itemLabel(item)}` : ""}`,
    text: `${KIND_LABEL[decision.kind]}: ${decision.text}`,
    bullets: [],
    citation: citeLine(meeting, decision.line),
  };
}

function scopePhrase(meetings: readonly Meeting[], named: boolean): string {
  const [only] = meetings;
  if (meetings.length === 1 && only)
    return `at the ${only.body} meeting on ${formatDate(only.date)}`;
  const bodies = [...new Set(meetings.map((m) => m.body))];
  return named && bodies.length === 1 ? `at ${bodies[0]} meetings` : "in the minutes";
}

/**
 * What was decided: the decisions the minutes record at the meetings named, about a subject
 * ("what was decided about fraud?"), or at the latest meeting. When none is recorded, says so and
 * shows what the minutes say about the subject instead.
 */
export const decisionsExecutor: Executor = (input) => {
  const { query, question, context } = input;
  // "Did the ToR get agreed": the subject as the minutes write it ("terms of reference").
  const subject = spellSubject(
    recordSubject(query.topic),
    context.meetings,
    context.search,
    context.directory.words,
  );
  const scope = recordScope(input, subject.length > 0);
  const [resolution] = input.resolutions;
  if (scope.kind === "unclear" && resolution)
    return unclearAnswer(input, "actions", resolution, query.meetings[0]);
  const meetings = scope.kind === "meetings" ? scope.meetings : [];
  const named = scope.kind === "meetings" && scope.named;
  const { directory } = context;
  const isAbout = directory.recordsAbout(subject, meetings);
  const all = closestRecords(
    meetings.flatMap((meeting) =>
      meeting.decisions
        .filter((d) => isAbout(d))
        .map((decision) => ({ meeting, decision, entry: decision })),
    ),
    subject,
  );
  // "The outcome of the counter terrorism discussion": a meeting named by what it discussed asks
  // for the decisions on that, when the minutes record some; else every decision of the meeting.
  const discussed = subject.length === 0 ? recordSubject(query.meetings[0]?.topic ?? []) : [];
  const isOnTopic = directory.recordsAbout(discussed, meetings);
  const onTopic = all.filter((f) => isOnTopic(f.decision));
  const focus = discussed.length > 0 && onTopic.length > 0 ? discussed : subject;
  const found = focus === discussed ? onTopic : all;
  const about = focus.length > 0 ? ` about “${focus.join(" ")}”` : "";
  const where = scopePhrase(meetings, named);
  const answer = blankAnswer("actions", question, `Decisions${about} ${where}`);
  answer.query = query;
  answer.kind = "list";
  const shown = [...new Set(found.map((f) => f.meeting))];
  answer.meetings = shown.map((m) => m.id);
  const [single] = meetings;
  if (meetings.length === 1 && single) answer.meeting = meetingRef(single);
  // "Did the board agree to set up the CONTEST board?": yes or no first.
  const yesNo = YES_NO.test(question.text);
  if (yesNo)
    answer.title =
      found.length > 0
        ? `Yes: ${plural(found.length, "decision")}${about} recorded ${where}`
        : `No decision${about} is recorded ${where}`;
  if (found.length > 0) {
    // "What came out of the fraud roundtable": the decision recorded may be to hold it, which is
    // no outcome of it.
    const outcome = outcomeAsked(question.text);
    const untold = outcome
      ? untoldOutcome(
          outcome,
          query.topic,
          found.map((f) => f.decision.text),
        )
      : null;
    answer.summary = [untold, `${plural(found.length, "decision")} recorded${about} ${where}.`]
      .filter(Boolean)
      .join(" ");
    answer.sections = found.map(({ meeting, decision }) => decisionSection(meeting, decision));
  } else if (subject.length > 0) {
    const response = context.search.search(subject.join(" "), { limit: 3 });
    answer.results = response.results;
    answer.sections = resultSections(response.results);
    answer.summary = `No decision${about} is recorded ${where}.${response.results.length > 0 ? " What the minutes say about it:" : ""}`;
  } else {
    answer.summary = `No decision is recorded ${where}.`;
  }
  answer.followUps = [
    ...(single && meetings.length === 1
      ? [`what was promised at the ${single.body} meeting on ${formatDate(single.date)}?`]
      : ["what was promised for the next meeting?"]),
    "actions from the latest meeting",
  ];
  return answer;
};
