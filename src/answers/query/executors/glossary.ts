import { citeLine, meetingLabel } from "../../format.js";
import { defineTerm } from "../../glossary.js";
import { blankAnswer } from "../../intent-answerer.js";
import type { Executor } from "../executor.js";
import { answerWithIntent } from "./intents.js";

// "what does MOPAC stand for", "what is the VRU", "meaning of RASSO", "define VAWG".
const TERM = [
  /\bwhat (?:does|do|did) (?:the )?([a-z][a-z&'-]{1,11}) (?:stand|stands) for\b/,
  /\bwhat (?:does|do|did) (?:the )?([a-z][a-z&'-]{1,11}) mean\b/,
  /\b([a-z][a-z&'-]{1,11}) (?:stands? for|is short for)\b/,
  /\b(?:meaning of|definition of|define|expand|acronym|abbreviation) (?:the )?([a-z][a-z&'-]{1,11})\b/,
  /^(?:what|who)(?:'s| is| are| was) (?:the |an? )?([a-z][a-z&'-]{1,11})\W*$/,
  // "remind me what the DMG is"
  /\bwhat (?:the |an? )?([a-z][a-z&'-]{1,11}) (?:is|are|means)\W*$/,
];
// Words that say the question is about an acronym even when we do not know it.
const ASKS_MEANING = /\bstand|\bmean|\bacronym|\babbreviation|\bshort for|\bdefin/;

/** The word a glossary question asks about, as typed. */
export function glossaryTerm(text: string): string | null {
  for (const pattern of TERM) {
    const term = pattern.exec(text)?.[1];
    if (term) return term.replace(/['’]s$/, "");
  }
  return null;
}

/**
 * What an acronym stands for, from the minutes where they spell it out (cited where they first
 * do) or the curated table of common bodies (cited where the minutes first use it). A word that
 * is no acronym ("what is fraud") is answered as the question's own intent would answer it.
 */
export const glossaryExecutor: Executor = (input) => {
  const { question, context } = input;
  const term = glossaryTerm(question.text);
  const definition = term ? defineTerm(term, context.directory.glossary) : null;
  if (!definition) {
    if (!term || !ASKS_MEANING.test(question.text))
      return answerWithIntent(input, input.classification.intent, undefined);
    const answer = blankAnswer(
      "search",
      question,
      `I do not know what ${term.toUpperCase()} stands for`,
    );
    answer.query = input.query;
    answer.summary =
      "The minutes I hold never spell it out, and it is not in my table of common bodies.";
    answer.followUps = [`${term}`];
    return answer;
  }
  const [expansion, ...others] = definition.expansions;
  const answer = blankAnswer("search", question, `${definition.acronym} stands for ${expansion}`);
  answer.query = input.query;
  const source = definition.defined ?? definition.firstUsed;
  answer.summary = definition.defined
    ? `First spelt out in the minutes at ${meetingLabel(definition.defined.meeting)}.`
    : "From my table of common bodies: the minutes use it without spelling it out.";
  if (source) {
    const passage = source.meeting.items
      .flatMap((item) => item.passages)
      .find((p) => p.line === source.line);
    const attendee = source.meeting.attendees.find((a) => a.line === source.line);
    answer.meeting = {
      id: source.meeting.id,
      date: source.meeting.date,
      body: source.meeting.body,
    };
    answer.meetings = [source.meeting.id];
    answer.sections = [
      {
        heading: definition.defined
          ? "Where the minutes spell it out"
          : "Where the minutes first use it",
        text:
          passage?.text ??
          (attendee
            ? `${attendee.name}, ${[attendee.role, attendee.organisation].filter(Boolean).join(", ")}`
            : null),
        bullets: others.map((other) => `Also: ${other}`),
        citation: citeLine(source.meeting, source.line),
      },
    ];
  }
  answer.followUps = [`what did the board say about ${definition.acronym}?`];
  return answer;
};
