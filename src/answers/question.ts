import { NUMBER_WORDS as CARDINALS } from "../corpus/lexicon.js";
import { stemWord } from "../search/stem.js";
import { isQuestionStopWord } from "./asked-of.js";
import { withMinutesCitedAsMeeting, withoutAskingFrames } from "./asking-frames.js";
import { correctMonthSpelling, withMonthsNamed, withSeasonsNamed } from "./dates.js";
import { withDaysNamed } from "./days-named.js";
import { DISCUSSED, RECORDED, withoutDiscussedWords } from "./discussed-words.js";
import { MEETING_NOUN } from "./meeting-nouns.js";
import { type MeetingReference, readMeetingReference } from "./meeting-ref.js";
import { correctQuestionWords } from "./question-words.js";

/** A question as the router reads it. */
export interface Question {
  /** As asked, spaces collapsed. */
  asked: string;
  /** Lower case, misspelt months and question words corrected, curly quotes straightened. */
  text: string;
  reference: MeetingReference;
  /**
   * The person whose organisation the question was written with ("anyone else from lib peck's
   * org?", person-organisation.ts): not one of its people the answer counts.
   */
  besides?: string;
}

// The help answer shows its commands as "/lcrb next"; typed into any face (the console, `lcrb ask`,
// an MCP client, a Slack thread where the slash command does not run) they mean the same.
const COMMAND_WORD = /^\/lcrb\b[:,]?\s*/i;

/** Text without a leading "/lcrb", the command word the help answer shows. */
export function withoutCommandWord(text: string): string {
  return text.replace(COMMAND_WORD, "");
}

/**
 * Reads plain text. Each face hands over what a person asked without its own markup (Slack
 * mentions are gone by the time a question gets here: see slack/markup.ts); a leading "/lcrb" is
 * dropped here, whichever face it was typed into. With `today`, "last year" and "this year" are
 * read as the years they name. `known` holds the minutes' own words, which are never corrected
 * into question words (see correctQuestionWords).
 */
export function readQuestion(
  raw: string,
  today?: string,
  known: ReadonlySet<string> = new Set(),
  namesPerson: (words: string) => boolean = () => false,
): Question {
  const asked = withoutCommandWord(raw.replace(/\s+/g, " ").trim());
  const text = correctQuestionWords(
    correctMonthSpelling(
      withChatSpellingsWritten(
        asked
          .replace(/[‘’]/g, "'")
          .replace(/[“”]/g, '"')
          // "2015 & 2021 boards": an ampersand standing free is "and" (not "C&P", "DMC&SJ").
          .replace(/\s&\s/g, " and ")
          // "BCUs", "PCPs": an acronym typed in capitals with a plural "s" is the acronym, as the
          // minutes write it ("a team in each BCU").
          .replace(/\b([A-Z]{2,})s\b/g, "$1")
          .toLowerCase(),
        known,
      ),
    ),
    known,
  );
  const cited = withMinutesCitedAsMeeting(withMeetingArticle(text));
  const dated = withoutPreamble(
    withoutRequest(
      withNameAskedAsWho(
        withMetSinceAsked(
          withAnythingAsked(
            today
              ? withYearsNamed(
                  withDaysNamed(withMonthsNamed(withSeasonsNamed(cited, today), today), today),
                  Number(today.slice(0, 4)),
                )
              : cited,
          ),
        ),
      ),
    ),
    namesPerson,
  );
  return { asked, text: dated, reference: readMeetingReference(dated) };
}

// "Mtg that talked about bribe taking - was Dan Hales there?", "mtg w the tech rollout update":
// chat leaves out the article of a meeting named by a clause, which is no "meeting" command
// (intent.ts) asking for a summary; "meeting 12 april 2023" and "meetings that …" stay as typed.
// A "when"/"where" only with a clause of its own after it ("meeting where fraud was raised"), not
// a question word ("meeting when?", "meeting where is the next one?").
const BARE_MEETING_CLAUSE =
  /^meeting (?=(?:that|which|whose|w|with|at which|in which|on which)\b|(?:where|when)\b(?!\W*$|\s+(?:is|was|are|were|did|does|do|will|would|has|have|had|can|could|should|shall)\b))/;

// "The mtg helen ball got welcomed at - …": a clause with no "where", ending on its preposition.
const CONTACT_CLAUSE =
  /^the meeting (?!(?:that|which|where|when|whose|with|w|on|in|at|of|about|for|from)\b)([a-z][^-–—:;?]*?) (?:at|in|during)(?=\s*(?:[-–—:;?]|$))/;

// What follows a clause break opens a second question, which "and" (chat's "n", written out as
// a chat spelling) only joins to the first: "… capacity n demand model for courts - n did claire
// waxman make it?" asks "did …".
// The words a question opens with after a break, the one list for every reading of a second
// question: a yes-or-no verb, a question word, "any(one)".
const QUESTION_OPENER =
  "(?:was|were|did|does|do|is|are|has|have|had|who|whom|whose|how|what|which|when|where|any|anyone|anybody)\\b";
const JOINED_QUESTION = new RegExp(
  `(\\s[-–—]+\\s*|[:;]\\s*)(?:and|so|also|plus) (?=${QUESTION_OPENER})`,
  "g",
);

// "Which mtg went through the capacity n demand model - did claire waxman make it?": a question
// about a meeting named by what it discussed, asked of it after the break, not which meetings
// discussed it; read as "the meeting that went through … - did …".
const WHICH_MEETING_THEN_ASKED = new RegExp(
  `^(?:which|what) ${MEETING_NOUN} (?=(?:[a-z'-]+ ){0,2}?(?:${DISCUSSED}|${RECORDED}))([^-–—:;?]+?(?:\\s[-–—]+\\s*|[:;]\\s*))(?=${QUESTION_OPENER})`,
);

function withMeetingArticle(text: string): string {
  return text
    .replace(JOINED_QUESTION, "$1")
    .replace(WHICH_MEETING_THEN_ASKED, "the $1 that $2")
    .replace(BARE_MEETING_CLAUSE, "the meeting ")
    .replace(/^the meeting w\b/, "the meeting with")
    .replace(CONTACT_CLAUSE, "the meeting where $1");
}

// "Has the board met since the Casey meeting?", "has the DMG met since June 2020?": whether a
// meeting followed, which the minutes answer by the meetings they hold after it; not a question
// about the meeting named. Not "have they convened again since 2023", whose "they" may be any body
// the conversation spoke of.
const MET_SINCE =
  /^(?:and )?(?:has|have) (?:the )?(board|lcrb|dmg|group)(?: ever)? (?:met|sat|convened|been held|had a meeting)(?: again)? since (.+?)\W*$/;

// Asked of a month or a year, the meeting after the last one held in it: "since June 2020" means
// since the June 2020 meeting, which is no answer to itself.
function withMetSinceAsked(text: string): string {
  const match = MET_SINCE.exec(text);
  if (!match?.[1] || !match[2]) return text;
  return `any ${match[1]} meeting after ${match[2]}?`;
}

// How questions are typed in chat: "wat happend at the last mtg", "who r the ppl from mopac",
// "whos the chair". Whole words only, and none a word the minutes use.
const CHAT_SPELLINGS: Readonly<Record<string, string>> = {
  wat: "what",
  wot: "what",
  wht: "what",
  woz: "was",
  wuz: "was",
  wz: "was",
  r: "are",
  u: "you",
  ur: "your",
  ppl: "people",
  dep: "deputy",
  commish: "commissioner",
  supt: "superintendent",
  exec: "executive",
  execs: "executives",
  yr: "year",
  yrs: "years",
  w: "with",
  wk: "week",
  wks: "weeks",
  folk: "people",
  folks: "people",
  mtg: "meeting",
  mtgs: "meetings",
  mins: "minutes",
  apols: "apologies",
  cllrs: "councillors",
  abt: "about",
  // A figure for the word's sound: "any1 from evaw", "some1 from the cps", "every1 there".
  any1: "anyone",
  some1: "someone",
  every1: "everyone",
  thru: "through",
  bout: "about",
  b4: "before",
  nxt: "next",
  pls: "please",
  plz: "please",
  // Chat's "n" for "and", here once for every reader after ("black n asian officers", "capacity
  // n demand model", "n did claire waxman make it?"): as "and" it joins the words around it as
  // the minutes' "and" does, so "capacity and demand" stays one subject.
  n: "and",
  whos: "who's",
  wheres: "where's",
  whens: "when's",
  hows: "how's",
};

// "Why so late?": the word after "so" says how the asker finds what was just said, and the
// question is why, of it; but a word the minutes write ("why so reluctant?": "The reluctance
// sometimes shown by the MPS …") finds the passage giving the reason, so it stays.
const WHY_SO = /^why so ([a-z'-]+)\W*$/;

// The minutes' words by their stems, once per set of them.
const STEMS = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

function writtenByStem(word: string, known: ReadonlySet<string>): boolean {
  let stems = STEMS.get(known);
  if (!stems) {
    stems = new Set([...known].map(stemWord));
    STEMS.set(known, stems);
  }
  return stems.has(stemWord(word));
}

// "When's the next PCP due at the latest?": a bound on when, said at the end of a clause; not
// "who's at the latest meeting", where it names the meeting. It bounds a time only where the clause
// asks one ("when", "due", "deadline" before it): in "who chaired at the earliest?" or "what was
// decided at the latest?" it names the meeting asked of.
const AT_THE_LATEST = /\s*\bat the (?:very )?(?:latest|earliest)(?=\s*[,;:]|\W*$)/g;
const ASKS_A_TIME = /\b(?:when|due|deadlines?|expected|by what date)\b/;
// Where the clause that holds the words begins: after a break or a dash between spaces.
const BOUND_CLAUSE_BREAK = /[,;:.?!]|\s[-–—]+\s/g;

function boundsATime(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const breaks = [...before.matchAll(BOUND_CLAUSE_BREAK)];
  const last = breaks.at(-1);
  const clause = last?.index === undefined ? before : before.slice(last.index + last[0].length);
  return ASKS_A_TIME.test(clause);
}

// "Who's the chair", "where's the next meeting": "is" where a noun follows ("who's been coming"
// keeps its "has").
const IS_CONTRACTED =
  /\b(who|where|when|how)'s (?=(?:the|a|an|our|this|that|chair\w*|in charge|next|on|at)\b)/g;
// A chat spelling may take a possessive ("last wk's board", "the mtg's date"), never another
// ending after an apostrophe or a hyphen.
const CHAT_WORD = new RegExp(
  `\\b(?:${Object.keys(CHAT_SPELLINGS).join("|")})\\b(?!-|'(?!s\\b))`,
  "g",
);

function withChatSpellingsWritten(text: string, known: ReadonlySet<string>): string {
  return text
    .replace(CHAT_WORD, (word, at: number) =>
      // "who's" and "u-turn" keep their letters: only a word standing alone is a chat spelling,
      // and never one the minutes write ("the R rate").
      // Nor one of a pair written with a slash ("y/n", "n/a").
      text[at - 1] === "'" ||
      text[at - 1] === "-" ||
      text[at - 1] === "/" ||
      text[at + word.length] === "/" ||
      known.has(word)
        ? word
        : (CHAT_SPELLINGS[word] ?? word),
    )
    .replace(IS_CONTRACTED, "$1 is ")
    .replace(AT_THE_LATEST, (words: string, at: number, whole: string) =>
      boundsATime(whole, at) ? "" : words,
    )
    .replace(WHY_SO, (asked, word: string) => (writtenByStem(word, known) ? asked : "why?"))
    .replace(RAN_MEETING, "who chaired")
    .replace(APPROVED, (_, ...endings: unknown[]) => {
      const ending = endings.find((part) => typeof part === "string") ?? "";
      return `agree${AGREE_ENDING[ending as string] ?? ""}`;
    });
}

// "Who ran the CT board", "who led the covid dmg", "who headed up the 2015 meeting": who chaired
// it, when what was run is a meeting ("who leads on fraud" asks something else). The meeting must
// be what was run, the head of the words after the verb, not a word further on: "who led the
// presentation on fraud at the april 2023 meeting" asks who gave the presentation, "who led the
// meeting's discussion" who led the discussion.
const RAN_MEETING = new RegExp(
  String.raw`\bwho (?:ran|run|runs|led|leads|headed(?: up)?|heads(?: up)?|presided over|was running|was leading)(?= (?:the|that|this|each|both|every|all)(?: (?!(?:on|about|of|at|for|with|in|from|to|by|into|over|under|and|or|around|re)\b)[\w&'-]+){0,3}? ${MEETING_NOUN}s?\b(?!['’]))`,
  "g",
);

// "Did the ToR get signed off", "did the DMG sign off the agenda", "did the board ok the terms of
// reference", "was it rubber-stamped", "green-lit", "nodded through": agreed, as the minutes write
// it ("approved the terms of reference", "the agenda … was agreed"); none of them is a subject.
// "OK" only as a verb, between a word and what was approved: "ok so who came" is no approval.
// Bare "ok" is a verb only after a helping verb and its subject ("did the board ok the ToR", "to
// ok the plan"); after a noun alone it says how something is ("is the funding ok this year?").
const APPROVED = new RegExp(
  [
    "\\bsign(s|ed|ing|)(?:-| )off\\b",
    "(?<=\\b[a-z]+ )(?<!\\b(?:is|was|be|it|it's|its|that|all|that's) )(?:ok|okay)('d|ed|d|s)(?= (?:the|a|an|it|this|that|these|those|their|its|them)\\b)",
    "(?<=\\b(?:did|didn't|do|does|don't|will|would|won't|to|has|have|had|can|could|should|might|must)(?: [a-z'-]+){0,4} )(?<!\\b(?:is|was|be|it|it's|its|that|all|that's) )(?:ok|okay)()(?= (?:the|a|an|it|this|that|these|those|their|its|them)\\b)",
    "\\brubber(?:-| )stamp(s|ed|ing|)\\b",
    "\\bgreen(?:-| )(?:light(s|ed|ing|)|(lit))\\b",
    "\\b(?:nod(s|ded|ding|)|wave(s|d|ing|)) through\\b",
  ].join("|"),
  "g",
);
const AGREE_ENDING: Readonly<Record<string, string>> = {
  s: "s",
  ed: "d",
  d: "d",
  "'d": "d",
  ded: "d",
  lit: "d",
  ing: "ing",
  ding: "ing",
};

// "Whats the dep mayor for social integration called", "the crc london ceo - what's his name?",
// "what's the name of the yjb's ceo": the name of whoever holds a post, asked as who holds it (the
// posts answer reads "who is the …"; a post no list gives falls back to a search).
// Not a thing's name ("what's the new board called", "what was the plan called").
const NAMED_THING =
  "(?<!\\b(?:board|group|meeting|body|plan|strategy|scheme|report|review|framework|programme|project|panel|fund|charter|initiative|unit|hub))";
const NAME_ASKED: readonly [RegExp, string][] = [
  [
    new RegExp(`^(?:what(?:'s| is|s)|whats) (?:the )?(.+?)${NAMED_THING} called\\W*$`),
    "who is the $1?",
  ],
  [new RegExp(`^what was (?:the )?(.+?)${NAMED_THING} called\\W*$`), "who was the $1?"],
  [/^(?:what(?:'s| is|s)|whats) the names? of (?:the )?(.+?)\W*$/, "who is the $1?"],
  [
    /^(.+?)\s*(?:[:;]|\s[-–—])\s*(?:what(?:'s| is|s)|whats) (?:his|her|their) (?:full )?names?\W*$/,
    "who is $1?",
  ],
];

function withNameAskedAsWho(text: string): string {
  for (const [asked, written] of NAME_ASKED)
    if (asked.test(text)) return text.replace(asked, written);
  return text;
}

// "Remind me what the board covered back in April", "fill me in on what the DMG went through",
// "catch me up on the fraud roundtable": a request to be told, before the question it asks.
const REQUEST =
  /^(?:(?:can|could|would|will) you |please )*(?:remind me|fill me in|catch me up|bring me up to speed|refresh my memory|run me through|walk me through|give me a (?:quick )?(?:rundown|recap|reminder))(?: (?:on|of|about|with|as to))?(?: please)?[,:]?\s+/;
const WH_WORD = /^(?:what|who|whom|when|where|which|how|why)\b/;

/**
 * The question a request to be told leads into ("remind me what …" is "what …"); a request about
 * a subject ("catch me up on fraud") is "tell me about" it.
 */
function withoutRequest(text: string): string {
  const request = REQUEST.exec(text)?.[0];
  if (!request) return text;
  const rest = text.slice(request.length);
  return WH_WORD.test(rest) ? rest : `tell me about ${rest}`;
}

// "I'm new to the partnership team - before the CONTEST board …", "sorry if asked before: who …":
// who is asking and why, set off before the question by a dash, colon or full stop. Its words
// are no subject of the question.
const PREAMBLE =
  /^(?:(?:hi|hello|hey|morning|afternoon)\b[^-–—:.!?]{0,30}[-–—:.!,]\s*)?(?:i'm|i am|i've|i have|we're|we are|sorry|apologies if|quick question|just wondering|i was wondering|for context)\b[^-–—:.!?]{0,80}?\s*[-–—:.!]+\s+(?=\S)/;

// The question after a preamble points back into it ("I'm interested in the Casey Review - what
// was said about it?").
const POINTS_BACK = /\b(?:it|them)\b|\b(?:this|that|there)\b(?!\s+[a-z])/;

/**
 * The question without its preamble, when the question stands alone: it has a subject of its own,
 * points back at nothing, and the preamble names no meeting ("I'm looking at the 2022 minutes. Who
 * sent apologies?" keeps its 2022). Otherwise the whole text, as typed.
 */
function withoutPreamble(text: string, namesPerson: (words: string) => boolean): string {
  const preamble = PREAMBLE.exec(text)?.[0];
  if (!preamble) return withSubjectFronted(text, namesPerson);
  const rest = text.slice(preamble.length);
  const named = readMeetingReference(preamble);
  // "I'm preparing a briefing on fraud - when was it last discussed?": the subject the preamble
  // ends on is what "it" points at.
  const about = PREAMBLE_SUBJECT.exec(preamble)?.[1];
  if (about && !named.date && POINTS_BACK.test(rest))
    return rest.replace(POINTS_BACK, about.trim());
  const standsAlone =
    !named.date && !named.body && !POINTS_BACK.test(rest) && topicWords(rest, []).length > 0;
  return standsAlone ? withSubjectFronted(rest, namesPerson) : text;
}

// The subject a preamble ends on: "… a briefing on fraud -", "interested in the Casey Review:".
const PREAMBLE_SUBJECT =
  /\b(?:on|about|in|into|regarding|re)\s+((?:(?!\b(?:on|about|in|into)\b)[^-–—:.!?])+?)\s*[-–—:.!]+\s*$/;

// "Prevent - did the 2015 board get into it?", "casey review: what was said about it": a subject
// set before the question, which then points back at it.
// A hyphen inside a word is part of the subject ("pre-charge stuff - which mtgs?").
const FRONTED = /^([a-z0-9](?:[^-–—:?!.]|(?<=[a-z0-9])-(?=[a-z0-9])){1,40}?)\s*[-–—:]\s+(.+)$/;
// The pointer: at the end, after a preposition, or as what came up ("where did that come up?",
// "when did those get a mention").
// "Has that ever been on the agenda?", "was it last on the table?": the pointer, then how it was
// discussed.
const FRONTED_POINTER = new RegExp(
  `\\b(?:it|this|that|those|these)\\b(?=\\W*$)|\\b(?:about|on|into|of) (?:it|this|that|those|these)\\b|\\b(?:it|this|that|those|these)\\b(?= (?:(?:ever|last|first|again|been|most recently|actually|really) )*(?:come|came|comes|get|got|gets|go|went|${DISCUSSED})\\b)`,
);
const ASKING =
  /\b(?:what|who|whom|when|where|which|why|how|did|does|do|was|were|is|are|has|have)\b/;
// A question of a few words that asks only where the subject came up ("CRC - which meetings?",
// "fraud: when?", "community engagement - how many mtgs?"), written out in full with it.
const BARE_ASKED: readonly [RegExp, (subject: string, end?: string) => string][] = [
  [/^(?:which|what|any) meetings?\W*$/, (subject) => `which meetings mentioned ${subject}?`],
  // "Witnesses - which mtgs bring them up", "outcomes - which mtgs mention them", "recruitment -
  // any mtgs bring it up?": the meetings asked after by what they did with the subject.
  [
    /^(?:which|what|any) meetings? (?:(?:ever|actually|even|have|did|do) )?(?:bring|brought|mention(?:s|ed)?|cover(?:s|ed)?|raise[sd]?|discuss(?:es|ed)?|touch(?:es|ed)? on|talk(?:s|ed)? about|(?:get|go|got|went) into)(?: (?:it|them|this|that|these|those))?(?: up)?\W*$/,
    (subject) => `which meetings mentioned ${subject}?`,
  ],
  // "Evidence base - which mtgs talk about building one", "roundtable - any mtgs where they
  // planned holding one?": "one" is the subject set before; what was to be done with it is how
  // the meetings spoke of it.
  [
    /^(?:which|what|any) meetings? (?:[a-z']+ ){1,5}?(?:one|ones)(?: up)?\W*$/,
    (subject) => `which meetings mentioned ${subject}?`,
  ],
  // "Partnership board - when's that come up", "when's it been brought up?", "when did that crop
  // up": when it was mentioned, not when a board meets next (not "when's it coming back", which
  // its minutes announce).
  [
    /^when(?:'s|s| is| has| have| did| was| were)? (?:it|that|this|those|these|they) (?:(?:ever|first|last|been|actually|really|most recently) )*(?:come|came|comes|crop|cropped|crops|brought|got|get|raised|mentioned|discussed)(?: up)?\W*$/,
    (subject) => `when was ${subject} mentioned?`,
  ],
  // "Black n asian officers - where do they come up", "where have they been raised?": the
  // meetings a plural subject came up at ("they" is no pointer of its own below, being as often
  // the board: "fraud - what did they decide?").
  [
    /^where(?: do| did| have| had| were)? they (?:(?:ever|first|last|been|actually|really|most recently) )*(?:come|came|crop|cropped|brought|got|get|raised|mentioned|discussed)(?: up)?\W*$/,
    (subject) => `which meetings mentioned ${subject}?`,
  ],
  [
    /^(?:list|show|name)(?: me)?(?: the| all)* meetings\W*$/,
    (subject) => `which meetings mentioned ${subject}?`,
  ],
  [/^how many (?:meetings|times)\W*$/, (subject) => `how many meetings mentioned ${subject}?`],
  [/^when\W*$/, (subject) => `when was ${subject} mentioned?`],
  [/^how often\W*$/, (subject) => `how often was ${subject} mentioned?`],
  [/^(?:the )?(first|last) time\W*$/, (subject, end) => `when was ${subject} ${end} mentioned?`],
];

const WHEN_ASKED = /^when\b/;

/** Whether a subject set before the question is a meeting ("next lcrb", "the 2015 board"). */
function namesMeeting(subject: string): boolean {
  const ref = readMeetingReference(subject);
  return (
    /\b(?:meetings?|mtgs?)\b/.test(subject) ||
    ref.bodyNamed ||
    (ref.body !== null &&
      (ref.relative !== null || ref.date !== null || /\b(?:next|upcoming)\b/.test(subject)))
  );
}

// The asker's vague noun after a subject: "pre-charge stuff", "the parenting programme stuff".
export const VAGUE_NOUN = /\s+(?:stuff|things|bits|bits and bobs|etc|and so on)$/;

// The asker's word for the business a subject was at a meeting, after it: "the fraud item", "the
// disproportionality paper", "fraud on the agenda". The meeting discussed the subject; its
// minutes seldom say "item" or "paper" of it.
export const BUSINESS_NOUN =
  /\s+(?:(?:agenda )?items?|papers?|presentations?|discussions?|(?:(?:was|were|is|are) )?on the agenda)$/;

// A person set before the question ("Doug Flight: which meetings?") asks after their record
// (name-first.ts), not where the minutes mention them: `namesPerson` says whether the words name
// someone in the minutes.
function withSubjectFronted(text: string, namesPerson: (words: string) => boolean): string {
  const match = FRONTED.exec(text);
  const [, fronted, question] = match ?? [];
  // "Pre-charge stuff", "fraud things": the asker's vague noun after a subject is no part of it.
  const subject = fronted?.replace(VAGUE_NOUN, "");
  if (!subject || !question || ASKING.test(subject) || namesPerson(subject.trim())) return text;
  const meeting = namesMeeting(subject);
  for (const [asked, written] of BARE_ASKED) {
    // "Next LCRB - when's that come up?": a meeting comes up when it is held, which its minutes
    // announce; not when it was mentioned.
    if (meeting && WHEN_ASKED.test(question)) break;
    const bare = asked.exec(question);
    if (bare) return written(subject.trim(), bare[1]);
  }
  if (!FRONTED_POINTER.test(question)) return text;
  return question.replace(FRONTED_POINTER, (pointer) =>
    pointer.replace(/\b(?:it|this|that|those|these)\b/, subject.trim()),
  );
}

// "Did he raise anything himself?", "did the CPS say anything?": what they raised or said, asked
// as whether they did; the answer is what the minutes record them saying.
const ANYTHING_ASKED =
  /^(?:and |so )?did (.+?) (raise|say|propose|suggest|report|mention|present|ask|flag|offer|announce|bring up|put forward) anything(?: (?:himself|herself|themselves|themself|of (?:his|her|their) own|at all))?\W*$/;

// "Did probation send anyone?", "did the CPS have someone there?": whether anyone came from that
// body, as "anyone from probation" asks it.
const SENT_SOMEONE =
  /\bdid (?:the )?([a-z&' ]+?) (?:send|sent|have|get) (?:anyone|anybody|someone|somebody|a rep|reps|people|a representative|representatives|a delegate)\b(?: (?:there|along))?/;

function withAnythingAsked(text: string): string {
  return text.replace(ANYTHING_ASKED, "what did $1 $2?").replace(SENT_SOMEONE, "anyone from $1");
}

// "Last year", "this year": a year named from today. Written out as the year itself, so every
// reader of dates (meetings, periods, sides of a comparison) sees it as if it had been typed.
// "Earlier this year", "later last year" are parts of that year, which the meetings held in it
// answer: "earlier" is no subject to look for.
const RELATIVE_YEAR =
  /\b(?:(?:(?:earlier|later) )?(?:in |during )?(last|this|previous|the previous|next|the coming) year|(?:in )?the year before last)\b/g;
const YEAR_OFFSET: Record<string, number> = {
  last: -1,
  previous: -1,
  "the previous": -1,
  this: 0,
  next: 1,
  "the coming": 1,
};

function withYearsNamed(text: string, year: number): string {
  return text
    .replace(
      RELATIVE_YEAR,
      (_, which: string | undefined) =>
        `in ${year + (which === undefined ? -2 : (YEAR_OFFSET[which] ?? 0))}`,
    )
    .replace(
      YEARS_AGO,
      (_, count: string) => `in ${year - (NUMBER_WORDS[count] ?? Number(count))}`,
    );
}

// "Two years ago", "a year ago": the year that many before today's.
const NUMBER_WORDS: Readonly<Record<string, number>> = { a: 1, ...Object.fromEntries(CARDINALS) };
const YEARS_AGO = /\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) years? ago\b/g;

// Words that carry no topic: question words, meeting words and the glue between them.
const FILLER_WORDS = new Set(
  `a about all an and any anything are as at be been by can could did do does done for from get
  give go going got had has have held how i in info information is it its know let list look me
  meeting meetings minutes my of on or please say said show so tell that the their them then there
  these they this those to us was we were what whats what's when where which who whom why will with
  would you your happen happened happening discuss discussed discussion cover covered talk talked
  mentioned one session board group lcrb dmg dates date day time held took take place again also just
  like want wanted need action actions points items agreed decided recorded taken noted outstanding
  open came come out arose arising resulted status progress update being own owns owned owner owners
  completed complete done closed still unfinished never news stuff due
  meet met meets`.split(/\s+/),
);

/** Meeting words that end another body's name ("the Disproportionality Board"). */
export const BOARD_WORDS: ReadonlySet<string> = new Set(["board", "group"]);

// Filler verbs that are names after "the": "the Met" is the Metropolitan Police, not "met".
const NAMES_AFTER_THE = new Set(["met"]);

/**
 * The words of `text` outside `spans` that are neither filler nor the search's stop words (so a
 * rambling "hi sorry if asked before but…" leaves only its subject): what is left to search for.
 */
const BACK_IN = /\bback (?:in|on|during|around|at) $/;

export function topicWords(
  text: string,
  spans: readonly { start: number; end: number }[],
): string[] {
  // "The casey meeting's agenda": a filler word's possessive is filler too.
  const filler = (word: string) =>
    FILLER_WORDS.has(word.replace(/'s$/, "")) || isQuestionStopWord(word.replace(/'/g, ""));
  // "The London Policing Board", "the Safer Streets Board": a board named by the words before it
  // is a subject, where "the board" (or "the 2023 board") alone is a meeting.
  const namesBoard = (before: string) =>
    before.length > 0 && !filler(before) && !/^\d+$/.test(before);
  // "What did the board hear about counter terrorism", "what did the VRU walk the board
  // through": how it was talked about is no subject (blanked before the meeting's words, which
  // may stand inside the idiom).
  let rest = withoutAskingFrames(withoutDiscussedWords(text));
  for (const { start, end } of spans) {
    const before = /([a-z0-9&'-]+)\s+$/.exec(text.slice(0, start))?.[1] ?? "";
    if (BOARD_WORDS.has(text.slice(start, end)) && namesBoard(before)) continue;
    // A hyphen holds the span's place, the same length, so the words either side of it are not
    // read as one phrase: in "has the board met", "the" is no longer before "met" (the Met).
    rest = `${rest.slice(0, start)}${"-".padEnd(end - start, " ")}${rest.slice(end)}`;
    // "Back in April 2022": how long ago, no subject.
    const back = BACK_IN.exec(text.slice(0, start));
    if (back)
      rest = `${rest.slice(0, back.index)}${" ".repeat(back[0].length)}${rest.slice(start)}`;
  }
  const words = rest
    .split(/[^a-z0-9&'-]+/)
    .map((word) => word.replace(/^['-]+|['-]+$/g, ""))
    // "The Met's representation": the Met, whose possessive is no part of its name.
    .map((word) => (NAMES_AFTER_THE.has(word.replace(/'s$/, "")) ? word.replace(/'s$/, "") : word));
  return words.filter((word, i) => {
    if (word.length === 0) return false;
    if (NAMES_AFTER_THE.has(word) && words[i - 1] === "the") return true;
    if (BOARD_WORDS.has(word) && namesBoard(words[i - 1] ?? "")) return true;
    return !filler(word);
  });
}

// A question asking yes or no, after "and" (or chat's "n", written out as "and" by
// CHAT_SPELLINGS), "so" that carry it on from the last one.
const POLAR =
  /^(?:(?:and|so|but|then|&)\s+)?(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could|should|shall)\b/;
// "Can you tell me about …", "do you know what …", "could we see …": a request put as a question,
// whose yes would answer nothing asked of the minutes. "You" after the verb is always the bot;
// "I"/"we" only before a verb of getting or seeing ("did we agree …" asks of the board).
const POLITE_REQUEST =
  /^(?:(?:and|so|but|then|&)\s+)?(?:do|does|did|will|would|can|could|shall)\s+(?:(?:you|u|ya)\b|(?:i|we)\s+(?:please\s+)?(?:see|get|have|hear|find|look|ask|talk|go|check|read)\b)/;
// "Is it up or down?", "was it the CPS or the MPS?": a choice, not a yes or no.
const CHOICE = /\bor\b/;

/**
 * Whether a question (its last clause) asks yes or no, not a choice between two: the widest
 * reading, for a verdict read from a passage. YES_NO_QUESTION below is the narrower opening the
 * routers test on the whole text (no "will/can/should …", no carried-on "and/so").
 */
export function asksYesOrNo(asked: string): boolean {
  const clause = askedClause(asked).toLowerCase();
  return POLAR.test(clause) && !POLITE_REQUEST.test(clause) && !CHOICE.test(clause);
}

/** A yes-or-no question: "were the actions from the february DMG closed", "was the YJB there". */
export const YES_NO_QUESTION = /^(?:was|were|did|is|are|has|have|had)\b/;

/**
 * The question a message ends on, after anything set before it by a colon or a dash standing
 * free: "the board a fortnight ago - was Claire Waxman there?" asks "was Claire Waxman there?" of
 * the meeting named first. The whole text when nothing is set before it.
 */
export function askedClause(text: string): string {
  return (
    (
      text
        .split(CLAUSE_BREAK)
        // "did the CRC's CEO visit the prisons? (2015)": the aside says where, and asks nothing.
        .filter((part) => part.trim().length > 0 && !ASIDE.test(part))
        .at(-1) ?? text
    ).trim()
  );
}

// A part of a message that is a bracketed aside only: "(2015)", "(apr 22)".
const ASIDE = /^\s*\([^()]*\)\s*$/;

/** Where one part of a typed message ends and another begins: a colon, a question mark, a dash standing free. */
export const CLAUSE_BREAK = /\s*[:;?]\s*|\s[-–—]+\s*/;

// "Was she at the Casey one too?" after a question about Claire Waxman. Not "his", which as often
// belongs to someone the question itself names ("the Mayor … his commitment").
export const PERSON_PRONOUN = /\b(?:she|he|him|her)\b/;
// "Her job": the pronoun owns the word after it, so the name takes a possessive. Not "did you
// hear from her at the board". ("His" is left as typed: it belongs as often to someone the
// question names, "the Mayor … his commitment".)
const OWNING_PRONOUN =
  /\bher(?= (?!(?:at|to|in|on|from|for|about|with|and|or|there|then|said|say|says|before|after)\b)[a-z])\b/g;

// "Who did they represent at the last one?", "what was their role?" after an answer about one
// person: "they" is that person when a post or organisation is asked after; "what did they
// discuss" is the board.
const THEY = /\b(?:they|them|their)\b/;
const THEY_OF_A_POST =
  /\b(?:they|them|their)\b.*\b(?:represent\w*|roles?|posts?|jobs?|titles?|organi[sz]ations?|org|employer|work for)\b|\b(?:represent\w*|roles?|posts?|jobs?|titles?|organi[sz]ations?|org|employer)\b.*\b(?:they|them|their)\b/;

/**
 * The question with "she", "he", "her" or "him" (or "they" asked after a post) written as the person the conversation was last
 * about (`person`), so every reader sees the name. Unchanged without such a person, or when the
 * question names nobody by a pronoun.
 */
export function withPersonNamed(question: Question, person: string | null): Question {
  if (!person) return question;
  const pronoun = PERSON_PRONOUN.test(question.text)
    ? PERSON_PRONOUN
    : THEY_OF_A_POST.test(question.text)
      ? THEY
      : null;
  if (!pronoun) return question;
  const name = person.toLowerCase();
  const owned =
    pronoun === PERSON_PRONOUN ? question.text.replace(OWNING_PRONOUN, `${name}'s`) : question.text;
  const text = owned.replace(new RegExp(pronoun.source, "g"), name);
  return { ...question, text, reference: readMeetingReference(text) };
}
