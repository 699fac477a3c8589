/**
 * Who a sentence says does something: the noun phrase before its verb, read by the shape of its
 * words (acronyms, capitalised names, nouns for people and bodies), never by a list of names.
 */

// Nouns that name people or bodies: a phrase headed by one can promise or decide something.
const AGENT_NOUNS = new Set([
  "partners",
  "partner",
  "members",
  "member",
  "board",
  "boards",
  "group",
  "groups",
  "chair",
  "chairs",
  "co-chairs",
  "council",
  "councils",
  "officers",
  "officer",
  "officials",
  "team",
  "teams",
  "colleagues",
  "representatives",
  "secretariat",
  "police",
  "mayor",
  "commissioner",
  "director",
  "lead",
  "leads",
  "agency",
  "agencies",
  "organisation",
  "organisations",
  "body",
  "bodies",
  "boroughs",
  "everyone",
  "all",
  "committee",
  "panel",
  "unit",
  "office",
  "ministry",
  "department",
  "service",
  "prosecutors",
  "probation",
  "government",
  "minister",
  "secretary",
  "attendees",
]);

// Members of a body named with it ("MOPAC officers"): the body is the owner.
const STAFF_NOUNS = new Set([
  "officers",
  "officials",
  "colleagues",
  "staff",
  "team",
  "representatives",
  "leads",
]);

// Capitalised nouns that name a document or a topic rather than whoever acts on it.
const DOCUMENT_NOUNS = new Set([
  "plan",
  "strategy",
  "report",
  "paper",
  "agenda",
  "item",
  "review",
  "framework",
  "model",
  "charter",
  "scheme",
  "programme",
  "update",
  "minutes",
  "action",
  "actions",
]);

// Words that open a sentence without being its subject ("When offenders …", "Following …").
const OPENERS = new Set([
  "when",
  "if",
  "following",
  "in",
  "as",
  "since",
  "after",
  "before",
  "once",
  "while",
  "although",
  "it",
  "this",
  "that",
  "there",
  "these",
  "those",
  "with",
  "for",
  "from",
  "on",
  "at",
  "overall",
  "however",
  "also",
  "currently",
  "previously",
  "subsequently",
  "further",
  "additionally",
]);

const DETERMINERS = new Set(["the", "a", "an", "all", "each", "both", "its", "their", "our"]);
const JOINERS = new Set(["and", "&", "of", "for"]);
const PRONOUNS = new Set(["he", "she", "they", "we"]);
const ACRONYM = /^[A-Z][A-Za-z]*[A-Z][A-Za-z]*$/;
const CAPITALISED = /^\p{Lu}/u;
// White space as a pattern's \s reads it, beyond ASCII.
const SPACE = /^\s$/;

// A subject's words are split at white space and commas, a possessive "'s" dropped ("MOPAC's").
const POSSESSIVE = /[’']s\b/g;

/**
 * The words at the start of `text` that can form a subject: determiners, capitalised words,
 * acronyms, nouns for people and bodies, joined by "and", "&", "of", "for". Null when the text
 * opens with a word that is not a subject ("When", "This").
 */
export function leadingNounPhrase(text: string): string[] | null {
  return nounPhraseOf(text)?.words ?? null;
}

/**
 * The subject noun phrase that `text` is as a whole ("London Councils and MOPAC", "The Chair"), or
 * null when the text is not one.
 */
export function wholeNounPhrase(text: string): string[] | null {
  const phrase = nounPhraseOf(text);
  return phrase?.whole ? phrase.words : null;
}

/**
 * The first word of `text` that cannot stand in a subject, as leadingNounPhrase reads it, or null
 * when every word can (or the text opens with one that is never a subject, "When", "This"): an
 * action written "MOPAC to update …" has "to" there.
 */
export function wordAfterNounPhrase(text: string): string | null {
  return nounPhraseOf(text)?.next ?? null;
}

// The phrase is read word by word from the start and ends at the first word that cannot be part
// of it (`next`), most often within a few words: the rest of a sentence is never split. `whole`
// says every word of the text is in the phrase. Words are found by character code, not by a
// pattern: this runs on most sentences, and a pattern's call cost more than its few words.
function nounPhraseOf(
  text: string,
): { words: string[]; whole: boolean; next: string | null } | null {
  const phrase: string[] = [];
  // The phrase's words in lower case, as the tests after the loop ask them.
  const lowers: string[] = [];
  let whole = true;
  let next: string | null = null;
  let end = 0;
  for (;;) {
    let start = end;
    while (start < text.length && isSeparator(text.charCodeAt(start))) start++;
    if (start === text.length) break;
    let apostrophe = false;
    for (end = start; end < text.length; end++) {
      const code = text.charCodeAt(end);
      if (isSeparator(code)) break;
      if (code === 0x27 || code === 0x2019) apostrophe = true;
    }
    const written = text.slice(start, end);
    const word = apostrophe ? written.replace(POSSESSIVE, "") : written;
    if (word === "") continue;
    const lower = word.toLowerCase();
    const first = phrase.length === 0;
    if (first && OPENERS.has(lower)) return null;
    // The capital first: most words of a subject have one, and are then not looked up.
    const fits =
      isCapitalised(word) ||
      (first && DETERMINERS.has(lower)) ||
      AGENT_NOUNS.has(lower) ||
      STAFF_NOUNS.has(lower) ||
      (!first && (JOINERS.has(lower) || lower === "the"));
    if (!fits) {
      whole = false;
      next = word;
      break;
    }
    phrase.push(word);
    lowers.push(lower);
  }
  while (lowers.length > 0 && JOINERS.has(lowers[lowers.length - 1] ?? "")) {
    phrase.pop();
    lowers.pop();
    whole = false;
  }
  return lowers.some((lower) => !DETERMINERS.has(lower)) ? { words: phrase, whole, next } : null;
}

// Words are separated by white space and commas.
function isSeparator(code: number): boolean {
  if (code > 0x20 && code < 0x7f) return code === 0x2c;
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return SPACE.test(String.fromCharCode(code));
}

function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  return code < 0x80 ? code >= 0x41 && code <= 0x5a : CAPITALISED.test(word);
}

/**
 * Whether a subject phrase names someone who can act: it holds an acronym (MOPAC), is headed by a
 * noun for people or bodies (partners, the Chair), or is a capitalised name that is not a
 * document's ("London Councils", "Dame Lynne Owens"; not "The Plan"). `atSentenceStart` says its
 * first word is capitalised only because it opens the sentence ("Offenders will need …").
 */
export function isAgent(phrase: readonly string[], atSentenceStart: boolean): boolean {
  if (phrase.some((word) => ACRONYM.test(word))) return true;
  // The head comes before "of"/"for": "Ways for partners" is about ways, "Ministry of Justice" a ministry.
  const joined = phrase.findIndex((word) => /^(?:of|for)$/i.test(word));
  const headAt = joined > 0 ? joined - 1 : phrase.length - 1;
  const head = phrase[headAt] ?? "";
  const lower = head.toLowerCase();
  if (AGENT_NOUNS.has(lower) || STAFF_NOUNS.has(lower)) return true;
  const onlyCapitalisedBySentence = atSentenceStart && headAt === 0;
  return CAPITALISED.test(head) && !onlyCapitalisedBySentence && !DOCUMENT_NOUNS.has(lower);
}

/** Whether the phrase is a personal pronoun that stands for an earlier subject. */
export function isPronoun(phrase: readonly string[]): boolean {
  return phrase.length === 1 && PRONOUNS.has(phrase[0]?.toLowerCase() ?? "");
}

/**
 * The owner as the answers name it: without a leading "the", and a body for its staff ("MOPAC
 * officers" is MOPAC).
 */
export function ownerName(phrase: readonly string[]): string {
  let words = [...phrase];
  if (words[0]?.toLowerCase() === "the") words = words.slice(1);
  const acronyms = words.filter((w) => ACRONYM.test(w));
  const rest = words.filter((w) => !ACRONYM.test(w));
  if (
    acronyms.length === 1 &&
    rest.length > 0 &&
    rest.every((w) => STAFF_NOUNS.has(w.toLowerCase()))
  )
    return acronyms[0] ?? words.join(" ");
  return words.join(" ");
}
