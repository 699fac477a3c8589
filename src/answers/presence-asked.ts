/**
 * What a yes-or-no question about someone's attendance asks: whether they came ("was Claire
 * Waxman at the April 2023 board?"), stayed away ("did Lib Peck miss the April 2022 meeting?":
 * yes when she sent apologies or is not named), or sent apologies ("did Cllr Athwal send
 * apologies in spring 2023?"). Kept in the query, so "and the 2021 one?" asks the same again.
 */
export type PresenceAsked = "came" | "away" | "apologies";

const ASKS_APOLOGIES = /\bapolog\w*|\b(?:send|sent|give|gave) (?:their |his |her )?regrets\b/;
const ASKS_AWAY = /\b(?:miss(?:ed|es|ing)?|absent|away|skip(?:ped|s|ping)?)\b/;

export function presenceAsked(text: string): PresenceAsked {
  if (ASKS_APOLOGIES.test(text)) return "apologies";
  return ASKS_AWAY.test(text) ? "away" : "came";
}
