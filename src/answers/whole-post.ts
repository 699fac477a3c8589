import { titleWord } from "../corpus/lexicon.js";
import { JUSTICE_ACRONYMS } from "../search/acronyms.js";
import type { Posts } from "./directory.js";
import { initialsOf } from "./organisations.js";

const wordsOf = (text: string): string[] => text.toLowerCase().match(/[a-z&]+/g) ?? [];
// "Councils" is "London Council" too, and "the Met" the Met.
const key = (words: readonly string[]): string =>
  words
    .filter((word) => word !== "the")
    .map((word) => (word.length > 3 ? word.replace(/s$/, "") : word))
    .join(" ");

const cache = new WeakMap<Posts, Set<string>>();

/** What a role written as an acronym stands for ("CEO": "Chief Executive Officer", "Chief Executive"). */
function spelledOut(role: string): string[] {
  const written = role.trim().toUpperCase();
  return JUSTICE_ACRONYMS.find((entry) => entry.acronym === written)?.expansions ?? [];
}
const BODY_KINDS = new Set(["board", "service", "group", "office", "partnership", "commission"]);

/**
 * Every whole name a post or organisation of the attendance lists goes by: a role up to its comma,
 * bracket or "of" ("Deputy Commissioner", "DMPC"), an honorific that is a post ("Deputy
 * Commissioner Craig Mackey"), an organisation and the acronym in its brackets, a role with its
 * organisation before or after it ("MOPAC director"), and what the justice field's acronyms say
 * they stand for ("CPS" is the "Crown Prosecution Service").
 */
function wholePostNames(posts: Posts): Set<string> {
  const cached = cache.get(posts);
  if (cached) return cached;
  const forms = new Set<string>();
  for (const attendee of posts.attendees) {
    const role = (attendee.role ?? "").split(/,|\(|\bof\b/)[0] ?? "";
    const organisation = attendee.organisation ?? "";
    const bodies = [
      organisation.replace(/\(.*?\)/g, ""),
      /\(([^)]+)\)/.exec(organisation)?.[1] ?? "",
    ];
    for (const form of [
      role,
      wordsOf(attendee.honorific ?? "")
        .map(titleWord)
        .join(" "),
      ...bodies,
      // "MOPAC directors", "directors at MOPAC": a post of one organisation, by both names;
      // "London Councils' chief executive" of "CEO, London Councils", by what the role stands for.
      ...(wordsOf(role).length > 0
        ? bodies
            .filter((body) => wordsOf(body).length > 0)
            .flatMap((body) =>
              [role, ...spelledOut(role)].flatMap((name) => [`${body} ${name}`, `${name} ${body}`]),
            )
        : []),
    ])
      if (wordsOf(form).length > 0) {
        forms.add(key(wordsOf(form)));
        // "lc attendees": an organisation of two words or more by its initials, as postNames
        // reads someone's organisation ("London Councils" is "lc", "Youth Justice Board" "yjb");
        // a one-word name gives one letter, which the length test turns away.
        const initials = initialsOf(form);
        if (form === bodies[0] && initials.length > 1) forms.add(initials);
        // "Youth Justice Board", "Crown Prosecution Service": named without the kind of body too.
        const short = wordsOf(form);
        if (short.length > 2 && BODY_KINDS.has(short.at(-1) ?? ""))
          forms.add(key(short.slice(0, -1)));
      }
  }
  for (const entry of JUSTICE_ACRONYMS) {
    const names = [entry.acronym, ...entry.expansions, ...(entry.aliases ?? [])].map((name) =>
      key(wordsOf(name)),
    );
    if (names.some((name) => forms.has(name))) for (const name of names) forms.add(name);
  }
  cache.set(posts, forms);
  return forms;
}

/**
 * Whether `words` are the whole name of a post or organisation someone in the attendance lists
 * held ("deputy commissioner", "vru", "london councils", "the cps"), not a word of one ("victims"
 * of "Victims Commissioner" is a subject): what a comparison then sets side by side is people.
 */
export function namesWholePost(words: readonly string[], posts: Posts): boolean {
  return words.length > 0 && wholePostNames(posts).has(key(words));
}
