import { editDistance } from "../../corpus/edit-distance.js";
import { JOINING_WORDS, NUMBER_WORDS } from "../../corpus/lexicon.js";
import type { AgendaItem, Meeting } from "../../corpus/model.js";
import { JUSTICE_ACRONYMS } from "../../search/acronyms.js";
import { closedCompound, compoundParts } from "../../search/compounds.js";
import { looseNameLength } from "../../search/loose-names.js";
import { stemWord } from "../../search/stem.js";
import { PHRASE_SYNONYMS } from "../../search/synonyms.js";
import type { MinutesSearch } from "../../search/types.js";
import { writtenAmount } from "../amount-words.js";
import {
  holdsWord,
  MeetingWords,
  startsSomeWord,
  startsWordsOf,
  type Words,
  wordsOf,
} from "./meeting-words.js";

// A word's stem for matching the minutes: a long word loses up to three letters of its ending,
// so "backlogs" finds "backlog", "violent" finds "violence" and "policing" finds "police"; but
// only letters an English ending could end with, never its root's: "contest" is not "context".
const ENDINGS =
  "s es ies ed ied ing ings ion ions ity ities ment ments ness er ers or ors al ly ent ence ant ance ive ic ise ize y e".split(
    " ",
  );
// A short plural: "plans" finds "plan", "asks" "ask"; not "cps" or "mps", with no vowel left
// before the "s", nor "boss", "focus", "basis".
const SHORT_PLURAL = /^(?=[a-z]*[aeiouy][a-z]*[^aeiosuy]s$)[a-z]{4,5}$/;

function stem(word: string): string {
  if (word.length <= 5) return SHORT_PLURAL.test(word) ? word.slice(0, -1) : word;
  for (let cut = Math.max(5, word.length - 3); cut < word.length; cut++) {
    const tail = word.slice(cut);
    if (ENDINGS.some((ending) => ending.endsWith(tail))) return word.slice(0, cut);
  }
  return word;
}

/** What a subject word must start a word of the text with: its letters and digits, stemmed. */
export function subjectStem(word: string): string {
  return stem(word.replace(/[^a-z0-9]/g, ""));
}

const isWordCharacter = (code: number) => (code >= 97 && code <= 122) || (code >= 48 && code <= 57);

/**
 * True when `wanted` (letters and digits only) starts some word of the lower-cased text: it
 * stands there with no letter or digit before it. Read in place, since splitting every passage
 * into words for each subject word cost most of a question over all the records at 10,000 meetings.
 */
export function startsSomeWordOf(lower: string, wanted: string): boolean {
  for (let at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + 1))
    if (at === 0 || !isWordCharacter(lower.charCodeAt(at - 1))) return true;
  return false;
}

/** True when every subject word starts some word of `text`, by its stem. */
export function textMentions(text: string, subject: readonly string[]): boolean {
  if (subject.length === 0) return false;
  const lower = text.toLowerCase();
  return subject.every((word) => {
    const wanted = subjectStem(word);
    return wanted.length > 0 && startsSomeWordOf(lower, wanted);
  });
}

/**
 * True when the subject words stand together in `text`, in their order, with at most two words
 * between each ("terms reference" in "the terms of reference"), each matched by its stem.
 */
export function textMentionsTogether(text: string, subject: readonly string[]): boolean {
  const wanted = subject.map((word) => stem(word.replace(/[^a-z0-9]/g, ""))).filter(Boolean);
  if (wanted.length === 0) return false;
  const words = wordsOf(text);
  const matchesFrom = (start: number): boolean => {
    let at = start;
    for (const [index, prefix] of wanted.entries()) {
      const limit = index === 0 ? at : Math.min(words.length - 1, at + 3);
      let found = -1;
      for (let i = index === 0 ? at : at + 1; i <= limit; i++)
        if (words[i]?.startsWith(prefix)) {
          found = i;
          break;
        }
      if (found < 0) return false;
      at = found;
    }
    return true;
  };
  return words.some((_, start) => matchesFrom(start));
}

/** A passage (or the item's own title, line null) of an item that mentions the subject. */
export interface Mention {
  meeting: Meeting;
  item: AgendaItem;
  /** The passages that mention every subject word; empty when only the title does. */
  passages: AgendaItem["passages"];
  /** True when the item's title names the subject: the item is about it, not in passing. */
  inTitle: boolean;
  /** True when the subject's own words stand in the item, not only longer words sharing a stem. */
  exact: boolean;
}

// True when every subject word stands in the text as itself, not only as a longer word: it is one
// of the words, or is one with a plural or possessive "s" added or taken away ("Prevent", not
// "preventing").
function namesWordsOf(words: Words, subject: readonly string[]): boolean {
  return subject.every((word) => {
    const wanted = word.replace(/[^a-z0-9]/g, "");
    if (wanted.length === 0) return false;
    if (holdsWord(words, wanted) || holdsWord(words, `${wanted}s`)) return true;
    return wanted.length > 1 && wanted.endsWith("s") && holdsWord(words, wanted.slice(0, -1));
  });
}

/** The stems a subject's words (part by part) must start words of a text with. */
function stemsOf(subject: readonly string[]): string[] {
  return wordParts(subject).map(subjectStem);
}

/** True when some meeting may mention the subject: every stem starts some word of it. */
function heldBySome(
  words: MeetingWords,
  subject: readonly string[],
  meetings: readonly Meeting[],
): boolean {
  const stems = stemsOf(subject);
  // A word no meeting of the snapshot holds (a misspelling) is ruled out once, not per meeting.
  const all = words.all;
  if (all && !startsWordsOrEmpty(all, stems)) return false;
  return meetings.some((meeting) => startsWordsOrEmpty(words.of(meeting), stems));
}

// Every stem starts some word; an empty stem (a subject word of no letters) starts any list.
function startsWordsOrEmpty(words: Words, stems: readonly string[]): boolean {
  return stems.every((stem) => startsSomeWord(words, stem));
}

// "Pre-handcuffing" is two words of the minutes ("pre", "handcuffing") as `wordsOf` reads them:
// a subject word joined by a hyphen or an apostrophe is matched part by part.
function wordParts(subject: readonly string[]): readonly string[] {
  return subject.some((word) => /[^a-z0-9]/.test(word)) ? subject.flatMap(wordsOf) : subject;
}

/**
 * The subject in the other form of an acronym of the field, when the minutes hold that one: "body
 * worn video" where they write "BWV", "VRU" where they spell it out. Null otherwise.
 */
function acronymForm(
  subject: readonly string[],
  meetings: readonly Meeting[],
  known: MeetingWords,
): string[] | null {
  const words = subject.flatMap(wordsOf);
  const held = (form: string[]) => heldBySome(known, form, meetings);
  const formsOf = (entry: (typeof JUSTICE_ACRONYMS)[number]) =>
    [entry.acronym, ...entry.expansions, ...(entry.aliases ?? [])].map((form) => wordsOf(form));
  for (const entry of JUSTICE_ACRONYMS) {
    const forms = formsOf(entry);
    if (!forms.some((form) => form.join(" ") === words.join(" "))) continue;
    const other = forms.find(held);
    if (other) return other;
  }
  // One word of several in another form ("BAME recruitment in the Met": the minutes write MPS).
  for (const [at, word] of words.entries()) {
    for (const entry of JUSTICE_ACRONYMS) {
      const forms = formsOf(entry);
      if (!forms.some((form) => form.length === 1 && form[0] === word)) continue;
      for (const form of forms) {
        const tried = [...words.slice(0, at), ...form, ...words.slice(at + 1)];
        if (form.join(" ") !== word && held(tried)) return tried;
      }
    }
  }
  // A run of several words naming an expansion as people say it short ("black n asian officers",
  // "ethnic minority officers": the minutes write "BAME officer"), by its words in order with
  // some left out (search/loose-names.ts); the joining words, which a subject has lost, are left
  // out of the name's too.
  const stems = words.map(stemWord);
  for (let at = 0; at < words.length; at++)
    for (const entry of JUSTICE_ACRONYMS)
      for (const expansion of entry.expansions) {
        const name = wordsOf(expansion)
          .filter((word) => !JOINING_WORDS.has(word))
          .map(stemWord);
        const length = looseNameLength(stems.slice(at), name);
        if (length === 0) continue;
        for (const other of formsOf(entry)) {
          const tried = [...words.slice(0, at), ...other, ...words.slice(at + length)];
          if (held(tried)) return tried;
        }
      }
  return null;
}

/**
 * The subject with a compound written the other way ("nighttime economy": the minutes' "night
 * time economy"; "night life": "nightlife", which they write as the "night time economy"), in the
 * minutes' own form or an acronym's or phrase's (search/compounds.ts); null when none is held.
 * A word split is held only where the minutes write its parts together.
 */
function compoundForm(
  subject: readonly string[],
  meetings: readonly Meeting[],
  known: MeetingWords,
): string[] | null {
  const respelt = (tried: string[]) =>
    heldBySome(known, tried, meetings)
      ? tried
      : (acronymForm(tried, meetings, known) ?? phraseForm(tried, meetings, known));
  for (const [at, word] of subject.entries()) {
    for (const parts of compoundParts(word)) {
      if (!writtenTogether(parts, meetings)) continue;
      const tried = respelt([...subject.slice(0, at), ...parts, ...subject.slice(at + 1)]);
      if (tried) return tried;
    }
    const next = subject[at + 1];
    const closed = next ? closedCompound(word, next) : null;
    if (closed) {
      const tried = respelt([...subject.slice(0, at), closed, ...subject.slice(at + 2)]);
      if (tried) return tried;
    }
  }
  return null;
}

// Whether some passage or title of the meetings holds the words side by side.
function writtenTogether(words: readonly string[], meetings: readonly Meeting[]): boolean {
  return meetings.some((meeting) =>
    meeting.items.some(
      (item) =>
        textMentionsTogether(item.title, words) ||
        item.passages.some((passage) => textMentionsTogether(passage.text, words)),
    ),
  );
}

/**
 * The subject with a word the minutes write as a phrase in that phrase's words ("nightlife": the
 * "night time economy"), when some meeting holds it so; null otherwise.
 */
function phraseForm(
  subject: readonly string[],
  meetings: readonly Meeting[],
  known: MeetingWords,
): string[] | null {
  for (const [at, word] of subject.entries())
    for (const phrase of PHRASE_SYNONYMS[stemWord(word)] ?? []) {
      const tried = [...subject.slice(0, at), ...wordsOf(phrase), ...subject.slice(at + 1)];
      if (heldBySome(known, tried, meetings)) return tried;
    }
  return null;
}

/** An item that mentions the subject, without the passages that do (see `Mention`). */
export type ItemMention = Omit<Mention, "passages">;

/**
 * The agenda items of `meeting` whose title or passages mention every subject word, in the
 * meeting's order, without finding which passages do: what telling meetings apart by a subject
 * needs. An item is read as a whole (title and passages), so "police and crime plan" is found in
 * an item titled "Police and Crime Plan" whose passages say "PCP".
 */
export function itemsMentioning(
  meeting: Meeting,
  asked: readonly string[],
  words: MeetingWords = new MeetingWords([meeting]),
): ItemMention[] {
  const subject = wordParts(asked);
  return itemsOf(meeting, subject, subject.map(subjectStem), words, []);
}

/** itemsMentioning of each meeting in turn, the subject's stems worked out once. */
export function itemsMentioningIn(
  meetings: readonly Meeting[],
  asked: readonly string[],
  words: MeetingWords,
): ItemMention[] {
  const subject = wordParts(asked);
  const stems = subject.map(subjectStem);
  const found: ItemMention[] = [];
  for (const meeting of meetings) itemsOf(meeting, subject, stems, words, found);
  return found;
}

// itemsMentioning of a subject already in parts, with their stems, added to `found`.
function itemsOf(
  meeting: Meeting,
  subject: readonly string[],
  stems: readonly string[],
  words: MeetingWords,
  found: ItemMention[],
): ItemMention[] {
  if (subject.length === 0 || !startsWordsOrEmpty(words.of(meeting), stems)) return found;
  for (const item of meeting.items) {
    // The title and every passage are part of the whole item: an item whose words lack a stem has
    // neither a title nor a passage with it, and is passed over.
    const itemWords = words.ofItem(meeting, item);
    if (!startsWordsOf(itemWords, stems)) continue;
    // textMentions of the title, its stems already worked out.
    const title = item.title.toLowerCase();
    const inTitle = stems.every((stem) => stem.length > 0 && startsSomeWordOf(title, stem));
    found.push({ meeting, item, inTitle, exact: namesWordsOf(itemWords, subject) });
  }
  return found;
}

/**
 * The agenda items of `meeting` whose title or passages mention every subject word, with the
 * passages that do, the item most about the subject first: named in its title, then mentioned
 * most often.
 */
export function itemMentions(
  meeting: Meeting,
  asked: readonly string[],
  words: MeetingWords = new MeetingWords([meeting]),
): Mention[] {
  const subject = wordParts(asked);
  const found = itemsMentioning(meeting, asked, words).map(({ item, inTitle, exact }) => {
    const passages = item.passages.filter((p) => textMentions(p.text, subject));
    return { meeting, item, passages, inTitle, exact };
  });
  return found.sort(
    (a, b) => Number(b.inTitle) - Number(a.inTitle) || b.passages.length - a.passages.length,
  );
}

/**
 * The subject as the minutes spell it: unchanged when some meeting may mention it, else in the
 * other form of a known acronym ("body worn video" → "bwv"), else word by word as the minutes
 * write it (below), else the search index's "did you mean" for the whole of it, when it has one.
 * `words`: the snapshot's (MinutesDirectory.words); by default those of `meetings`, for this call.
 */
export function spellSubject(
  subject: readonly string[],
  meetings: readonly Meeting[],
  search: MinutesSearch,
  words: MeetingWords = new MeetingWords(meetings),
): string[] {
  if (subject.length === 0) return [];
  const counted = countForm(subject, meetings, words);
  if (counted) return counted;
  if (heldBySome(words, subject, meetings)) return [...subject];
  const other =
    acronymForm(subject, meetings, words) ??
    phraseForm(subject, meetings, words) ??
    compoundForm(subject, meetings, words);
  if (other) return other;
  const respelt = subject.flatMap((word) => spellWord(word, meetings, search, words));
  if (heldBySome(words, respelt, meetings)) return respelt;
  const [suggestion] = search.search(subject.join(" "), { limit: 1 }).suggestions;
  return suggestion ? suggestion.toLowerCase().split(/\s+/).filter(Boolean) : respelt;
}

/** A number's other form: "6" for "six", "four" for "4"; undefined for any other word. */
function otherNumberForm(word: string): string | undefined {
  const value = NUMBER_WORDS.get(word);
  if (value !== undefined) return String(value);
  const digits = /^\d+$/.test(word) ? Number(word) : null;
  return digits === null ? undefined : [...NUMBER_WORDS].find(([, n]) => n === digits)?.[0];
}

/**
 * A number counting the word after it, in the form the minutes write that count: "the 4 working
 * groups" is "four working groups" in April 2023's minutes, though a "4" stands there too (a list's
 * "4. External expertise"), so the subject as typed is held and would not be respelt. Null when no
 * number counts a word, or some passage or title writes the count as typed, or none in the other form.
 */
function countForm(
  subject: readonly string[],
  meetings: readonly Meeting[],
  words: MeetingWords,
): string[] | null {
  const at = subject.findIndex(
    (word, i) => i + 1 < subject.length && otherNumberForm(word) !== undefined,
  );
  const other = otherNumberForm(subject[at] ?? "");
  const counted = subject[at + 1];
  if (at < 0 || other === undefined || counted === undefined) return null;
  // Only the meetings holding both words are read, so a count no meeting writes costs no reading.
  const writes = (pair: string[]) =>
    meetings.some(
      (meeting) =>
        startsWordsOrEmpty(words.of(meeting), stemsOf(pair)) &&
        meeting.items.some((item) =>
          [item.title, ...item.passages.map((p) => p.text)].some((text) =>
            textMentionsTogether(text, pair),
          ),
        ),
    );
  if (writes([subject[at] ?? "", counted]) || !writes([other, counted])) return null;
  return subject.map((word, i) => (i === at ? other : word));
}

/**
 * One subject word as the minutes write it, when no meeting holds it as typed: a number in the
 * other form ("six" where the minutes write "6", "17" where they write "seventeen"), an amount
 * written out ("60m": "60 million"), a misspelling as the search reads it ("saftey": "safety",
 * "resettlment": "resettlement"). Unchanged when none of these is held either.
 */
function spellWord(
  word: string,
  meetings: readonly Meeting[],
  search: MinutesSearch,
  words: MeetingWords,
): string[] {
  const held = (form: readonly string[]) => heldBySome(words, form, meetings);
  if (held([word])) return [word];
  const value = NUMBER_WORDS.get(word);
  const digits = /^\d+$/.test(word) ? Number(word) : null;
  const numeral =
    value !== undefined
      ? String(value)
      : digits !== null
        ? [...NUMBER_WORDS].find(([, n]) => n === digits)?.[0]
        : undefined;
  if (numeral && held([numeral])) return [numeral];
  const written = writtenAmount(word);
  if (written && held(written)) return written;
  if (word.length < 5 || !/^[a-z]+$/.test(word)) return [word];
  const response = search.search(word, { limit: 1 });
  const corrected = response.corrections?.find((c) => c.from.toLowerCase() === word)?.to;
  if (corrected && held([corrected.toLowerCase()])) return [corrected.toLowerCase()];
  // The search found the word by its stem or by a near spelling without naming a correction:
  // the word of the passage it found that is nearest the one typed, when one or two edits away.
  const [top] = response.results;
  if (!top) return [word];
  const nearest = wordsOf(top.excerpt)
    .map((written) => ({ written, edits: editDistance(written, word) }))
    .filter(({ edits }) => edits > 0 && edits <= (word.length >= 8 ? 2 : 1))
    .sort((a, b) => a.edits - b.edits)[0];
  return nearest && held([nearest.written]) ? [nearest.written] : [word];
}

/** A meeting whose one agenda item mentions most of a subject, weighed by how rare each word is. */
interface ClosestMention {
  meeting: Meeting;
  /** The subject words its best item mentions. */
  matched: string[];
  score: number;
}

/**
 * The meetings closest to a subject none mentions whole ("the mtg where the MPS set out six asks
 * of partners": the minutes write "discussed 6 areas/asks for partners"), best first. An item
 * counts the subject words its title and passages mention, each weighed by how few items of the
 * pool mention it, so "6" counts for more than "partners"; a meeting scores by its best item. Only
 * meetings whose item mentions at least two of the words and at least half of them are kept, and
 * none when some word is in no item at all.
 */
export function closestMentions(
  meetings: readonly Meeting[],
  asked: readonly string[],
): ClosestMention[] {
  const subject = [...new Set(wordParts(asked))];
  if (subject.length < 2) return [];
  const items = meetings.flatMap((meeting) =>
    meeting.items.map((item) => ({
      meeting,
      text: `${item.title} ${item.passages.map((p) => p.text).join(" ")}`,
    })),
  );
  // A word no item starts a word with, by its ending cut, may still be there by its root:
  // "feeling" in "communities do not feel over-policed".
  const mentioning = subject.map((word) => {
    const holders = items.filter((item) => textMentions(item.text, [word]));
    const root = stemWord(word);
    return holders.length > 0 || root.length < 4
      ? holders
      : items.filter((item) => textMentions(item.text, [root]));
  });
  // A word no item uses ("the meeting about prison capacity") is what was asked about, and the
  // minutes are silent on it: no meeting is close.
  if (mentioning.some((holders) => holders.length === 0)) return [];
  const weight = mentioning.map((holders) => Math.log(1 + items.length / holders.length));
  const needed = Math.max(2, Math.ceil(subject.length / 2));
  const best = new Map<Meeting, ClosestMention>();
  for (const item of new Set(mentioning.flat())) {
    const matched = subject.filter((_, i) => mentioning[i]?.includes(item));
    if (matched.length < needed) continue;
    const score = subject.reduce(
      (sum, _, i) => sum + (mentioning[i]?.includes(item) ? (weight[i] ?? 0) : 0),
      0,
    );
    const known = best.get(item.meeting);
    if (!known || score > known.score)
      best.set(item.meeting, { meeting: item.meeting, matched, score });
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}
