import { monthNumber } from "../../corpus/calendar.js";
import { NUMBER_WORDS as CARDINALS } from "../../corpus/lexicon.js";
import { isQuestionStopWord } from "../asked-of.js";
import { boardNamedIn, isOurBody } from "../board-names.js";
import { DISCUSSED, RECORD_VERBS, RECORDED } from "../discussed-words.js";
import { BODY_NOUN, MEETING_NOUN } from "../meeting-nouns.js";
import { otherMeetingNamed, readMeetingReference } from "../meeting-ref.js";
import { findPeople, type Person } from "../people.js";
import { BUSINESS_NOUN, CLAUSE_BREAK, VAGUE_NOUN } from "../question.js";
import { emptySelector, type MeetingSelector, type Position } from "./query.js";

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  ...Object.fromEntries(CARDINALS),
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
};

function numberOf(word: string | undefined): number | null {
  if (!word) return null;
  return NUMBER_WORDS[word] ?? (/^\d+$/.test(word) ? Number(word) : null);
}

const COUNT = "(two|three|four|five|six|\\d)";

/** Ways of counting meetings from one end; the first that matches wins. */
const POSITION_RULES: readonly { pattern: RegExp; read: (m: RegExpExecArray) => Position }[] = [
  {
    pattern: /\b(?:before last|penultimate|second[- ]to[- ]last|previous|prior)\b/,
    read: () => ({ from: "end", skip: 1, count: 1 }),
  },
  {
    pattern: new RegExp(`\\b(?:first|earliest|oldest)(?: ${COUNT}\\b)?`),
    read: (m) => ({ from: "start", skip: 0, count: numberOf(m[1]) ?? 1 }),
  },
  {
    pattern: new RegExp(`\\b(?:last|latest|most recent|newest)(?: ${COUNT}\\b)?`),
    read: (m) => ({ from: "end", skip: 0, count: numberOf(m[1]) ?? 1 }),
  },
  // "The second meeting", "the third one", "the fourth DMG"; not "the third sector" or "a second
  // plan", where the ordinal counts something else.
  {
    pattern:
      /\b(second|third|fourth|fifth)\b(?=\s+(?:(?:lcrb|dmg|board|full)\s+)?(?:meetings?|ones?|sessions?|boards?|lcrbs?|dmgs?|mtgs?|time)\b|\W*$)/,
    read: (m) => ({ from: "start", skip: (numberOf(m[1]) ?? 1) - 1, count: 1 }),
  },
];

/** "The last two", "the first", "the second", "the meeting before last". */
export function readPosition(text: string): Position | null {
  for (const rule of POSITION_RULES) {
    const match = rule.pattern.exec(text);
    if (match) return rule.read(match);
  }
  return null;
}

// Words of a meeting phrase that say which one by order or kind, never by subject.
export const NOT_TOPIC = new Set([
  "first",
  "earliest",
  "oldest",
  "last",
  "latest",
  "recent",
  "newest",
  "previous",
  "prior",
  "next",
  "second",
  "third",
  "two",
  "three",
  "full",
  "before",
  "after",
  "ones",
  "they",
  "presented",
  "spoke",
  "speak",
  "reported",
  "gave",
  "welcomed",
  "attendance",
  "attendees",
  "people",
  "apologies",
  "same",
  "vs",
  "v",
  "versus",
  "one",
  "four",
  "five",
  // "The number of LCRB meetings": a count asked for, no meeting's subject.
  "number",
  "count",
  "total",
]);

const isNumber = (word: string) => /^\d+$/.test(word) || CARDINALS.has(word);
// Words that count meetings from an end: "the last two", "the first three".
const ORDER_WORDS = new Set(["first", "last", "latest", "next", "previous", "earliest", "recent"]);

// Words that tie a subject to its meeting in a question, never part of the subject.
const MEETING_GLUE = new Set(
  `meeting meetings session discussion discussed discuss discussing talked talk talking about
  where when which that they we was were did covered considered raised came come up held minutes
  lcrb dmg with on regarding concerning covering`
    .split(/\s+/)
    .concat(RECORD_VERBS),
);

// "The fraud meeting", "the casey one", "the Casey board", "the covid DMG": a subject standing
// before the meeting word (a body's own name, "the Crime Reduction Board", is blanked first).
const NAMED_BEFORE =
  /\bthe ((?:(?!the\b)[a-z0-9'&-]+ ){1,6}?)(?:meeting|one|session|discussion|item|(board)|dmg|lcrb)s?\b/;
// Shorthand drops "the": "apologies: women's safety board vs Casey board" names each side by a
// subject alone, from the phrase's start or a colon, comma or dash to the meeting word ending it.
const NAMED_BARE =
  /(?:^|[:;,]|\s[-–—])\s*((?:(?!(?:the|a|an|that|this|these|those|which|what|who|each|every|any|all|v|vs|or|and|than)\b)[a-z0-9'&-]+ ){1,4}?)(?:meeting|one|session|(board)|dmg|lcrb)s?\W*$/;
const NAMED_BEFORE_MEETING =
  /\bthe ((?:(?!the\b)[a-z0-9'&-]+ ){1,6}?)(?:meeting|one|session|discussion|item)s?\b/;
// "The meeting about the youth action plan", "the meeting where they discussed the charter",
// "the board where My Ends came up".
// "The mtg held that talked about …", "the meeting start that discussed …": a verb asked of the
// meeting may stand between it and its clause.
const NAMED_AFTER =
  /\b(?:meeting|one|session)s? (?:(?:held|hosted|start\w*|begin|began|finish\w*|end(?:ed)?|take place|took place) (?=where|when|at which|in which|that)\b)?(?:where|when|at which|in which|that|about|on|with|regarding|covering|discussing|concerning)\b(.*)$/;
// "The board where My Ends came up", "the board that talked about road traffic stops": a body's
// clause names a meeting when it says where, when or that a subject was talked about ("the board
// that oversees Prevent" is a board). Not a board told something: in "what did London Councils
// tell the board about the estate strategy", the board heard about it, and "about" starts the
// subject, not the meeting's name.
// "The board w the parenting programme stuff": a board with a subject, as "the meeting with …"
// (not a board with someone, whose name PERSON_NAMED and the people's lists read first).
// "The board on fraud": a board on a subject, as "the meeting on …" (a date after "on" is read as
// the date before the subject is).
const BOARD_CLAUSE = new RegExp(
  `(?<!\\b(?:tell|tells|telling|told|brief\\w*|updat\\w*|inform\\w*|advis\\w*|remind\\w*|warn\\w*|assur\\w*|ask\\w*|show\\w*|giv\\w*|gave) (?:the )?)\\b${BODY_NOUN} (?:(?:where|when|at which|in which|about|on|regarding|covering|discussing|concerning|with)\\b(.*)$|(?:that|which) (?=(?:\\w+ ){0,2}(?:${DISCUSSED}|${RECORDED})))(.*)$`,
);
function boardClause(phrase: string): string | undefined {
  const match = BOARD_CLAUSE.exec(phrase);
  const words = match ? (match[1] ?? match[2]) : undefined;
  // "The board that received apologies from Claire Waxman": its attendance, which the attendance
  // readers read, not a subject of its minutes.
  if (!words || match?.[2] === undefined) return words;
  if (RECORDED_ATTENDANCE.test(words)) return undefined;
  // "Resolved to adopt the terms of reference": the record verb and its infinitive say what the
  // meeting did, not its subject.
  return words.replace(RECORD_VERB, " ");
}
const RECORD_VERB = new RegExp(`\\b${RECORDED}`);
// A record verb whose object is who came or sent apologies: "received apologies from …", "noted
// the apologies of …", "recorded the attendance".
const RECORDED_ATTENDANCE =
  /^\s*(?:\w+ ){0,2}?(?:received|noted|recorded|accepted|took)\s+(?:the\s+|any\s+)?(?:apologies|attendance|absences?)\b/;
// The bodies' own names, which name no subject: "the London Crime Reduction Board".
// Not someone's own group: "the Deputy Commissioner's delivery group" names its subject.
const BODY_NAME =
  /\b(?:london )?crime reduction board\b|(?<!'s (?:[a-z-]+ )?)\b(?:delivery (?:management )?group|management group)\b/g;
// "Who represented the CPS when the board went through the Action Plan": the meeting as the time
// the board took a subject.
const NAMED_BY_WHEN =
  /\bwhen (?:the )?(?:board|group|lcrb|dmg|they|we|members|partners) (?:went through|go through|discussed|heard about|looked at|covered|considered|talked about|reviewed|dealt with|debated)\b(.*)$/;
// "Who co-chaired when the Strategic Coordination Group came up": the meeting as the time a
// subject was raised, whoever raised it.
const NAMED_BY_RAISED =
  /\bwhen (?:the )?(.+?) (?:came up|come up|was (?:discussed|raised|mentioned|covered|brought up|on the agenda)|were (?:discussed|raised|mentioned|covered|brought up|on the agenda))\b/;
// A question that opens with its meeting and then asks: "equal merits meeting - anyone there
// from the Mayor's private office?", "probation and prisons resettlement meeting: was anyone from
// the NHS there?". Not a question that ends with a meeting: "did Doug Flight attend every meeting?".
const NAMED_FIRST =
  /^\s*((?:(?!(?:the|a|an|that|this|these|those|which|what|who|whom|whose|when|where|why|how|any|all|every|each|v|vs|or|than|did|does|do|was|were|is|are|has|have|had|will|would|can|could|should|list|show|tell|give)\b)[a-z0-9'&-]+ ){1,6}?)(?:meeting|session|(board)|dmg|lcrb)s?\s*(?:[:;,?]|[-–—])/;
// "The meeting Lynne Owens presented at": a person standing between the meeting word and a verb.
const PERSON_NAMED =
  /\b(?:meeting|one|session) (?:that |where |at which |when )?((?:[a-z'-]+ ){1,4}?)(?:presented|spoke|reported|gave|attended|was at|chaired|talked)\b/;

// Words that only say a body is still to come or other than ours ("the new board", "the
// proposed board").
const TO_COME = /^\s*(?:(?:new|proposed|planned|future|shadow|other|another) )+$/;

// "Which 17 boroughs are the … ones", "what projects were the funded ones": the plural asked.
const ONES_ASKED = /^(?:which|what)(?: [a-z0-9]+)? ([a-z]+s) (?:are|were|is|was)\b(?=.*\bones\b)/;
const MEETING_NOUNS = /^(?:meetings|boards|sessions|minutes|lcrbs|dmgs|groups|ones)$/;

/**
 * Reads the words of a phrase that name a meeting by what it discussed or who spoke at it. A
 * name of someone in the minutes is a person; the other content words are a subject.
 */
export function readMeetingSubject(
  phrase: string,
  people: readonly Person[],
  ordinary: ReadonlySet<string>,
  boards: ReadonlySet<string> = new Set(),
): { topic: string[]; person: string | null } {
  const byPerson = PERSON_NAMED.exec(phrase);
  if (byPerson?.[1]) {
    const name = byPerson[1].trim();
    if (findPeople(name, people, ordinary).length > 0) return { topic: [], person: name };
  }
  // "Which 17 boroughs are the Prevent priority ones?": "ones" stands for what is asked after,
  // not for meetings, and names none.
  const asked = ONES_ASKED.exec(phrase)?.[1];
  const blanked = phrase.replace(BODY_NAME, (name) => " ".repeat(name.length));
  const unnamed =
    asked && !MEETING_NOUNS.test(asked) ? blanked.replace(/\bones\b/g, "    ") : blanked;
  // "The London Policing Board", "CONTEST board" are boards the minutes name, not meetings named
  // by their subject; "the Efficiency Board meeting" is named by the meeting word after it.
  // "The first CONTEST board": a board the minutes name, whatever words stand before its name.
  const namesBoard = (words: string) =>
    words
      .trim()
      .split(/\s+/)
      .some((_, i, all) => boards.has(`${all.slice(i).join(" ")} board`));
  // "Who would chair the new board?": a board spoken of as still to come is another body, being
  // set up, never a meeting of ours named by its subject. "The main board", "the london crime
  // board" name one of ours (board-names.ts), by no subject.
  const notABoard = (match: RegExpExecArray | null) =>
    match?.[2] &&
    (namesBoard(match[1] ?? "") ||
      TO_COME.test(match[1] ?? "") ||
      isOurBody(`${match[1] ?? ""}board`))
      ? null
      : match;
  const words = (
    NAMED_AFTER.exec(unnamed)?.[1] ??
    boardClause(unnamed) ??
    NAMED_BY_WHEN.exec(unnamed)?.[1] ??
    (notABoard(NAMED_BEFORE.exec(unnamed)) ?? NAMED_BEFORE_MEETING.exec(unnamed))?.[1] ??
    notABoard(NAMED_BARE.exec(unnamed))?.[1] ??
    NAMED_BY_RAISED.exec(unnamed)?.[1] ??
    notABoard(NAMED_FIRST.exec(unnamed))?.[1] ??
    ""
  )
    // What follows a dash, colon or question mark is what is asked of the meeting, not its name:
    // "the mtg where the MPS set out six asks - what date pls".
    // The asker's vague noun is no part of the subject: "the board w the parenting programme stuff",
    // nor their word for the business it was: "the board with the fraud item".
    .split(CLAUSE_BREAK)[0]
    ?.trim()
    .replace(VAGUE_NOUN, "")
    .replace(BUSINESS_NOUN, "");
  if (!words) return { topic: [], person: null };
  const reference = readMeetingReference(words);
  let rest = words;
  for (const { start, end } of reference.spans)
    rest = `${rest.slice(0, start)}${" ".repeat(end - start)}${rest.slice(end)}`;
  // Only glue and stop words go: "action" stays in "the youth action plan".
  const parts = rest
    .split(/[^a-z0-9&'-]+/)
    .map((word) => word.replace(/^['-]+|['-]+$/g, ""))
    .filter((word) => word.length > 0);
  // "The feb dmg": a month, short as chat writes it, dates the meeting (dates.ts), no subject.
  const isSubjectWord = (word: string) =>
    monthNumber(word) === 0 &&
    !NOT_TOPIC.has(word) &&
    !MEETING_GLUE.has(word) &&
    !isQuestionStopWord(word.replace(/'/g, "")) &&
    !isNumber(word);
  // A number counts what follows it ("the four working groups meeting", "the 17 priority boroughs
  // one") and is part of the subject; alone or after an order word ("the last two") it is not.
  const counts = (word: string, at: number) => {
    const [before, after] = [parts[at - 1], parts[at + 1]];
    return (
      isNumber(word) &&
      !(before && ORDER_WORDS.has(before)) &&
      after !== undefined &&
      isSubjectWord(after)
    );
  };
  const topic = parts.filter((word, at) => isSubjectWord(word) || counts(word, at));
  return { topic, person: null };
}

// "before" or "after" another meeting, when what stands before it is a meeting ("the meeting
// after March 2015", "two meetings before the latest", "the one before?").
const SHIFT =
  /^(.*\b(?:meeting|meetings|one|lcrb|dmg|board|session)\b)(?:\s+(?:came|was held|took place|happened))?\s+(before|after|prior to|previous to|following|preceding)\b(.*)$/;
// "The board the year before the Casey one", "a year after that": a calendar year's step from a
// meeting ("the year before last" is a date, read as one).
const YEAR_SHIFT =
  /^(.*?)\b(?:the |a )?(?:year|twelve months) (before|after|prior to|following|later|earlier)\b(?! last\b)(.*)$/;
// "The previous board meeting to the counter terrorism one": the step word before the meeting.
const STEP_BEFORE_MEETING =
  /\b(?:previous|prior|preceding) ((?:lcrb |dmg |board )?(?:meeting|one|session)) to\b/;

// What may follow "the one before" and still mean the conversation's meeting: "that", "too".
const PREVIOUS_WORDS =
  /^\s*(?:it|that|this|that meeting|this meeting|that one|then|there)?(?:\s+(?:too|as well|also|again|either))?\W*$/;

// "The previous minutes", "the last actions": the record a meeting takes up from the one before.
const OF_THE_MINUTES = /\b(?:previous|prior|last) (?:minutes|actions)\b/;

/**
 * The meeting whose minutes speak of another on the date its clause names, with the body the
 * words before the clause give the one asked for; null when the clause names no other meeting.
 */
function otherMeetingSpoken(phrase: string): MeetingSelector | null {
  const other = otherMeetingNamed(phrase);
  if (!other) return null;
  const body = readMeetingReference(phrase.slice(0, other.start)).body;
  return { ...emptySelector(), body, mentions: other.date.spec };
}

/**
 * Reads one meeting phrase into a selector: body, date, position, subject, person, a step
 * before or after another meeting, or a reference back to the conversation ("it", "the one
 * before?").
 */
export function readSelector(
  phrase: string,
  people: readonly Person[],
  ordinary: ReadonlySet<string>,
  boards: ReadonlySet<string> = new Set(),
): MeetingSelector {
  const stepBefore = STEP_BEFORE_MEETING.exec(phrase);
  if (stepBefore)
    return readSelector(
      phrase.replace(stepBefore[0], `${stepBefore[1]} before`),
      people,
      ordinary,
      boards,
    );
  const yearShift = YEAR_SHIFT.exec(phrase);
  if (yearShift) {
    const [, head = "", step = "", tail = ""] = yearShift;
    return {
      ...emptySelector(),
      body: readSelector(head, people, ordinary, boards).body,
      shift: {
        direction: /after|following|later/.test(step) ? "after" : "before",
        steps: 1,
        from: PREVIOUS_WORDS.test(tail)
          ? { ...emptySelector(), previous: true }
          : readSelector(tail, people, ordinary, boards),
        unit: "year",
      },
    };
  }
  const shift = SHIFT.exec(phrase);
  const reference = readMeetingReference(phrase);
  // "The meetings before 2021" bound a period; only a step from a meeting is a shift.
  if (shift && !/\bbefore last\b/.test(phrase) && reference.date?.spec.kind !== "bound") {
    const head = readSelector(shift[1] ?? "", people, ordinary, boards);
    const tail = shift[3] ?? "";
    const from = PREVIOUS_WORDS.test(tail)
      ? { ...emptySelector(), previous: true }
      : readSelector(tail, people, ordinary, boards);
    const steps = numberOf(/\b(two|three|four|\d) meetings\b/.exec(shift[1] ?? "")?.[1]) ?? 1;
    const direction = shift[2] === "after" || shift[2] === "following" ? "after" : "before";
    return {
      ...emptySelector(),
      body: head.body,
      shift: { direction, steps, from },
    };
  }
  const other = otherMeetingSpoken(phrase);
  if (other) return other;
  const subject = readMeetingSubject(phrase, people, ordinary, boards);
  const date = reference.date?.spec ?? null;
  const dated = new Set(
    reference.spans.flatMap(({ start, end }) => phrase.slice(start, end).split(/[^a-z0-9]+/)),
  );
  // "Last April" is a date; "the last two" and "the second" are positions.
  // "The previous minutes … at the board last month": the minutes that meeting approved, not the
  // meeting before it, when a date names the meeting.
  const position =
    (date?.kind === "monthOnly" && date.last) || (date && OF_THE_MINUTES.test(phrase))
      ? null
      : readPosition(phrase);
  // "The London Recovery Board" is another board; "the board", "the main board", "the london
  // crime board" are the LCRB (board-names.ts).
  const named = boardNamedIn(phrase);
  const otherBoard =
    reference.body === "LCRB" && !reference.bodyNamed && !(named !== null && isOurBody(named));
  return {
    body: otherBoard ? null : reference.body,
    date,
    position,
    // "The feb board": the month's name is read as the date from the words around it, so is no
    // subject of the meeting's, though its clause alone ("feb") reads as none.
    topic: subject.topic.filter((word) => !dated.has(word)),
    person: subject.person,
    shift: null,
    // "It", "that meeting", "decided there", "which meeting was that", "who was the DMPC then",
    // "at the time"; "the first one" after a list picks from that list.
    previous:
      /\b(?:it|that meeting|this meeting|that one|same meeting|at the time|at that time|back then)\b|\b(?:there|then)\W*$|\b(?:said|discussed|decided|agreed|raised|mentioned|noted|covered|reported) (?:there|then)\b|\b(?:was|is) (?:that|this)\W*$/.test(
        phrase,
      ) ||
      (position !== null && /\b(?:first|last|second|latest|third) ones?\b/.test(phrase)),
  };
}

// The two sides of a comparison, in the order the question gives them.
const SIDES: readonly RegExp[] = [
  /\bboth (.+?) and (.+)$/,
  /\bbetween (.+?) and (.+)$/,
  /\bfrom (.+?) (?:to|until|and) (.+)$/,
  /\bcompare (.+?) (?:and|with|to|against) (.+)$/,
  /^(.+?)\b(?:vs\.?|v\.?|versus|compared (?:to|with)|against|but (?:not|never)(?: at| to| in)?|differ(?:ed|s)? from|different (?:from|to))\b(.+)$/,
  // "Who was at the 2015 meeting and was still coming in 2023", "… also at the 2022 one".
  /^(.+?)\b(?:and )?(?:(?:was|were|is|are|has|have|had) )?(?:still|also)\b(.+)$/,
  // "More people at the DMG or at the 2015 board?", "the 2021 board bigger than the 2023 one".
  /^(.+?)\b(?:or|than)\b(.+)$/,
];

// "Actions: 2015 vs casey board - how many each?": what is asked of both sides, set after the
// last by a dash or colon, names no part of it.
const ASKED_AFTER =
  /\s*(?:\s[-–—]+|:)\s*(?=(?:how|who|whose|what|which|when|where|was|were|did|do|does|is|are|any|anyone|same|list|show)\b).*$/;

// Words that join two clauses each naming a meeting ("apr 22 board n june 2020 dmg": chat's "n",
// written "and" by question.ts; "feb 21 board, then apr 22?": one after the other): "who represented the VRU at the Casey
// meeting and at the fraud meeting", "who was at the 2021 board but sent apologies in 2023", "…
// the 2022 board having come in 2021", "anyone at the DMG who sent apologies to the Casey meeting",
// "the deputy commissioner at the fraud meeting the same as at the Casey meeting"; or no word at
// all, the second clause's verb after the first's meeting: "anyone who came in 2022 send
// apologies in 2023?".
const JOINED =
  /,? \b(?:and|then|but|having|who|(?:the )?same as)\b|(?<=\b(?:\d{4}|meeting|board|one|dmg|lcrb)) (?=(?:send|sent|came|come|attend\w*|miss\w*|skip\w*|gave|give)\b)/g;

// The joint people type for "after that", which as often joins two subjects (chat's "n" comes
// written "and" by question.ts).
const SHORT_JOINT = /\bthen\b/;
// A meeting named by its meeting word, ending the clause before a joint or heading the one after
// it: "… to the dmg then the casey board?" joins two meetings.
const MEETING_WORD = `${MEETING_NOUN}s?`;
const ENDS_ON_MEETING = new RegExp(`\\b${MEETING_WORD}\\s*$`);
const HEADED_BY_MEETING = new RegExp(
  `^\\s*(?:the|that|this) (?:[a-z0-9'&-]+ ){0,5}?${MEETING_WORD}\\b`,
);

// "Disproportionality - june 2020 dmg v apr 23 board": a subject set before the first side by a
// dash or colon is the subject of both sides, not part of the first meeting's name.
const SUBJECT_BEFORE = /^.*?(?:\s[-–—]+\s*|:\s*)(?=\S)/;

/**
 * The first side without a subject set before it: when `namesMeeting` says what is set before
 * names no meeting and what is left does ("the dmg - who was there - v …" keeps "the dmg").
 */
function withoutSubjectBefore(side: string, namesMeeting?: (phrase: string) => boolean): string {
  const before = SUBJECT_BEFORE.exec(side)?.[0];
  if (!before) return side;
  const rest = side.slice(before.length);
  return namesMeeting?.(rest) && !namesMeeting(before) ? rest : side;
}

/** The last side less what is asked of both after it ("fraud - which mtgs?" → "fraud"). */
export function withoutAskedAfter(side: string): string {
  return side.replace(ASKED_AFTER, "");
}

/**
 * The two phrases a comparison sets side by side, or null when it names fewer. With
 * `namesMeeting`, two clauses joined by "and", "but", "having" or "who" are sides too, when each
 * names a meeting.
 */
export function readSides(
  text: string,
  namesMeeting?: (phrase: string) => boolean,
): [string, string] | null {
  for (const pattern of SIDES) {
    const match = pattern.exec(text);
    if (match?.[1] && match[2])
      return [withoutSubjectBefore(match[1], namesMeeting), withoutAskedAfter(match[2])];
  }
  if (!namesMeeting) return null;
  for (const joint of text.matchAll(JOINED)) {
    const [before, after] = [text.slice(0, joint.index), text.slice(joint.index + joint[0].length)];
    // "Then" joins meetings named by their dates ("feb 21 board, then apr 22?") or their
    // meeting words, not two subjects.
    const dated =
      !SHORT_JOINT.test(joint[0]) ||
      (/\d/.test(before) && /\d/.test(after)) ||
      (ENDS_ON_MEETING.test(before) && HEADED_BY_MEETING.test(after));
    if (dated && namesMeeting(before) && namesMeeting(after))
      return [withoutSubjectBefore(before, namesMeeting), after];
  }
  return null;
}
