import { postWords } from "../../organisations.js";
import { speakerAsked } from "../../speaker-asked.js";
import { subjectSides } from "../subject-sides.js";
import { dateWords, selectorWords, subjectWords, unnamed } from "../subject-words.js";
import type { QueryReader } from "./asked.js";

/**
 * The question's subject: its words less those naming its meetings and those asking after
 * someone's words.
 */
export const subjectAsked: QueryReader = ({ text }, draft) => {
  draft.named = new Set([
    ...draft.meetings.flatMap(selectorWords),
    // "PCP: Feb 2021 vs April 2022": the date of each side is no subject (only the first date of
    // the whole question is read as one).
    ...(draft.sides ?? []).flatMap(dateWords),
  ]);
  // "What did the CPS report at the fraud meeting": "report" asks after the CPS's words.
  const asking = new Set(speakerAsked(text)?.verb.split(" ") ?? []);
  draft.subject = unnamed(subjectWords(text), draft.named).filter((word) => !asking.has(word));
  return null;
};

/**
 * The post or organisation whose people are asked after ("who came from the CPS"): the subject's
 * words that name one, less the person's name.
 */
export const organisationAsked: QueryReader = (_, draft) => {
  const { target, person } = draft;
  const personWords = new Set(person?.split(/\s+/) ?? []);
  draft.organisation =
    target === "attendees" || target === "apologies" || target === "posts" || target === "people"
      ? postWords(draft.subject).filter((word) => !personWords.has(word))
      : [];
  return null;
};

/**
 * "Fraud v corruption - which mtgs?", "stalking or the night time economy - which mtgs?": two
 * subjects set side by side across the meetings, each looked for by itself (subject-sides.ts).
 */
export const subjectsSideBySide: QueryReader = ({ text, select }, draft) => {
  draft.subjects = subjectSides(text, draft, select);
  return null;
};
