import { PLURAL_HONORIFICS } from "../lexicon.js";
import { allMatches } from "../matches.js";
import type { AttendanceReader } from "./attendance-readers.js";
import { describe } from "./description.js";
import { type Person, readPerson } from "./people.js";
import { readSeparatedEntry } from "./separated-entry.js";

export const nameList: AttendanceReader = {
  name: "several people on one line",
  example: "Lucy Fairweather (YJB), Beth Connolly (HMCTS), Cllr Peter Jones (London Councils)",
  read: ({ text, onePerLine }) => readNameList(text, onePerLine),
};

// Several people on one line: "Kenny Bowie (MOPAC); Ali Griffin (London Councils)" or "Jane Doe, John
// Smith and Ann Lee". Commas separate people only when every part is a name by itself; otherwise
// "Name, Organisation" is meant. In a list written one person a line, "Name, Name-like words" with
// no "and" is one more entry like the others ("Yolanda Quintero, London Fire Brigade").
export function readNameList(text: string, onePerLine = false): Person[] | null {
  const plural = pluralTitle(text);
  if (plural) {
    const titled = eachTitled(plural.rest, plural.honorific);
    if (titled) return titled;
    const people = readNameList(plural.rest) ?? [readSeparatedEntry(plural.rest)];
    const named = people.filter((p): p is Person => p !== null);
    return named.length > 0
      ? named.map((p) => (p.honorific ? p : { ...p, honorific: plural.honorific }))
      : null;
  }
  // "Baroness Philippa Lowenthal (Chair) / Chief Superintendent Marlowe Tennant-Ashe (MPS) / …":
  // a slash with a space either side parts people, when every part names one; a post written with
  // a slash ("Director of Strategy / Deputy Chief Executive") is one person's.
  const bySlash = text.includes(" / ") ? splitOutsideBrackets(text, SPACED_SLASH) : [];
  if (bySlash.length > 1) {
    const people = eachPerson(bySlash);
    if (people) return people;
  }
  // Only a line with a semicolon can split into several parts at one.
  const bySemicolon = text.includes(";") ? text.split(/\s*;\s*/).filter(Boolean) : [];
  if (bySemicolon.length > 1) {
    const people = bySemicolon.map(readSeparatedEntry).filter((p): p is Person => p !== null);
    return people.length > 0 ? people : null;
  }
  // A comma, "and" or "&" separates the people: a line with none of them is not searched, nor, in
  // a list one person a line, a line whose one comma can part only a name from its description.
  const withAnd = text.includes("and") || text.includes("&");
  if (!withAnd && !text.includes(",")) return null;
  if (onePerLine && !withAnd && text.indexOf(",") === text.lastIndexOf(",")) return null;
  const parts = splitOutsideBrackets(text, LIST_SEPARATOR);
  if (parts.length < 2) return null;
  if (onePerLine && parts.length === 2 && !/\s(?:and|&)\s/.test(text)) return null;
  if (!everyPartNames(parts)) return null;
  const people = parts.map(readSeparatedEntry).filter((p): p is Person => p !== null);
  const shared = text.endsWith(")") ? text.match(SHARED_BRACKET) : null;
  if (!shared) return people;
  const description = shared[1] ?? "";
  if (!HOW_OR_WHEN.test(description)) return describedAlike(people, description);
  // "(all via Teams)" tells how they came, not who they are: the last person is read without it.
  const last = readSeparatedEntry(withoutBrackets(parts[parts.length - 1] ?? "").trim());
  return last ? [...people.slice(0, -1), last] : people;
}

// "(all via Teams)", "(both joined late)": a shared bracket that says how or when the people came,
// an attendance note rather than what they are, so it describes none of them.
const HOW_OR_WHEN =
  /^(?:via|by|on|in person|joined|joining|left|leaving|arrived|arriving|remote(?:ly)?|online|virtual(?:ly)?|late|early|from|until|for (?:agenda )?(?:items?|part)|dialled|dialed|attended|attending|present)\b/i;

// "Tamsin Rook and Jaspreet Gill (both MOPAC)", "(all London Councils)": a bracket closing the list
// that says it speaks for every person on it. Without "both" or "all" a bracket is its own
// person's ("Claire Waxman and Lib Peck (VRU)": the VRU is Lib Peck's).
const SHARED_BRACKET = /\(\s*(?:both|all)\s+([^()]+)\)$/i;

// Each person the list names with no description of their own, described as the bracket says;
// the last, read with "both" in its bracket, is read again without it.
function describedAlike(people: Person[], description: string): Person[] {
  const { role, organisation } = describe(description);
  return people.map((p, i) =>
    (p.organisation === null && p.role === null) || i === people.length - 1
      ? { name: p.name, honorific: p.honorific, role, organisation }
      : p,
  );
}

// "Councillors Smith, Jones and Patel": after a plural title each part is read with the title
// before it, so a surname alone is a name as in "Councillor Smith"; a part with a title of its own
// ("Dr Jones") keeps it. Null unless every part so reads.
function eachTitled(rest: string, honorific: string): Person[] | null {
  const parts = splitOutsideBrackets(rest, LIST_SEPARATOR);
  if (parts.length < 2) return null;
  const people: Person[] = [];
  for (const part of parts) {
    const alone = readSeparatedEntry(part);
    const person = alone?.honorific ? alone : readSeparatedEntry(`${honorific} ${part}`);
    if (!person) return null;
    people.push(person);
  }
  return people;
}

// Plural titles looked up in any case and without a full stop: "COUNCILLORS Amina Yusuf, …",
// "Cllrs. Amina Yusuf and Owen Price".
const PLURAL_TITLES: ReadonlyMap<string, string> = new Map(
  [...PLURAL_HONORIFICS].map(([plural, one]) => [plural.toLowerCase(), one]),
);

// "Councillors Bartholomew Fenn, Cerys Lloyd-Amadi and Devika Raman": a title in the plural before
// the list is the title of each person on it.
function pluralTitle(text: string): { honorific: string; rest: string } | null {
  const space = text.indexOf(" ");
  if (space <= 0) return null;
  const word = text.slice(0, text[space - 1] === "." ? space - 1 : space);
  const honorific = PLURAL_TITLES.get(word.toLowerCase());
  return honorific ? { honorific, rest: text.slice(space + 1).trim() } : null;
}

// Every part is a name by itself. Asked from the last part back: in "Name, Post, Body" the last
// part is the description that turns the line away, read before the name is (readPerson is pure,
// so the order changes nothing but the time).
function everyPartNames(parts: readonly string[]): boolean {
  for (let i = parts.length - 1; i >= 0; i--)
    if (readPerson(withoutBrackets(parts[i] ?? ""), "") === null) return false;
  return true;
}

function withoutBrackets(text: string): string {
  return text.includes("(") ? text.replace(/\([^)]*\)/g, " ") : text;
}

const LIST_SEPARATOR = /\s*,\s*|\s+and\s+|\s+&\s+/g;
const SPACED_SLASH = /\s+\/\s+/g;

// Each part read as one person's entry; null unless every part names someone.
function eachPerson(parts: readonly string[]): Person[] | null {
  const people: Person[] = [];
  for (const part of parts) {
    const person = readSeparatedEntry(part);
    if (!person) return null;
    people.push(person);
  }
  return people;
}

// "Sophie Lindqvist (Chair, MOPAC), Commander Raj Patel (MPS)": commas inside brackets belong to
// the description, not the list. `separator` is a global pattern.
function splitOutsideBrackets(text: string, separator: RegExp): string[] {
  const masked = text.includes("(")
    ? text.replace(/\([^)]*\)/g, (m) => m.replace(/[^()]/g, "_"))
    : text;
  const parts: string[] = [];
  let cursor = 0;
  for (const m of allMatches(separator, masked)) {
    parts.push(text.slice(cursor, m.index));
    cursor = m.index + m[0].length;
  }
  parts.push(text.slice(cursor));
  return parts.map((p) => p.trim()).filter(Boolean);
}
