import { MONTH_NAMES, MONTH_WORDS, WEEKDAY_NAMES } from "../corpus/calendar.js";
import { sentencesOf } from "../corpus/record/sentences.js";
import { DECISION_VERBS, pastOf } from "./discussed-words.js";

/**
 * What a question asks to be told of its subject beyond that it came up: a finding ("what did the
 * Police Complainants survey find"), an outcome ("how did the Estate Strategy review turn out",
 * "what came out of the fraud roundtable") or a later event ("has the London Policing Board been
 * set up yet", "was the revised Turnaround plan ever published"). The minutes often name such a
 * subject without recording its answer; then the answer must say so, not show the passages as if
 * they answered.
 */
export interface OutcomeAsked {
  kind: "finding" | "outcome" | "done" | "detail" | "decided";
  /** The question's words that ask, never its subject ("find", "turn", "published", "yet"). */
  asking: ReadonlySet<string>;
  /** The asked words a passage saying it happened would hold ("refreshed"), to look for it by. */
  happening: readonly string[];
  /** What a passage must say of the subject to answer it. */
  answers: RegExp;
  /** How the answer says the minutes are silent, after "The minutes do not say …". */
  untold: (subject: string) => string;
}

// "When does the Turnaround plan consultation close?", "where in London was the disorder?", "what
// were the causes of the disorder?": a detail of something the minutes name, asked of the passage
// closest to it, which may name it without giving the detail ("a brief update on the recent
// disorder, the causes and the police response"). Asked of the closest passage only: another
// passage sharing its words is about another thing ("Since publishing the Youth Justice
// Criminal Action Plan in Autumn 2019" of "when will the Youth Action Plan be launched").
// When it is yet to be: a date or a time to come, in whatever words; "in due course" and "as soon
// as possible" give none.
// "When is prevent discussed", "where in the minutes is it mentioned": asked of its mention, whose
// date and place are the meetings' own, which the answer's passages give.
const MENTION =
  "discuss\\w*|mention\\w*|raised?|cover(?:s|ed)?|talk\\w*|come up|comes up|came up|brought up|on the agenda|minuted|recorded|considered|debated";
// ("When will it be back on the agenda" still asks a date to come, which the minutes may give.)
const MEETING_WORDS = "meeting|meet|meets|board|dmg|lcrb|group";
const WHEN_ASKED = new RegExp(
  `^when(?:'s|’s|s| is| are| does| do| can)\\b(?!.*\\b(?:${MEETING_WORDS}|${MENTION})\\b)|^when(?: will| would| should| shall)\\b(?!.*\\b(?:${MEETING_WORDS})\\b)`,
);
const WHEN_WORDS =
  "close|closes|closing|closed|launch|launched|launching|due|ready|publish|published|start|starts|open|opens|end|ends|finish|finished|done|happen|happening|complete|completed|out|come|coming|set|up|be|take|place|expected|finalised|finalized";
// Months as calendar.ts reads them, but "may" only after a word that makes it the month.
const MONTHS_NOT_MAY = MONTH_WORDS.filter((word) => word !== "may").join("|");
const A_DATE = new RegExp(
  `\\b(?:${MONTHS_NOT_MAY}|(?:in|early|late|mid|by|of) may|spring|summer|autumn|winter|(?:19|20)\\d\\d|today|tomorrow|tonight|(?:next|this|last|coming) (?:week|month|year|meeting|lcrb|dmg|board|quarter)|within \\w+ (?:days|weeks|months)|(?:days|weeks|months|years) (?:time|from now)|${WEEKDAY_NAMES.join("|")})\\b`,
  "i",
);
// Where it was: a place named after "in", "at", "such as" … (a capital that is no month, day or
// London itself, which the question's "where in London" already says), or a borough.
// "Where in the minutes" asks for the passage, and "which areas of the action plan" for its
// parts: a place is asked within a place.
const A_PLACE_ASKED_IN =
  "london|the city|the capital|the country|england|the uk|(?:the |each |every )?boroughs?";
const WHERE_ASKED = new RegExp(
  [
    "^where (?:in|abouts in|across) (?!(?:the )?(?:minutes|papers?|agendas?|notes|reports?|documents?|records?|meetings?|text)\\b)(?:the )?[a-z]+\\b",
    `^(?:which|what) (?:parts?|areas?|places?) (?:of|in|across) (?:${A_PLACE_ASKED_IN})\\b`,
    "^where (?:did|does|will|was|were|is|are)\\b.*\\b(?:happen\\w*|take place|took place|taking place|occur\\w*|break out|broke out)\\b",
  ].join("|"),
);
const WHERE_WORDS =
  "where|abouts|part|parts|area|areas|place|places|happen|happened|take|took|taking|occur|occurred|break|broke|out";
const A_PLACE = new RegExp(
  `\\b(?:in|at|across|around|near|outside|throughout|from|such as|including|like) (?:the )?(?!London\\b|(?:${[...MONTH_NAMES, ...WEEKDAY_NAMES].join("|")}|Autumn|Spring|Summer|Winter)\\b)[A-Z][a-z]+|\\b(?:borough|boroughs|City Hall)\\b`,
);
// What caused it: a cause given, not "the causes" named as a thing discussed.
const CAUSE_ASKED =
  /\bwhat (?:were|was|are|is) the (?:causes?|reasons?) (?:of|for|behind)\b|\bwhat (?:caused|led to|sparked|triggered)\b|^why did .+ happen\b/;
const CAUSE_WORDS =
  "cause|causes|caused|reason|reasons|led|lead|sparked|triggered|behind|happen|happened";
const A_CAUSE =
  /\b(?:because|due to|caused by|as a result|results? of|resulted from|stemm\w* from|owing to|led to|driven by|sparked by|triggered by|follow(?:ing|ed) (?:the|a|an)|after (?:the|a|an))\b/i;

const DETAILS: readonly {
  asked: RegExp;
  words: string;
  answers: RegExp;
  untold: (s: string) => string;
}[] = [
  { asked: WHEN_ASKED, words: WHEN_WORDS, answers: A_DATE, untold: (s) => `a date for ${s}` },
  { asked: WHERE_ASKED, words: WHERE_WORDS, answers: A_PLACE, untold: (s) => `a place for ${s}` },
  { asked: CAUSE_ASKED, words: CAUSE_WORDS, answers: A_CAUSE, untold: (s) => `the causes of ${s}` },
];

/** A detail asked of a thing the minutes name: when it is to be, where it was, what caused it. */
function detailAsked(text: string): OutcomeAsked | null {
  const detail = DETAILS.find(({ asked }) => asked.test(text));
  if (!detail) return null;
  // "Where in London": the place asked within is the question's, not the subject's.
  const asking = detail.asked.exec(text)?.[0].split(" ") ?? [];
  return {
    kind: "detail",
    happening: [],
    asking: new Set([...detail.words.split("|"), ...asking]),
    answers: detail.answers,
    untold: detail.untold,
  };
}

// Who a finding is asked of: a thing (a survey, a review, the statistics), not the minutes or the
// meeting themselves ("what did the minutes show about fraud" asks what they say).
const OF_A_THING =
  "(?!(?:the )?(?:minutes|meetings?|board|group|lcrb|dmg|they|it|we|you|members|partners)\\b)";
const FINDING_VERBS =
  "find|found|finds|conclude|concluded|show|showed|shown|shows|reveal|revealed|recommend|recommended|identify|identified";
// What people said in a consultation is its finding: "what did young people say in the workshops".
const CONSULTATION =
  "(?:workshops?|surveys?|consultations?|research|evaluations?|interviews?|focus groups?)";
// Said in the minutes of a finding: "the statistics show good progress".
const FINDING =
  /\b(?:f(?:ind|ound)\w*|show\w*|conclu\w*|reveal\w*|identif\w*|indicat\w*|recommend\w*|highlight\w*|said|stat(?:ed|es)|reported|suggest\w*)\b/i;
// Said in the minutes of an outcome: something done, decided or delivered ("notable achievements
// included …", "the refreshed action plan … was launched").
// The meeting's own decisions are the verbs of DECISION_VERBS (discussed-words.ts).
const OUTCOME = new RegExp(
  `\\b(?:${DECISION_VERBS.map(pastOf).join("|")}|achiev\\w*|deliver\\w*|launch\\w*|publish\\w*|complet\\w*|conclu\\w*|establish\\w*|award\\w*|implement\\w*|introduc\\w*|led to|result\\w* in|set up|creat\\w*|produc\\w*|improv\\w*|reduc\\w*|increas\\w*|found|showed|shown|signed off)\\b`,
  "i",
);
// Where the minutes speak of something still to come: "intention to set up a roundtable", "a
// revised version will be published in due course", "the former needs to be reviewed".
const PENDING =
  /\b(?:will|would|shall|should|could|to be|intention to|intend\w* to|plan(?:s|ned|ning) to|aim(?:s|ed|ing) to|going to|needs? to|in the process of|in due course|proposed|due to|yet to|hope[sd]? to|expect(?:s|ed)? to)\b/i;
// A later event is asked with a word that puts it after the minutes that name it.
const LATER =
  /\b(?:yet|ever|again|since|later|afterwards|finally|actually|eventually|in the end|by now|subsequently|so far)\b/;

// Verbs of a later event, in the past as the minutes would write it happening.
const DONE_VERBS: Readonly<Record<string, string>> = {
  "set up": "set up",
  setup: "set up",
  established: "established",
  published: "published",
  launched: "launched",
  refreshed: "refreshed",
  revised: "revised",
  updated: "updated",
  completed: "completed",
  delivered: "delivered",
  implemented: "implemented",
  held: "held",
  hold: "held",
  created: "created",
  formed: "formed",
  finalised: "finalised",
  finalized: "finalised",
  reviewed: "reviewed",
  met: "met",
  meet: "met",
  convened: "convened",
  signed: "signed",
  agreed: "agreed",
  approved: "approved",
};
const INTRANSITIVE = new Set(["met", "convened"]);
const DONE = new RegExp(
  `^(?:has|have|had|was|were|did|is|are)\\b.*\\b(${Object.keys(DONE_VERBS)
    .map((verb) => verb.replace(" ", "\\s+"))
    .join("|")})\\b`,
);

// A body that meets, other than the meeting whose minutes these are: "the fraud roundtable", "the
// contest board", "the efficiency board" (our own are turned away by OF_A_THING).
const A_BODY =
  "(?:[\\w'&-]+ ){0,5}?(?:roundtable|round table|board|panel|committee|forum|group|taskforce|task force|network|partnership|commission)s?";
// The verbs a meeting decides by (discussed-words.ts), in the present and the past, and "sign off".
const DECIDING = [
  ...DECISION_VERBS.flatMap((verb) => [verb, pastOf(verb)]),
  "sign off",
  "signed off",
];
// Said in the minutes of a decision taken.
const DECIDED = /\b(?:agreed|approved|decided|resolved|endorsed|signed off|concluded)\b/i;

const ASKED: readonly { pattern: RegExp; read: (match: RegExpExecArray) => OutcomeAsked }[] = [
  // "What did the fraud roundtable decide?", "what did the contest board agree?": what another
  // body decided, which the minutes record only when they say it did; the decisions they record
  // are their own meeting's (to set the body up, to note it), no decision of that body.
  {
    pattern: new RegExp(
      `^what (?:did|has|have|had) ${OF_A_THING}(?:the )?${A_BODY} (${DECIDING.join("|")})\\b`,
    ),
    read: (m) => ({
      kind: "decided",
      happening: [],
      asking: new Set([...(m[1] ?? "").split(" "), ...DECIDING]),
      answers: DECIDED,
      untold: (subject) => `what ${subject} decided`,
    }),
  },
  // "What was in Mark Rowley's briefing to the Mayor?": what a briefing, report or letter the
  // minutes name said, which is its finding.
  {
    pattern:
      /^what (?:was|is|were) (?:in|said in|covered in) (?:the |a |an )?(?:[\w'&-]+ ){0,5}?(?:briefing|report|letter|article|review|survey|update|note|submission)s?\b/,
    read: () => ({
      ...finding(["in", "said", "covered"]),
      untold: (subject) => `what ${subject} said`,
    }),
  },
  // "What did the Police Complainants survey find", "what did the pre-handcuffing review
  // conclude", "what did young people say in the workshops".
  {
    pattern: new RegExp(
      `^what (?:did|has|have|does|do) ${OF_A_THING}(?:the )?.+? (${FINDING_VERBS})\\b`,
    ),
    read: (m) => finding([m[1] ?? ""]),
  },
  {
    pattern: new RegExp(
      `^what (?:did|has|have|do) .+? (say|said|tell|told|report|reported|feed back)\\b.*\\b(?:in|at|from|through|during) (?:the |its |their )?(?:[\\w'-]+ ){0,4}${CONSULTATION}\\b`,
    ),
    read: (m) => finding([m[1] ?? "", "say", "people"]),
  },
  {
    pattern: /\b(?:what were|what are) (?:the )?(findings|conclusions|results) of\b/,
    read: (m) => finding([m[1] ?? ""]),
  },
  // "How did the Estate Strategy review turn out", "where did the governance reforms end up",
  // "what came of the fraud roundtable", "what did the resettlement teams achieve".
  {
    pattern:
      /^(?:how|where) did .+? (turn out|pan out|work out|end up|land|go)\b|\bwhat (?:came|has come|have come|comes) (?:out )?of\b|^what (?:did|has|have) .+? (achieve|achieved|deliver|delivered|lead to|led to|result in|resulted in|produce|produced)\b|\b(?:outcomes?|results?|upshot) of\b/,
    read: (m) => outcome((m[1] ?? m[2] ?? "").split(" ")),
  },
];

function finding(asking: readonly string[]): OutcomeAsked {
  return {
    kind: "finding",
    happening: [],
    asking: new Set([...asking, "findings", "conclusions", "results"]),
    answers: FINDING,
    untold: (subject) => `what ${subject} found`,
  };
}

function outcome(asking: readonly string[]): OutcomeAsked {
  return {
    kind: "outcome",
    happening: [],
    asking: new Set([...asking, "outcome", "outcomes", "result", "results", "upshot"]),
    answers: OUTCOME,
    untold: (subject) => `what came of ${subject}`,
  };
}

// "The outcome of the fraud item", "the conclusions of the April 2022 meeting": the outcome of a
// discussion is what it decided, which the decisions answer gives; not an event's own result.
const OF_TALK =
  /\b(?:item|items|discussions?|meetings?|debates?|papers?|presentations?|sessions?|conversations?|talks)\b/;

/** What the question asks of its subject beyond that it came up, or null. */
export function outcomeAsked(text: string): OutcomeAsked | null {
  if (OF_TALK.test(text)) return null;
  for (const { pattern, read } of ASKED) {
    const match = pattern.exec(text);
    if (match) return read(match);
  }
  const detail = detailAsked(text);
  if (detail) return detail;
  const state = STATE.exec(text)?.[1];
  if (state) return stateAsked(state);
  const done = LATER.test(text) ? DONE.exec(text) : null;
  const verb = done?.[1]?.replace(/\s+/g, " ");
  const past = verb ? DONE_VERBS[verb] : undefined;
  if (!verb || !past) return null;
  const later = LATER.exec(text)?.[0] ?? "";
  return {
    kind: "done",
    happening: verb.split(" "),
    asking: new Set([...verb.split(" "), ...later.split(" ")]),
    // "Launched", "the Action Plan launch in November": the verb's stem, in whatever form.
    answers: new RegExp(`\\b${past.replace(/(?:e?d)$/, "").replace(" ", "\\s+")}\\w*`, "i"),
    // "The board met", "the plan was published".
    untold: (subject) =>
      `that ${subject} ${INTRANSITIVE.has(past) ? "" : "was "}${past}${later === "again" ? " again" : ""}`,
  };
}

// "Is the Turnaround plan final?", "is the strategy complete?": a state asked of a thing is the
// event that would have made it so, asked as "has it been finalised yet".
const STATE =
  /^(?:is|are|was|were)\b(?!.*\b(?:meeting|board|group|lcrb|dmg)\b).*\b(final|finished|complete|live|in place|signed off)\W*$/;
const STATE_DONE: Readonly<Record<string, string>> = {
  final: "finalised",
  finished: "completed",
  complete: "completed",
  live: "launched",
  "in place": "established",
  "signed off": "signed",
};

function stateAsked(state: string): OutcomeAsked {
  const past = STATE_DONE[state] ?? state;
  return {
    kind: "done",
    happening: [past],
    asking: new Set(state.split(" ")),
    answers: new RegExp(`\\b${past.replace(/(?:e?d)$/, "")}\\w*`, "i"),
    untold: (subject) => `that ${subject} was ${past}`,
  };
}

/** A stem to find a subject word by: "reviewed" and "reviews" are "review". */
function stemOf(word: string): string {
  return word.length > 4 ? word.replace(/(?:ing|ed|es|s|e)$/, "") : word;
}

// A sentence that points back ("This was agreed by the Board", "agreed that the former needs to
// be reviewed") is about what the sentence before it was about.
const POINTS_BACK = /^(?:this|it|these|they|which|she|he)\b|\bthe (?:former|latter)\b/i;
// Clauses part at punctuation and "but": "and" as often joins two nouns ("women and girls").
const CLAUSE_BREAK = /[,;:–—]\s+|\s+(?:but|whereas)\s+/;

interface Clause {
  text: string;
  /** Where something still to come is first spoken of in it ("will", "intention to"), if at all. */
  pendingAt: number;
  /** The subject's words in it, each with whether something still to come stands before it. */
  mentions: { stem: string; pending: boolean }[];
}

/** The sentences about the subject, as written: those holding two of its words (or its one), and those pointing back at such a sentence. */
function sentencesAbout(passage: string, stems: readonly string[]): string[] {
  const enough = Math.min(2, stems.length);
  const about: string[] = [];
  let onIt = false;
  for (const sentence of sentencesOf(passage)) {
    const lower = sentence.toLowerCase();
    const held = stems.filter((stem) => new RegExp(`\\b${stem}`).test(lower)).length;
    onIt = held >= enough || (onIt && POINTS_BACK.test(sentence));
    if (onIt) about.push(sentence);
  }
  return about;
}

/**
 * The clauses of the sentences about the subject: those holding two of its words (or its one),
 * and those pointing back at such a sentence. One shared word ("review" of "the Casey Review")
 * is another subject.
 */
function clausesAbout(passage: string, stems: readonly string[]): Clause[] {
  const clauses: Clause[] = [];
  for (const sentence of sentencesAbout(passage, stems)) {
    const lower = sentence.toLowerCase();
    for (const text of lower.split(CLAUSE_BREAK)) {
      const pendingAt = PENDING.exec(text)?.index ?? Number.POSITIVE_INFINITY;
      const mentions = stems.flatMap((stem) => {
        const at = new RegExp(`\\b${stem}`).exec(text)?.index;
        return at === undefined ? [] : [{ stem, pending: pendingAt < at }];
      });
      clauses.push({ text, pendingAt, mentions });
    }
  }
  return clauses;
}

/**
 * The sentence saying the minutes are silent, when none of the closest passages (`passages`,
 * whole) answers what the question asks of its subject; null when one does, or when they do not
 * speak of the subject at all (the search says that already). A passage answers when a clause
 * about the subject says the finding, outcome or event asked for before anything still to come.
 * A subject word the passages speak of only after something still to come ("the former needs to
 * be reviewed", "intention to set up a roundtable") is a thing that had not happened when they
 * were written; for a later event, only a clause with nothing still to come in it counts ("a
 * revised version will be published": the draft was published, not the revised plan).
 */
export function untoldOutcome(
  asked: OutcomeAsked,
  subject: readonly string[],
  passages: readonly string[],
): string | null {
  const words = subject.filter((word) => !asked.asking.has(word));
  const stems = words.map(stemOf);
  if (stems.length === 0) return null;
  // A detail is the closest passage's to give, in its sentences about the subject as written (a
  // place is a capital); a date to come is no less an answer for standing after "will" ("will
  // be discussed again at the next LCRB in July").
  if (asked.kind === "detail") {
    const [closest] = passages;
    const about = closest ? sentencesAbout(closest, stems) : [];
    if (about.length === 0 || about.some((sentence) => asked.answers.test(sentence))) return null;
    return `The minutes do not give ${asked.untold(`“${words.join(" ")}”`)}: the closest passage names it but does not say.`;
  }
  const clauses = passages.flatMap((passage) => clausesAbout(passage, stems));
  // What another body decided: only a clause naming it before a decision, with nothing still to
  // come, says so; a decision that does not name it at all is the meeting's own.
  if (asked.kind === "decided") {
    const decidedBy = clauses.some((clause) => {
      const first = Math.min(
        ...clause.mentions.map((m) => clause.text.search(new RegExp(`\\b${m.stem}`))),
      );
      const said = asked.answers.exec(clause.text.slice(first));
      return said !== null && clause.pendingAt === Number.POSITIVE_INFINITY;
    });
    if (decidedBy) return null;
    const pending = clauses.some((clause) => clause.mentions.some((m) => m.pending));
    return `The minutes do not record ${asked.untold(`“${words.join(" ")}”`)}: ${
      pending
        ? "the closest passages speak of it only as still to come."
        : "the decisions recorded are the meeting's own, none of its."
    }`;
  }
  if (clauses.length === 0) return null;
  const toCome = (stem: string) => {
    const spoken = clauses.filter((clause) => clause.mentions.some((m) => m.stem === stem));
    if (spoken.length === 0) return false;
    return asked.kind === "done"
      ? spoken.every((clause) => clause.pendingAt < Number.POSITIVE_INFINITY)
      : spoken.every((clause) => clause.mentions.some((m) => m.stem === stem && m.pending));
  };
  const onlyToCome = stems.some(toCome);
  const answered = clauses.some((clause) => {
    const said = asked.answers.exec(clause.text);
    return said !== null && said.index < clause.pendingAt;
  });
  if (answered && !onlyToCome) return null;
  return `The minutes do not say ${asked.untold(`“${words.join(" ")}”`)}: ${
    onlyToCome
      ? "the closest passages speak of it only as still to come."
      : "the closest passages name it but do not say."
  }`;
}
