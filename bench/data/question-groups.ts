import { chat, M20, M21, M22, M23, one, type QuestionCase } from "./question-set.js";

/**
 * Whether people came, asked of more than one person or as absence: "did either of them miss the
 * 2023 one too?" after a list of names, "were A and B at …", "was X absent / did X skip …".
 * Written on 2026-12-06 by the lead before any change made for them, from the attendance lists of
 * the five minutes (Jas Athwal and Darren Rodwell sent apologies in April 2022 and April 2023,
 * Athwal was present in February 2021 and Rodwell is not named there; Claire Waxman sent apologies
 * in 2023; Sophie Linden and Doug Flight were at the June 2020 DMG; Lib Peck is not named in
 * April 2022; Helen Ball was present in April 2022).
 * Scored on d4a51b8 (no change made for it): 1/11.
 */
export const GROUPS_SET: readonly QuestionCase[] = [
  one("narrow", "was darren rodwell absent in 2023", { meeting: M23, lead: ["Yes"] }),
  one("narrow", "did jas athwal skip the 2023 meeting", { meeting: M23, lead: ["Yes"] }),
  one("narrow", "did Doug Flight miss the 2022 board?", { meeting: M22, lead: ["No"] }),
  one("narrow", "did lib peck miss the april 2022 meeting", {
    meeting: M22,
    lead: ["Yes"],
    says: ["not named"],
  }),
  one("narrow", "was Helen Ball absent from the april 2022 board?", { meeting: M22, lead: ["No"] }),
  one("across", "did jas athwal and darren rodwell miss the april 2023 meeting?", {
    meeting: M23,
    lead: ["Yes"],
    says: ["Jas Athwal", "Darren Rodwell"],
  }),
  one("across", "were Claire Waxman and Sophie Linden at the 2023 board?", {
    meeting: M23,
    says: ["Claire Waxman", "sent apologies", "Sophie Linden", "present"],
  }),
  one("across", "did both Sophie Linden and Doug Flight attend the 2020 DMG?", {
    meeting: M20,
    lead: ["Yes"],
  }),
  chat(
    ["who sent apologies to the april 2022 board", { meeting: M22 }],
    [
      "were they both away for the 2023 board as well?",
      { meeting: M23, lead: ["Yes"], says: ["Jas Athwal", "Darren Rodwell"] },
    ],
  ),
  chat(
    ["apologies april 2022", { meeting: M22 }],
    [
      "did either of them attend the 2021 meeting?",
      { meeting: M21, lead: ["Yes"], says: ["Jas Athwal", "Darren Rodwell", "not named"] },
    ],
  ),
  chat(
    ["who was at the april 2022 meeting from london councils", { meeting: M22 }],
    [
      "did any of them go to the 2023 one?",
      { meeting: M23, says: ["Carolyn Downs", "Gareth Roberts", "Doug Flight"] },
    ],
  ),
];
