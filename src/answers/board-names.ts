import type { Meeting } from "../corpus/model.js";

/**
 * The names of the two bodies whose minutes these are, as a question may write them ("the board",
 * "London Crime Reduction Board", "the management group"): any other board or group it names is
 * another body.
 */
export const OUR_BODIES =
  /^(?:(?:london )?crime reduction board|(?:delivery )?management group|lcrb|dmg|board|group|lcrb board|dmg group)$/;

// The words of our two bodies' names and shorthands: "London Crime Reduction Board", "Delivery
// Management Group", "LCRB", "DMG". A board named only by these ("the london crime board", "the
// dmg board", "the delivery management group board") is one of ours, however shortened.
const OUR_NAME_WORDS = new Set(
  "london crime reduction board delivery management group lcrb dmg".split(" "),
);
// Words that pick out one of our meetings or say which of our bodies, never another body: "the
// next board", "the main board", "our full board".
const OUR_QUALIFIERS = new Set(
  "the our this that same next main full whole last first previous upcoming".split(" "),
);

/**
 * Whether a board a question names ("next board", "london crime board", "london prevent board")
 * is one of ours: every word is a word of our bodies' names or only says which of our meetings.
 * Any other word ("prevent", "policing", "hate") names another body.
 */
export function isOurBody(name: string): boolean {
  const words = name
    .trim()
    .split(/\s+/)
    .filter((word) => !OUR_QUALIFIERS.has(word));
  return words.length > 0 && words.every((word) => OUR_NAME_WORDS.has(word));
}

// "The main board", "this london crime board", "the london prevent board": a board named after a
// determiner, by up to four words that hold none.
const BOARD_AFTER_DETERMINER =
  /\b(?:the|this|that|our|a|an)\s+((?:(?!(?:the|this|that|our|a|an)\b)[a-z'&-]+\s+){0,4}?)boards?\b/;

/** The first board a question (lower case) names after "the", with its words: "main board". */
export function boardNamedIn(text: string): string | null {
  const match = BOARD_AFTER_DETERMINER.exec(text);
  return match ? `${match[1] ?? ""}board` : null;
}

// A board the minutes name: up to three words before "Board" ("London Policing Board", "new
// partnership board structure", "Youth Justice Board").
const BOARD_NAME = /((?:[A-Za-z&'-]+ ){1,3})boards?\b/gi;

/**
 * The names the minutes give boards, lower case, each with every run of the words before "board"
 * that ends at it ("new london policing board", "london policing board", "policing board"). A
 * question's "the London Policing Board" is that board; "the Casey board", which the minutes
 * never write, is the meeting that discussed Casey (read-selector.ts).
 */
export function boardNamesOf(meetings: readonly Meeting[]): Set<string> {
  const names = new Set<string>();
  const add = (text: string) => {
    for (const match of text.matchAll(BOARD_NAME)) {
      const words = (match[1] ?? "").toLowerCase().trim().split(/\s+/);
      for (let start = 0; start < words.length; start++)
        names.add(`${words.slice(start).join(" ")} board`);
    }
  };
  for (const meeting of meetings) {
    for (const attendee of meeting.attendees)
      add(`${attendee.role ?? ""} ${attendee.organisation ?? ""}`);
    for (const item of meeting.items) {
      add(item.title);
      for (const passage of item.passages) add(passage.text);
    }
  }
  return names;
}
