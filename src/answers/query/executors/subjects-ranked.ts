import { withDetail } from "../../answer.js";
import { labelledBullets } from "../../emphasis.js";
import { citeLine, itemLabel, meetingLabel, plural } from "../../format.js";
import { blankAnswer } from "../../intent-answerer.js";
import { type RecurringSubject, recurringSubjects } from "../../recurring-subjects.js";
import type { Executor } from "../executor.js";
import { rankingScope, scopeWords } from "./record-scope.js";

const SHOWN = 12;
// Beyond this many items a subject shows its first and latest.
const ITEMS_LISTED = 4;

function carriedBy(items: RecurringSubject["items"]): string {
  const at = ({ meeting, item }: RecurringSubject["items"][number]) =>
    `${meetingLabel(meeting)}, item ${itemLabel(item)}`;
  const first = items[0];
  const latest = items.at(-1);
  if (items.length <= ITEMS_LISTED || !first || !latest) return items.map(at).join("; ");
  return `first ${at(first)}, latest ${at(latest)}`;
}

/**
 * "Which agenda items recur", "what topics came up most often": the subjects on the agendas of
 * more than one meeting in scope, most meetings first, each with the meetings and items that
 * carried it.
 */
export const subjectsRankedExecutor: Executor = (input) => {
  const { question, query } = input;
  const scope = rankingScope(input, "meetings");
  if (!Array.isArray(scope)) return scope;
  const where = `${plural(scope.length, "meeting")}${scopeWords(scope)}`;
  const answer = blankAnswer(
    "meetings",
    question,
    `Subjects on more than one agenda, over ${where}`,
  );
  answer.query = query;
  const subjects = recurringSubjects(scope);
  const [top] = subjects;
  if (!top) {
    answer.summary = `No subject is on the agendas of more than one of the ${where}.`;
    answer.meetings = scope.map((m) => m.id);
    return withDetail(answer, { kind: "list" });
  }
  const shown = subjects.slice(0, SHOWN);
  const tied = subjects.filter((s) => s.meetings.length === top.meetings.length);
  answer.summary = [
    `Most often: ${tied.map((s) => s.name).join(", ")} (${plural(top.meetings.length, "meeting")}).`,
    `${plural(subjects.length, "subject")} on the agendas of more than one of the ${where}.`,
  ].join(" ");
  const meetings = new Set(shown.flatMap((s) => s.meetings));
  answer.meetings = scope.filter((m) => meetings.has(m)).map((m) => m.id);
  answer.sections = [
    {
      heading: subjects.length > SHOWN ? `The ${SHOWN} most often` : null,
      text: null,
      ...labelledBullets(
        shown.map((subject) => [
          subject.name,
          `${plural(subject.meetings.length, "meeting")}, ${carriedBy(subject.items)}`,
        ]),
      ),
      citation: top.items[0] ? citeLine(top.items[0].meeting, top.items[0].item.line) : null,
    },
  ];
  answer.followUps = [`timeline of ${top.name}`];
  return withDetail(answer, { kind: "list" });
};
