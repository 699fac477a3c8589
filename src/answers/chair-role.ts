import type { Attendee, Meeting, Passage } from "../corpus/model.js";

// A chair is written as the role itself ("Chair", "Mayor of London (Chair)", "DMPC (Co-chair)"),
// not a post that chairs something else ("Chair Victim & Hate Crime Boards", "Chair of LMSPB").
const CHAIR_ROLE = /(?:^|[(,]\s*)(?:co-?)?chair\)?\s*$/i;

// "The Chair, Mayor Johnson welcomed…", "The Mayor opened the meeting": who ran it, in prose.
const OPENED = /\b(?:the chair\b[^.]*|opened the meeting|chaired by)/i;

/** Whether an attendance entry names its person as the meeting's chair (or a co-chair). */
export function chairedBy(attendee: Attendee): boolean {
  return attendee.status !== "apologies" && CHAIR_ROLE.test(attendee.role ?? "");
}

// A post chairing another body, as an attendance line writes it: "Chair Victim & Hate Crime
// Boards", "Chair of LMSPB & SOCB", "CEO Waltham Forest, Chair Prevent".
const CHAIR_OF = /\b(?:co-?)?chair(?: of)? ([^,;()]+)/gi;

/** The words of a body's name, lower case, plural boards as one ("boards" is "board"). */
function bodyWords(name: string): string[] {
  return (name.toLowerCase().match(/[a-z0-9]+/g) ?? [])
    .filter((word) => !/^(?:the|of|and|for)$/.test(word))
    .map((word) => word.replace(/(?<=board|group|panel)s$/, ""));
}

/**
 * The attendees whose lines say they chair the body a question names ("who chaired the LMSPB",
 * "who chairs the hate crime board"), each with the meeting listing them: every word of the name
 * asked is a word of the body their line chairs.
 */
export function listedChairsOf(
  asked: string,
  meetings: readonly Meeting[],
): { meeting: Meeting; attendee: Attendee }[] {
  const wanted = bodyWords(asked);
  if (wanted.length === 0) return [];
  return meetings.flatMap((meeting) =>
    meeting.attendees
      .filter((attendee) => attendee.status !== "apologies")
      .filter((attendee) =>
        [...`${attendee.role ?? ""}, ${attendee.organisation ?? ""}`.matchAll(CHAIR_OF)].some(
          (match) => {
            const chaired = new Set(bodyWords(match[1] ?? ""));
            return wanted.every((word) => chaired.has(word));
          },
        ),
      )
      .map((attendee) => ({ meeting, attendee })),
  );
}

/** The attendee a sentence names by post ("The Mayor opened the meeting" → whoever is "Mayor"). */
function namedByPost(sentence: string, meeting: Meeting): Attendee | undefined {
  const post = /^(?:[Tt]he )?([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b/.exec(sentence)?.[1]?.toLowerCase();
  if (!post) return undefined;
  return meeting.attendees.find(
    (a) =>
      a.status !== "apologies" && (a.role ?? "").toLowerCase().split(/[(,]/)[0]?.trim() === post,
  );
}

/** Who chaired a meeting, and where the minutes say so. */
export interface ChairReading {
  /** The attendance list's chair (or co-chairs), else the person the minutes say opened it. */
  chairs: Attendee[];
  /** When the attendance list names no chair: the passage that says who opened the meeting. */
  passage: Passage | null;
  /** Whether the chairs come from the attendance list rather than from that passage. */
  listed: boolean;
}

/** Who chaired a meeting: the attendance list's chair, or the person the minutes say opened it. */
export function whoChaired(meeting: Meeting): ChairReading {
  const chairs = meeting.attendees.filter(chairedBy);
  if (chairs.length > 0) return { chairs, passage: null, listed: true };
  const passage =
    meeting.items.flatMap((item) => item.passages).find((p) => OPENED.test(p.text)) ?? null;
  const person = passage ? namedByPost(passage.text, meeting) : undefined;
  return { chairs: person ? [person] : [], passage, listed: false };
}
