import {
  HONORIFIC_WORDS,
  JOINING_WORDS,
  ORGANISATION_ACRONYMS,
  ORGANISATION_STARTS,
  ORGANISATION_WORDS,
  PARTY_ABBREVIATIONS,
  POST_ABBREVIATIONS,
  POST_ENDINGS,
  POST_HEADS_BEFORE_FOR,
  ROLE_ACRONYMS,
  ROLE_WORDS,
} from "../lexicon.js";
import { isSpace, LowerCaseWords, WordSet, wordsOf } from "./letters.js";

/** "(Chair)", "(Co-chair)", "(Vice Chair)" at the end of a name or description. */
export const CHAIR_SUFFIX =
  /\s*\(\s*((?:co-?|vice[-\s]?|deputy\s+)?chair(?:man|woman|person)?)\s*\)\s*$/i;

// "(minutes)", "(note taker)", "(secretariat)": a bracket holding the minute taker's job and no more.
const TAKER_SUFFIX =
  /\s*\(\s*(minutes|notes|minute[- ]?taker|note[- ]?taker|secretariat|clerk)\s*\)$/i;

// "secretariat", "note taker" after a body's name, in lower case only ("Board Secretariat" is a body).
const STAFF_AFTER_BODY = /\s+(secretariat|note[- ]?taker|minute[- ]?taker)$/;

// The description without separators before it or punctuation after it: ", CEO, MOPAC;" is
// "CEO, MOPAC". A dash ends a description only as part of it ("Chair –" keeps its dash).
function withoutEdgePunctuation(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isLeadingSeparator(text.charCodeAt(start))) start++;
  while (end > start && isTrailingPunctuation(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

// White space , ; : and dashes.
function isLeadingSeparator(code: number): boolean {
  return isTrailingPunctuation(code) || code === 45 || code === 0x2013 || code === 0x2014;
}

// White space , ; :
function isTrailingPunctuation(code: number): boolean {
  return code === 44 || code === 59 || code === 58 || isSpace(code);
}

/** An all-capitals word of two or more letters: "MOPAC", "C&P", "NHSE". */
export function isAcronym(token: string): boolean {
  return isAcronymAt(token, 0, token.length);
}

// isAcronym of the word from `start` to `end` in the text, read where it stands.
function isAcronymAt(text: string, start: number, end: number): boolean {
  // Asked of every word of every entry: an ASCII word is read by its character codes.
  let capitals = 0;
  let capitalAmpersand = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) {
      const token = text.slice(start, end);
      return UNICODE_ACRONYM.test(token) && TWO_CAPITALS.test(token);
    }
    if (code >= 65 && code <= 90) capitals++;
    else if (code === 38) capitalAmpersand ||= i > start && isAsciiCapital(text.charCodeAt(i - 1));
    else if (code !== 47 && !(code >= 48 && code <= 57)) return false;
  }
  return end - start >= 2 && (capitals >= 2 || capitalAmpersand);
}

const UNICODE_ACRONYM = /^[\p{Lu}\d&/]{2,}$/u;
const TWO_CAPITALS = /\p{Lu}.*\p{Lu}|\p{Lu}&/u;

function isAsciiCapital(code: number): boolean {
  return code >= 65 && code <= 90;
}

/**
 * Splits what follows a name into role and organisation, by one convention: with commas, the last
 * part is the organisation when it looks like one and the parts before are the role, else the first
 * part when it looks like one and is no post, and the parts after it are the role; without, the
 * whole is the organisation when it looks like one, else the role, and "Director MOPAC" splits at
 * the organisation. A trailing "(Chair)" or "(Co-chair)" belongs to the role.
 */
export function describe(text: string): { role: string | null; organisation: string | null } {
  let rest = withoutEdgePunctuation(text);
  // "(Chair)" is bracketed: a description without a bracket is not searched for it.
  const chair = rest.includes("(") ? rest.match(CHAIR_SUFFIX) : null;
  if (chair) rest = rest.slice(0, chair.index).replace(/[\s,;]+$/, "");
  if (!rest) return { role: withChairOf(chair, null), organisation: null };
  // "MOPAC (minutes)", "Board Secretary (minutes)", "MOPAC (secretariat)": the minute taker's job
  // in a closing bracket is no part of the body or post before it, and is the role only where
  // the description gives no post.
  const taker = rest.endsWith(")") ? rest.match(TAKER_SUFFIX) : null;
  if (taker?.index) {
    const described = describe(rest.slice(0, taker.index));
    return {
      role: withChairOf(chair, described.role ?? taker[1] ?? null),
      organisation: described.organisation,
    };
  }
  // Terse notes write bodies in lower case, "(mps)", "(london councils)", "(mopac, chairing)": a
  // description with no capital is read by the lower-case words' own rule.
  const capitals = hasCapital(rest);
  const namesBody = capitals ? looksLikeOrganisation : looksLikeLowerCaseBody;
  const opensWithPost = capitals ? startsWithRole : (t: string) => startsWithRole(capitalised(t));
  // "MOPAC secretariat": the body's staff written after its name, in lower case as a note is. Every
  // word STAFF_AFTER_BODY ends on ends "secretariat" or "taker": other descriptions are not searched.
  const staff =
    rest.endsWith("secretariat") || rest.endsWith("taker") ? rest.match(STAFF_AFTER_BODY) : null;
  if (staff?.index) {
    const body = rest.slice(0, staff.index);
    if (namesBody(body) && !opensWithPost(body) && !endsWithPost(body))
      return { role: withChairOf(chair, staff[1] ?? null), organisation: body };
  }
  // Only a description with a comma has parts. `rest` has no white space at its ends, so the parts
  // are those of `split(/\s*,\s*/)`, found without the pattern.
  const parts = rest.includes(",") ? commaParts(rest) : null;
  if (parts !== null && parts.length >= 2) {
    const last = parts.at(-1) ?? "";
    // "MOPAC, chair", "London Councils, Executive Member for Crime and Public Protection": the body
    // first, its member's post after it, even a post naming something a body's words may name. A
    // first part opening with a post's word is a post, whatever body it names ("Head of Youth
    // Services, Lambeth").
    const first = parts[0] ?? "";
    const isPost = (part: string) => opensWithPost(part) || endsWithPost(part);
    const bodyFirst = !isPost(first) && namesBody(first);
    // "MOPAC, Secretariat": after an acronym body, one word a body's name may end on ("Board
    // Secretariat") names no body alone; it is that body's post. Two words stay a body ("MPS,
    // CPS London").
    const loneWordAfterAcronym =
      bodyFirst && isAcronym(first) && !last.includes(" ") && !isAcronym(last);
    const lastIsBody = namesBody(last) && !(bodyFirst && isPost(last)) && !loneWordAfterAcronym;
    if (lastIsBody)
      return { role: withChairOf(chair, parts.slice(0, -1).join(", ")), organisation: last };
    if (bodyFirst)
      return { role: withChairOf(chair, parts.slice(1).join(", ")), organisation: first };
    return { role: withChairOf(chair, rest), organisation: null };
  }
  // "MOPAC – Board Secretary", "Head of Partnerships – London Councils": a body and a post parted
  // by a spaced dash, either first. Only a body beside a post is parted: "NHS England – London"
  // is one body.
  // Only a description with a space and a dash can split at SPACED_DASH.
  const dashed = rest.includes(" ") && hasDash(rest) ? rest.split(SPACED_DASH) : null;
  if (dashed !== null && dashed.length === 2) {
    const [before = "", after = ""] = dashed;
    const isPost = (part: string) => opensWithPost(part) || endsWithPost(part);
    if (namesBody(before) && !isPost(before) && isPost(after))
      return { role: withChairOf(chair, after), organisation: before };
    if (namesBody(after) && !isPost(after) && isPost(before))
      return { role: withChairOf(chair, before), organisation: after };
  }
  if (opensWithPost(rest) || endsWithPost(rest)) {
    const split = splitTrailingOrganisation(rest);
    return { role: withChairOf(chair, split.role), organisation: split.organisation };
  }
  return namesBody(rest)
    ? { role: withChairOf(chair, null), organisation: rest }
    : { role: withChairOf(chair, rest), organisation: null };
}

/**
 * True when the text, written on a line of its own, reads as someone's description: a body
 * ("Metropolitan Police Service"), a post ("Head of Strategy, MOPAC", "Deputy Mayor for Policing
 * and Crime (Chair)"), or a chair's bracket alone. Lower-case text and anything else ("Cannabis
 * Farms") is not.
 */
export function readsAsDescription(text: string): boolean {
  const trimmed = withoutEdgePunctuation(text);
  if (!hasCapital(trimmed)) return false;
  const chair = trimmed.includes("(") ? trimmed.match(CHAIR_SUFFIX) : null;
  const rest = chair ? trimmed.slice(0, chair.index).replace(/[\s,;]+$/, "") : trimmed;
  if (!rest) return chair !== null;
  return looksLikeOrganisation(rest) || startsWithRole(rest) || endsWithPost(rest);
}

// The parts between commas, each without the white space around it, empty ones dropped: found
// comma by comma, without the list `split(",")` would make first.
function commaParts(text: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (;;) {
    const comma = text.indexOf(",", from);
    const trimmed = text.slice(from, comma < 0 ? text.length : comma).trim();
    if (trimmed) parts.push(trimmed);
    if (comma < 0) return parts;
    from = comma + 1;
  }
}

// The role with the "(Chair)" written after the description, if there was one.
function withChairOf(chair: RegExpMatchArray | null, role: string | null): string | null {
  return chair ? (role ? `${role} (${chair[1]})` : (chair[1] ?? null)) : role || null;
}

/** An acronym that names a body (MOPAC, MPS, YJB), or a phrase with an organisation word in it. */
export function looksLikeOrganisation(text: string): boolean {
  if (text.startsWith("LB") && /^LB\s+\p{Lu}/u.test(text)) return true;
  const unbracketed = text.includes("(") ? text.replace(/\([^)]*\)/g, " ") : text;
  const words = unbracketed.includes("/") ? unbracketed.replace(/\//g, " ") : unbracketed;
  // Word by word, found from space to space: most descriptions are a few words, and the first
  // that names a body settles it, without the rest cut out into a list.
  let start = -1;
  for (let i = 0; i <= words.length; i++) {
    if (i < words.length && !isSpace(words.charCodeAt(i))) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (namesBodyAt(words, start, i)) return true;
      start = -1;
    }
  }
  return false;
}

const ORGANISATION_WORD_SET = new WordSet(ORGANISATION_WORDS);

const SPACED_DASH = /\s+[-–—]\s+/;

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// `text !== text.toLowerCase()`: an ASCII text is read by its codes, without a lower-cased copy;
// a text with any other character is lower-cased as before.
function hasCapital(text: string): boolean {
  let capital = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) return text !== text.toLowerCase();
    if (code >= 65 && code <= 90) capital = true;
  }
  return capital;
}

// A hyphen, en dash or em dash anywhere in the text.
function hasDash(text: string): boolean {
  return text.includes("-") || text.includes("–") || text.includes("—");
}

const JOINING = new LowerCaseWords(JOINING_WORDS);

/**
 * A body written in lower case: a word of bodies once capitalised ("london councils",
 * "probation"), a body's acronym ("mps", "mopac", "nhse"), or a word with no vowel, which is no
 * English word but an abbreviation ("lc", "hmcts"), that is no post's ("ceo", "dmpc").
 */
function looksLikeLowerCaseBody(text: string): boolean {
  for (const word of text.split(/[\s/]+/)) {
    if (!word) continue;
    const capitals = word.toUpperCase();
    if (ORGANISATION_WORDS.has(capitalised(word)) || ORGANISATION_ACRONYMS.has(capitals))
      return true;
    if (/^[b-df-hj-np-tv-z]{2,5}$/.test(word) && !isRankOrPost(word, capitals)) return true;
  }
  return false;
}

// "ceo", "dmpc", "sgt", "ch supt", "ds": a post's acronym, an honorific's word or a rank shortened.
function isRankOrPost(word: string, capitals: string): boolean {
  return isRoleAcronym(capitals) || HONORIFIC_WORDS.has(word) || POST_ABBREVIATIONS.has(word);
}

const DIGITS_ONLY = /^\d+$/;

// A word of organisations ("Councils"), or an acronym that is no post's ("MOPAC", not "CEO") nor
// a party's ("LD"), from `start` to `end` in the text: only a word that may be one of them is
// copied out.
function namesBodyAt(text: string, start: number, end: number): boolean {
  if (ORGANISATION_WORD_SET.hasAt(text, start, end)) return true;
  if (!isAcronymAt(text, start, end)) return false;
  const word = text.slice(start, end);
  return !isRoleAcronym(word) && !PARTY_ABBREVIATIONS.has(word) && !DIGITS_ONLY.test(word);
}

// DMPC, DMC&SJ: the Deputy Mayors' posts are written as acronyms beginning "DM".
function isRoleAcronym(token: string): boolean {
  return ROLE_ACRONYMS.has(token) || (token.startsWith("DM") && /^DM[\p{Lu}&]+$/u.test(token));
}

const WHITE_SPACE = /\s+/;

// "Democratic Services Officer", "Board Secretary (minutes)": a post's last word ends the
// description, a bracket after it aside. A description joined by "of", "for" or "the" ("Office of
// the Police and Crime Commissioner") is left to the other rules, but for a post's head before its
// first "for": "Cabinet Member for Transport" is a post whatever its portfolio names, where
// "Department for Transport" and "Mayor's Office for Policing and Crime" stay bodies.
function endsWithPost(text: string): boolean {
  const words = (text.includes("(") ? text.replace(/\([^)]*\)/g, " ") : text)
    .trim()
    .split(WHITE_SPACE);
  if (words.length < 2) return false;
  const joining = words.findIndex((w) => JOINING_WORDS.has(w.toLowerCase()));
  if (joining < 0) return POST_ENDINGS.has(capitalised(words.at(-1) ?? ""));
  return (
    joining > 0 &&
    words[joining]?.toLowerCase() === "for" &&
    POST_HEADS_BEFORE_FOR.has(capitalised(words[joining - 1] ?? ""))
  );
}

function startsWithRole(text: string): boolean {
  const end = firstWordEnd(text);
  // A role acronym is a role word, one of ROLE_ACRONYMS, or begins "DM": the first word is copied
  // out only when it may be one.
  if (ROLE_WORD_SET.hasAt(text, 0, end)) return true;
  if (!ROLE_ACRONYM_SET.mayHaveAt(text, 0, end) && !text.startsWith("DM")) return false;
  return isRoleAcronym(end === text.length ? text : text.slice(0, end));
}

// Every word from the k-th opens with a capital, a figure, a bracket or "&" (`/^[\p{Lu}\d(&]/u`).
function capitalisedFrom(tokens: readonly string[], k: number): boolean {
  for (let i = k; i < tokens.length; i++) if (!CAPITALISED_WORD.test(tokens[i] ?? "")) return false;
  return true;
}
const CAPITALISED_WORD = /^[\p{Lu}\d(&]/u;

const ROLE_WORD_SET = new WordSet(ROLE_WORDS);
const ROLE_ACRONYM_SET = new WordSet(ROLE_ACRONYMS);

// Where the first word ends, read without splitting the rest of the text (0 when it starts with a
// space).
function firstWordEnd(text: string): number {
  let end = 0;
  while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
  return end;
}

// "Director MOPAC", "CEO LB Wandsworth": a role followed directly by an organisation. The split is
// made only where the organisation runs to the end in capitalised words, so "Deputy Commissioner of
// the MPS" stays one role.
function splitTrailingOrganisation(text: string): {
  role: string | null;
  organisation: string | null;
} {
  // `text` has no white space at its ends (describe trims it), so its words are those of
  // `split(/\s+/)`; were there any, the pattern would give the empty words it did.
  const tokens =
    isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(text.length - 1))
      ? text.split(WHITE_SPACE)
      : wordsOf(text);
  for (let k = 1; k < tokens.length; k++) {
    const token = tokens[k] ?? "";
    const before = tokens[k - 1] ?? "";
    if (JOINING.has(before)) continue;
    const startsOrganisation =
      (isAcronym(token) && !isRoleAcronym(token)) || ORGANISATION_STARTS.has(token);
    if (!startsOrganisation) continue;
    // Whether the words run on capitalised is asked before they are joined into a body's name.
    if (!capitalisedFrom(tokens, k)) continue;
    const organisation = tokens.slice(k).join(" ");
    if (looksLikeOrganisation(organisation))
      return { role: tokens.slice(0, k).join(" "), organisation };
  }
  return { role: text, organisation: null };
}
