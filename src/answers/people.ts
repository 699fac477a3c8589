import { HONORIFIC_WORDS, PERSONAL_TITLES, titleWord } from "../corpus/lexicon.js";
import type { Attendee, Meeting } from "../corpus/model.js";
import { closeEnough, editDistance } from "./similarity.js";

/** One time a person's name stands in a meeting's attendance list. */
export interface Appearance {
  meeting: Meeting;
  attendee: Attendee;
}

/** Everyone the minutes name as attending or sending apologies, spelling variants merged. */
export interface Person {
  /** The spelling used most often (the latest, on a tie). */
  name: string;
  /** Every spelling seen, the chosen name first. */
  spellings: string[];
  /** Sorted by meeting date. */
  appearances: Appearance[];
}

// Words that stand before or instead of a name in a question, never part of it: the words of
// the honorifics the minutes write before names, and the article before a title ("the Commissioner").
const HONORIFICS: ReadonlySet<string> = new Set([...HONORIFIC_WORDS, "the"]);

/** Lower case, no accents; hyphens and apostrophes join nothing ("Weekes-Bernard" = "Weekes Bernard"). */
export function nameTokens(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .split(/[^a-z]+/)
    .filter((token) => token.length > 1 && !HONORIFICS.has(token));
}

/** Whether a text names the person: their surname as a word. */
export function namesPerson(text: string, person: Person): boolean {
  const words = new Set(nameTokens(text));
  return person.spellings.some((name) => {
    const surname = nameTokens(name).at(-1);
    return surname !== undefined && words.has(surname);
  });
}

interface NameParts {
  first: string;
  surname: string;
}

// A bare middle initial ("Jane E Garvan") is dropped by nameTokens, since it is one letter.
function partsOf(name: string): NameParts | null {
  const tokens = nameTokens(name);
  const [first, ...rest] = tokens;
  if (!first) return null;
  return { first, surname: rest.join(" ") };
}

/** Two spellings are one person when both first name and surname are within a typo of each other. */
function samePerson(a: NameParts, b: NameParts): boolean {
  if (!a.surname || !b.surname) return false;
  return closeEnough(a.first, b.first) && closeEnough(a.surname, b.surname);
}

/** Gathers every attendee of every meeting into people, merging spellings of one name. */
export function collectPeople(meetings: readonly Meeting[]): Person[] {
  type Group = { parts: NameParts; appearances: Appearance[] };
  const groups: Group[] = [];
  // The same name recurs at meeting after meeting: the group one spelling joins is found once.
  // Groups are only ever appended, and a name matches the group it started, so the first group
  // that matched a spelling is the one it would match again. Without this, a thousand meetings
  // cost millions of edit distances.
  const joined = new Map<string, Group>();
  // Reading a name into its parts (Unicode normalisation, a regular expression, a split) cost
  // more than all the rest at 10,000 meetings, for a few hundred distinct names.
  const partsByName = new Map<string, NameParts | null>();
  for (const meeting of meetings) {
    for (const attendee of meeting.attendees) {
      let parts = partsByName.get(attendee.name);
      if (parts === undefined) {
        parts = partsOf(attendee.name);
        partsByName.set(attendee.name, parts);
      }
      if (!parts) continue;
      const key = `${parts.first} ${parts.surname}`;
      let group = parts.surname ? joined.get(key) : undefined;
      if (!group) {
        group = groups.find((g) => samePerson(g.parts, parts));
        if (!group) {
          group = { parts, appearances: [] };
          groups.push(group);
        }
        if (parts.surname) joined.set(key, group);
      }
      group.appearances.push({ meeting, attendee });
    }
  }
  return groups.map(({ appearances }) => {
    // Dates are YYYY-MM-DD, which order as plain strings, without the cost of localeCompare.
    const sorted = [...appearances].sort((a, b) =>
      a.meeting.date < b.meeting.date ? -1 : a.meeting.date > b.meeting.date ? 1 : 0,
    );
    const counts = new Map<string, number>();
    for (const { attendee } of sorted)
      counts.set(attendee.name, (counts.get(attendee.name) ?? 0) + 1);
    const spellings = [...counts.keys()].sort(
      (a, b) =>
        (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || lastSeen(sorted, b) - lastSeen(sorted, a),
    );
    return { name: spellings[0] ?? "", spellings, appearances: sorted };
  });
}

function lastSeen(appearances: Appearance[], name: string): number {
  return appearances.findLastIndex((a) => a.attendee.name === name);
}

/** How well a person matches a name as typed: lower is better, null is no match. */
function matchCost(person: Person, typed: string[], ordinary: ReadonlySet<string>): number | null {
  let best: number | null = null;
  for (const spelling of person.spellings) {
    const parts = partsOf(spelling);
    if (!parts) continue;
    const cost = costAgainst(parts, typed, ordinary);
    if (cost !== null && (best === null || cost < best)) best = cost;
  }
  return best;
}

// A single word misspelling a surname must be long enough to be told from other words.
const MIN_MISSPELT_SURNAME = 5;

function costAgainst(
  parts: NameParts,
  typed: string[],
  ordinary: ReadonlySet<string>,
): number | null {
  const [first, ...rest] = typed;
  if (!first) return null;
  const surnameTokens = parts.surname.split(" ");
  if (rest.length === 0) {
    // One word says little, so it must match strongly: a surname (or one part of a
    // double-barrelled one) exactly, or misspelt when long and not a word of the minutes
    // ("police" is not "Price"); else a first name exactly, unless it is a word ("will").
    const surnames = [parts.surname, ...surnameTokens].filter(Boolean);
    if (surnames.includes(first)) return 0;
    const misspelt = first.length >= MIN_MISSPELT_SURNAME && !ordinary.has(first);
    const surnameCosts = surnames
      .filter((s) => misspelt && closeEnough(first, s))
      .map((s) => editDistance(first, s));
    if (surnameCosts.length > 0) return Math.min(...surnameCosts);
    return first === parts.first && !ordinary.has(first) ? 10 : null;
  }
  const surname = rest.join(" ");
  // "Weekes Bernard": a double-barrelled surname typed without the first name.
  const whole = typed.join(" ");
  if (surnameTokens.length > 1 && closeEnough(whole, parts.surname)) {
    return editDistance(whole, parts.surname);
  }
  if (!closeEnough(first, parts.first) || !closeEnough(surname, parts.surname)) return null;
  return editDistance(first, parts.first) + editDistance(surname, parts.surname);
}

// The personal titles in a text, written out (lexicon.ts PERSONAL_TITLES): typed in a question
// they tell apart people of one name.
function honorificsIn(text: string): Set<string> {
  const words = (text.toLowerCase().match(/[a-z]+/g) ?? []).map(titleWord);
  return new Set(words.filter((word) => PERSONAL_TITLES.has(word)));
}

/** Whether the minutes ever give the person one of `honorifics`, or write it in their name. */
function holdsHonorific(person: Person, honorifics: ReadonlySet<string>): boolean {
  return person.appearances.some(({ attendee }) =>
    [...honorificsIn(`${attendee.honorific ?? ""} ${attendee.name}`)].some((h) =>
      honorifics.has(h),
    ),
  );
}

/**
 * The people a typed name could mean, best first: honorifics, case and hyphens are ignored,
 * a surname alone will do, and a typo or two in a longer name is forgiven. `ordinary` holds the
 * words of the minutes (minutes-words.ts), which a single typed word must not be to be read as a
 * misspelt surname. Only the best-scoring people are returned, so an exact match hides near misses.
 * An honorific typed ("Sir", "Dame", "Cllr", "Dr") keeps only the people who hold it, when any do.
 */
export function findPeople(
  typed: string,
  people: readonly Person[],
  ordinary: ReadonlySet<string> = new Set(),
): Person[] {
  const tokens = nameTokens(typed);
  if (tokens.length === 0 || tokens.length > 4) return [];
  let scored = people
    .map((person) => ({ person, cost: matchCost(person, tokens, ordinary) }))
    .filter((s): s is { person: Person; cost: number } => s.cost !== null);
  const honorifics = honorificsIn(typed);
  // With no honorific typed no one holds one of them: skip reading every appearance (thousands
  // for a regular at 10,000 meetings) to find so.
  const holders =
    honorifics.size > 0 ? scored.filter((s) => holdsHonorific(s.person, honorifics)) : [];
  if (holders.length > 0) scored = holders;
  const best = Math.min(...scored.map((s) => s.cost));
  return scored.filter((s) => s.cost === best).map((s) => s.person);
}

/** "Sophie Linden" → "sl", "Jane E Garvan" → "jeg": the first letter of each word of a name. */
export function nameInitials(name: string): string {
  return (
    name
      .normalize("NFKD")
      .toLowerCase()
      .match(/[a-z]+/g) ?? []
  )
    .filter((word) => !HONORIFICS.has(word))
    .map((word) => word[0])
    .join("");
}

/**
 * The people whose name has these initials, as the minutes write "Sophie Linden (SL)": with or
 * without a middle initial ("JG" and "JEG" are both Jane E Garvan).
 */
export function findByInitials(initials: string, people: readonly Person[]): Person[] {
  const wanted = initials.toLowerCase();
  return people.filter((person) =>
    person.spellings.some((spelling) => {
      const full = nameInitials(spelling);
      const short = nameInitials(nameTokens(spelling).join(" "));
      return full === wanted || short === wanted;
    }),
  );
}

/** Spellings of known names close to what was typed, for "did you mean". */
export function similarNames(typed: string, people: readonly Person[], limit = 3): string[] {
  const text = nameTokens(typed).join(" ");
  if (!text) return [];
  return people
    .map((person) => ({
      name: person.name,
      cost: Math.min(
        ...person.spellings.map((s) => {
          const parts = partsOf(s);
          return parts
            ? Math.min(
                editDistance(text, `${parts.first} ${parts.surname}`),
                editDistance(text, parts.surname),
              )
            : 99;
        }),
      ),
    }))
    .filter((s) => s.cost <= Math.max(2, Math.floor(text.length / 3)))
    .sort((a, b) => a.cost - b.cost)
    .slice(0, limit)
    .map((s) => s.name);
}

/** The one person `words` name, when they name nothing but that person (all their name's words). */
export function onlyPersonNamed(
  words: readonly string[],
  people: readonly Person[],
  ordinary: ReadonlySet<string>,
): Person | null {
  if (words.length === 0) return null;
  const found = findPeople(words.join(" "), people, ordinary);
  const [person] = found;
  if (found.length !== 1 || !person) return null;
  const names = new Set(person.spellings.flatMap((name) => nameTokens(name)));
  return words.every((word) => names.has(word)) ? person : null;
}
