import type { AgendaItem, Meeting, Passage } from "../corpus/model.js";
import { stemWord } from "../search/stem.js";
import type { AnswerContext } from "./context.js";
import { findPeople, nameTokens, type Person } from "./people.js";
import { postHoldings, postsOf } from "./posts.js";
import { escapeRegExp } from "./reg-exp.js";

/** A person named among a question's topic words, and the words left once the name is taken out. */
export interface NamedPerson {
  person: Person;
  rest: string[];
}

/**
 * The one person a run of two or three of the topic words names in full ("craig mackey" of "craig
 * mackey corruption"), if any; a single word is too often an ordinary word ("ball", "house").
 */
export function namedPerson(topic: readonly string[], context: AnswerContext): NamedPerson | null {
  const { people, ordinary } = context.directory;
  for (let length = 3; length >= 2; length--)
    for (let start = 0; start + length <= topic.length; start++) {
      const run = topic.slice(start, start + length);
      const found = findPeople(run.join(" "), people, ordinary);
      const [person] = found;
      if (found.length !== 1 || !person) continue;
      const names = new Set(person.spellings.flatMap((name) => nameTokens(name)));
      if (!run.every((word) => names.has(word))) continue;
      return { person, rest: [...topic.slice(0, start), ...topic.slice(start + length)] };
    }
  return null;
}

/** A passage that speaks of someone by their post or organisation, and the words it used. */
export interface PassageByPost {
  meeting: Meeting;
  item: AgendaItem;
  passage: Passage;
  /** "Deputy Commissioner", "VRU": as the person's attendance line writes it. */
  by: string;
  /** A post the list gives them alone, their organisation, or their title the minutes call them by. */
  kind: "post" | "organisation" | "title";
}

/**
 * How the passages of one meeting can speak of a person without naming them: "the Deputy
 * Commissioner" when only they hold that post at the meeting, or their organisation ("the work
 * of the VRU") when no one else came from it. A post or organisation two people share there
 * points at neither.
 */
interface Reference {
  by: string;
  kind: PassageByPost["kind"];
  pattern: RegExp;
}

// Each person's references at each meeting, worked out once: a question about someone who came to
// thousands of meetings (at 10,000) built their patterns again for every meeting on every question.
// Keyed by the Person of a snapshot's directory, so a reload's new people start afresh.
const referencesByPerson = new WeakMap<Person, WeakMap<Meeting, Reference[]>>();

function referencesAt(person: Person, meeting: Meeting): Reference[] {
  let known = referencesByPerson.get(person);
  if (!known) {
    known = new WeakMap();
    referencesByPerson.set(person, known);
  }
  let references = known.get(meeting);
  if (!references) {
    references = readReferences(person, meeting);
    known.set(meeting, references);
  }
  return references;
}

function readReferences(person: Person, meeting: Meeting): Reference[] {
  const own = person.appearances.find((a) => a.meeting === meeting)?.attendee;
  if (!own || own.status === "apologies") return [];
  const references: Reference[] = [];
  for (const post of postsOf(own)) {
    // "The Deputy Commissioner", "the DMPC"; a post of one ordinary word ("the Chair", "the
    // Director") is too often someone else's, of another body, to stand for them.
    if (!/\s/.test(post) && !/^[A-Z]{2,}$/.test(post)) continue;
    const holders = postHoldings(post, [meeting])[0]?.holders ?? [];
    if (holders.length !== 1 || holders[0] !== own) continue;
    references.push({
      by: post,
      kind: "post",
      pattern: new RegExp(`\\bthe ${escapeRegExp(post)}\\b`, "i"),
    });
  }
  // "The Chair, Mayor Johnson welcomed the Board members", then "the Mayor raised the issue":
  // where the minutes name someone by their title and surname, "the <title>" at that meeting is
  // them, whoever else the list gives the same title ("Mayor Jules Pipe", London Councils).
  const title = own.honorific?.trim();
  const surname = person.name.trim().split(/\s+/).at(-1);
  if (title && surname) {
    const named = new RegExp(`\\b${escapeRegExp(title)} ${escapeRegExp(surname)}\\b`);
    const introduced = meeting.items.some((item) => item.passages.some((p) => named.test(p.text)));
    if (introduced)
      references.push({
        by: title,
        kind: "title",
        pattern: new RegExp(`\\bthe ${escapeRegExp(title)}\\b`, "i"),
      });
  }
  const organisation = own.organisation?.trim();
  const sameOrganisation = meeting.attendees.filter(
    (a) =>
      a.status !== "apologies" &&
      a.organisation?.trim().toLowerCase() === organisation?.toLowerCase(),
  );
  if (organisation && sameOrganisation.length === 1)
    references.push({
      by: organisation,
      kind: "organisation",
      pattern: new RegExp(`\\b${escapeRegExp(organisation)}\\b`, "i"),
    });
  return references;
}

/**
 * The passages of the meetings someone attended that speak of them by post or organisation and,
 * when the question has other words ("corruption"), mention one of those too; date order. Only
 * the meetings and items `within` holds are read (by default, all).
 */
export function passagesByPost(
  person: Person,
  rest: readonly string[],
  within: {
    meeting(meeting: Meeting): boolean;
    item(meeting: Meeting, item: AgendaItem): boolean;
  } = {
    meeting: () => true,
    item: () => true,
  },
): PassageByPost[] {
  const meetings = [...new Set(person.appearances.map((a) => a.meeting))];
  const found: PassageByPost[] = [];
  for (const meeting of meetings) {
    if (!within.meeting(meeting)) continue;
    const references = referencesAt(person, meeting);
    if (references.length === 0) continue;
    for (const item of meeting.items) {
      if (!within.item(meeting, item)) continue;
      for (const passage of item.passages) {
        const reference = references.find((r) => r.pattern.test(passage.text));
        if (!reference) continue;
        if (rest.length > 0) {
          const stems = new Set(
            (passage.text.toLowerCase().match(/[\p{L}\p{N}'-]+/gu) ?? []).map(stemWord),
          );
          if (!rest.some((word) => stems.has(stemWord(word)))) continue;
        }
        found.push({ meeting, item, passage, by: reference.by, kind: reference.kind });
      }
    }
  }
  return found.sort((a, b) => a.meeting.date.localeCompare(b.meeting.date));
}

/** Someone a passage speaks of by their post alone, as it wrote the post. */
export interface HolderNamed {
  person: Person;
  by: string;
}

/**
 * Those at `meeting` that `text` (one of its passages) speaks of by a post only they held there:
 * "The Deputy Commissioner gave a brief update on the recent disorder" at the June 2020 DMG is
 * Sir Stephen House, "Deputy Commissioner, MPS" in its list.
 */
export function holdersNamedByPost(
  text: string,
  meeting: Meeting,
  people: readonly Person[],
): HolderNamed[] {
  return people.flatMap((person) =>
    referencesAt(person, meeting)
      .filter((reference) => reference.kind === "post" && reference.pattern.test(text))
      .slice(0, 1)
      .map((reference) => ({ person, by: reference.by })),
  );
}
