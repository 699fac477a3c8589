import type { Meeting } from "../corpus/model.js";
import type { ConversationMemory } from "./conversation-store.js";
import type { Posts } from "./directory.js";
import { readMeetingReference } from "./meeting-ref.js";
import { attendeesOf } from "./organisations.js";
import { postHoldings } from "./posts.js";
import type { Question } from "./question.js";

// "Who runs it?", "who heads them?", "who's in charge of it?": who leads the body the last answer
// was about.
const RUNS_IT =
  /^(?:and |so |ok )?who(?:'s| is)? (?:runs|heads(?: up)?|leads|manages|in charge of|the head of|the boss of) (?:it|them|that|this)\W*$/;
// "Who's their CEO?", "who is its chair?": a post of that body.
const THEIR_POST = /^(?:and |so |ok )?who(?:'s| is| was) (?:their|its) ([a-z &'-]+?)\W*$/;
// The posts that run a body, first the one that most often does: its chief executive, else
// whoever directs or chairs it.
const HEAD_POSTS = ["ceo", "chief executive", "director", "chair"];

/** The word of the last answer's subject or organisation that names a body in the lists. */
function bodyOfLastAnswer(
  memory: ConversationMemory | null,
  { attendees, known }: Posts,
): string | null {
  const words = [...(memory?.query.organisation ?? []), ...(memory?.query.topic ?? [])];
  return words.find((word) => attendeesOf([word], attendees, known).length > 0) ?? null;
}

/**
 * "Who runs it?" after an answer about MOPAC is "who is the mopac ceo" (or, when no list gives it
 * a chief executive, its director or chair); "who's their ceo?" is "who is the mopac ceo". The
 * posts answer then reads who held it from the attendance lists. Unchanged when the last answer
 * was about no body the lists give.
 */
export function withBodyHeadAsked(
  question: Question,
  memory: ConversationMemory | null,
  posts: Posts,
  meetings: readonly Meeting[],
): Question {
  const runs = RUNS_IT.test(question.text);
  const post = runs ? null : THEIR_POST.exec(question.text)?.[1];
  if (!runs && !post) return question;
  const body = bodyOfLastAnswer(memory, posts);
  if (!body) return question;
  const held = (asked: string) =>
    postHoldings(`${body} ${asked}`, meetings, { aroundOrganisation: true }).length > 0;
  const head = post ?? HEAD_POSTS.find(held);
  if (!head) return question;
  const text = `who is the ${body} ${head}?`;
  return { ...question, text, reference: readMeetingReference(text) };
}
