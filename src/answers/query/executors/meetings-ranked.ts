import type { Meeting } from "../../../corpus/model.js";
import { withDetail } from "../../answer.js";
import { labelledBullets } from "../../emphasis.js";
import { citeLine, formatDate, meetingLabel, meetingRef, plural } from "../../format.js";
import { blankAnswer } from "../../intent-answerer.js";
import { COUNTS_APOLOGIES } from "../../presence-asked.js";
import type { Executor } from "../executor.js";
import { rankingScope, scopeWords } from "./record-scope.js";

const SHOWN = 12;
const ASKS_FEWEST = /\b(?:fewest|least|smallest|lowest|worst|poorly|shortest|quietest)\b/;

/** What a ranking of meetings counts. */
interface Measure {
  noun: [string, string];
  count: (meeting: Meeting) => number;
  /** The line a count is cited at. */
  line: (meeting: Meeting) => number;
}

const ATTENDANCE: Measure = {
  noun: ["person", "people"],
  count: (m) => m.attendees.filter((a) => a.status !== "apologies").length,
  line: (m) => m.attendees[0]?.line ?? 1,
};

/** Other counts, by the words that ask for them; attendance when none is asked for. */
const MEASURES: readonly (Measure & { asks: RegExp })[] = [
  {
    asks: COUNTS_APOLOGIES,
    noun: ["apology", "apologies"],
    count: (m) => m.attendees.filter((a) => a.status === "apologies").length,
    line: (m) => m.attendees.find((a) => a.status === "apologies")?.line ?? 1,
  },
  {
    asks: /\b(?:items?|agenda|business|longest|shortest)\b/,
    noun: ["agenda item", "agenda items"],
    count: (m) => m.items.length,
    line: (m) => m.items[0]?.line ?? 1,
  },
];

/**
 * "Which meeting had the most attendees", "the best attended meeting", "which meeting had the
 * most apologies (or agenda items)": the meetings in scope ranked by that count, the one at the
 * top as the answer's meeting (so "who chaired it?" follows on).
 */
export const meetingsRankedExecutor: Executor = (input) => {
  const { question, query } = input;
  const inScope = rankingScope(input, "meeting");
  if (!Array.isArray(inScope)) return inScope;
  const measure = MEASURES.find((m) => m.asks.test(question.text)) ?? ATTENDANCE;
  const fewest = ASKS_FEWEST.test(question.text);
  const ranked = [...inScope].sort(
    (a, b) =>
      (fewest ? -1 : 1) * (measure.count(b) - measure.count(a)) || a.date.localeCompare(b.date),
  );
  const counted = (m: Meeting) => plural(measure.count(m), ...measure.noun);
  const where = `${plural(inScope.length, "meeting")}${scopeWords(inScope)}`;
  const answer = blankAnswer("meetings", question, `Meetings by ${measure.noun[1]} over ${where}`);
  answer.query = query;
  answer.meetings = ranked.map((m) => m.id);
  const [top] = ranked;
  if (!top) {
    answer.summary = "No meetings in scope.";
    return withDetail(answer, { kind: "list" });
  }
  answer.meeting = meetingRef(top);
  const tied = ranked.filter((m) => measure.count(m) === measure.count(top));
  answer.title = `${fewest ? "Fewest" : "Most"} ${measure.noun[1]}: ${tied.map(meetingLabel).join(", ")} (${counted(top)})`;
  answer.summary = `Ranked over ${where}, ${fewest ? "fewest" : "most"} first.`;
  answer.sections = [
    {
      heading: ranked.length > SHOWN ? `The ${SHOWN} ${fewest ? "fewest" : "most"}` : null,
      text: null,
      ...labelledBullets(ranked.slice(0, SHOWN).map((m) => [meetingLabel(m), counted(m)] as const)),
      citation: citeLine(top, measure.line(top), false),
    },
  ];
  answer.followUps = [
    `who attended the ${top.body} meeting on ${formatDate(top.date)}?`,
    `what happened at the ${top.body} meeting on ${formatDate(top.date)}?`,
  ];
  return withDetail(answer, { kind: "list" });
};
