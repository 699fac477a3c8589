import { readMeetingReference } from "./meeting-ref.js";

// "And the buddy one?", "n the other one?": a modifier, then "one" for a thing already named.
const ONE_OF =
  /^((?:(?:and|n|so|then|what about|how about)\s+)*(?:the|that)\s+)([a-z'-]+(?:\s+[a-z'-]+)?)\s+ones?(\s*\?*\s*)$/i;
// Words that make "the … one" a meeting by its body or position ("the dmg one", "the other one").
const MEETING_WORDS =
  /\b(?:meeting|mtg|board|dmg|lcrb|group|next|previous|last|first|latest|other|same)\b/i;

/**
 * "And the buddy one?" after "how'd they describe the outreach scheme?": "one" is the last
 * subject's head word ("scheme"), the modifier before it says which ("the buddy scheme"). Only
 * after a subject of two words or more (its last word a head), and never when the modifier names a
 * meeting by date, body or position ("the april one", "the other one"), which the meeting readers
 * take.
 */
export function withOneNamed(text: string, lastTopic: readonly string[]): string {
  const head = lastTopic.at(-1);
  if (!head || lastTopic.length < 2) return text;
  const match = ONE_OF.exec(text);
  const [, lead = "", modifier = "", end = ""] = match ?? [];
  if (!match || MEETING_WORDS.test(modifier) || lastTopic.includes(modifier.toLowerCase()))
    return text;
  const reference = readMeetingReference(modifier.toLowerCase());
  if (reference.date || reference.body || reference.relative) return text;
  return `${lead}${modifier} ${head}${end}`;
}
