import { readMeetingReference } from "./meeting-ref.js";
import { findPeople, type Person } from "./people.js";
import type { Question } from "./question.js";

// "Any1 from her org been since?" once "her" is the person ("from lucy bogue's org"): a body
// looked for by the person who belongs to it. Only after "from", "of" or "with", where the body is
// what is looked for; "what was lucy bogue's org?" asks for it, and is the person's record.
const ORGANISATION_OF_SOMEONE =
  /\b(from|of|with|for) ((?:[a-z'-]+ ){0,3}?[a-z'-]+)(?:'s|s') (?:org|orgs|organi[sz]ations?|body|agency|employer|lot|team|service|department)\b/;

/**
 * The question with "X's org" (after "from", "of", "with" or "for") written as the organisation
 * the attendance lists last give X: "any1 from lucy bogue's org been since?" is "any1 from the
 * Ministry of Justice been since?", which the readers of bodies' people answer, with Lucy Bogue
 * set aside: "anyone from her org" asks after the others. Unchanged when the
 * words are no one person's, or their lines give no organisation.
 */
export function withOrganisationOfPerson(question: Question, people: readonly Person[]): Question {
  const match = ORGANISATION_OF_SOMEONE.exec(question.text);
  const words = match?.[2]?.split(" ") ?? [];
  // The shortest run of words ending before the possessive that names one person: "anyone else
  // from lucy bogue's org" is Lucy Bogue's.
  for (let start = words.length - 1; match && start >= 0; start--) {
    const found = findPeople(words.slice(start).join(" "), people, new Set());
    if (found.length > 1) return question;
    const [person] = found;
    if (!person) continue;
    const organisation = person.appearances
      .map((a) => a.attendee.organisation)
      .filter((name): name is string => Boolean(name))
      .at(-1);
    if (!organisation) return question;
    const before = question.text.slice(0, match.index);
    const after = question.text.slice(match.index + match[0].length);
    const text = `${before}${match[1]} the ${organisation.toLowerCase()}${after}`;
    return { ...question, text, reference: readMeetingReference(text), besides: person.name };
  }
  return question;
}
