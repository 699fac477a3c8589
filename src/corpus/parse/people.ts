import {
  HEADING_WORDS,
  HONORIFICS,
  LONDON_BOROUGHS,
  NAME_PARTICLES,
  ORGANISATION_ACRONYMS,
  ORGANISATION_STARTS,
  ORGANISATION_WORDS,
  POST_NOMINALS,
  ROLE_ACRONYMS,
  ROLE_WORDS,
} from "../lexicon.js";
import { CHAIR_SUFFIX, describe, isAcronym } from "./description.js";
import {
  isSpace,
  LowerCaseWords,
  startsCapitalised,
  startsLower,
  startsUpper,
  WordSet,
  wordsOf,
} from "./letters.js";

/** One person as an attendance line describes them. */
export interface Person {
  name: string;
  honorific: string | null;
  role: string | null;
  organisation: string | null;
}

/** Splits the titles written before a name ("Rt Hon Sir", "Deputy Commissioner") from the rest. */
export function splitHonorific(text: string): { honorific: string | null; rest: string } {
  // Most names have no title: the titles found are joined as they come, without a list made for
  // every name.
  let honorific: string | null = null;
  let rest = text.trim();
  for (;;) {
    const match = honorificAt(rest) ?? abbreviatedRankAt(rest);
    if (!match) break;
    const office = placeOfOffice(match.rest);
    const title = office ? `${match.honorific} ${office.place}` : match.honorific;
    honorific = honorific === null ? title : `${honorific} ${title}`;
    rest = office ? office.rest : match.rest;
  }
  return { honorific, rest };
}

// "Mayor of London Sadiq Khan": a title of office ending in the place it serves ("of London", "of
// Hackney") is written before the name like any other title. The place is one capitalised word, or
// when the text is the name alone, every capitalised word but the last two (the name).
function placeOfOffice(text: string): { place: string; rest: string } | null {
  if (!text.startsWith("of ")) return null;
  const [of, ...tokens] = text.split(/\s+/);
  if (of !== "of") return null;
  let run = 0;
  while (
    run < tokens.length &&
    startsCapitalised(tokens[run] ?? "") &&
    isNameToken(tokens[run] ?? "")
  )
    run++;
  const placeWords = run === tokens.length ? run - 2 : 1;
  if (placeWords < 1 || run - placeWords < 2) return null;
  return {
    place: `of ${tokens.slice(0, placeWords).join(" ")}`,
    rest: tokens.slice(placeWords).join(" "),
  };
}

// Ranks are abbreviated in ways no list keeps up with: "DAC", "DCS", "T/Commander" (temporary),
// "A/Supt" (acting). A short all-capitals word, or "X/Title", written before at least two name
// words is a title, not part of the name. Honours (CBE) and organisations (NHS, "CPS London North")
// are not: a known body's acronym, or one followed by a place or body's first word, names a body.
const ABBREVIATED_RANK = /^(?:\p{Lu}{2,4}|\p{Lu}{1,2}\/\p{Lu}[\p{L}.]*)$/u;

// The first word of a text, read without splitting the rest of it.
const FIRST_WORD = /^\S+/;

function abbreviatedRankAt(text: string): { honorific: string; rest: string } | null {
  // A rank starts with two capitals or a capital and a slash: most words are turned away here.
  const second = text.charCodeAt(1);
  if (!startsUpper(text) || (second < 0x80 && second !== 47 && !(second >= 65 && second <= 90)))
    return null;
  if (!ABBREVIATED_RANK.test(FIRST_WORD.exec(text)?.[0] ?? "")) return null;
  const [first = "", ...others] = text.split(/\s+/);
  if (
    !ABBREVIATED_RANK.test(first) ||
    POST_NOMINALS.has(first) ||
    ORGANISATION_WORDS.has(first) ||
    ORGANISATION_ACRONYMS.has(first)
  )
    return null;
  const nameWords = others.slice(0, 2);
  if (nameWords.length < 2 || !nameWords.every((w) => startsCapitalised(w) && isNameToken(w)))
    return null;
  if (ORGANISATION_STARTS.has(nameWords[0] ?? "")) return null;
  return { honorific: first, rest: others.join(" ") };
}

// Every honorific in one alternation, compiled once. HONORIFICS is sorted longest first and an
// alternation tries its branches in order, so "Deputy Commissioner" still wins over "Commissioner".
const HONORIFIC_START = new RegExp(`^(${HONORIFICS.map(honorificPattern).join("|")})\\.?\\s+`, "i");

// The first word of every honorific, lower case and without its full stop ("rt", "deputy", "dr"):
// a text whose first word is none of them starts with no honorific, and the pattern is not tried.
const HONORIFIC_FIRST_WORDS = new LowerCaseWords(
  new Set(HONORIFICS.map((h) => (h.split(/[\s.]/)[0] ?? "").toLowerCase())),
);

const FULL_STOPS = /\.\s*/g;

function honorificAt(text: string): { honorific: string; rest: string } | null {
  const upper = startsUpper(text);
  // An honorific is written with a capital; "mr" inside a sentence is not one. Terse notes write
  // one in lower case before a name, "cllr Roshan Bhattacharya (lc)": the name after it decides.
  if ((!upper && !startsLower(text)) || !HONORIFIC_FIRST_WORDS.hasAt(text, 0, firstWordEnd(text)))
    return null;
  const m = text.match(HONORIFIC_START);
  if (!m?.[1]) return null;
  // "Rt. Hon.", "Dr.": the full stops are how one writer abbreviates, not part of the title.
  const honorific = m[1].replace(FULL_STOPS, " ").trim();
  const rest = text.slice(m[0].length);
  if (honorific.toLowerCase() === "deputy" && !opensNameNotPost(rest)) return null;
  if (upper) return { honorific, rest };
  const written = HONORIFIC_WRITTEN.get(honorific.toLowerCase());
  return written && opensFullName(rest) ? { honorific: written, rest } : null;
}

// Each honorific as the lexicon writes it, by its lower case without full stops ("cllr" -> "Cllr",
// "det supt" -> "Det Supt"): a title written in lower case is recorded as a clerk writes it.
const HONORIFIC_WRITTEN: ReadonlyMap<string, string> = new Map(
  HONORIFICS.map((h) => {
    const written = h.replace(FULL_STOPS, " ").trim();
    return [written.toLowerCase(), written];
  }),
);

// "Deputy Cressida Wolstenholme" (a City of London title) but not "Deputy Director Jane Smith" nor
// "Deputy Head of Policy": the bare "Deputy" is a title only before two name words, the first no
// word that begins a post.
function opensNameNotPost(text: string): boolean {
  return opensFullName(text) && !ROLE_WORDS.has(FIRST_WORD.exec(text)?.[0] ?? "");
}

// Two name words, capitalised, open the text: "Roshan Bhattacharya (lc)", not "said Ahmed".
function opensFullName(text: string): boolean {
  const words = wordsOf(text);
  return words.length >= 2 && isNameToken(words[0] ?? "") && isNameToken(words[1] ?? "");
}

// Where "Rt" of "Rt. Hon. Sadiq Khan", "Cllr" of "Cllr Jas Athwal" ends: at a space or full stop.
function firstWordEnd(text: string): number {
  let end = 0;
  while (end < text.length && text.charCodeAt(end) !== 46 && !isSpace(text.charCodeAt(end))) end++;
  return end;
}

/** A pattern for an honorific as written, its full stops optional ("Rt. Hon." or "Rt Hon"). */
export function honorificPattern(honorific: string): string {
  return honorific.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\\\./g, "\\.?");
}

/**
 * Removes honours and degrees written after a name ("Lynne Owens CBE QPM" → "Lynne Owens"). The
 * words come back separated by single spaces.
 */
export function stripPostNominals(text: string): string {
  // Most names are words and single spaces with no honour last: they come back as they are.
  if (singleSpaced(text)) {
    const lastSpace = text.lastIndexOf(" ");
    if (lastSpace < 0 || !isPostNominalAt(text, lastSpace + 1, text.length)) return text;
  }
  const tokens = text
    .trim()
    .replace(/,+$/, "")
    .split(/[\s,]+/);
  while (tokens.length > 1 && isPostNominal(tokens.at(-1) ?? "")) tokens.pop();
  return tokens.join(" ");
}

function isPostNominal(word: string): boolean {
  return POST_NOMINALS.has(word.endsWith(".") ? word.slice(0, -1) : word);
}

const POST_NOMINAL_WORDS = new WordSet(POST_NOMINALS);

// isPostNominal of the word from `start` to `end` in the text, without copying it out.
function isPostNominalAt(text: string, start: number, end: number): boolean {
  const stop = end > start && text.charCodeAt(end - 1) === 46 ? end - 1 : end;
  return POST_NOMINAL_WORDS.hasAt(text, start, stop);
}

// Words with one space between them, none at either end, and no comma or other white space.
function singleSpaced(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 44) return false;
    if (code === 32) {
      if (i === 0 || i === text.length - 1 || text.charCodeAt(i + 1) === 32) return false;
    } else if (isSpace(code)) return false;
  }
  return true;
}

/** Removes honours written at the start of a description ("CBE, QPM, Deputy Commissioner"). */
function stripLeadingPostNominals(text: string): string {
  let rest = text.trim();
  for (;;) {
    // The honour is the leading run of letters: when that is none, the pattern is not tried.
    if (!POST_NOMINAL_WORDS.hasAt(rest, 0, leadingLetters(rest))) return rest;
    const m = rest.match(/^([A-Za-z]+)\.?(?:[\s,]+|$)/);
    if (!m?.[1] || !POST_NOMINALS.has(m[1]) || m[1] === "AM" || m[1] === "MP") return rest;
    rest = rest.slice(m[0].length);
  }
}

// Where the ASCII letters the text starts with end ("CBE" of "CBE, QPM"); `| 32` reads a capital
// as its lower case.
function leadingLetters(text: string): number {
  let end = 0;
  for (; end < text.length; end++) {
    const code = text.charCodeAt(end) | 32;
    if (code < 97 || code > 122) break;
  }
  return end;
}

/** A word that can be part of a person's name: "Weekes-Bernard", "O'Brien", "E", "De". */
export function isNameToken(token: string): boolean {
  return NAME_PARTICLES.has(token) || isNameShaped(token);
}

// A name word other than a particle: capitalised, letters, apostrophes and hyphens.
function isNameShaped(token: string): boolean {
  // Every name word starts with a capital: the rest need not be looked at.
  if (!startsUpper(token)) return false;
  // A possessive ("Women's", "Victims'") belongs to an organisation's name, not a person's.
  if (isAcronym(token) || isPossessive(token)) return false;
  return isAsciiNameWord(token) ?? NAME_WORD.test(token);
}

const NAME_WORD = /^\p{Lu}(?:[\p{L}'’-]*\p{L})?\.?$/u;

function isPossessive(token: string): boolean {
  // A word of one letter is none; charAt before its start has the optimised code thrown away once.
  if (token.length < 2) return false;
  const last = token.charAt(token.length - 1);
  const before = token.charAt(token.length - 2);
  return (
    (last === "s" && (before === "'" || before === "’")) ||
    (before === "s" && (last === "'" || last === "’"))
  );
}

// NAME_WORD for a word of ASCII letters, apostrophes and hyphens; null for any other word.
function isAsciiNameWord(token: string): boolean | null {
  const end = token.endsWith(".") ? token.length - 1 : token.length;
  for (let i = 0; i < end; i++) {
    const code = token.charCodeAt(i);
    const letter = (code | 32) >= 97 && (code | 32) <= 122;
    if (letter) continue;
    if (code >= 0x80) return null;
    if (i === 0 || i === end - 1 || (code !== 39 && code !== 45)) return false;
  }
  const first = token.charCodeAt(0);
  return end > 0 && first >= 65 && first <= 90;
}

// "tSaoi", "hÉigeartaigh": an Irish surname after "an" or "Ó" takes a lowercase prefix before its
// capital. Such a word is a name only right after a particle ("iPhone" is not).
const PREFIXED_SURNAME = /^\p{Ll}{1,2}\p{Lu}\p{Ll}/u;

/**
 * Whether the word at `index` belongs to a name, judged with its neighbours. A particle ("de", "van",
 * "an") belongs only where a surname follows it, directly or after more particles ("de Souza", "van
 * der Berg", "Mac an tSaoi"), so "an" or "y" in a phrase is not taken for one; a prefixed surname
 * ("tSaoi") belongs only after a particle.
 */
export function isNameWordAt(tokens: readonly string[], index: number): boolean {
  return nameWordAt(tokens, index, NAME_PARTICLES.has(tokens[index] ?? ""));
}

// isNameWordAt, told whether the word is a particle.
function nameWordAt(tokens: readonly string[], index: number, particle: boolean): boolean {
  const token = tokens[index] ?? "";
  if (particle) return surnameFollows(tokens, index + 1);
  if (startsLower(token) && PREFIXED_SURNAME.test(token))
    return NAME_PARTICLES.has(tokens[index - 1] ?? "");
  return isNameShaped(token);
}

function surnameFollows(tokens: readonly string[], index: number): boolean {
  const next = tokens[index];
  if (next === undefined) return false;
  if (NAME_PARTICLES.has(next)) return surnameFollows(tokens, index + 1);
  return (startsLower(next) && PREFIXED_SURNAME.test(next)) || isNameShaped(next);
}

/**
 * True when the text reads as a person's name: one to five name words, none of them a word of
 * headings or organisations. A lone surname counts only after an honorific ("Councillor Athwal").
 */
export function isPlausibleName(name: string, hasHonorific: boolean): boolean {
  return plausibleCapitalisedName(name, hasHonorific) ?? plausibleName(name, hasHonorific);
}

// isPlausibleName of a name all of whose words are a capital and lower-case letters ("Sadiq
// Khan"), as most are: each such word is a name word of two letters or more unless the lexicon
// lists it, and the lexicon is asked only of a word shaped like one of its own, so the words are
// read where they stand. Null for a name with any other word (a particle, an initial, "O'Brien"),
// left to plausibleName, which reads words with their neighbours.
function plausibleCapitalisedName(name: string, hasHonorific: boolean): boolean | null {
  let count = 0;
  let start = -1;
  for (let i = 0; i <= name.length; i++) {
    if (i < name.length && !isSpace(name.charCodeAt(i))) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    if (!isCapitalisedAsciiAt(name, start, i)) return null;
    const kind = LEXICON_WORDS.mayHaveAt(name, start, i)
      ? (WORD_KINDS.get(name.slice(start, i)) ?? 0)
      : 0;
    if ((kind & (ORGANISATION_OR_ROLE | HEADING)) !== 0) return false;
    if ((kind & PARTICLE) !== 0) return null;
    count++;
    start = -1;
  }
  return count > 0 && count <= 5 && (count > 1 || hasHonorific);
}

// The name read word by word, each word with its neighbours.
function plausibleName(name: string, hasHonorific: boolean): boolean {
  const tokens = wordsOf(name);
  const count = tokens.length;
  if (count === 0 || count > 5) return false;
  if (count === 1 && !hasHonorific) return false;
  // One pass, one lookup a word: the lexicon's answer serves every question asked of the word.
  let twoLetters = false;
  for (let i = 0; i < count; i++) {
    const t = tokens[i] ?? "";
    // The lexicon first: it turns most non-names away before the letters are looked at.
    const kind = WORD_KINDS.get(t) ?? 0;
    if ((kind & ORGANISATION_OR_ROLE) !== 0) return false;
    // "Sadiq", "Khan": most name words are a capital and lower-case letters, which the lexicon
    // answers for as written, and which are a name word of two letters or more whatever their
    // neighbours: only the other words are looked at letter by letter.
    const capitalised = isCapitalisedAsciiWord(t);
    if (capitalised ? (kind & HEADING) !== 0 : isHeadingWord(t, kind)) return false;
    const particle = (kind & PARTICLE) !== 0;
    if (capitalised && !particle) {
      twoLetters = true;
      continue;
    }
    // A name neither ends on a particle nor, in lower case, starts with one ("de Souza").
    if (particle && (i === count - 1 || (i === 0 && startsLower(t)))) return false;
    if (!nameWordAt(tokens, i, particle)) return false;
    twoLetters ||= hasTwoLetters(t);
  }
  return twoLetters;
}

// An ASCII capital then one or more ASCII lower-case letters (`/^[A-Z][a-z]+$/`).
function isCapitalisedAsciiWord(word: string): boolean {
  return isCapitalisedAsciiAt(word, 0, word.length);
}

// isCapitalisedAsciiWord of the word from `start` to `end` in the text.
function isCapitalisedAsciiAt(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  if (end - start < 2 || first < 65 || first > 90) return false;
  for (let i = start + 1; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 97 || code > 122) return false;
  }
  return true;
}

// What the lexicon says of a word as written, asked of every word of every name in one lookup: a
// particle, a word of organisations or roles, a heading word. Heading words are kept in lower case
// and capitalised ("welcome", "Welcome"); a word written any other way is lower-cased to be asked.
const PARTICLE = 1;
const ORGANISATION_OR_ROLE = 2;
const HEADING = 4;
const WORD_KINDS: ReadonlyMap<string, number> = (() => {
  const kinds = new Map<string, number>();
  const mark = (word: string, kind: number) => kinds.set(word, (kinds.get(word) ?? 0) | kind);
  for (const word of NAME_PARTICLES) mark(word, PARTICLE);
  for (const word of ORGANISATION_WORDS) mark(word, ORGANISATION_OR_ROLE);
  for (const word of ROLE_WORDS) mark(word, ORGANISATION_OR_ROLE);
  for (const word of HEADING_WORDS) {
    mark(word, HEADING);
    const first = word.charCodeAt(0);
    if (first >= 97 && first <= 122) mark(String.fromCharCode(first - 32) + word.slice(1), HEADING);
  }
  return kinds;
})();

const LEXICON_WORDS = new WordSet(new Set(WORD_KINDS.keys()));

// `HEADING_WORDS.has(word.toLowerCase())`, given the word's kinds: only a word whose lower case is
// not itself or itself uncapitalised (capitals after the first letter, letters beyond ASCII) is
// lower-cased and looked up again.
function isHeadingWord(word: string, kind: number): boolean {
  if ((kind & HEADING) !== 0) return true;
  if (word.charCodeAt(0) >= 0x80) return HEADING_WORDS.has(word.toLowerCase());
  for (let i = 1; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0x80 || (code >= 65 && code <= 90)) return HEADING_WORDS.has(word.toLowerCase());
  }
  return false;
}

// More than one character that is not a full stop: "Jo", "Ann", not "E." alone.
function hasTwoLetters(token: string): boolean {
  let count = 0;
  for (let i = 0; i < token.length; i++) if (token.charCodeAt(i) !== 46 && ++count > 1) return true;
  return false;
}

// "DS Nwachukwu-Bell reported …": a rank's letters the lexicon does not hold as a title, then the
// surname alone and the verb.
const RANK_LETTERS = /^\p{Lu}{1,4}\s+/u;
const SURNAME_VERB = /^\p{Lu}[\p{L}'’-]+\s+\p{Ll}+\s+\p{Ll}/u;

/**
 * True when the text is a sentence whose subject is a person, the verb straight after the name in
 * lower case: "Dr Osterberg-Ola sent a written update on …, circulated with this summary." (a
 * slide's speaker notes), "Supt Lindahl-Mensah said phone robbery had fallen …" (a form's notes). No
 * list or label writes a person so: it tells of them.
 */
export function tellsOfPerson(text: string): boolean {
  if (text.charCodeAt(text.length - 1) !== 46) return false;
  const named = takeName(text);
  if (named) return /^\p{Ll}+\s+\p{Ll}/u.test(named.rest);
  // A title and the surname alone, or a rank's letters and the surname.
  const { honorific, rest } = splitHonorific(text);
  if (honorific !== null) return SURNAME_VERB.test(rest);
  return RANK_LETTERS.test(rest) && SURNAME_VERB.test(rest.replace(RANK_LETTERS, ""));
}

/**
 * Reads a name written with no separator before what follows it ("Jane Doe London Councils",
 * "Sophie Linden Deputy Mayor"): two name words, a third when it is a middle initial or the rest
 * still reads as a description, cut where a role word, organisation word or acronym begins.
 */
export function takeName(text: string): { name: string; rest: string } | null {
  const { honorific, rest } = splitHonorific(text);
  const tokens = wordsOf(rest);
  let count = 0;
  while (count < tokens.length && count < 5) {
    const token = tokens[count] ?? "";
    if (count >= 2 && endsName(token)) break;
    if (!isNameWordAt(tokens, count)) break;
    count++;
  }
  count = Math.min(count, nameLength(tokens, count));
  while (count < tokens.length && POST_NOMINALS.has(tokens[count] ?? "")) count++;
  if (count === 0 || (count < 2 && !honorific)) return null;
  const name = [honorific, ...tokens.slice(0, count)].filter(Boolean).join(" ");
  return { name, rest: tokens.slice(count).join(" ") };
}

function endsName(token: string): boolean {
  return (
    ROLE_WORDS.has(token) ||
    ORGANISATION_WORDS.has(token) ||
    ORGANISATION_STARTS.has(token) ||
    ROLE_ACRONYMS.has(token) ||
    (isAcronym(token) && !POST_NOMINALS.has(token))
  );
}

// How many of the leading name-like words are the name. Two by default; when the second is a
// middle initial or particle, up to the word after the run of particles ("Jane E Garvan", "Cheryl De
// Freitas", "Siobhan Mac an tSaoi"); a third when what follows it begins a description ("Mary Ann
// Smith MOPAC"). "John Smith Waltham Forest" keeps two: the place name runs on into the organisation.
function nameLength(tokens: string[], available: number): number {
  if (available <= 2) return available;
  const second = tokens[1] ?? "";
  if (second.replace(/\.$/, "").length === 1 || NAME_PARTICLES.has(second)) {
    let surname = 2;
    while (surname < available && NAME_PARTICLES.has(tokens[surname] ?? "")) surname++;
    return Math.min(available, surname + 1);
  }
  const fourth = tokens[3];
  if (fourth === undefined) return 3;
  if (ORGANISATION_WORDS.has(fourth)) return 2;
  return endsName(fourth) ? 3 : 2;
}

/**
 * Reads a name (with any honorific, post-nominals or bracketed initials) and the description written
 * after it into a Person. Null when the name part is not a person's name.
 */
export function readPerson(nameText: string, description: string): Person | null {
  // "Sophie Lindqvist (Chair)\tMOPAC": the chair marker travels with the description.
  const bracketed = nameText.includes("(");
  const chair = bracketed ? nameText.match(CHAIR_SUFFIX) : null;
  if (chair) {
    const rest = nameText.slice(0, chair.index);
    return readPerson(rest, [description.trim(), `(${chair[1]})`].filter(Boolean).join(" "));
  }
  const cleaned = withoutEdgeSeparators(
    bracketed ? nameText.replace(/\(+\s*[\p{Lu}.]{1,5}\s*\)+/gu, " ") : nameText,
  );
  const split = splitHonorific(cleaned);
  const spoken = split.rest.includes(",") ? givenNamesFirst(split.rest) : null;
  const honorific = split.honorific ?? spoken?.honorific ?? null;
  const name = stripPostNominals(spoken?.name ?? split.rest);
  if (!isPlausibleName(name, honorific !== null)) return null;
  const { role, organisation } = describe(stripLeadingPostNominals(description));
  return { name, honorific, role, organisation };
}

// "Okonjo, Adaeze": a surname, a comma, then one or two given names, as a list sorted by surname
// writes them. Read in the order the name is spoken; honours after the comma are not given names.
// The surname may open with particles ("van der Berg, Lotte"). A title is written after the comma,
// before the given name ("Whitfield, Dr Judith"), and a surname in capitals ("ASHWORTH, Penelope",
// "DE SOUZA, Marcus", "McALLISTER, Fergus") is capitalised to mark it, not spelt so: it is read as a
// name is written, unless it is a body's acronym ("MOPAC, Jane Smith" names no Mr Mopac).
const SURNAME_WORD = /^\p{Lu}[\p{L}'’-]+$/u;
const GIVEN_NAMES = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*)?$/u;

function givenNamesFirst(name: string): { name: string; honorific: string | null } | null {
  const comma = name.indexOf(",");
  const words = name.slice(0, comma).trim().split(" ");
  const capitals = words.every(inCapitals);
  if (
    words.length > 3 ||
    !words.every((w, i) => isSurnameWord(w, i === words.length - 1, capitals))
  )
    return null;
  const { honorific, rest } = titleBeforeGivenName(name.slice(comma + 1), words.join(" "));
  if (!GIVEN_NAMES.test(rest) || rest.split(/\s+/).some(isPostNominal)) return null;
  if (honorific !== null && isPlaceOrBody(words)) return null;
  if (capitals && words.length === 1 && isBodyWord(words[0] ?? "")) return null;
  const surname = capitals ? words.map(capitalisedWord).join(" ") : words.join(" ");
  return { name: `${rest} ${surname}`, honorific };
}

// "Lambeth, Cllr Okafor", "Haringey, Supt Davies": a borough or body heading its representative,
// written "Title Surname", looks like "Sadiq-Brennan, Dr Evangeline"; the part before the comma
// is read as a surname only when it names no borough and holds no body's word.
const BOROUGHS: ReadonlySet<string> = new Set(LONDON_BOROUGHS);

function isPlaceOrBody(words: readonly string[]): boolean {
  if (words.some(isBodyWord)) return true;
  const place = words.join(" ").toLowerCase();
  return BOROUGHS.has(place) || words.every((word) => BOROUGHS.has(word.toLowerCase()));
}

// "Marangoni, DCI Piers" (layout-variants-10a/104): an abbreviated rank is read as a title only
// before two name words, and here the second, the surname, stands before the comma; it is asked
// with the surname put back after the given name.
function titleBeforeGivenName(
  afterComma: string,
  surname: string,
): { honorific: string | null; rest: string } {
  const split = splitHonorific(afterComma);
  if (split.honorific !== null) return split;
  const spoken = splitHonorific(`${afterComma.trim()} ${surname}`);
  if (spoken.honorific === null || !spoken.rest.endsWith(` ${surname}`)) return split;
  return { honorific: spoken.honorific, rest: spoken.rest.slice(0, -surname.length - 1) };
}

// The last word of a surname is a name word; the ones before it are particles, unless the whole
// surname is in capitals ("DE SOUZA"): "Jane Smith, Chair" is no surname and a given name.
function isSurnameWord(word: string, last: boolean, capitals: boolean): boolean {
  if (last) return SURNAME_WORD.test(word);
  return NAME_PARTICLES.has(word) || (capitals && SURNAME_WORD.test(word));
}

// "Mc" and "Mac" keep their own capitals before a surname in capitals ("McALLISTER").
const CAPITALS_PREFIX = /^(?:Mc|Mac)(?=\p{Lu}{2})/u;

// Letters, all of them capitals but a "Mc" or "Mac" before them: "ASHWORTH", "O'DRISCOLL", "DE".
function inCapitals(word: string): boolean {
  const rest = word.replace(CAPITALS_PREFIX, "");
  return rest.length >= 2 && rest === rest.toUpperCase() && rest !== rest.toLowerCase();
}

function isBodyWord(word: string): boolean {
  return (
    ORGANISATION_ACRONYMS.has(word) ||
    ROLE_ACRONYMS.has(word) ||
    ORGANISATION_WORDS.has(word) ||
    POST_NOMINALS.has(word)
  );
}

// "O'DRISCOLL" → "O'Driscoll", "BRAITHWAITE-JONES" → "Braithwaite-Jones", "McALLISTER" → "McAllister".
function capitalisedWord(word: string): string {
  const prefix = word.match(CAPITALS_PREFIX)?.[0] ?? "";
  const rest = word.slice(prefix.length).toLowerCase();
  return (
    prefix +
    rest.replace(
      /(^|['’-])(\p{Ll})/gu,
      (_, before: string, letter: string) => `${before}${letter.toUpperCase()}`,
    )
  );
}

// The text without the separators and white space at its ends: ", Jane Smith -" is "Jane Smith".
function withoutEdgeSeparators(text: string): string {
  let start = 0;
  let end = text.length;
  while (end > 0 && isSeparator(text.charCodeAt(end - 1))) end--;
  while (start < end && isSeparator(text.charCodeAt(start))) start++;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

// , ; : - – — and white space.
function isSeparator(code: number): boolean {
  return (
    code === 44 ||
    code === 59 ||
    code === 58 ||
    code === 45 ||
    code === 0x2013 ||
    code === 0x2014 ||
    isSpace(code)
  );
}
