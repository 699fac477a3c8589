// "The met's people at the feb 21 board - same as at the casey one?", "the chair in apr 22 - same
// as apr 23?", "are they the same?": two meetings set side by side, asked yes or no whether what
// each has is the same, which wants its yes or no first. "Same time as the Safer Streets Board
// meeting" never comes here: only comparisons of who came or who chaired read it. Chat drops
// the article: "… vs apr 22 - same?" asks it after a dash or comma as "- the same?" does.
const ASKS_SAME =
  /\bsame as\b|\b(?:is|was|are|were) (?:it|that|they|those|these|them) the same\b|(?:\bthe|[-–—,:])\s*same\s*\?*\s*$/;

/** Whether a comparison asks yes or no whether its two sides are the same. */
export function asksSameSides(text: string): boolean {
  return ASKS_SAME.test(text);
}

/** The title led by the yes or no of "same as …?". */
export function withSameLead(title: string, same: boolean): string {
  return `${same ? "Yes" : "No"}: ${title}`;
}
