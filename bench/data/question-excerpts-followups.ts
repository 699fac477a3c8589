import { chat, M15, M20, M21, M22, M23, one, type QuestionCase } from "./question-set.js";

/**
 * Two kinds of question the fifth sweep found failing, asked again with other facts: (1) a
 * question whose answer is one sentence of a passage that is not the sentence holding most of the
 * question's words (which city, which organisations, who said, what was reported after a sentence
 * that only announces an update), so the excerpt must be chosen by what is asked; and (2)
 * conversations whose later turns carry the last answer's subject and meeting ("who'd co-chair
 * it?", "when's the next update on it?", "why no interim one?"). Written on 2026-12-06 by the
 * helper followups by reading the five minutes in corpus/, before any change to src/ for it;
 * every expectation was checked against the minutes, not the bot's answers, and the sets in
 * bench/data were grepped so no fact is asked the same way (the one overlap: the July 2020 board's
 * agenda on race equality, asked here as when the DMG's subject goes to the board).
 * Scored with `npm run build:bench && node .bench-build/bench/questions.js --failures`:
 *   952ff25 (no change to src/ made for it): 12/21: narrow 9/14, follow-up 3/7. Two first
 *     turns that name no meeting were made to want their meeting among those shown rather than as
 *     the answer's one meeting, before any change to src/ (an answer may rightly show several).
 *   23e400d (after the rules of src/answers/asked-excerpt.ts and query/focus.ts, and the other
 *     helpers' work of the session): 18/21: narrow 12/14, follow-up 6/7. Left: "which
 *     organisations would sit on …" (the search's passage for item 3 is Action 1, which names
 *     those who will design the board, not NOMS and the Home Office), "which body would … report
 *     back to?" (read as commitments about "body contest"), "what did MOPAC want to set up on
 *     fraud?" (ranked below passages holding "MOPAC" and "set" more often).
 * Not in any test.
 */
export const EXCERPTS_FOLLOWUPS_SET: readonly QuestionCase[] = [
  // The answer is a sentence beside the one with most of the question's words.
  one("narrow", "which part of the country has had no problem with the MPS sharing information?", {
    meetingsInclude: [M15],
    says: ["West Midlands"],
  }),
  one("narrow", "which organisations would sit on the London-wide CONTEST board?", {
    meetingsInclude: [M15],
    says: ["NOMS", "Home Office"],
  }),
  one(
    "narrow",
    "which country did the Deputy Commissioner compare the Met's approach to corruption with?",
    { meetingsInclude: [M15], says: ["America"] },
  ),
  one("narrow", "who would co-chair the London-wide CONTEST Board?", {
    meetingsInclude: [M15],
    says: ["DMPC", "chair of London Councils"],
  }),
  one("narrow", "which body would the CONTEST board report back to?", {
    meetingsInclude: [M15],
    says: ["report back to LCRB"],
  }),
  one("narrow", "who said MOPAC accepts Casey's recommendations?", {
    meetingsInclude: [M23],
    says: ["Mayor and DMPC"],
  }),
  one("narrow", "what did the DMG hear about victims and witnesses during covid?", {
    meetingsInclude: [M20],
    says: ["stress and trauma"],
  }),
  one("narrow", "why was there no interim PCP in 2020?", {
    meetingsInclude: [M20],
    says: ["London Recovery Board"],
  }),
  one("narrow", "what did the VRU update in Feb 2021 say about young people?", {
    meetingsInclude: [M21],
    says: ["resilient"],
  }),
  one("narrow", "what did the Mayor set out about women's safety at night in 2022?", {
    meetingsInclude: [M22],
    says: ["pandemic"],
  }),
  one("narrow", "who has visited all the prisons recently?", {
    meetingsInclude: [M15],
    says: ["CEO and his team"],
  }),
  // What someone reported: the sentences after the one that says they reported.
  one("narrow", "what did MOPAC report on outstanding actions in April 2023?", {
    meetingsInclude: [M23],
    says: ["resettlement teams"],
  }),
  one("narrow", "what did the CPS raise at the 2022 board?", {
    meetingsInclude: [M22],
    says: ["RASSO"],
  }),
  one("narrow", "what did Sophie Linden report on disproportionality in 2023?", {
    meetingsInclude: [M23],
    says: ["LCJB"],
  }),
  // Conversations: a later turn carries the last answer's subject and meeting.
  chat(
    [
      "what did the board hear about resettlement teams in 2023?",
      { meeting: M23, says: ["Probation and Prisons"] },
    ],
    ["when's the next update on it?", { says: ["update will be provided at the next meeting"] }],
  ),
  chat(
    ["what did the 2015 board decide on the CONTEST board?", { meeting: M15, says: ["agreed"] }],
    ["who'd co-chair it?", { meeting: M15, says: ["DMPC", "London Councils"] }],
    ["and when was it meant to first meet?", { says: ["May or June 2015"] }],
  ),
  chat(
    ["what did MOPAC want to set up on fraud?", { meetingsInclude: [M22], says: ["roundtable"] }],
    ["who'd be invited to it?", { meeting: M22, says: ["partners", "CPS"] }],
  ),
  chat(
    [
      "what did the June 2020 DMG say about the Police and Crime Plan?",
      { meeting: M20, says: ["March 2022"] },
    ],
    ["why no interim one?", { meeting: M20, says: ["London Recovery Board"] }],
  ),
  chat(
    [
      "what did the DMG say about race equality in the CJS?",
      { meeting: M20, says: ["standing item"] },
    ],
    ["when's that coming to the board?", { says: ["July 8"] }],
  ),
  chat(
    [
      "what did the Met say about the Turnaround plan?",
      { meetingsInclude: [M23], says: ["draft"] },
    ],
    ["when's the revised one out?", { says: ["in due course"] }],
  ),
  chat(
    [
      "what did the 2023 board hear about the Challenge Fund?",
      { meeting: M23, says: ["three projects"] },
    ],
    ["when was it launched?", { says: ["June 2022"] }],
  ),
];
