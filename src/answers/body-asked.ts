import type { Posts } from "./directory.js";
import { readMeetingReference } from "./meeting-ref.js";
import { attendeesOf, postWords } from "./organisations.js";
import { findPeople, nameTokens, type Person } from "./people.js";
import type { Question } from "./question.js";

// "Is roisin briody mopac?", "was tom burnham london councils?": a yes-or-no question of someone
// named in full and then a body, with no "from" between.
const ASKED = /^(is|was|are|were) ([a-z' -]+?)\W*$/;
// What starts another question of someone ("is X the VRU director?", "was X at …", "is X there"):
// left to the rules that read them.
const NOT_A_BODY =
  /^(?:the|a|an|from|with|at|in|on|there|here|present|absent|away|still|ever|also|part|now|then)\b/;

/** The one person whose name the words are in full ("roisin briody"), if any. */
function personNamed(
  words: readonly string[],
  people: readonly Person[],
  ordinary: ReadonlySet<string>,
): Person | null {
  const found = findPeople(words.join(" "), people, ordinary);
  const [person] = found;
  if (found.length !== 1 || !person) return null;
  const tokens = new Set(person.spellings.flatMap((spelling) => nameTokens(spelling)));
  return words.every((word) => tokens.has(word)) ? person : null;
}

/**
 * The question with "from" written between the person and the body ("is roisin briody from
 * mopac?"), which their record then answers yes or no, when the words before it name someone
 * in full and the rest names an organisation or post the attendance lists give someone.
 * Unchanged otherwise, and for "X or Y" (which is asked as a choice).
 */
export function withBodyAsked(
  question: Question,
  people: readonly Person[],
  ordinary: ReadonlySet<string>,
  { attendees, known }: Posts,
): Question {
  const match = ASKED.exec(question.text);
  if (!match?.[1] || !match[2] || /\bor\b/.test(match[2])) return question;
  const words = match[2].split(/\s+/);
  for (let end = 2; end < words.length; end++) {
    const rest = words.slice(end);
    if (NOT_A_BODY.test(rest.join(" "))) continue;
    if (!personNamed(words.slice(0, end), people, ordinary)) continue;
    const body = postWords(rest);
    if (body.length === 0 || attendeesOf(body, attendees, known).length === 0) continue;
    const text = `${match[1]} ${words.slice(0, end).join(" ")} from ${rest.join(" ")}?`;
    return { ...question, text, reference: readMeetingReference(text) };
  }
  return question;
}
