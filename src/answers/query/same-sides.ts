import { askedClause } from "../question.js";

// "The met's people at the feb 21 board - same as at the casey one?", "the chair in apr 22 - same
// as apr 23?", "are they the same?": two meetings set side by side, asked yes or no whether what
// each has is the same, which wants its yes or no first. "Same time as the Safer Streets Board
// meeting" never comes here: only comparisons of who came or who chaired read it. Chat drops
// the article: "… vs apr 22 - same?" asks it after a dash or comma as "- the same?" does.
// "Did the NHS send the same person to the DMG n the Casey board?", "was the MOPAC CEO the same at
// the DMG n the fraud board?": a body's sending, or a post's holder, the same at both.
const ASKS_SAME =
  /\bsame as\b|\b(?:is|was|are|were) (?:it|that|they|those|these|them) the same\b|(?:\bthe|[-–—,:])\s*same\s*\?*\s*$|\b(?:send|sent|sends|have|had|field|fielded) the same (?:person|people|ones?|reps?|representatives?|faces|folks?|team|officers?)\b|^(?:is|was|are|were) (?:the |their |its )?(?:[a-z&'-]+ ){1,3}the same (?:at|in|for)\b/;

/** Whether a comparison asks yes or no whether its two sides are the same. */
export function asksSameSides(text: string): boolean {
  return ASKS_SAME.test(text);
}

// "Apols: apr 22 v apr 23 - anyone on both lists?", "any overlap?", "anyone at both?": whether
// anyone is on both sides, yes or no first, then who.
const ASKS_ANY_ON_BOTH =
  /\b(?:any(?:one|body|1)?|some(?:one|body))\b(?:(?![-–—:;]).)*\b(?:both|overlap\w*|in common)\b|\b(?:any|an|some) overlap\b/;

/** Whether a comparison asks yes or no whether anyone is on both sides. */
export function asksAnyOnBoth(text: string): boolean {
  return ASKS_ANY_ON_BOTH.test(askedClause(text));
}

/** The title led by the yes or no of "same as …?" (or of "anyone on both?"). */
export function withSameLead(title: string, same: boolean): string {
  return `${same ? "Yes" : "No"}: ${title}`;
}
