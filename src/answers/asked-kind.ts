import { isStopWord } from "../search/stopwords.js";
import { descriptionAsked, purposeOfPointer } from "./untold-description.js";

/**
 * What a question asks for, read from its question word: a time ("when", "what date", "how
 * long"), a place ("where", "which city") or someone ("who", "which organisations"). The noun
 * after "which"/"what" names the kind of answer ("which city did the board hold up"), not the
 * subject, so it is no word to match.
 */
export interface AskedKind {
  kind:
    | "time"
    | "place"
    | "someone"
    | "document"
    | "degree"
    | "purpose"
    | "reason"
    | "first"
    | "members";
  /** The kind's own words in the question ("city", "part", "country"): not the subject. */
  kindWords: ReadonlySet<string>;
  /** A plural ("which organisations", "who"): the sentence naming the most of them answers. */
  many: boolean;
}

const TIME_NOUNS = "date|day|month|year|time";
const PLACE_NOUNS =
  "city|cities|country|countries|region|regions|area|areas|part|parts|place|places|borough|boroughs|town|towns";
const SOMEONE_NOUNS =
  "organisation|organisations|organization|organizations|body|bodies|agency|agencies|partner|partners|people|person|officer|officers|team|teams|department|departments";
// "Which city", "what part of the country": the kind's noun, and the noun phrase it is part of.
const KIND_NOUN = new RegExp(
  `\\b(?:which|what)\\s+(${TIME_NOUNS}|${PLACE_NOUNS}|${SOMEONE_NOUNS})\\b(?:\\s+of\\s+(?:the\\s+)?(\\w+))?`,
);
// "How long were they given": a stretch of time answers as a date does.
// The question word opens the question, or the part after a subject set before it ("youth
// action plan - who helped write it?").
const WHEN =
  /(?:^|[-–:;,]\s*)(?:when|how long|how soon)\b|\bwhen(?:'s| is| was| will| did| does| do| are| were)\b/;
const WHERE = /(?:^|[-–:;,]\s*)where\b/;
const WHO = /(?:^|[-–:;,]\s*)(?:who|whom|whose)\b/;

// "Where's info sharing written down", "where is that set out": a place in the papers, which the
// minutes give as the document ("spelt out in the contract"), not as a named place.
const WHERE_WRITTEN =
  /\bwhere(?:'s| is| was| are| were| has| have)?\b.*\b(?:written(?: down)?|set out|spelt out|spelled out|recorded|documented|laid (?:out|down)|captured|in writing)\b/;
// "Reoffending - going up or down?", "is the police end slow?", "how's the CRC doing?", "how's the
// adult disproportionality work going?": how much
// or how well, which the minutes say with a comparison ("Reoffending rates are higher", "the
// quickest part", "good progress"). The words asking it are no subject to match.
const DEGREE_ASKED =
  /\b(?:up or down|down or up|higher or lower|lower or higher|better or worse|worse or better|more or less|rising or falling|increasing or decreasing|going (?:up|down)|getting (?:better|worse)|slow|slower|fast|faster|quick|quicker|(?:is|are|was|were|'s) (?:it|they|that|this|things?|(?:the |their |its |our )?((?:[\w'-]+ ){0,3}[\w'-]+)) (?:doing|going|getting on|progressing)(?: so far)?)\W*$/;

// "What would the new CONTEST board do first", "where will they start": the first thing done,
// which the minutes write as "the initial work would be …", not "the first full CONTEST board"
// (the first of the thing itself).
const FIRST_ASKED =
  /\b(?:do|tackle|start|begin|focus on|work on|look at|deliver|address)\s+first\b|\bfirst (?:step|task|job|priority|thing)s?\b|\binitially\b|\b(?:start|begin) (?:with|by)\b/;
// "Why did the board say …", "why's it matter?": a reason.
const WHY = /(?:^|[-–:;,]\s*)(?:and |so )?why\b/;

/** The kind of answer a question asks for, or null when its words ask for none. */
export function askedKind(asked: string): AskedKind | null {
  const text = asked.toLowerCase().trim();
  const degree = DEGREE_ASKED.exec(text);
  if (degree)
    return {
      kind: "degree",
      // What is doing well or badly ("the crc") is the subject, not a word asking it.
      kindWords: new Set(
        degree[0]
          .replace(degree[1] ?? "", " ")
          .match(/[a-z]+/g)
          ?.filter((w) => !isStopWord(w)) ?? [],
      ),
      many: false,
    };
  if (WHERE_WRITTEN.test(text)) return { kind: "document", kindWords: new Set(), many: false };
  // "Which organisations would sit on the CONTEST board?": those the minutes say it would
  // include, not any organisations a sentence about it names.
  if (descriptionAsked(text)?.kind === "members")
    return {
      kind: "members",
      kindWords: new Set([
        "organisations",
        "organizations",
        "bodies",
        "agencies",
        "partners",
        "people",
        "members",
        "groups",
        "sit",
        "sits",
        "serve",
      ]),
      many: true,
    };
  const noun = KIND_NOUN.exec(text);
  if (noun?.[1]) {
    const word = noun[1];
    const kindWords = new Set([word, ...(noun[2] ? [noun[2]] : [])]);
    if (new RegExp(`^(?:${TIME_NOUNS})$`).test(word))
      return { kind: "time", kindWords, many: false };
    if (new RegExp(`^(?:${PLACE_NOUNS})$`).test(word))
      return { kind: "place", kindWords, many: word.endsWith("s") };
    return { kind: "someone", kindWords, many: word.endsWith("s") || word === "people" };
  }
  if (FIRST_ASKED.test(text))
    return { kind: "first", kindWords: new Set(["first", "start", "begin"]), many: false };
  // "What's the London-wide CONTEST Board for?": what it is meant to do.
  if (descriptionAsked(text)?.kind === "purpose" || purposeOfPointer(text))
    return {
      kind: "purpose",
      kindWords: new Set(["role", "purpose", "remit", "responsible", "function", "aim", "meant"]),
      many: false,
    };
  if (WHY.test(text)) return { kind: "reason", kindWords: new Set(), many: false };
  if (WHEN.test(text)) return { kind: "time", kindWords: new Set(), many: false };
  if (WHERE.test(text)) return { kind: "place", kindWords: new Set(), many: false };
  if (WHO.test(text)) return { kind: "someone", kindWords: new Set(), many: true };
  return null;
}
