/**
 * "Who were the officers?", "the officials at the 2022 board?": the part of an attendance list the
 * minutes head with a plain word ("Officers" in March 2015 and June 2020, "Officials in
 * attendance" in April 2022), which the parser reads as those in attendance. Asked by the word of
 * that heading alone ("who were the police officers at the disorder" names other officers, and
 * "which MOPAC officers came" an organisation's people, read elsewhere).
 */
export const OFFICIALS_ASKED =
  /^(?:(?:who|which|what)(?: (?:were|was|are|is))?|list|name|show(?: me)?|any)(?: the)? (?:officers|officials)\b(?: (?:were|was|are|is))?(?: (?:listed|named|in attendance|present|there))?(?=\W*$| (?:at|in|for|of|on) )/;

/** Whether `clause` asks for the officers or officials a meeting's list names. */
export function officialsAsked(clause: string): boolean {
  return OFFICIALS_ASKED.test(clause);
}
