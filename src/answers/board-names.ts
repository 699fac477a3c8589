import type { Meeting } from "../corpus/model.js";

/**
 * The names of the two bodies whose minutes these are, as a question may write them ("the board",
 * "London Crime Reduction Board", "the management group"): any other board or group it names is
 * another body.
 */
export const OUR_BODIES =
  /^(?:(?:london )?crime reduction board|(?:delivery )?management group|lcrb|dmg|board|group|lcrb board|dmg group)$/;

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
