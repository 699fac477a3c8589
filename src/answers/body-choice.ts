import type { Attendee, Meeting } from "../corpus/model.js";
import { meetingLabel } from "./format.js";
import { asWritten, attendeesOf, postWords } from "./organisations.js";

/** One attendance line of someone, at one meeting. */
interface Line {
  meeting: Meeting;
  attendee: Attendee;
}

const ARTICLES = new Set(["the", "a", "an", "of"]);
const wordsOf = (text: string): string[] => text.toLowerCase().match(/[a-z0-9&]+/g) ?? [];

function postOf(attendee: Attendee): string {
  return [attendee.role, attendee.organisation].filter(Boolean).join(", ");
}

/**
 * "Is Connie Stygall MOPAC or LC?", "is Lionel Idan CPS South or North?": which of two bodies
 * someone's attendance lines give them, as a title ("MOPAC: Connie Stygall is listed as MOPAC at
 * LCRB, 12 April 2023", "Both: …", "Neither: …") and the meetings whose lines say so. A second
 * body of one word shares the first's head ("CPS South or North" asks about "CPS North"). Lines
 * that write a body's words themselves answer before lines that only stand for them ("CPS" is
 * every CPS office, so a 2022 "CPS" line is no answer to which office).
 */
export function bodyChoice(
  name: string,
  lines: readonly Line[],
  options: readonly [string, string],
  asked: string,
  organisations: readonly string[],
): { title: string; meetings: string[] } {
  const [first, second] = options.map((option) =>
    postWords(option.split(/[^a-z0-9&]+/).filter((word) => word && !ARTICLES.has(word))),
  ) as [string[], string[]];
  const words = [
    first,
    second.length === 1 && first.length > 1 ? [...first.slice(0, -1), ...second] : second,
  ];
  const writes = (line: Line, body: readonly string[]) => {
    const written = new Set(wordsOf(postOf(line.attendee)));
    return body.every((word) => written.has(word));
  };
  const byWords = words.map((body) => lines.filter((line) => writes(line, body)));
  const held = byWords.some((found) => found.length > 0)
    ? byWords
    : words.map((body) =>
        lines.filter((line) => attendeesOf(body, [line.attendee], organisations).length > 0),
      );
  const said = words.map((body, i) => ({ asked: asWritten(body, asked), found: held[i] ?? [] }));
  const yes = said.filter((option) => option.found.length > 0);
  const where = yes.map(({ found: [line] }) =>
    line ? `${postOf(line.attendee)} at ${meetingLabel(line.meeting)}` : "",
  );
  const title =
    yes.length === 1
      ? `${yes[0]?.asked}: ${name} is listed as ${where[0]}`
      : yes.length === 2
        ? `Both: ${name} is listed as ${where.join(", and as ")}`
        : `Neither: ${name} is not listed with ${said.map((o) => o.asked).join(" or ")}`;
  const meetings = lines
    .filter((line) => yes.some((option) => option.found.includes(line)))
    .map((line) => line.meeting.id);
  return { title, meetings };
}
