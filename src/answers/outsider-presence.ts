import type { Meeting } from "../corpus/model.js";
import type { AnswerContext } from "./context.js";
import { outsidersNamedIn } from "./excerpt-people.js";
import { meetingLabel } from "./format.js";
import { presenceSaid } from "./presence-asked.js";
import { meetingPhrase } from "./which-meeting.js";

// "Was Baroness Casey at the meeting?", "did Commander Nick John attend?": whether someone came,
// the name the question's subject ("was Casey discussed at it" asks after the review).
// The names are the minutes' own (a bounded set), so each one's pattern is built once.
const CAME_ASKED = new Map<string, RegExp>();
function cameAsked(text: string, written: string): boolean {
  let pattern = CAME_ASKED.get(written);
  if (!pattern) {
    pattern = cameAskedPattern(written);
    CAME_ASKED.set(written, pattern);
  }
  return pattern.test(text);
}

function cameAskedPattern(written: string): RegExp {
  const [title = "", ...rest] = written.toLowerCase().split(/\s+/);
  const name = rest.map((word) => word.replace(/[^\p{L}-]/gu, "")).join(" ");
  return new RegExp(
    `^(?:and |so )?(?:was|were|did|is|has|had) (?:${title} )?(?:${name}|${rest.at(-1) ?? ""}) (?:at|there|present|in attendance|attend\\w*|come|came|make it|made it|turn\\w* up)\\b`,
  );
}

/** The lead and summary of an answer about someone the prose names and no list holds. */
export interface OutsiderPresence {
  title: string;
  summary: string;
}

/**
 * "Was Baroness Casey at the 2023 board?": the minutes name her in prose ("Baroness Casey's view
 * of the relationship between MOPAC and the MPS") but no attendance list holds her, so the answer
 * is no, saying where she is only spoken of; null when the question asks no such thing, or the
 * passages found name no such person as it asks.
 */
export function outsiderPresence(
  question: string,
  passages: readonly { text: string; meeting: Meeting }[],
  focus: Meeting | null,
  context: AnswerContext,
): OutsiderPresence | null {
  const text = question.toLowerCase().replace(/[?!.]+\s*$/, "");
  if (presenceSaid(text) !== "came") return null;
  const { people, ordinary } = context.directory;
  for (const { text: passage, meeting } of passages) {
    const name = outsidersNamedIn(passage, people, ordinary).find((written) =>
      cameAsked(text, written),
    );
    if (!name) continue;
    return {
      title: focus
        ? `No: ${name} is not named in the attendance list of ${meetingPhrase(focus)}`
        : `No: ${name} is not named in any attendance list`,
      summary: `The minutes speak of ${name} at ${meetingLabel(meeting)}, but no attendance list names them.`,
    };
  }
  return null;
}
