import {
  HONORIFICS,
  NAME_PARTICLES,
  ORGANISATION_WORDS,
  ROLE_ACRONYMS,
  ROLE_WORDS,
} from "../lexicon.js";
import { allMatches } from "../matches.js";
import type { AttendanceReader } from "./attendance-readers.js";
import { LowerCaseWords, startsCapitalised, startsUpper, wordsOf } from "./letters.js";
import {
  honorificPattern,
  isNameWordAt,
  isPlausibleName,
  type Person,
  readPerson,
  splitHonorific,
} from "./people.js";

export const initialled: AttendanceReader = {
  name: "name (initials) description",
  example:
    "Ian Bickers (IB) London Prisons Sinead Dervin (SD) NHS England Carolyn Downs (CD) London Councils",
  read: ({ text }) => readInitialled(text),
};

// "(SK)", and the doubled brackets a typist's slip leaves ("((SK)", "(SK))").
const INITIALS = /\(\s*\(?\s*([\p{Lu}]{1,4})\s*\)\s*\)?/gu;

const WHITE_SPACE = /\s+/;

/**
 * "Sadiq Khan (SK) Mayor", and a whole list run together on one line: each "(XX)" closes a name,
 * and the words before it are chosen so that their initials fit the letters (so "London Prisons
 * Sinead Dervin (SD)" ends one description and starts the next person). Null when the line has no
 * initials in brackets, or the first bracket is an organisation ("John Smith (MPS)").
 */
export function readInitialled(text: string): Person[] | null {
  // Initials are in brackets: a line without one is not searched for them.
  if (!text.includes("(")) return null;
  if (text.includes(") (")) {
    const after = readInitialsAfterDescription(text);
    if (after) return after;
  }
  const markers = allMatches(INITIALS, text);
  const first = markers[0];
  if (!first) return null;
  const firstName = text.slice(0, first.index).trim();
  const letters = first[1] ?? "";
  const firstWords = splitHonorific(firstName).rest.split(WHITE_SPACE);
  // A lone bracket at the end is initials only when every letter fits ("Sarah Bott (SB)"); "John
  // Smith (MPS)" names his organisation.
  const alone = markers.length === 1 && text.slice(first.index + first[0].length).trim() === "";
  const fits = alone
    ? strictFit(firstWords, letters) && letters.length <= nameParts(firstWords)
    : initialsFit(firstWords, letters);
  if (!fits) return null;
  const people: Person[] = [];
  let nameText = firstName;
  let cursor = first.index + first[0].length;
  for (const marker of markers.slice(1)) {
    const between = text.slice(cursor, marker.index);
    const split = splitDescriptionAndName(between, marker[1] ?? "");
    if (!split) continue;
    const person = readPerson(nameText, split.description);
    if (person) people.push(person);
    nameText = split.name;
    cursor = marker.index + marker[0].length;
  }
  const last = readPerson(nameText, text.slice(cursor));
  if (last) people.push(last);
  return people.length > 0 ? people : null;
}

// "Marisol Ferreira-Quinn (MOPAC, Chair) (MFQ); Chief Superintendent Declan Ashby (MPS) (DA); …":
// minutes that name people by their initials later give them in a bracket of their own after the
// bracketed description, closing each entry, with whatever parts the entries after it.
const INITIALS_AFTER_DESCRIPTION = /\)\s*\(\s*(\p{Lu}{1,4})\s*\)[\s;,]*/gu;

/**
 * Entries "Name (description) (XX)", one or run on: each person with the initials dropped. Null
 * unless every entry's initials fit its name ("John Smith (Chair) (MPS)" names a body).
 */
function readInitialsAfterDescription(text: string): Person[] | null {
  const people: Person[] = [];
  let cursor = 0;
  for (const marker of allMatches(INITIALS_AFTER_DESCRIPTION, text)) {
    const entry = text.slice(cursor, marker.index + 1);
    cursor = marker.index + marker[0].length;
    const open = entry.indexOf("(");
    const name = entry.slice(0, open).trim();
    if (open <= 0 || !strictFit(splitHonorific(name).rest.split(WHITE_SPACE), marker[1] ?? ""))
      return null;
    const description = entry.slice(open).replace(/[()]/g, " ").replace(/\s+/g, " ").trim();
    const person = readPerson(name, description);
    if (!person) return null;
    people.push(person);
  }
  return people.length > 0 && text.slice(cursor).trim() === "" ? people : null;
}

/**
 * "Diana Luchford (DL CEO, MOPAC": initials whose bracket was never closed are still initials when
 * they fit the name, and are dropped like closed ones.
 */
export function withoutUnclosedInitials(description: string, name: string): string {
  const m = description.startsWith("(")
    ? description.match(/^\(\s*(\p{Lu}{1,4})\s+(?![^()]*\))/u)
    : null;
  // The name is split into words only when there are initials to fit to it.
  if (!m?.[1]) return description;
  const words = splitHonorific(name).rest.split(WHITE_SPACE);
  return strictFit(words, m[1]) ? description.slice(m[0].length) : description;
}

const CAPITALS_TWO_TO_FOUR = /^\p{Lu}{2,4}$/u;

/**
 * "MO" before "Marguerite Osei": a cell of capitals standing for the name beside it (a column of
 * initials, for owners written as initials later in the minutes). Every letter must fit both ends.
 */
export function areInitialsOf(letters: string, name: string): boolean {
  if (!CAPITALS_TWO_TO_FOUR.test(letters)) return false;
  const words = splitHonorific(name).rest.split(WHITE_SPACE);
  return strictFit(words, letters) && letters.length <= nameParts(words);
}

// The bracket holds initials when its first letter starts the name, or its last letter starts the
// surname (typos such as "(DBW)" for Debbie Weekes-Bernard still fit). Letters that also name a post
// ("(AM)", Assembly Member) are initials only when they fit both ends ("Aoife Mac an tSaoi (AM)").
function initialsFit(words: string[], letters: string): boolean {
  const [first] = words;
  const last = words.at(-1);
  if (!first || !last) return false;
  if (ROLE_ACRONYMS.has(letters)) return strictFit(words, letters);
  return first.charAt(0) === letters.charAt(0) || surnameHasInitial(words, letters.slice(-1));
}

// Where only the initials mark where one person ends, the letters must fit both ends of the name.
function strictFit(words: string[], letters: string): boolean {
  const first = words[0] ?? "";
  return (
    first.charAt(0) === letters.charAt(0) &&
    (letters.length === 1 || surnameHasInitial(words, letters.slice(-1)))
  );
}

// "Weekes-Bernard" may be initialled by either part, and a surname written with particles by its
// capitalised words: "Aoife Mac an tSaoi (AM)". Whether the initial (one letter) starts the
// surname so, asked word by word without gathering the initials into a list.
function surnameHasInitial(words: readonly string[], initial: string): boolean {
  let start = words.length - 1;
  while (start > 1 && NAME_PARTICLES.has(words[start - 1] ?? "")) start--;
  for (let i = start; i < words.length - 1; i++) {
    const word = words[i] ?? "";
    if (startsUpper(word) && word.charAt(0) === initial) return true;
  }
  const last = words.at(-1) ?? "";
  if (last.charAt(0) === initial) return true;
  // The parts of the last word after a hyphen or apostrophe.
  for (let i = 0; i < last.length; i++) {
    const c = last.charAt(i);
    if ((c === "-" || c === "'" || c === "’") && last.charAt(i + 1) === initial) return true;
  }
  return false;
}

function nameParts(words: string[]): number {
  return words.flatMap((w) => w.split(/[-'’]/)).length;
}

// The words between two "(XX)" markers: the description of the person before, then the name the
// second marker closes, chosen as the last two to four name words whose initials fit.
function splitDescriptionAndName(between: string, letters: string) {
  const words = wordsOf(between);
  let chosen = 0;
  for (let k = 2; k <= Math.min(4, words.length); k++) {
    const candidate = words.slice(-k);
    if (!candidate.every((_, i) => isNameWordAt(candidate, i))) break;
    if (strictFit(candidate, letters)) {
      chosen = k;
      break;
    }
  }
  if (chosen === 0) {
    chosen = Math.min(2, words.length);
    if (!isPlausibleName(words.slice(-chosen).join(" "), false)) return null;
  }
  // Titles written before the name ("… London Council Cllr Racheal Robathan (RR)", "… Professor Sir
  // Keith Hawton (KH)") belong to it, but not a title of office that ends the role before it.
  // The words before the name are words[0, cut); the name is every word after them.
  let cut = words.length - chosen;
  for (;;) {
    const title = titleEnding(words, cut);
    if (title === 0 || endsRole(words, cut, title)) break;
    cut -= title;
  }
  const description = words.slice(0, cut).join(" ");
  const name = words.slice(cut).join(" ");
  return { description, name };
}

// An honorific closing the text, every one in a single pattern compiled once (longest first, as
// HONORIFICS is sorted, so "Deputy Commissioner" counts two words, not one).
const HONORIFIC_END = new RegExp(
  `(?:^|\\s)(${HONORIFICS.map(honorificPattern).join("|")})\\.?$`,
  "i",
);

// The last word of every honorific, lower case, without its full stop ("hon", "commissioner"),
// asked in any case.
const HONORIFIC_LAST_WORDS = new LowerCaseWords(
  new Set(
    HONORIFICS.map((h) =>
      (
        h
          .split(/[\s.]+/)
          .filter(Boolean)
          .at(-1) ?? ""
      ).toLowerCase(),
    ),
  ),
);

// How many of the last of words[0, end) make one honorific ("Sir", "Rt Hon"); 0 when they make none.
function titleEnding(words: readonly string[], end: number): number {
  // The words end in an honorific only if the last of them ends one: most do not, and the pattern
  // is not tried on them.
  const last = end > 0 ? (words[end - 1] ?? "") : "";
  if (!HONORIFIC_LAST_WORDS.has(withoutFullStops(last))) return 0;
  const found = words.slice(0, end).join(" ").match(HONORIFIC_END)?.[1];
  return found ? found.split(" ").length : 0;
}

// The word without the full stops it ends with ("Hon." is "Hon").
function withoutFullStops(word: string): string {
  let end = word.length;
  while (end > 0 && word.charCodeAt(end - 1) === 46) end--;
  return end === word.length ? word : word.slice(0, end);
}

// "London Victims Commissioner Kilvinder Vigurs (KV)": a title that is also a post ("Commissioner",
// "Commander"), after a word that cannot end a description by itself ("Victims"), closes the role
// written before it (words[0, end)). After a body ("MPS Commander Jane Smith") it starts the next
// person's name.
function endsRole(words: readonly string[], end: number, title: number): boolean {
  const office = end > 0 ? (words[end - 1] ?? "") : "";
  const previous = end - title - 1 >= 0 ? words[end - title - 1] : undefined;
  if (!ROLE_WORDS.has(office) || !previous || !startsCapitalised(previous)) return false;
  return !ORGANISATION_WORDS.has(previous) && !ROLE_WORDS.has(previous);
}
