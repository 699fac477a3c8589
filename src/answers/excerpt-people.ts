import {
  HONORIFIC_WORDS,
  PERSONAL_TITLES,
  ROLE_WORDS,
  TITLE_ABBREVIATIONS,
} from "../corpus/lexicon.js";
import { findPeople, nameTokens, type Person } from "./people.js";

// A run of two to four capitalised words, an honorific before it allowed ("Dame Lynne Owens",
// "DMPC Sophie Linden", "Deputy Commissioner Helen Ball"): where a name may stand in prose.
const NAME_RUN = /\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,4}/gu;

/**
 * The people of the attendance lists an excerpt names by their whole name ("DMPC Sophie Linden
 * reported …", "Dame Lynne Owens spoke about the Casey report"), each once, in the order named. A
 * surname alone is not enough: "Casey" in "the Casey Review" is a report, not a person listed.
 */
export function peopleNamedIn(
  text: string,
  people: readonly Person[],
  ordinary: ReadonlySet<string>,
): Person[] {
  const named: Person[] = [];
  for (const [run] of text.matchAll(NAME_RUN)) {
    // The run may hold a post before the name ("Deputy Commissioner Helen Ball"): the name is
    // its last words, so each ending of two or more of its words is tried, longest first.
    const tokens = nameTokens(run);
    for (let from = 0; from + 2 <= tokens.length; from++) {
      const typed = tokens.slice(from).join(" ");
      const found = findPeople(typed, people, ordinary).filter((person) => namesWhole(run, person));
      const [person] = found;
      if (found.length === 1 && person) {
        if (!named.includes(person)) named.push(person);
        break;
      }
    }
  }
  return named;
}

// A title a person is named by in prose, whoever they work for or whatever their rank: "Baroness
// Casey", "Commander Nick John".
const PROSE_TITLE = new RegExp(
  `\\b(?:${[...PERSONAL_TITLES, ...Object.values(TITLE_ABBREVIATIONS)]
    .map((title) => title[0]?.toUpperCase() + title.slice(1))
    .join("|")})(?:\\s+\\p{Lu}[\\p{L}-]*){1,3}`,
  "gu",
);

// Words of a title or post ("Deputy Mayor", "Lord Mayor", "Assistant Commissioner"): a run of
// them alone names a post, not a person.
const POST_WORD = new Set([
  ...HONORIFIC_WORDS,
  ...[...ROLE_WORDS].map((word) => word.toLowerCase()),
]);

/**
 * Whether a title and name written in prose is someone of the attendance lists: one of their
 * spellings whole, or a surname alone that only one listed person has ("Councillor Athwal" is
 * the "Cllr Jas Athwal" of the lists).
 */
function listed(
  name: string,
  words: readonly string[],
  people: readonly Person[],
  ordinary: ReadonlySet<string>,
): boolean {
  const found = findPeople(name, people, ordinary);
  if (found.some((person) => namesWhole(name, person))) return true;
  const [surname, more] = words;
  if (!surname || more) return false;
  const bySurname = found.filter((person) =>
    person.spellings.some((spelling) => nameTokens(spelling).at(-1) === surname),
  );
  return bySurname.length === 1;
}

/**
 * Someone the prose names by a title and name whom no attendance list holds ("Baroness Casey's
 * view …", "Commander Nick John is leading …"), as written, each once.
 */
export function outsidersNamedIn(
  text: string,
  people: readonly Person[],
  ordinary: ReadonlySet<string>,
): string[] {
  const named: string[] = [];
  for (const [run] of text.matchAll(PROSE_TITLE)) {
    const name = run.replace(/['’]s$/, "");
    // The words after the title and any post words: none left is a post ("Deputy Mayor").
    const words = nameTokens(name).filter((word) => !POST_WORD.has(word));
    if (words.length === 0 || listed(name, words, people, ordinary)) continue;
    if (!named.includes(name)) named.push(name);
  }
  return named;
}

/** Whether a name as written holds one of the person's spellings whole. */
function namesWhole(written: string, person: Person): boolean {
  const words = ` ${nameTokens(written).join(" ")} `;
  return person.spellings.some((spelling) => {
    const whole = nameTokens(spelling);
    return whole.length > 1 && words.includes(` ${whole.join(" ")} `);
  });
}
