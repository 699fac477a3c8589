import type { Answer } from "../../answer.js";
import { blankAnswer } from "../../intent-answerer.js";
import { resultSections } from "../../intents/search.js";
import { attendeesOf, postWords } from "../../organisations.js";
import { passageText } from "../../result-passage.js";
import type { ExecutorInput } from "../executor.js";
import { textMentions } from "../mentions.js";

// Gatherings the minutes speak of that are no meeting of theirs: "the fraud roundtable", "the
// workshops", "the four working groups".
const GATHERING =
  /^(?:roundtables?|workshops?|events?|sessions?|conferences?|summits?|briefings?|consultations?|groups?|forums?|hubs?|panels?)$/;

/**
 * "How many attended the fraud roundtable?", "how many people are in each of the 4 working
 * groups?": a head-count of a gathering the minutes only speak of, which no attendance list
 * records. Asked with no meeting named, the latest meeting's count would answer another
 * question; the answer says the minutes do not record it and shows the passages naming it. Null
 * when a meeting is named, the words name no gathering, someone in the lists answers to them, or
 * no passage names it.
 */
export function untoldHeadCount(input: ExecutorInput): Answer | null {
  const { query, question, context } = input;
  if (query.meetings.length > 0) return null;
  const words = postWords(query.organisation.length > 0 ? query.organisation : query.topic);
  if (!words.some((word) => GATHERING.test(word))) return null;
  const { organisations, listings } = context.directory;
  if (attendeesOf(words, listings, organisations).length > 0) return null;
  const results = context.search
    .search(words.join(" "), { limit: 3 })
    .results.filter((result) => textMentions(passageText(result, context), words));
  if (results.length === 0) return null;
  const named = words.join(" ");
  const answer = blankAnswer("search", question, `How many came to the ${named}`);
  answer.query = query;
  answer.summary = `The minutes do not record how many came to the “${named}”: no attendance list is theirs. The passages naming it:`;
  answer.results = results;
  answer.sections = resultSections(results);
  return answer;
}
