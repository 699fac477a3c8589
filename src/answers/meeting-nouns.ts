/**
 * The nouns a question names a meeting by: "the board that noted …", "which mtg went through …",
 * "who ran the dmg", "the one before". One list for every pattern that reads them, so a word added
 * here is read everywhere (chat's "mtg" is written "meeting" before any of them: question.ts).
 */

/** The words for one of the two bodies whose minutes these are, or its meeting. */
export const BODY_NOUNS = ["board", "group", "dmg", "lcrb"] as const;

/** Every word for a meeting: the bodies' words, and "meeting", "session", "one". */
export const MEETING_NOUNS = ["meeting", "session", "one", ...BODY_NOUNS] as const;

/** MEETING_NOUNS as a pattern, one capturing group. */
export const MEETING_NOUN = `(${MEETING_NOUNS.join("|")})`;

/** BODY_NOUNS as a pattern, no group. */
export const BODY_NOUN = `(?:${BODY_NOUNS.join("|")})`;
