import { ADDRESS_WORDS, PERSONAL_TITLES, titleWord } from "../corpus/lexicon.js";
import type { Attendee, Meeting } from "../corpus/model.js";
import { JUSTICE_ACRONYMS } from "../search/acronyms.js";

/** Who held a post at one meeting, with the attendance lines that say so. */
export interface PostHolding {
  meeting: Meeting;
  holders: Attendee[];
}

// Words that join a post's name but say nothing about which post ("the", "of the MPS").
// "The senior advisor from MOPAC", "the director at MOPAC": how a question joins a post to its
// organisation; "n" is chat's "and" ("hq strategy n governance").
const FILLER = new Set([
  "the",
  "of",
  "for",
  "n",
  "and",
  "a",
  "an",
  "&",
  "who",
  "is",
  "was",
  "from",
  "at",
]);

/** Every word of a post or attendance field, lower case. */
const allWordsOf = (text: string): string[] =>
  text.toLowerCase().match(/[a-z&]+(?:-[a-z]+)*/g) ?? [];

/** The words that say which post: without the filler. */
const wordsOf = (text: string): string[] => allWordsOf(text).filter((w) => !FILLER.has(w));

// An acronym stands for its words and its words for it: "DMPC" is the "deputy mayor for policing
// and crime", "the CPS" the "crown prosecution service".
function synonymsOf(words: readonly string[]): string[][] {
  const phrase = words.join(" ");
  const forms = [words as string[]];
  for (const entry of JUSTICE_ACRONYMS) {
    const acronym = entry.acronym.toLowerCase();
    const expansions = entry.expansions.map((e) => wordsOf(e).join(" "));
    if (phrase === acronym) forms.push(...expansions.map((e) => e.split(" ")));
    if (expansions.includes(phrase)) forms.push([acronym]);
    for (const alias of entry.aliases ?? [])
      if (phrase === alias.toLowerCase()) forms.push([acronym]);
  }
  return forms;
}

const holdsRun = (words: readonly string[], post: readonly string[]): boolean =>
  ` ${words.join(" ")} `.includes(` ${post.join(" ")} `);

// "Deputy Commissioner" holds the post "deputy commissioner"; "Chief Crown Prosecutor, CPS"
// represents the CPS. A post's words must appear in order in one thing the attendance line says
// of the person (honorific, role, organisation), or run from one into the whole of the next ("CEO"
// then "MOPAC"), so "commissioner" alone does not find a "Deputy Commissioner" unless nothing
// closer holds it, and "Mayor" Jules Pipe of "London Councils" is no "Mayor of London".
function holds(attendee: Attendee, post: readonly string[]): boolean {
  const fields = [attendee.honorific, attendee.role, attendee.organisation]
    .filter((field): field is string => Boolean(field))
    .map(wordsOf);
  return fields.some((field, i) => {
    if (holdsRun(field, post)) return true;
    const next = fields[i + 1];
    if (!next || next.length >= post.length) return false;
    const head = post.slice(0, post.length - next.length);
    return (
      post.slice(head.length).join(" ") === next.join(" ") &&
      field.slice(field.length - head.length).join(" ") === head.join(" ")
    );
  });
}

/**
 * A post asked with its organisation on either side, in the asker's order ("wandsworth's chief
 * exec", "the cllr for lambeth", "mopac director"): the organisation's words are all among the
 * line's organisation ("Lambeth" of "LB Lambeth") and the rest is the line's role or title, by
 * its words or its acronym ("CEO LB Wandsworth", "Cllr Lib Peck LB Lambeth" in the 2015 list).
 */
function holdsAroundOrganisation(attendee: Attendee, words: readonly string[]): boolean {
  const written = wordsOf(attendee.organisation ?? "");
  // The organisation's last word names it ("Lambeth" of "LB Lambeth"); "london" alone is no
  // "London Councils", so "Mayor Jules Pipe, London Councils" is no "mayor of london". A last
  // "London" only says whose ("CRC London" is the CRC: every body in these minutes is London's).
  const head = written.at(-1) === "london" && written.length > 1 ? written.at(-2) : written.at(-1);
  if (!head) return false;
  const organisation = new Set(written);
  const named = (run: readonly string[]) =>
    run.includes(head) && run.every((w) => organisation.has(w));
  const post = [attendee.honorific, attendee.role]
    .filter((field): field is string => Boolean(field))
    .map(wordsOf);
  const held = (run: readonly string[]) =>
    synonymsOf(run).some((form) => post.some((field) => holdsRun(field, form)));
  for (let k = 1; k < words.length; k++) {
    const before = words.slice(0, k);
    const after = words.slice(k);
    if (named(before) && held(after)) return true;
    if (named(after) && held(before)) return true;
  }
  return false;
}

/**
 * A post asked in other words' order than the line writes them ("the waltham forest ceo" of "CEO
 * Waltham Forest, Chair Prevent", "mopac's strategy director" of "Director of Strategy MOPAC",
 * "the senior advisor from mopac" of "Senior Advisor" at "MOPAC"): every word asked (two or more,
 * besides "london") stands in one part of the line (its role cut at commas and semicolons, with its organisation),
 * and no rank the question leaves out comes before them ("vru director" is no "Asst Director,
 * VRU").
 */
function holdsInAnyOrder(attendee: Attendee, asked: readonly string[]): boolean {
  // "London" says only whose (every body here is London's): "london ceo" is no one's post.
  const words = asked.filter((word) => word !== "london");
  if (words.length < 2) return false;
  const organisation = wordsOf(attendee.organisation ?? "");
  const parts = [attendee.honorific, ...(attendee.role?.split(/\s*[,;]\s*/) ?? [])]
    .filter((part): part is string => Boolean(part))
    .map((part) => [...wordsOf(part), ...organisation]);
  if (parts.length === 0 && organisation.length > 0) parts.push(organisation);
  // A word stands in a part as itself or as its acronym ("met" for "MPS").
  const standsIn = (part: readonly string[], word: string) =>
    part.includes(word) ||
    synonymsOf([word]).some((form) => form.length === 1 && part.includes(form[0] ?? ""));
  return parts.some(
    (part) =>
      words.every((word) => standsIn(part, word)) &&
      !part.some((word) => RANK_QUALIFIERS.has(word) && !words.includes(word)),
  );
}

/** Whether a line gives the post asked with its organisation on either side of it (as above). */
export function holdsPostAroundOrganisation(attendee: Attendee, post: string): boolean {
  const words = wordsOf(post.replace(/'s\b/g, ""));
  return holdsAroundOrganisation(attendee, words) || holdsInAnyOrder(attendee, words);
}

/**
 * Who held a post, meeting by meeting in date order: the people whose attendance line names it
 * (as role, title or organisation, by its words or its acronym), present or in attendance.
 * `post` is the question's words for it ("deputy commissioner", "dmpc", "cps"); a possessive's
 * "'s" says nothing of which post ("lambeth's cllr"). `aroundOrganisation`: a question asking
 * who held a post may name its organisation on either side of it (holdsAroundOrganisation);
 * a post read from an attendance line (succession, references by post) is matched as written.
 */
export function postHoldings(
  post: string,
  meetings: readonly Meeting[],
  { aroundOrganisation = false }: { aroundOrganisation?: boolean } = {},
): PostHolding[] {
  const words = wordsOf(post.replace(/'s\b/g, ""));
  if (words.length === 0) return [];
  const forms = synonymsOf(words);
  return [...meetings]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((meeting) => ({
      meeting,
      holders: meeting.attendees.filter(
        (a) =>
          a.status !== "apologies" &&
          (forms.some((form) => holds(a, form)) ||
            (aroundOrganisation &&
              (holdsAroundOrganisation(a, words) || holdsInAnyOrder(a, words)))),
      ),
    }))
    .filter((holding) => holding.holders.length > 0);
}

// Titles of courtesy say nothing of a post ("Sir", "Cllr", "The Rt Hon"); ranks ("Deputy
// Commissioner") are posts when the line gives no role.
function isCourtesy(honorific: string): boolean {
  return honorific
    .split(/\s+/)
    .map(titleWord)
    .every((word) => PERSONAL_TITLES.has(word) || ADDRESS_WORDS.has(word));
}

/**
 * The ways an attendance line names its person's post, most exact first: the role with the
 * organisation ("CEO" of "MOPAC"), the role alone (without "(Co-chair)"), each of its parts
 * ("Chair" of "Mayor of London, Chair"), a part before "of" ("Deputy Commissioner" of "Deputy
 * Commissioner of the MPS"), or a rank written as a title.
 */
export function postsOf(attendee: Attendee): string[] {
  const role =
    attendee.role
      ?.replace(/\(.*?\)/g, " ")
      .replace(/\s+/g, " ")
      .trim() ?? "";
  const forms: string[] = [];
  if (role) {
    if (attendee.organisation) forms.push(`${role}, ${attendee.organisation}`);
    forms.push(role);
    // "Mayor of London, Chair": each part is a post of its own.
    const parts = role.split(/\s*[,;]\s*/).filter(Boolean);
    for (const part of parts.length > 1 ? parts : []) forms.push(part);
    for (const part of parts) {
      const head = /^(.+?) of\b/i.exec(part)?.[1];
      if (head && head.split(/\s+/).length > 1) forms.push(head);
    }
  }
  const rank = attendee.honorific?.trim();
  if (rank && !isCourtesy(rank)) forms.push(rank);
  return forms;
}

/**
 * A post is one person's. Where the lists name several people under its words ("Chair" for the
 * board's chair, and "CEO Waltham Forest, Chair Prevent"), the one whose line names the post as
 * a whole part ("Chair") holds it; if not exactly one does, no one there is known to.
 */
export function soleHolder(holders: Attendee[], post: string): Attendee[] {
  if (holders.length <= 1) return holders;
  const wanted = allWordsOf(post).join(" ");
  const whole = holders.filter((a) =>
    [a.honorific, a.role, a.organisation, [a.role, a.organisation].filter(Boolean).join(", ")]
      .flatMap((field) => field?.split(/[,;()]/) ?? [])
      .some((part) => allWordsOf(part).join(" ") === wanted),
  );
  return whole.length === 1 ? whole : [];
}

// Words before a post's name that make it another post: an "Asst Director" is no "Director", a
// "Deputy Commissioner" no "Commissioner"; "London Victims Commissioner" is a Victims Commissioner.
const RANK_QUALIFIERS = new Set([
  "asst",
  "assistant",
  "deputy",
  "acting",
  "interim",
  "vice",
  "co",
  "joint",
  "associate",
]);

/** A post's words without the filler, a possessive's "'s" and the words of `organisation`. */
function roleWords(text: string, organisation: ReadonlySet<string>): string[] {
  return wordsOf(text.replace(/'s\b/g, "")).filter((word) => !organisation.has(word));
}

/**
 * Whether an attendance line gives the post asked after in "is X the Y?" ("VRU director", "chief
 * executive of MOPAC", "MOPAC's director"): the words naming the line's organisation (`names`
 * of the organisation alone, from organisations.ts postNames) may stand anywhere, and the rest
 * must be one of the line's posts (postsOf, or what its acronym stands for: "CEO" is "chief
 * executive"), whole or after words that are no rank of it ("Regional Director" is a director,
 * "Asst Director" is not).
 */
export function holdsPostAsked(
  attendee: Attendee,
  asked: string,
  organisation: ReadonlySet<string>,
): boolean {
  const wanted = roleWords(asked, organisation);
  if (wanted.length === 0) return false;
  return postsOf(attendee).some((post) =>
    synonymsOf(roleWords(post, organisation)).some((form) => {
      if (form.length < wanted.length) return false;
      const extra = form.slice(0, form.length - wanted.length);
      return (
        form.slice(extra.length).join(" ") === wanted.join(" ") &&
        !extra.some((word) => RANK_QUALIFIERS.has(word))
      );
    }),
  );
}
