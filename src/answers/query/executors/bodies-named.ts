import type { Meeting } from "../../../corpus/model.js";
import type { AnswerSection } from "../../answer.js";
import { isOurBody } from "../../board-names.js";
import { citeLine, meetingLabel } from "../../format.js";

/**
 * "New boards mentioned: Feb 21 v Apr 23", "working groups - 2020 DMG vs Apr 23": a kind of body
 * compared, not a word to find. What each meeting's minutes say of it is the bodies of that kind
 * they name ("the proposed Efficiency Board and the Safer Streets Board", "the new London
 * Policing Board"), not every passage holding "board".
 */

// The kinds of body a comparison may ask the names of, plural as asked, with the word a name ends on.
const KINDS: Readonly<Record<string, string>> = {
  boards: "Board",
  groups: "Group",
  panels: "Panel",
  committees: "Committee",
  forums: "Forum",
  networks: "Network",
  hubs: "Hub",
  units: "Unit",
  partnerships: "Partnership",
};
// Words beside the kind that ask nothing more of it: "new boards", "other groups mentioned".
const BESIDE = new Set(["new", "other", "proposed", "named", "mentioned", "different", "any"]);

/** The kind of body a comparison's subject asks the names of ("Board"), or null. */
export function bodyKindAsked(subject: readonly string[]): string | null {
  const words = subject.filter((word) => !BESIDE.has(word));
  const [kind] = words;
  return words.length === 1 && kind ? (KINDS[kind] ?? null) : null;
}

/** A body's name as the minutes write it: capitalised words before the kind ("London Policing Board"). */
function namePattern(kind: string): RegExp {
  return new RegExp(
    `\\b((?:[A-Z][\\w'’&-]*\\s+(?:(?:of|for|and|&|on)\\s+)?){1,5}${kind}s?)\\b`,
    "g",
  );
}

/** One side's bodies of the kind, each once, in the order the minutes name them, with where. */
export function bodiesNamed(
  meetings: readonly Meeting[],
  kind: string,
): { name: string; meeting: Meeting; line: number }[] {
  const found = new Map<string, { name: string; meeting: Meeting; line: number }>();
  for (const meeting of meetings)
    for (const item of meeting.items)
      for (const passage of item.passages)
        for (const match of passage.text.matchAll(namePattern(kind))) {
          const name = (match[1] ?? "").replace(/\s+/g, " ").trim();
          // The minutes' own bodies are what is compared, not bodies they name.
          if (isOurBody(name.toLowerCase()) || found.has(name.toLowerCase())) continue;
          found.set(name.toLowerCase(), { name, meeting, line: passage.line });
        }
  return [...found.values()];
}

/** A side's section: the bodies named, cited where the first is named; or that none is. */
export function bodiesSection(meetings: readonly Meeting[], kind: string): AnswerSection | null {
  const named = bodiesNamed(meetings, kind);
  const [first] = named;
  const [meeting] = meetings;
  if (!meeting) return null;
  return {
    heading: meetings.map(meetingLabel).join(", "),
    text: first ? null : `No ${kind.toLowerCase()} named.`,
    bullets: named.map(({ name }) => name),
    citation: first
      ? citeLine(first.meeting, first.line)
      : citeLine(meeting, meeting.items[0]?.line ?? 1, false),
  };
}
