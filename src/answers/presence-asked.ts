import { escapeRegExp } from "./reg-exp.js";

/**
 * What a yes-or-no question about someone's attendance asks: whether they came ("was Claire
 * Waxman at the April 2023 board?"), stayed away ("did Lib Peck miss the April 2022 meeting?":
 * yes when she sent apologies or is not named), or sent apologies ("did Cllr Athwal send
 * apologies in spring 2023?"). Kept in the query, so "and the 2021 one?" asks the same again.
 */
export type PresenceAsked = "came" | "away" | "apologies";

const ASKS_APOLOGIES = /\bapolog\w*|\b(?:send|sent|give|gave) (?:their |his |her )?regrets\b/;
// Staying away, however it came about: "missed", "absent", "sent regrets", "could not make it".
const ASKS_AWAY =
  /\b(?:miss(?:ed|es|ing)?|absen\w*|away|skip(?:ped|s|ping)?|regrets)\b|\bcould ?n[o']t (?:attend|come|make it)\b/;

export function presenceAsked(text: string): PresenceAsked {
  return presenceSaid(text) ?? "came";
}

// "Attendees in feb 21", "the attendance list in 2023": a side named by its list of those who came.
const SAYS_CAME =
  /\b(?:at|came|come|coming|attended|attending|attend|attendees|attendance|present|there|turned up|showed up|in attendance|made it)\b/;

/**
 * What one side of a comparison says of its people, or null when it says nothing of their coming:
 * "came to the 2021 meeting" came, "having missed 2022" away, "sent apologies in 2023" apologies.
 */
export function presenceSaid(text: string): PresenceAsked | null {
  if (ASKS_APOLOGIES.test(text)) return "apologies";
  if (ASKS_AWAY.test(text)) return "away";
  return SAYS_CAME.test(text) ? "came" : null;
}

/** Staying away or apologies: a question about who did not come. */
export const ASKS_ABSENCE = new RegExp(`${ASKS_APOLOGIES.source}|${ASKS_AWAY.source}`);

/**
 * A question that counts attendance and asks for the apologies lists instead: "who sent
 * apologies most often", "which partners missed the most meetings". A count has no list of those
 * merely not named, so staying away is read from the apologies too.
 */
export const COUNTS_APOLOGIES = new RegExp(`${ASKS_APOLOGIES.source}|${ASKS_AWAY.source}`);

/** "Did he come to any other meetings?", "was she anywhere else": their record beyond one meeting. */
export const OTHER_MEETINGS =
  /\b(?:any |the )?other (?:meetings?|ones?|boards?)\b|\banywhere else\b|\bany (?:more|further) meetings\b/;

/**
 * The body a yes-or-no question asks someone belongs to: "is X from the NPS", "was she with
 * MOPAC"; not a meeting they were away from ("was X absent from the April 2022 meeting"). A meeting may
 * follow the body ("was Lib Peck with the VRU in 2015").
 */
export const ORGANISATION_ASKED =
  /^(?:is|was|are|were) (?!.*\b(?:absent|away|missing|excused|apologies)\b).+? (?:from|with|part of|representing|employed by) (?!(?:the )?(?:board|lcrb|dmg|one)\W*$)(?:the )?((?:(?!\b(?:meeting|meetings|session)\b|\d{4}).)+?)(?: (?:in|at|during|on) .*)?\W*$/;

/**
 * The post a yes-or-no question asks someone holds, after their name and an article or a
 * possessive: "is rhiannon sawyer the vru director?" → "vru director", "is helen bailey mopac's
 * director?" → "mopac's director", "was diana luchford the chief executive of mopac in 2020" →
 * "chief executive of mopac". Null when no post follows the name ("was she at the Casey
 * meeting", "is she from the NPS", which ORGANISATION_ASKED reads).
 */
export function postAsked(text: string, name: string | null): string | null {
  if (!name) return null;
  const pattern = new RegExp(
    `^(?:is|was|are|were) ${escapeRegExp(name)} (?:(?:the|a|an) (.+?)|([a-z&]+'s .+?))(?: (?:in|at|during|on) .*)?\\W*$`,
  );
  const match = pattern.exec(text);
  return match?.[1] ?? match?.[2] ?? null;
}
