import { LONDON_BOROUGHS, POST_HONORIFIC_WORDS, titleWord } from "../corpus/lexicon.js";
import type { Attendee } from "../corpus/model.js";

/**
 * "Which borough is Nesil Caliskan from?", "what's Natasha Plummer's job?": what an attendance
 * line may give beside the name. Most lines give only an organisation ("Cllr Nesil Caliskan,
 * London Councils", "Natasha Plummer, MOPAC"); the answer then shows that line, and must say the
 * minutes do not give what was asked rather than let the organisation pass for a borough or a
 * post.
 */
export type ListingAsked = "borough" | "post";

// Asked of the person: "which borough", "what borough", "her borough" — not the boroughs a
// person spoke about. A post word asks a post unless a stance or a part follows it ("position on
// stop and search", "role did she play in the plan", "title of the report").
const BOROUGH_ASKED = /\b(?:which|what|whose|his|her|their|'s|’s) boroughs?\b/;
const POST_ASKED =
  /\b(?:job|jobs|role|roles|post|posts|position|title|rank)\b(?! (?:on|about|regarding|concerning|towards?|over|of|for)\b)(?!.*\bplay(?:s|ed|ing)?\b)|\bwhat (?:does|did) [\p{L}' -]+ do\b/u;

// "LB Lambeth", "London Borough of Sutton", "RB Kingston", "Barnet Council": a borough by its
// council's name, whichever the borough.
const BOROUGH_BODY = new RegExp(
  `\\b(?:LB|RB|RBKC|London Borough|Royal Borough|Borough Council|${LONDON_BOROUGHS.join("|")})\\b`,
  "i",
);

/** What a question asks of a person that an attendance line may not give: a borough or a post. */
export function listingAsked(question: string): ListingAsked | null {
  const text = question.toLowerCase();
  if (BOROUGH_ASKED.test(text)) return "borough";
  if (POST_ASKED.test(text)) return "post";
  return null;
}

/** Whether an attendance line gives what is asked: a borough, or a post (a role or a post's title). */
export function listingGives(attendee: Attendee, asked: ListingAsked): boolean {
  if (asked === "post") return Boolean(attendee.role) || holdsPostHonorific(attendee.honorific);
  const written = [attendee.role, attendee.organisation].filter(Boolean).join(", ");
  return BOROUGH_BODY.test(written);
}

/**
 * The sentence saying the minutes do not give a person's borough or post, when the question asks
 * it and none of their attendance lines gives it; null when one does, or nothing such is asked.
 */
export function untoldListing(
  question: string,
  name: string,
  attendees: readonly Attendee[],
): string | null {
  const asked = listingAsked(question);
  if (!asked || attendees.length === 0) return null;
  if (attendees.some((attendee) => listingGives(attendee, asked))) return null;
  return `The minutes do not record ${name}'s ${asked}: the attendance lists give only the organisation.`;
}

// "Deputy Commissioner", "Ch Supt", "Cllr": an honorific that is a post of its own, not a courtesy
// title ("Dame", "Dr").
function holdsPostHonorific(honorific: string | null): boolean {
  return (honorific ?? "").split(/\s+/).some((word) => POST_HONORIFIC_WORDS.has(titleWord(word)));
}
