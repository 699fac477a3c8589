import { stemWord } from "../../../search/stem.js";
import { outcomeAsked } from "../../asked-outcome.js";
import { passageAt } from "../../result-passage.js";
import type { Executor, ExecutorInput } from "../executor.js";
import { meetingInFocus } from "../focus.js";
import { isEmptySelector } from "../query.js";
import { FOLLOW_UP_LEAD } from "../readers/asked.js";
import { asksSame, withoutSameNoun } from "../same-again.js";
import { answerWithIntent } from "./intents.js";
import { namedItem, namedItemAnswer } from "./item.js";

const ASKS_OF_IT =
  /^(?:who|whom|whose|when|where|which|why|how|did|does|do|was|were|is|are|has|have|had|will|would)\b/;
const SAID_ABOUT = /\b(?:said|say|says|mention\w*|talk\w*|discuss\w*|rais\w*)\b.*\babout\b/;

// "casey review": nothing but the subject's words, typed as into a search box.
function keywordsOnly({ question, classification }: ExecutorInput): boolean {
  const subject = new Set(classification.topic);
  return question.text.split(/[^a-z0-9&'-]+/).every((word) => word === "" || subject.has(word));
}

/**
 * Whether the passage the last answer led with holds every word of the subject asked now: "is the
 * Turnaround plan final?" under "The MPS have published a draft Turnaround plan …" asks after
 * the plan just read of, as "the" says, not after any plan of that name anywhere.
 */
function shownLast(
  { memory, context, question }: ExecutorInput,
  topic: readonly string[],
): boolean {
  const shown = memory?.item;
  // "Final" in "is it final?" asks after the plan, as the search answers it (intents/search.ts).
  const asking = outcomeAsked(question.text)?.asking;
  const subject = topic.filter((word) => !asking?.has(word));
  if (!shown || shown.meeting !== memory?.meeting || subject.length === 0) return false;
  const passage = passageAt(shown.meeting, shown.line, context);
  if (!passage) return false;
  const words = new Set((passage.toLowerCase().match(/[a-z0-9]+/g) ?? []).map(stemWord));
  return subject.every((word) => words.has(stemWord(word)));
}

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
  const { classification, query } = input;
  // The subject is an item's whole title, asked about in words ("tell me about the Operational
  // update in 2022"): the clerk opens that item, all of it. Not when the question asks something
  // of it ("who gave the operational update"), asks what was said about it wherever it was
  // ("what was said about casey review?": the best passages, as any subject), points back at the
  // last answer, or is the title typed alone, a search.
  const text = input.question.text;
  const named =
    selector?.previous || ASKS_OF_IT.test(text) || SAID_ABOUT.test(text) || keywordsOnly(input)
      ? null
      : namedItem(input, classification.topic);
  if (named) return namedItemAnswer(input, named, classification.topic);
  // Words the query holds beyond the question's own ("who raised it?": the last answer's
  // subject) are searched with them. At a meeting named by its subject ("the fraud meeting"),
  // the query's subject alone: the words naming the meeting are not looked for in it.
  const namedBySubject = meeting !== undefined && (query.meetings[0]?.topic.length ?? 0) > 0;
  const extra = query.topic.filter((word) => !classification.topic.includes(word));
  // "Same subject in 2022?": its noun points back at the last subject and is none itself.
  const own = withoutSameNoun(classification.topic, text);
  const topic =
    namedBySubject && query.topic.length > 0
      ? query.topic
      : extra.length > 0
        ? [...own, ...extra]
        : own;
  const asked = { ...input, classification: { ...classification, topic } };
  // A question naming no meeting, in a conversation about one the last question named ("what
  // support do new recruits get?" after the Feb 2021 board's Action Plan): that meeting's
  // passages, when they answer it. After an answer about one meeting the last question did not
  // name, only a question that reads as the next in the thread is: one pointing at the last
  // subject ("who raised it?", which the query read as that subject: `extra`), a follow-up lead
  // ("and what about victims?"), "same subject?", or a subject the last answer showed. "What has
  // been said about VAWG?" after "what was said about stalking" asks it of all the minutes, not
  // of the one meeting stalking came up at.
  const continues =
    extra.length > 0 || FOLLOW_UP_LEAD.test(text) || asksSame(text) || shownLast(input, own);
  const focus = selector
    ? null
    : (meetingInFocus(input.memory) ?? (continues ? input.memory?.meeting : null) ?? null);
  const there = focus ? input.context.meetings.find((m) => m.id === focus) : undefined;
  if (there) {
    const answer = answerWithIntent(asked, "search", there);
    if (answer.results.length > 0) return answer;
  }
  return answerWithIntent(asked, "search", meeting);
};
