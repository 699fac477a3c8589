/**
 * Words that frame a question, never its subject: the source it cites ("per the feb 21 board",
 * "according to the minutes", "going by the 2023 minutes"), the kind of answer it wants ("what kind
 * of board is Prevent", "what sort of approach"), how far along ("how is it doing so far") and
 * news asked for ("any word on resettlement?").
 * The minutes hold none of them in the sense asked, so searched for they would only make a
 * question that the minutes answer look like one they are silent on.
 */
const SOURCE = "(?:as per|per|according to|going by|going off|judging by|based on)";
// "Any word on resettlement?", "the latest word about fraud": news asked for, no subject.
const WORD_ON = "(?:any|latest|the) word (?:on|about|re|regarding|of)";
const FRAMES = new RegExp(`\\b(?:(?:kind|sort|type)s? of|${SOURCE}|so far|${WORD_ON})\\b`, "g");

/** The text with those words blanked by spaces, so offsets into it still hold. */
export function withoutAskingFrames(text: string): string {
  return text.replace(FRAMES, (words) => " ".repeat(words.length));
}

// "Per the 2015 mins", "going by the 2023 minutes": the minutes cited are those of the meeting
// their words name, which the question asks of; "minutes" there asks for no list of meetings.
const MINUTES_CITED = new RegExp(
  `\\b(${SOURCE} the (?:[a-z0-9'-]+ ){1,3}?)(?:minutes|notes|record)\\b`,
  "g",
);

/** The text with minutes cited by their meeting's words written as that meeting. */
export function withMinutesCitedAsMeeting(text: string): string {
  return text.replace(MINUTES_CITED, "$1meeting");
}
