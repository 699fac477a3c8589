import type { Answer } from "../../answer.js";
import type { Executor } from "../executor.js";
import { answerWithIntent } from "./intents.js";
import { oneMeetingIntent } from "./one-meeting.js";

const personAtOne = oneMeetingIntent("person");

// The person answer's summary opens on the meeting it is about: "LCRB, 2 February 2021: present
// (Crown Prosecution Service)." The rest is their record as a whole.
const AT_MEETING = /^([^.]*?: [^.]*?\))\.\s*/;

/**
 * Someone's record, about the meeting named, or about each of two ("Lionel Idan's org 2021 v
 * 2023": how each meeting's list gives them, then their record as a whole).
 */
export const personExecutor: Executor = (input) => {
  const found = input.resolutions.map((resolution) =>
    resolution.status === "found" && resolution.meetings.length === 1
      ? resolution.meetings[0]
      : undefined,
  );
  if (input.query.meetings.length !== 2 || found.length !== 2 || found.some((m) => !m))
    return personAtOne(input);
  const answers = found.map((meeting) => answerWithIntent(input, "person", meeting));
  const [first] = answers;
  if (!first) return personAtOne(input);
  const each = answers.map((answer) => AT_MEETING.exec(answer.summary ?? "")?.[1]);
  if (each.some((line) => !line)) return first;
  // The record itself (its meetings, the first asked after leading) is the first answer's.
  const combined: Answer = {
    ...first,
    summary: `${each.join(". ")}. ${(first.summary ?? "").replace(AT_MEETING, "")}`.trim(),
  };
  return combined;
};
