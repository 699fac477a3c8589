import { JUSTICE_ACRONYMS } from "../search/acronyms.js";
import { readMeetingReference } from "./meeting-ref.js";
import { postNames } from "./organisations.js";
import { findPeople, nameTokens, type Person } from "./people.js";
import { PERSON_PRONOUN, type Question, withPersonNamed } from "./question.js";
import { peopleByTypedInitials } from "./typed-initials.js";

/** A person named ahead of a dash or colon, and what is asked of them after it. */
export interface NameFirst {
  /** The name as typed ("cllr cornelius"). */
  name: string;
  people: Person[];
  /** The question after the dash or colon ("which borough?", "how many boards did he go to?"). */
  rest: string;
}

// "Cllr Cornelius - which borough?", "Kilvinder Vigurs: how many meetings?", "Esom — what post?":
// a name, a colon or a dash standing free (not the hyphen of "Weekes-Bernard"), then the question.
const NAME_FIRST = /^(.+?)\s*(?::|[—–]|\s-+\s)\s*(\S.*)$/;

// A name is a few words and no digits: "kilvinder vigurs", "cllr cornelius".
const MAX_NAME_WORDS = 4;

/**
 * The person a question names before a dash or colon, when the words before it are only a name
 * of someone in the minutes (with any title): "Cllr Cornelius - which borough?", or initials
 * typed in capitals as the lists write them ("NS - what's her job?", `asked` being the message as
 * typed). Null for "PCP: Feb 2021 vs April 2022" or "disproportionality - DMG v Casey board",
 * which name no one.
 */
export function nameFirst(
  text: string,
  people: readonly Person[],
  ordinary: ReadonlySet<string>,
  asked = "",
): NameFirst | null {
  const match = NAME_FIRST.exec(text);
  const name = match?.[1]?.trim() ?? "";
  const rest = match?.[2]?.trim() ?? "";
  if (!name || !rest || /\d/.test(name) || name.split(/\s+/).length > MAX_NAME_WORDS) return null;
  const found = findPeople(name, people, ordinary);
  if (found.length === 0) found.push(...peopleByTypedInitials(name, asked, people, ordinary));
  return found.length > 0 ? { name, people: found, rest } : null;
}

// "… — yes or no?", ", y/n": the question is asked yes or no, whatever its words before.
const YES_OR_NO_TAIL = /\s*(?:[—–:,-]+\s*)?\b(?:yes or no|y\/n|yes\/no)\W*$/;
// "Kenny Bowie at the estate strategy meeting?": a name, then where, with no verb.
const NAME_AT = /^(.+?) at (.+)$/;
// Words that open a question of their own, before which no "was" is missing.
const OPENS_QUESTION =
  /^(?:was|were|is|are|did|does|do|has|have|had|who|whos|what|whats|when|where|which|how|why|list|show)\b/;

/**
 * A name standing bare before a meeting, asked as a question ("Kenny Bowie at the estate
 * strategy meeting?", "Debbie Weekes Bernard at the 2022 board — yes or no?"): "was" is the verb
 * left out, so it asks whether they came.
 */
function withVerbForBareName(
  text: string,
  people: readonly Person[],
  ordinary: ReadonlySet<string>,
): string | null {
  const asksYesOrNo = YES_OR_NO_TAIL.test(text);
  if (!asksYesOrNo && !/\?\s*$/.test(text)) return null;
  const bare = text.replace(YES_OR_NO_TAIL, "");
  if (OPENS_QUESTION.test(bare)) return asksYesOrNo ? bare : null;
  const match = NAME_AT.exec(bare);
  const name = match?.[1] ?? "";
  if (match && !/\d/.test(name) && name.split(/\s+/).length <= MAX_NAME_WORDS)
    if (findPeople(name, people, ordinary).length > 0)
      // "Fiona Taylor - at the casey board?": the dash between name and meeting goes.
      return `was ${name.replace(/\s*[-–—:]+$/, "")} at ${match[2]}`;
  return withVerbForBareNames(bare, people, ordinary);
}

// "Plummer and Bottomley - at both the feb 21 board and the 2023 one?": several people, then
// where, with no verb.
const NAMES_AT =
  /^(.+?)(?:\s*[-–—:]\s*|\s+)((?:both |each |all )?(?:at|there|present|in attendance)\b.*)$/;
// "Plummer and Bottomley" (chat's "plummer n bottomley", written out by question.ts).
const NAME_LIST = /\s*(?:,|\band\b|&|\bor\b)\s*/;

/**
 * Several people standing bare before a meeting: "were" is the verb left out, and each is written
 * as the lists name them ("natasha plummer and james bottomley"), so the question is asked of
 * each in turn (several-people.ts). Null unless every name is one person's.
 */
function withVerbForBareNames(
  bare: string,
  people: readonly Person[],
  ordinary: ReadonlySet<string>,
): string | null {
  const match = NAMES_AT.exec(bare);
  const [, list = "", rest = ""] = match ?? [];
  const parts = list.split(NAME_LIST).filter(Boolean);
  if (parts.length < 2 || /\d/.test(list)) return null;
  const names: string[] = [];
  for (const part of parts) {
    const found = findPeople(part, people, ordinary);
    if (found.length !== 1 || !found[0] || part.split(/\s+/).length > MAX_NAME_WORDS) return null;
    names.push(found[0].name.toLowerCase());
  }
  const joint = /\bor\b/.test(list) ? " or " : " and ";
  return `were ${names.join(joint)} ${rest}`;
}

// "Claire Waxman - there for the teen homicide item?", "lib peck: present for the vru update?":
// whether they came to the meeting that item was taken at.
const THERE_FOR =
  /^(?:(?:was|were) (?:she|he|they) )?(?:there|present|around|in the room|in attendance) (?:for|at|during|in) (.+?)\W*$/;
// "Kenny Bowie - mopac or met?": which of two bodies they are from, asked bare.
const EITHER_BODY = /^(?:(?:from|with) )?(?:the )?([a-z&'. ]+?) or (?:the )?([a-z&'. ]+?)\W*$/;
// "Is Connie Stygall MOPAC or LC?": the same asked as a question, the bodies straight after the name.
const IS_EITHER = /^(is|was) (.+) or (?:the )?([a-z&'. ]+?)\W*$/;

/**
 * The words the minutes' posts go by: every attendee's role and organisation, their initials and
 * other names ("lc", "met"), and the justice field's acronyms and their names; once per people.
 */
const BODY_WORDS = new WeakMap<readonly Person[], ReadonlySet<string>>();
function bodyWords(people: readonly Person[]): ReadonlySet<string> {
  let words = BODY_WORDS.get(people);
  if (!words) {
    const found = new Set<string>();
    for (const person of people)
      for (const { attendee } of person.appearances)
        for (const word of postNames(attendee, [])) found.add(word);
    for (const entry of JUSTICE_ACRONYMS)
      for (const name of [entry.acronym, ...entry.expansions, ...(entry.aliases ?? [])])
        for (const word of name.toLowerCase().match(/[a-z&]+/g) ?? []) found.add(word);
    words = found;
    BODY_WORDS.set(people, words);
  }
  return words;
}

// "Was Lynne Owens there or not?", "Sophie Linden - april or july?": an "or" between other words
// than bodies asks something else, so both sides must be bodies for a body choice.
function isBody(side: string, people: readonly Person[]): boolean {
  const words = (side.match(/[a-z&]+/g) ?? []).filter((word) => !/^(?:the|a|an|of)$/.test(word));
  const known = bodyWords(people);
  return words.length > 0 && words.every((word) => known.has(word));
}

// "There for the whole meeting", "present for the start": how long they stayed, which the
// attendance lists do not record, not an item naming the meeting; whether they came is what the
// minutes can answer.
const SPAN_OF_MEETING =
  /^(?:(?:the|that|this|a) )?(?:whole|entire|full|all|start|beginning|end|rest|duration|most|part|half|first|last|second|remainder|length|close|opening)\b/;

// "Michelle Chapman - met?", "Sasha Salmon: mopac?": a body alone, asked, is whether they are
// from it; a few words at most, each a word the minutes' posts go by.
const BODY_ALONE = /^(?:the )?([a-z&'. ]+?)\s*\?+$/;
const MAX_BODY_WORDS = 3;
// "Andy Davis - whose officer?", "Naomi Sterling - whose adviser?": the body they serve.
const WHOSE_POST =
  /^whose (?:officer|official|adviser|advisor|staff|rep|representative|person|man|woman|employee|director|member)\W*$/;

// "Colin Allars - been to a board apart from the dmg?", "Paul Wylie - any lcrbs, or only dmg?":
// whether they came to a meeting of a body, "has" (and "been to") left out.
const BEEN_TO = /^(?:ever )?(?:been|gone|come|made it) (?:to|at)\b|^attended\b/;
// "Gareth Roberts - first board he came to?", "Tony Hawker - most recent mtg?": their own first or
// last meeting (of the body the meeting word names), not the minutes' first or last.
const OWN_FIRST_OR_LAST =
  /^(?:(?:his|her|their|the) )?(first|earliest|last|latest|most recent|final) (?:ever )?(lcrb|dmg|board|group|meeting|mtg|one)s?\b(?: (?:(?:he|she|they|was|were) )*(?:came to|come to|went to|attended|was at|were at|made|been to|at))?\W*$/;
const ANY_MEETINGS = /^any (?:lcrb|dmg|board|group|meeting)s?\b/;

/** What a name set before a dash asks bare, written out as a question, or null. */
function bareAskedOf(first: NameFirst, people: readonly Person[]): string | null {
  if (BEEN_TO.test(first.rest)) return `has ${first.name} ${first.rest}`;
  const own = OWN_FIRST_OR_LAST.exec(first.rest);
  if (own?.[1] && own[2]) {
    const position = /^(?:first|earliest)$/.test(own[1]) ? "first" : "last";
    const body = /^(?:lcrb|board|dmg|group)$/.test(own[2]) ? ` the ${own[2]}` : "";
    return `when did ${first.name} ${position} attend${body}?`;
  }
  if (ANY_MEETINGS.test(first.rest)) return `has ${first.name} been to ${first.rest}`;
  if (WHOSE_POST.test(first.rest)) return `which organisation is ${first.name} from?`;
  const alone = BODY_ALONE.exec(first.rest)?.[1];
  if (alone && alone.split(/\s+/).length <= MAX_BODY_WORDS && isBody(alone, people))
    return `is ${first.name} ${alone}?`;
  const there = THERE_FOR.exec(first.rest);
  // The meeting that took the item: "there for the teen homicide item" is "at the meeting on teen
  // homicide", whose attendance answers it.
  if (there?.[1] && SPAN_OF_MEETING.test(there[1])) return `was ${first.name} there?`;
  if (there?.[1])
    return `was ${first.name} at the meeting on ${there[1].replace(/^(?:the|that|this) /, "").replace(/ (?:agenda )?item\b/, "")}?`;
  const either = EITHER_BODY.exec(first.rest);
  if (
    either?.[1] &&
    either[2] &&
    !OPENS_QUESTION.test(first.rest) &&
    isBody(either[1], people) &&
    isBody(either[2], people)
  )
    return `is ${first.name} from ${either[1]} or ${either[2]}?`;
  return null;
}

/**
 * "Is Connie Stygall MOPAC or LC?" as "is connie stygall from mopac or lc?": the longest run of
 * words after "is" that is every word of someone's name, then the first body; null when no name
 * stands there.
 */
function withEitherBody(
  text: string,
  people: readonly Person[],
  ordinary: ReadonlySet<string>,
): string | null {
  const match = IS_EITHER.exec(text);
  if (!match?.[1] || !match[2] || !match[3]) return null;
  const words = match[2].split(/\s+/);
  if (words.includes("from") || words.includes("with")) return null;
  for (let count = Math.min(MAX_NAME_WORDS, words.length - 1); count >= 1; count--) {
    const name = words.slice(0, count).join(" ");
    const body = words.slice(count).join(" ");
    if (!isBody(body, people) || !isBody(match[3], people)) continue;
    const [person, other] = findPeople(name, people, ordinary);
    if (!person || other) continue;
    const tokens = new Set(person.spellings.flatMap((spelling) => nameTokens(spelling)));
    if (!nameTokens(name).every((token) => tokens.has(token))) continue;
    return `${match[1]} ${name} from ${body} or ${match[3]}?`;
  }
  return null;
}

// "Councillors Robathan, Roberts and Athwal", "cllrs X and Y": a title in the plural, then
// surnames, each the one person of that title and surname in the minutes.
const TITLED_LIST =
  /\b(councillors|doctors|drs)\s+((?:[a-z'-]+\s*,\s*)*[a-z'-]+,?\s+(?:and|&|or)\s+[a-z'-]+)\b/;
const TITLE_OF: Readonly<Record<string, string>> = {
  councillors: "cllr",
  doctors: "dr",
  drs: "dr",
};

/** The text with a titled list of surnames written as the names the minutes give them. */
function withTitledListNamed(
  text: string,
  people: readonly Person[],
  ordinary: ReadonlySet<string>,
): string | null {
  const match = TITLED_LIST.exec(text);
  if (!match?.[1] || !match[2]) return null;
  const title = TITLE_OF[match[1]] ?? "";
  const names: string[] = [];
  for (const surname of match[2].split(/\s*,\s*|\s+(?:and|&|or)\s+/)) {
    const found = findPeople(`${title} ${surname.trim()}`, people, ordinary);
    if (found.length !== 1 || !found[0]) return null;
    names.push(found[0].name.toLowerCase());
  }
  const list = `${names.slice(0, -1).join(", ")} ${/\bor\s+[a-z'-]+$/.test(match[2]) ? "or" : "and"} ${names.at(-1)}`;
  const named = `${text.slice(0, match.index)}${list}${text.slice(match.index + match[0].length)}`;
  // "Robathan, Roberts and Athwal - at the feb 21 board?": the list asked bare, "were" left out.
  return OPENS_QUESTION.test(named)
    ? named
    : named.replace(/^(.+?)\s*(?:[-–—:]\s*)?(?=\bat\b)/, "were $1 ");
}

/**
 * A question naming its person first, written as one question that names them where it asks:
 * "Bickers — how many boards did he go to?" is "how many boards did bickers go to?", "Kenny
 * Bowie at the estate strategy meeting?" is "was kenny bowie at the estate strategy meeting?",
 * "X - there for the Y item?" whether X came to the meeting on Y, "is X MOPAC or LC?" which body
 * X is from, and "Councillors A, B and C" the three people the minutes name so. Unchanged otherwise: a shorthand with no pronoun ("which borough?") asks after the person's
 * record as a whole (intent.ts).
 */
export function withNameFirstInPlace(
  question: Question,
  people: readonly Person[],
  ordinary: ReadonlySet<string>,
): Question {
  const listed = withTitledListNamed(question.text, people, ordinary);
  if (listed !== null)
    return { ...question, text: listed, reference: readMeetingReference(listed) };
  const first = nameFirst(question.text, people, ordinary, question.asked);
  const asked =
    withVerbForBareName(question.text, people, ordinary) ??
    (first && bareAskedOf(first, people)) ??
    withEitherBody(question.text, people, ordinary);
  if (asked !== null) return { ...question, text: asked, reference: readMeetingReference(asked) };
  if (!first || !PERSON_PRONOUN.test(first.rest)) return question;
  return withPersonNamed({ ...question, text: first.rest }, first.name);
}
