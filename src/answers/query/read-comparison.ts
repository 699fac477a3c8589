import { MONTH_WORDS } from "../../corpus/calendar.js";
import type { Posts } from "../directory.js";
import { postWords } from "../organisations.js";
import { findPeople, nameTokens, type Person } from "../people.js";
import { ASKS_ABSENCE } from "../presence-asked.js";
import { namesWholePost } from "../whole-post.js";
import { type Aggregation, isEmptySelector, type MeetingSelector, type Target } from "./query.js";
import { AGENDA_SIZE, COUNT_COMPARED, SIZE_COMPARED, WHEN_OR_WHERE_HELD } from "./read-target.js";
import { dateWords, selectorWords, subjectWords, unnamed } from "./subject-words.js";

// Two meetings set side by side: which question asks for it, and what it compares them on.

/** How many sides of a comparison name a meeting: "is she still attending" names none. */
export function namedSides(
  sides: readonly string[] | null,
  select: (phrase: string) => MeetingSelector,
): number {
  return (sides ?? []).filter((side) => !isEmptySelector(select(side))).length;
}

/** Sides split further at their commas, where each part names a meeting: "the 2021, 2022". */
export function listedSides(
  sides: readonly string[],
  select: (phrase: string) => MeetingSelector,
): string[] {
  return sides.flatMap((side) => {
    const parts = side.split(/,\s*/);
    return parts.length > 1 && namedSides(parts, select) === parts.length ? parts : [side];
  });
}

// "Put the 2021 and 2022 agendas side by side": a comparison.
export const SIDE_BY_SIDE =
  /^(?:(?:can you |could you |please )?(?:put|set|lay|line up|show(?: me)?|place))\s+(.+?)\s+side by side\W*$/;

// Questions that ask something else of a post's people than who they were, or of a subject the
// post's words name: "what did the MPS say at the Casey meeting", "tell me about the VRU at the
// 2021 board", "anything on prosecution at the DMG".
// "In 2023 what did London Councils say?", "could you tell me about probation at …": asking what
// was said, wherever in the question it is asked.
const WORDS_ASKED =
  /^what (?:did|does|do|has|have|had) .+? (?:say|said|report|raise|tell|present|update|propose|suggest)\b/;
export const ASKS_OTHER_THAN_WHO =
  /^(?:what|whats|how|why|when|where|tell|summari[sz]e|explain|describe|show|anything|any(?! ?(?:one|body)\b))\b|\b(?:what|say|says|said|tell|told|discuss\w*|rais\w*|report\w*|brief\w*|updat\w*|present\w*)\b/;

// What a question about one meeting may ask of two side by side.
// "How many from the MPS at the 2021 board v the fraud board": a count at each.
const COMPARABLE = new Set([
  "attendees/one",
  "attendees/count",
  "apologies/count",
  "apologies/one",
  "posts/one",
  "posts/timeline",
  "search/one",
  "meeting/one",
  "chair/one",
  // "Where was each held - the 2015 board and the 2020 DMG?"
  "venue/one",
  // "Actions: 2015 vs casey board": each meeting's own record.
  "actions/one",
  "decisions/list",
  "commitments/list",
]);

/** Two sides that each name a meeting, not the same one, and the words that name them. */
function twoMeetings(
  sides: [string, string] | null,
  select: (phrase: string) => MeetingSelector,
): { words: Set<string> } | null {
  if (!sides) return null;
  const [first, second] = sides.map(select);
  if (!first || !second || isEmptySelector(first) || isEmptySelector(second)) return null;
  if (JSON.stringify(first) === JSON.stringify(second)) return null;
  return {
    words: new Set([
      ...selectorWords(first),
      ...selectorWords(second),
      ...sides.flatMap(dateWords),
    ]),
  };
}

// "Between 2020 and 2022", "from 2020 to 2022": a stretch of time, not two meetings.
const PERIOD = /\bbetween\b.+\band\b|\bfrom\b.+\b(?:to|until)\b/;
// "The chair of the 2015 board compared with the chair of the DMG", "the chair of the june 2020
// dmg" (not "the Chair Victim & Hate Crime Boards" of a role, which no question names so).
const CHAIR = new RegExp(
  `\\b(?:co-?)?chair(?:s|ed)?\\b(?! of the (?!\\d|board\\b|dmg\\b|lcrb\\b|group\\b|(?:${MONTH_WORDS.join("|")})\\b))`,
);
// The lists' own headings for those who serve the board: "Officers", "Officials in attendance".
const OFFICIALS = /\b(?:officers|officials|in attendance)\b/;
const APOLOGIES = /\bapolog\w*|\babsen(?:t|ces?)\b/;
// "Next mtg dates", "when was each one's next meeting": of two past meetings, the next each one's
// minutes announced.
const NEXT_ANNOUNCED =
  /\bnext (?:lcrb |dmg |board )?(?:meeting|one|lcrb|dmg|board|date)s?\b|\bnext dates?\b/;
// What the minutes record as done, which two meetings each list for themselves.
const RECORDS: ReadonlySet<Target> = new Set(["decisions", "actions", "commitments"]);

/** The name of the one person `words` are a name of, every word of it, or null. */
function namedOnly(
  words: readonly string[],
  people: readonly Person[],
  ordinary: ReadonlySet<string>,
): string | null {
  if (words.length === 0) return null;
  const found = findPeople(words.join(" "), people, ordinary);
  const [one] = found;
  if (found.length !== 1 || !one) return null;
  const names = new Set(one.spellings.flatMap((spelling) => nameTokens(spelling)));
  return words.every((word) => names.has(word)) ? words.join(" ") : null;
}

/**
 * What two meetings are compared on: apologies, how many came, a post's or organisation's people
 * (the words are the whole name of one: "deputy commissioner", "london councils"), a subject, or,
 * with no words of its own, the meetings whole. Null: as the question's own reading has it.
 */
function comparedTarget(
  text: string,
  target: Target,
  words: readonly string[],
  posts: Posts,
): Target | null {
  // "More apologies in 2023 than in 2022?": how many, which the attendance answer counts.
  // "A bigger agenda": the meetings' business, counted.
  if (AGENDA_SIZE.test(text)) return "meeting";
  if (SIZE_COMPARED.test(text) || COUNT_COMPARED.test(text)) return "attendees";
  if (APOLOGIES.test(text)) return "apologies";
  // "Who missed the 2023 meeting but came in 2021": who came, read from the attendance lists.
  if (ASKS_ABSENCE.test(text)) return "attendees";
  if (target === "chair" || CHAIR.test(text)) return "chair";
  if (target === "venue" || WHEN_OR_WHERE_HELD.test(text)) return "venue";
  // "Next mtg dates: 2015 board v june 2020 dmg": what each one's minutes announced as the next.
  if (target === "scheduled" || NEXT_ANNOUNCED.test(text)) return "scheduled";
  // "What did the board sign off in 2015 compared to 2022": each meeting's own record of it.
  if (RECORDS.has(target)) return target;
  // "What did the CPS say in 2015 vs 2022": someone's words at each, though an organisation
  // named beside two meetings reads at first as who came from it.
  if (WORDS_ASKED.test(text) && words.length > 0) return "passages";
  // "Officers listed at the 2015 board vs the DMG": the lists' officers and officials.
  if (target === "attendees" || target === "posts" || OFFICIALS.test(text)) return "attendees";
  // "What did the CPS say at the fraud meeting and at the Casey meeting" asks after their words.
  const who = !ASKS_OTHER_THAN_WHO.test(text) || target === "passages";
  if (who && namesWholePost(postWords(words), posts)) return "attendees";
  if (target === "passages") return null;
  // "Summarise the 2022 and 2023 meetings": the meetings whole, whatever the request's verb.
  return words.length > 0 && target !== "meeting" ? "passages" : "meeting";
}

/** What a question asks for, as far as a comparison can change it. */
export interface Reading {
  target: Target;
  aggregation: Aggregation;
  person: string | null;
}

/**
 * Two meetings side by side, whatever asked about them ("VRU reps: 2021 vs 2022", "who was at the
 * 2021 board but sent apologies in 2023", "Deputy Commissioner in 2020 vs 2022"): a comparison, of
 * what the words outside the meetings name. Otherwise the reading as it was.
 */
export function readComparison(
  text: string,
  reading: Reading,
  sidesOf: () => [string, string] | null,
  select: (phrase: string) => MeetingSelector,
  people: readonly Person[],
  ordinary: ReadonlySet<string>,
  posts: Posts,
): Reading {
  const { target, aggregation, person } = reading;
  const beside = person || PERIOD.test(text) ? null : twoMeetings(sidesOf(), select);
  if (!beside || !(COMPARABLE.has(`${target}/${aggregation}`) || aggregation === "compare"))
    return reading;
  const words = unnamed(subjectWords(text), beside.words);
  const compared = comparedTarget(text, target, words, posts);
  // "Claire Waxman at the 2022 board v the 2023 board": someone's name is no subject to look
  // for in the passages; their record says where they were at each.
  const someone = namedOnly(words, people, ordinary);
  if (someone) return { target: "person", aggregation: "one", person: someone };
  if (compared) return { target: compared, aggregation: "compare", person };
  return reading;
}

/** The meetings of each side of a comparison, as selectors. */
export function comparedMeetings(
  sides: readonly string[],
  target: Target,
  select: (phrase: string) => MeetingSelector,
): MeetingSelector[] {
  const meetings = sides.map(select);
  // A subject set side by side is the subject of both sides, not the name of one meeting ("the
  // fraud discussion in 2022 and 2023"); a side named by its subject alone ("DMG v the Casey
  // board") keeps it.
  if (target === "passages")
    for (const selector of meetings) if (selector.date || selector.position) selector.topic = [];
  // "The 2023 meeting and the one before": a side stepping from "it" steps from the other side.
  const [first, second] = meetings;
  const from = second?.shift?.from;
  if (first && second?.shift && from?.previous && isEmptySelector({ ...from, previous: false }))
    second.shift = { ...second.shift, from: first };
  return meetings;
}
