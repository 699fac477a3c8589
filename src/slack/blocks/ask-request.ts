import * as z from "zod";
import { stripChatMarkup } from "../markup.js";
import { parseButtonValue } from "./button-value.js";
import { LIMITS } from "./limits.js";

/** What a button asks again: the question and where in the search results to start. */
export interface AskRequest {
  question: string;
  offset: number;
}

/** The action_id of each button the bot sends; one listener per id. */
export const ACTION_IDS = {
  share: "lcrb_share_answer",
  more: "lcrb_more_results",
  followUp: "lcrb_follow_up",
  /** "More" beside a trimmed excerpt: the whole passage. */
  passage: "lcrb_full_passage",
} as const;

// What a button value holds: the question and the offset into its results.
const AskButtonValue = z.object({ q: z.string(), o: z.number().int().nonnegative() });

/**
 * Buttons carry the question itself rather than a key into memory, so any replica behind a load
 * balancer can answer the click. Chat markup is removed first: no `<!channel>` rides along.
 * `extra` adds fields a kind of button needs (a rating); a long question is shortened so the
 * whole value stays within Slack's limit.
 */
export function encodeAskRequest(request: AskRequest, extra: Record<string, string> = {}): string {
  const envelope = (question: string) =>
    JSON.stringify({ q: question, o: request.offset, ...extra });
  let question = stripChatMarkup(request.question);
  while (envelope(question).length > LIMITS.buttonValue) {
    question = question.slice(0, question.length - 100);
  }
  return envelope(question);
}

/** Reads a button value back; null when it is not one of ours or was tampered with. */
export function decodeAskRequest(value: string | undefined): AskRequest | null {
  const parsed = AskButtonValue.safeParse(parseButtonValue(value));
  return parsed.success ? { question: parsed.data.q, offset: parsed.data.o } : null;
}
