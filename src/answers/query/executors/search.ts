import type { Executor } from "../executor.js";
import { answerWithIntent } from "./intents.js";

/**
 * The best passages for the question's words: within the conversation's meeting when the
 * question points back at it ("what did it say about victims?", "… there?"), else across the
 * minutes, narrowed by whatever body or dates its own words name.
 */
export const searchExecutor: Executor = (input) => {
  const [resolution] = input.resolutions;
  const pointsBack = input.query.meetings[0]?.previous === true;
  const meeting =
    pointsBack && resolution?.status === "found" && resolution.meetings.length === 1
      ? resolution.meetings[0]
      : undefined;
  // Words the query holds beyond the question's own ("who raised it?": the last answer's
  // subject) are searched with them.
  const { classification, query } = input;
  const extra = query.topic.filter((word) => !classification.topic.includes(word));
  const topic = extra.length > 0 ? [...classification.topic, ...extra] : classification.topic;
  return answerWithIntent(
    { ...input, classification: { ...classification, topic } },
    "search",
    meeting,
  );
};
