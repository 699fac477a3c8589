import { isOurBody } from "../board-names.js";

/** What a question asks of a board's meetings: where, when, or how often it meets. */
export type MeetsAsked = "where" | "when" | "how often";

/** A board a question asks where, when or how often it meets, and whether it is one of ours. */
export interface BoardMeets {
  /** The board's words as typed, lower case: "london prevent board", "next board". */
  board: string;
  asked: MeetsAsked;
  ours: boolean;
}

// "Where will the new London Policing Board meet", "where does the board sit".
const WHERE_MEETS =
  /\bwhere (?:will|would|does|do) (?:the )?(?:new |proposed )?((?:[a-z'&-]+ ){0,4}(?:board|group)) (?:meet|be held|sit)\b/;
// "When did the London Prevent Board last meet?", "how often does the Efficiency Board meet?",
// "when will the next board meet?".
const WHEN_MEETS =
  /\b(when|how often|how regularly|how frequently) (?:did|does|do|will|would|is|was|has|have|can|could|should)\b (?:the )?(?:new |proposed )?((?:[a-z'&-]+ ){0,4}(?:board|group)) (?:(?:last|first|next|usually|normally|actually|ever|going to|gonna) )?(?:meet|met|sit|sat|convene|convened|be held|get together)\b/;

/**
 * The board a question (lower case) asks where, when or how often it meets, read once for the
 * router and the venue's executor alike; null when it asks none of these of a board.
 */
export function readBoardMeets(text: string): BoardMeets | null {
  const where = WHERE_MEETS.exec(text);
  const when = where ? null : WHEN_MEETS.exec(text);
  const board = (where?.[1] ?? when?.[2])?.trim();
  if (!board) return null;
  const asked = where ? "where" : when?.[1] === "when" ? "when" : "how often";
  return { board, asked, ours: isOurBody(board) };
}

/** "When did the London Prevent Board last meet?": a board not ours, which the minutes do not record. */
export function asksAnotherBoardMeets(text: string): boolean {
  const meets = readBoardMeets(text);
  return meets !== null && !meets.ours && meets.asked !== "where";
}

/** "How often does the main board meet?": how often one of ours meets. */
export function asksHowOftenWeMeet(text: string): boolean {
  const meets = readBoardMeets(text);
  return meets?.ours === true && meets.asked === "how often";
}

/** The pattern the router's rows test first; the functions above decide whose board it is. */
export const BOARD_MEETS = WHEN_MEETS;
