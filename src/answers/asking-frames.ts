/**
 * Words that frame a question, never its subject: the source it cites ("per the feb 21 board",
 * "according to the minutes"), the kind of answer it wants ("what kind of board is Prevent",
 * "what sort of approach"), and how far along ("how is it doing so far"). The minutes hold none
 * of them in the sense asked, so searched for they would only make a question that the minutes
 * answer look like one they are silent on.
 */
const FRAMES = /\b(?:(?:kind|sort|type)s? of|per|according to|so far)\b/g;

/** The text with those words blanked by spaces, so offsets into it still hold. */
export function withoutAskingFrames(text: string): string {
  return text.replace(FRAMES, (words) => " ".repeat(words.length));
}
