import type { Executor } from "../executor.js";
import type { Aggregation, Target } from "../query.js";
import { actionsExecutor } from "./actions.js";
import { apologiesExecutor } from "./apologies.js";
import { apologiesCompareExecutor } from "./apologies-compare.js";
import { chairExecutor } from "./chair.js";
import { chairsComparedExecutor, chairsExecutor } from "./chairs-over-time.js";
import { commitmentsExecutor } from "./commitments.js";
import { compareExecutor } from "./compare.js";
import { compareMeetingsExecutor } from "./compare-meetings.js";
import { compareSubjectExecutor } from "./compare-subject.js";
import { attendeeCountExecutor, itemCountExecutor } from "./count.js";
import { decisionsExecutor } from "./decisions.js";
import { glossaryExecutor } from "./glossary.js";
import { answerWithIntent } from "./intents.js";
import { itemExecutor } from "./item.js";
import { meetingsRankedExecutor } from "./meetings-ranked.js";
import { oneMeetingIntent } from "./one-meeting.js";
import { organisationsExecutor } from "./organisations.js";
import { attendanceOverTimeExecutor, meetingsOverTimeExecutor } from "./over-time.js";
import { passagesExecutor } from "./passages.js";
import { peopleRankedExecutor } from "./people-ranked.js";
import { personExecutor } from "./person-at-each.js";
import { postsExecutor } from "./posts.js";
import { presenceExecutor } from "./presence.js";
import { previousExecutor } from "./previous.js";
import { scheduledExecutor } from "./scheduled.js";
import { scheduledCompareExecutor } from "./scheduled-compare.js";
import { searchExecutor } from "./search.js";
import { subjectsRankedExecutor } from "./subjects-ranked.js";
import { successionExecutor } from "./succession.js";
import { venueExecutor } from "./venue.js";
import { venueCompareExecutor } from "./venue-compare.js";

// Targets that answer as before, about the meeting the question names.
const unchanged =
  (intent: "next" | "help" | "meetings"): Executor =>
  (input) =>
    answerWithIntent(input, intent, undefined);

/**
 * One executor per target. A new target (decisions, glossary…) is a row here, its reading a row
 * in TARGET_RULES, and its executor a file in this folder.
 */
export const EXECUTORS: Record<Target, Executor> = {
  attendees: oneMeetingIntent("attendees"),
  apologies: apologiesExecutor,
  chair: chairExecutor,
  presence: presenceExecutor,
  passages: passagesExecutor,
  item: itemExecutor,
  actions: actionsExecutor,
  meeting: oneMeetingIntent("meeting"),
  meetings: unchanged("meetings"),
  next: unchanged("next"),
  scheduled: scheduledExecutor,
  previous: previousExecutor,
  person: personExecutor,
  help: unchanged("help"),
  search: searchExecutor,
  decisions: decisionsExecutor,
  commitments: commitmentsExecutor,
  glossary: glossaryExecutor,
  posts: postsExecutor,
  organisations: organisationsExecutor,
  venue: venueExecutor,
  people: peopleRankedExecutor,
  subjects: subjectsRankedExecutor,
  succession: successionExecutor,
};

/** Aggregations that change how a target is answered, before the target's own executor. */
const BY_AGGREGATION: readonly {
  aggregation: Aggregation;
  targets: Target[];
  executor: Executor;
}[] = [
  { aggregation: "compare", targets: ["attendees"], executor: compareExecutor },
  { aggregation: "compare", targets: ["apologies"], executor: apologiesCompareExecutor },
  { aggregation: "compare", targets: ["meeting"], executor: compareMeetingsExecutor },
  { aggregation: "compare", targets: ["passages"], executor: compareSubjectExecutor },
  { aggregation: "compare", targets: ["chair"], executor: chairsComparedExecutor },
  { aggregation: "compare", targets: ["venue"], executor: venueCompareExecutor },
  { aggregation: "compare", targets: ["scheduled"], executor: scheduledCompareExecutor },
  { aggregation: "count", targets: ["attendees"], executor: attendeeCountExecutor },
  { aggregation: "count", targets: ["meeting"], executor: itemCountExecutor },
  { aggregation: "rank", targets: ["meetings", "meeting"], executor: meetingsRankedExecutor },
  { aggregation: "timeline", targets: ["attendees"], executor: attendanceOverTimeExecutor },
  { aggregation: "timeline", targets: ["meetings"], executor: meetingsOverTimeExecutor },
  { aggregation: "rank", targets: ["chair"], executor: chairsExecutor },
  { aggregation: "timeline", targets: ["chair"], executor: chairsExecutor },
];

/** The executor for a target and aggregation. */
export function executorFor(target: Target, aggregation: Aggregation): Executor {
  return (
    BY_AGGREGATION.find((row) => row.aggregation === aggregation && row.targets.includes(target))
      ?.executor ?? EXECUTORS[target]
  );
}
