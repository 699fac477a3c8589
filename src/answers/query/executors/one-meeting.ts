import type { Meeting } from "../../../corpus/model.js";
import type { Answer, Intent } from "../../answer.js";
import type { ExecutorInput } from "../executor.js";
import { answerWithIntent } from "./intents.js";
import { listAnswer } from "./list.js";
import { unclearAnswer } from "./unclear.js";

/**
 * The one meeting a question's first selector names, or the answer to give instead: a choice,
 * "no such meeting", or, for several found ("the last two meetings"), a list. With no selector
 * the intent picks as it always did (the latest, or none).
 */
export function withOneMeeting(
  input: ExecutorInput,
  intent: Intent,
  answer: (meeting: Meeting | undefined) => Answer,
): Answer {
  const [resolution] = input.resolutions;
  if (!resolution) return answer(undefined);
  if (resolution.status !== "found")
    return unclearAnswer(input, intent, resolution, input.query.meetings[0]);
  const [meeting, ...more] = resolution.meetings;
  if (more.length > 0) return listAnswer(input, resolution.meetings);
  return answer(meeting);
}

/** Attendees, a meeting at a glance, actions, a person at a meeting: the intent answers, about the meeting named. */
export function oneMeetingIntent(intent: Intent, options: { yesNo?: boolean } = {}) {
  return (input: ExecutorInput): Answer =>
    withOneMeeting(input, intent, (meeting) => answerWithIntent(input, intent, meeting, options));
}
