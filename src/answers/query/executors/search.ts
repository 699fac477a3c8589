import type { Executor } from "../executor.js";
import { isEmptySelector } from "../query.js";
import { answerWithIntent } from "./intents.js";

/**
 * The best passages for the question's words: within the one meeting the question names ("what
 * did the CPS report at the fraud meeting", "what did the Mayor bring up in 2015") or points back
 * at ("what did it say about victims?", "… there?"), else across the minutes, narrowed by
 * whatever body or dates its own words name.
 */
export const searchExecutor: Executor = (input) => {
  const [resolution] = input.resolutions;
  const [selector] = input.query.meetings;
  // A body alone ("what did the board say about fraud") names no one meeting: it narrows the
  // search, where its resolution would be the latest meeting of it.
  const namesOne = selector !== undefined && !isEmptySelector({ ...selector, body: null });
  const meeting =
    namesOne && resolution?.status === "found" && resolution.meetings.length === 1
      ? resolution.meetings[0]
      : undefined;
  // Words the query holds beyond the question's own ("who raised it?": the last answer's
  // subject) are searched with them. At a meeting named by its subject ("the fraud meeting"),
  // the query's subject alone: the words naming the meeting are not looked for in it.
  const { classification, query } = input;
  const namedBySubject = meeting !== undefined && (query.meetings[0]?.topic.length ?? 0) > 0;
  const extra = query.topic.filter((word) => !classification.topic.includes(word));
  const topic =
    namedBySubject && query.topic.length > 0
      ? query.topic
      : extra.length > 0
        ? [...classification.topic, ...extra]
        : classification.topic;
  return answerWithIntent(
    { ...input, classification: { ...classification, topic } },
    "search",
    meeting,
  );
};
