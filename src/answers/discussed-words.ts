/**
 * Verbs and idioms that say a subject was talked about, never the subject itself: "which meetings
 * touched on rape", "has the board looked at out-of-court disposals", "the first time the VRU
 * appears", and the everyday ways people put it — "was it on the table", "did the board chew over
 * devolution", "where did that crop up", "what did the DMG go through", "what did London Councils
 * push back on", "what did the VRU walk the board through". A question using one asks what was
 * discussed; the subject is the rest of its words. Taking someone through a subject comes first,
 * where "talk" alone would match only its first word.
 */
export const DISCUSSED =
  "(?:(?:walk|talk|take|took|run|ran)(?:s|ed|ing)? (?:them|us|members|partners|everyone|(?:the )?(?:board|group|meeting|members|partners)) through|discuss\\w*|talk\\w*|rais\\w*|mention\\w*|c[oa]me up|crop(?:s|ped|ping)? up|cover(?:s|ed|ing)?\\b|consider\\w*|debated|(?:bring|brings|bringing|brought) up|(?:back )?on the (?:agenda|table)|touch(?:ed|es)? (?:on|upon)|dealt with|deal with|look(?:ed|ing)? (?:at|into)|address\\w*|appear\\w*|featur\\w*|(?:chew|mull)(?:s|ed|ing)? over|(?:go|goes|going|gone|went|run|runs|ran) (?:over|through)|push(?:es|ed|ing)? back (?:on|against)|(?:get|got|go|went|gone|dig|dug|delve|delved) into|(?:hear|heard|learn\\w*|told) (?:about|of)|(?:hear|heard) from|(?:briefed|updated) on|(?:get|gets|got|getting|receive[sd]?|receiving|have|has|had) (?:an? |the |any )?(?=(?:[a-z&'-]+ ){1,3}(?:update|briefing|presentation)s?\\b))";

/**
 * What a meeting decided of a paper or plan, as the minutes record it ("Members noted and approved
 * the terms of reference", "the minutes were agreed"), each verb as its bare form: the one list
 * every reader of a decision takes (asked-outcome.ts reads them as an outcome too).
 */
export const DECISION_VERBS = [
  "agree",
  "approve",
  "endorse",
  "adopt",
  "accept",
  "resolve",
  "decide",
] as const;

/** What a meeting only took in: noted, welcomed, received — recorded, but decided nothing. */
const NOTING_VERBS = ["note", "welcome", "receive"] as const;

/** "Approve" → "approved", "adopt" → "adopted": every verb of the lists is regular. */
export function pastOf(verb: string): string {
  return verb.endsWith("e") ? `${verb}d` : `${verb}ed`;
}

/** The record verbs as a question says a meeting took a paper: "noted", "adopted", … */
export const RECORD_VERBS: readonly string[] = [...NOTING_VERBS, ...DECISION_VERBS].map(pastOf);

/**
 * What a meeting did with a paper or plan: "the board that noted the refreshed vawg action plan",
 * "the board that signed off …" (read as "agreed", question.ts), "which board resolved to adopt
 * the terms of reference" name a meeting by what it took, as "the board that discussed …" does.
 * Not blanked from a question's subject as DISCUSSED is: asked alone ("what was agreed?") it asks
 * for the decisions.
 */
export const RECORDED = `(?:${RECORD_VERBS.join("|")})(?: to (?:${DECISION_VERBS.join("|")}))?\\b`;

// Every place a question uses such words.
const DISCUSSED_WORDS = new RegExp(`\\b${DISCUSSED}`, "g");

/** The text with those words blanked by spaces, so offsets into it still hold. */
export function withoutDiscussedWords(text: string): string {
  return text.replace(DISCUSSED_WORDS, (words) => " ".repeat(words.length));
}
