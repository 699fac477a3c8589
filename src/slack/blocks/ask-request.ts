import { stripChatMarkup } from "../markup.js";
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
} as const;

/**
 * Buttons carry the question itself rather than a key into memory, so any replica behind a load
 * balancer can answer the click. Chat markup is removed first: no `<!channel>` rides along.
 */
export function encodeAskRequest(request: AskRequest): string {
  const envelope = (question: string) => JSON.stringify({ q: question, o: request.offset });
  let question = stripChatMarkup(request.question);
  while (envelope(question).length > LIMITS.buttonValue) {
    question = question.slice(0, question.length - 100);
  }
  return envelope(question);
}

/** Reads a button value back; null when it is not one of ours or was tampered with. */
export function decodeAskRequest(value: string | undefined): AskRequest | null {
  if (!value) return null;
  try {
    const parsed: unknown = JSON.parse(value);
    if (typeof parsed !== "object" || parsed === null) return null;
    const { q, o } = parsed as { q?: unknown; o?: unknown };
    if (typeof q !== "string" || typeof o !== "number" || !Number.isInteger(o) || o < 0) {
      return null;
    }
    return { question: q, offset: o };
  } catch {
    return null;
  }
}
