import { type Answer, withDetail } from "../../answer.js";
import { timesCameAsked } from "../../times-came-asked.js";
import type { Executor, ExecutorInput } from "../executor.js";
import { answerWithIntent } from "./intents.js";
import { oneMeetingIntent } from "./one-meeting.js";

const atOneMeeting = oneMeetingIntent("person", { yesNo: true });

/**
 * Whether someone came: to the one meeting named, as the person answer says it; to each of
 * several ("was Claire Waxman at the 2022 and 2023 boards"), every meeting's verdict in one lead,
 * "Yes" only when they came to all (a yes-or-no answer whose verdict is no otherwise), and each
 * meeting's line cited. A count of meetings of a body is the person's record's to answer.
 */
export const presenceExecutor: Executor = (input) => {
  // "Did she come to more than one dmg?" counts the body's meetings she came to: no one of them
  // is meant, so the person's whole record answers it. ("Ever been to a board?" is any one of
  // them, answered below with the one she came to.)
  const counted = timesCameAsked(input.question.text);
  if (input.classification.people.length === 1 && counted && counted.count > 1)
    return answerWithIntent(input, "person", undefined);
  const anyOfBody = atAnyMeetingOfBody(input);
  if (anyOfBody) return anyOfBody;
  const found = input.resolutions.flatMap((r) =>
    r.status === "found" && r.meetings.length === 1 ? r.meetings : [],
  );
  if (input.resolutions.length < 2 || found.length !== input.resolutions.length)
    return atOneMeeting(input);
  const answers = found.map((meeting) =>
    answerWithIntent(input, "person", meeting, { yesNo: true }),
  );
  const [first] = answers;
  if (!first) return atOneMeeting(input);
  const verdicts = answers.map((answer) => (answer.kind === "yes-no" ? answer.verdict : null));
  if (verdicts.some((verdict) => verdict === null)) return first;
  const all = verdicts.every(Boolean);
  const none = verdicts.every((verdict) => !verdict);
  // Each meeting's own verdict, without its "Yes: " or "No: ".
  const each = answers.map((answer) => answer.title.replace(/^(?:Yes|No): /, ""));
  const lead = all
    ? "Yes"
    : none
      ? "No"
      : `At ${verdicts.filter(Boolean).length} of ${answers.length}`;
  const combined: Answer = {
    ...first,
    title: `${lead}: ${each.join("; ")}`,
    meeting: null,
    meetings: found.map((meeting) => meeting.id),
    // The first meeting's section from each answer, then the rest of the record once.
    sections: [
      ...answers.flatMap((answer) => answer.sections.slice(0, 1)),
      ...first.sections
        .slice(1)
        .filter((section) =>
          answers.every((answer) => answer.sections[0]?.heading !== section.heading),
        ),
    ],
  };
  // Came to some but not all: not a yes to "was she at both?" (the first meeting's own verdict,
  // spread in above, must not stand for all of them).
  return withDetail(combined, { kind: "yes-no", verdict: all });
};

// "Has she ever been to a board?", "been to an LCRB?", "any LCRBs, or only DMG?": any meeting of
// the body, not its latest.
const ANY_OF_BODY = /\bever\b|\b(?:any|an?) (?:lcrb|dmg|board|group|meeting)s?\b/;

/**
 * Whether someone came to any meeting of the one body named (no date, position or subject): yes
 * with the latest they came to, no with every meeting of it held; null when asked otherwise.
 */
function atAnyMeetingOfBody(input: ExecutorInput): Answer | null {
  const { query, question, classification, context } = input;
  const [selector, ...more] = query.meetings;
  const [person, ...others] = classification.people;
  if (!selector?.body || more.length > 0 || !person || others.length > 0) return null;
  if ((query.presence ?? "came") !== "came" || !ANY_OF_BODY.test(question.text)) return null;
  const bodyOnly =
    !selector.date &&
    !selector.position &&
    !selector.shift &&
    !selector.person &&
    !selector.previous &&
    selector.topic.length === 0;
  if (!bodyOnly) return null;
  const came = person.appearances.filter(
    (a) => a.meeting.body === selector.body && a.attendee.status !== "apologies",
  );
  const latestCame = came.at(-1)?.meeting;
  if (latestCame) return answerWithIntent(input, "person", latestCame, { yesNo: true });
  const held = context.meetings.filter(
    (m) => m.body === selector.body && m.date <= context.today(),
  );
  const latest = held.at(-1);
  if (!latest) return null;
  const answer = answerWithIntent(input, "person", latest, { yesNo: true });
  return withDetail(
    {
      ...answer,
      title: `No: ${person.name} is not named in the attendance list of any ${selector.body} meeting`,
    },
    { kind: "yes-no", verdict: false },
  );
}
