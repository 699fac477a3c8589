import { JOINING_WORDS, titleWord } from "../corpus/lexicon.js";
import type { Attendee } from "../corpus/model.js";
import { JUSTICE_ACRONYMS } from "../search/acronyms.js";

// Words of an attendance question that say "was there", "someone" or the meeting, not who: what
// is left names a post ("NHS England person at the June 2020 DMG", "met police attendees at the
// Casey review board").
const ATTENDANCE_WORD =
  /^(?:at+e?n+d[a-z]*|represent[a-z]*|reps?|delegates?|delegation|people|persons?|guys?|lady|ladies|folks?|bloke|chap|fella|any(?:one|body)|some(?:one|body)|present|came|send|sends|sent|joined|make|made|sat|sit|sitting|apologies|chaired|chair|there|membership|members?|boards?|meetings?|numbers?|officers|officials|listed|lists?|overlap)$/;

/** The words of a question about attendance that may name a post ("met" in "was the Met represented"). */
export function postWords(topic: readonly string[]): string[] {
  // "MOPAC's CEO": the organisation owning the post is named by its name.
  return topic.filter((word) => !ATTENDANCE_WORD.test(word)).map((word) => word.replace(/'s$/, ""));
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[a-z&]+/g) ?? [];
}

/**
 * A name's initials, its joining words left out: "London Councils" is "lc", "Ministry of Justice"
 * "mj". The one reading of an organisation's shorthand, for postNames and whole-post.ts alike.
 */
export function initialsOf(text: string): string {
  return (text.match(/[A-Za-z&]+/g) ?? [])
    .filter((word) => !JOINING_WORDS.has(word.toLowerCase()))
    .map((word) => word[0]?.toLowerCase() ?? "")
    .join("");
}

// The body a role line names: "Deputy Commissioner of the MPS".
const ROLE_BODY = /\b(?:of|at|for|from)\s+(?:the\s+)?([A-Za-z&]+)\b/;

/**
 * What an attendee's post can be called: the words of their title ("Cllr", also "councillor"), role and organisation, the
 * organisation's initials ("Crown Prosecution Service" is also "cps"), and, for an organisation
 * written as initials, the words of any organisation in `known` those initials stand for
 * ("MPS" is "Metropolitan Police Service (MPS)" elsewhere in the minutes, so it is "police" too).
 * The justice field's acronyms add their expansions and everyday names ("MPS" is "the Met").
 */
export function postNames(attendee: Attendee, known: readonly string[]): Set<string> {
  const names = new Set(wordsOf(`${attendee.role ?? ""} ${attendee.organisation ?? ""}`));
  // "Cllr Jas Athwal" is a councillor whatever his role line says.
  for (const word of wordsOf(attendee.honorific ?? "")) {
    names.add(word);
    names.add(titleWord(word));
  }
  // "Deputy Commissioner of the MPS" with no organisation written: the body a role line names
  // after "of" answers to its other names too ("the Met"); not a title's own acronym ("CEO").
  const roleBody = ROLE_BODY.exec(attendee.role ?? "")?.[1]?.toLowerCase();
  for (const entry of JUSTICE_ACRONYMS)
    if (roleBody === entry.acronym.toLowerCase())
      for (const other of [...entry.expansions, ...(entry.aliases ?? [])])
        for (const word of wordsOf(other)) names.add(word);
  const organisation = attendee.organisation;
  if (!organisation) return names;
  // "Metropolitan Police Service (MPS)": the initials of the name, and the acronym in brackets.
  const initials = initialsOf(organisation.replace(/\(.*?\)/g, ""));
  names.add(initials);
  const acronym = organisation.trim().toLowerCase();
  const bracketed = /\(([a-z&]+)\)/.exec(acronym)?.[1];
  const written = wordsOf(organisation.replace(/\(.*?\)/g, "")).join(" ");
  const writtenWords = new Set(written.split(" "));
  for (const entry of JUSTICE_ACRONYMS) {
    const name = entry.acronym.toLowerCase();
    // "Ministry of Justice" written out is the "MoJ" too, though its initials leave out the "of".
    if (entry.expansions.some((expansion) => wordsOf(expansion).join(" ") === written))
      names.add(name);
    // "NHS England" is the National Health Service's, "CPS North" the Crown Prosecution
    // Service's: an acronym written as a word of the organisation stands for its words there too.
    if (name !== acronym && name !== initials && name !== bracketed && !writtenWords.has(name))
      continue;
    for (const other of [...entry.expansions, ...(entry.aliases ?? [])])
      for (const word of wordsOf(other)) names.add(word);
  }
  if (/^[a-z&]+$/.test(acronym)) {
    for (const other of known) {
      if (initialsOf(other.replace(/\(.*?\)/g, "")) === acronym || wordsOf(other).includes(acronym))
        for (const word of wordsOf(other)) names.add(word);
    }
  }
  return names;
}

// "Councils" asks for "London Council" too: a plural "s" does not make another organisation.
// "Mayor's" is "Mayor" ("the Mayor's private office" is the "Mayor of London's Private Office").
function singular(word: string): string {
  const owner = word.replace(/['’]s$/, "");
  return owner.length > 3 ? owner.replace(/s$/, "") : owner;
}

/**
 * The organisation of the attendance lists whose name a word is the initials of ("lc": "London
 * Councils"), the one most written when several are ("London Council" once in 2022); null for a
 * word standing for none, or for a name of one word (its initial is no shorthand).
 */
export function organisationOfInitials(
  word: string,
  attendees: readonly Attendee[],
): string | null {
  const counts = new Map<string, number>();
  for (const { organisation } of attendees) {
    if (!organisation) continue;
    const name = organisation.replace(/\(.*?\)/g, "").trim();
    if (wordsOf(name).length < 2 || initialsOf(name) !== word) continue;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/**
 * The attendees whose role or organisation answers to every one of `words` ("london councils",
 * "mps", "police"); `known` is every organisation the minutes name, to read initials by. Empty
 * when `words` is empty or no one matches.
 */
export function attendeesOf(
  words: readonly string[],
  attendees: readonly Attendee[],
  known: readonly string[],
): Attendee[] {
  if (words.length === 0) return [];
  const found = attendeesAnswering(words, attendees, known);
  if (found.length > 0) return found;
  // "Was the DMPC there" of a list that writes "Deputy Mayor for Policing and Crime", and the
  // other way round: the post in the other form of its acronym.
  for (const form of acronymForms(words)) {
    const other = attendeesAnswering(form, attendees, known);
    if (other.length > 0) return other;
  }
  return [];
}

/**
 * The other forms of each known acronym and expansion ("dmpc" → "deputy mayor for policing and
 * crime" and back), built once: attendeesOf asks for them on every attendance question.
 */
const ACRONYM_FORMS: ReadonlyMap<string, readonly string[][]> = (() => {
  const forms = new Map<string, string[][]>();
  const add = (phrase: string, other: string[][]) =>
    forms.set(phrase, [...(forms.get(phrase) ?? []), ...other]);
  for (const entry of JUSTICE_ACRONYMS) {
    const acronym = entry.acronym.toLowerCase();
    const expansions = entry.expansions.map((expansion) => wordsOf(expansion));
    add(acronym, expansions);
    // An expansion without its joining words, as a question's words leave them out.
    const written = new Set(
      expansions.map((words) => words.filter((w) => !JOINING_WORDS.has(w)).join(" ")),
    );
    written.delete(acronym);
    for (const phrase of written) add(phrase, [[acronym]]);
  }
  return forms;
})();

/** The other forms of `words` when they are a known acronym or one of its expansions. */
function acronymForms(words: readonly string[]): readonly string[][] {
  return ACRONYM_FORMS.get(words.join(" ")) ?? [];
}

function attendeesAnswering(
  words: readonly string[],
  attendees: readonly Attendee[],
  known: readonly string[],
): Attendee[] {
  // "The Mayor" is whoever holds the post, not everyone at the Mayor's Office for Policing and
  // Crime: when the post itself (a role before its "of …", comma or bracket: "Mayor" of "Mayor of
  // London (Chair)") answers to every word for someone, those are meant; else roles and
  // organisations together ("MPS" is the Met's people, not the one "Commissioner of the MPS").
  const byRole = attendees.filter((attendee) => {
    const post = (attendee.role ?? "").split(/,|\(|\bof\b/)[0] ?? "";
    const role = new Set(wordsOf(post).map(singular));
    return words.every((word) => role.has(singular(word)));
  });
  if (byRole.length > 0) return byRole;
  return attendees.filter((attendee) => {
    const names = singularPostNames(attendee, known);
    // "London Councils' chief executive" of "CEO, London Councils": the words the line does not
    // hold as written must be the post its acronym stands for.
    const rest = words.filter((word) => !names.has(singular(word)));
    return rest.length === 0 || headsAcronym(attendee, rest);
  });
}

// An attendee's post names, made singular, worked out once per attendance line and list of the
// minutes' organisations (both the same objects for as long as a corpus is loaded): every
// question about an organisation's people reads them for every line.
const SINGULAR_NAMES = new WeakMap<Attendee, { known: readonly string[]; names: Set<string> }>();

function singularPostNames(attendee: Attendee, known: readonly string[]): Set<string> {
  const cached = SINGULAR_NAMES.get(attendee);
  if (cached?.known === known) return cached.names;
  const names = new Set([...postNames(attendee, known)].map(singular));
  SINGULAR_NAMES.set(attendee, { known, names });
  return names;
}

/**
 * Whether the attendee's line writes a post as an acronym whose words begin with `words`:
 * "Sophie Linden, DMPC" is a deputy mayor (the "Deputy Mayor for Policing and Crime") and "CEO,
 * MOPAC" a chief executive, but neither is a "mayor" or an "executive", which is another post.
 */
function headsAcronym(attendee: Attendee, words: readonly string[]): boolean {
  const asked = words.map(singular);
  return wordsOf(`${attendee.role ?? ""} ${attendee.organisation ?? ""}`).some((word) =>
    EXPANDED.get(word)?.some((expansion) => opensExpansion(asked, expansion)),
  );
}

/**
 * Whether the words asked open an acronym's expansion, each the whole word or, typed short, its
 * start: "chief executive" and "chief exec" both open "chief executive officer".
 */
function opensExpansion(asked: readonly string[], expansion: string): boolean {
  const written = expansion.trim().split(" ");
  if (asked.length === 0 || asked.length > written.length) return false;
  return asked.every((word, at) => {
    const full = written[at] ?? "";
    return word === full || (word.length >= SHORTENED && full.startsWith(word));
  });
}

// How long a word typed short must be to stand for a longer one: "exec" for "executive".
const SHORTENED = 4;

/** Each acronym, lower case, to its expansions as words made singular, each ending in a space. */
const EXPANDED: ReadonlyMap<string, readonly string[]> = new Map(
  JUSTICE_ACRONYMS.map((entry) => [
    entry.acronym.toLowerCase(),
    entry.expansions.map((expansion) => `${wordsOf(expansion).map(singular).join(" ")} `),
  ]),
);

/**
 * The words as the question wrote them ("London Councils", not "london councils"), with the
 * joining words the filler dropped ("Ministry of Justice").
 */
export function asWritten(words: readonly string[], asked: string): string {
  const pattern = words
    .map((w) => w.replace(/[^a-z0-9]/g, "\\$&"))
    .join("\\W+(?:(?:of|the|and|for|&)\\W+)*");
  return new RegExp(pattern, "i").exec(asked)?.[0] ?? words.join(" ");
}
