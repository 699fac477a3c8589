import { chat, M15, M20, M21, M23, one, type QuestionCase } from "./question-set.js";

/**
 * A second batch of the eleventh sweep's narrow, follow-up and silence kinds, written by the helper
 * sweep11b on 2026-12-07 AFTER its rules for the first batch (question-variants-11b.ts) had landed
 * and scored BEFORE any rule was touched for it, so it measures whether those rules are about how
 * people ask: a post in the plural, initials then a job or body, someone's first or latest
 * meeting, "ever sent apologies / been absent", "his/her org" then "since" or "later mtgs", a
 * meeting known only from another's minutes (by a month as chat shortens it, by a date announced),
 * what another body decided, and presence asked at a meeting named by its subject. Every
 * expectation was checked against the five minutes in corpus/, not against the bot's answers.
 * Conventions: Barry Hughes is "(BH) Chief Crown Prosecutor, CPS" and Claire Waxman "(CW)" in April
 * 2022; Natasha Plummer came in 2021 and 2023, Kilvinder Vigurs in 2021, 2022 and 2023; Lib Peck sent
 * no apologies, Darren Rodwell sent apologies in 2022 and 2023; the Mayor of London's Private
 * Office (Nick Bowes, Sasha Salmon) came only in 2021; the CPS came to every meeting after 2015; the
 * September 2020 DMG and the 8 July 2020 board are only announced in the June 2020 DMG's minutes;
 * the Safer Streets Board's membership was "raised and noted" (2021); the London Prevent Board
 * was to support the new Prevent framework (2015); Sarah Bott came to the April 2023 board, where the
 * estate strategy came up.
 * Scored with `npm run build:bench && node .bench-build/bench/questions.js --failures`:
 *   after sweep11b's rules for the first batch, before any rule for this one: 12/14: narrow
 *     6/7, follow-up 2/2, cannot-know 3/4, topic-meeting 1/1; failing "has lib peck ever sent
 *     apologies?" (the latest meeting's apologies, a wrong Yes) and "who chaired the sept dmg?"
 *     (a meeting only announced, no silence said);
 *   with a rule for each of those two, written after this score (the commit after it): 14/14.
 * Not in any test.
 */
const SILENT = "minutes do not";

export const VARIANTS_11B2_SET: readonly QuestionCase[] = [
  one("narrow", "who were the chief crown prosecutors at the 2022 board?", {
    says: ["Barry Hughes", "Lionel Idan"],
  }),
  one("narrow", "BH - what's his role?", { says: ["Barry Hughes", "Chief Crown Prosecutor"] }),
  one("narrow", "CW - which org?", { says: ["Claire Waxman"] }),
  one("narrow", "natasha plummer - first mtg?", { says: ["2 February 2021"] }),
  one("narrow", "kilvinder vigurs - latest board?", { says: ["12 April 2023"] }),
  one("narrow", "has lib peck ever sent apologies?", { lead: ["No"], saysNot: ["Yes:"] }),
  one("narrow", "darren rodwell - ever been absent?", { lead: ["Yes"], says: ["12 April 2023"] }),
  chat(
    ["who's baljit ubhey?", { says: ["Crown Prosecution Service"] }],
    ["anyone from her org at later mtgs?", { says: ["Barry Hughes"] }],
  ),
  chat(
    ["who's sasha salmon?", { says: ["Private Office"] }],
    ["any1 from her org been since?", { lead: ["No"], saysNot: ["Yes:"] }],
  ),
  one("cannot-know", "who chaired the sept dmg?", { meetingsInclude: [M20], says: [SILENT] }),
  one("cannot-know", "what was agreed at the 8 july board?", {
    meetingsInclude: [M20],
    says: [SILENT],
  }),
  one("cannot-know", "what did the safer streets board decide?", {
    meetingsInclude: [M21],
    says: [SILENT],
  }),
  one("cannot-know", "what did the london prevent board agree?", {
    meetingsInclude: [M15],
    says: [SILENT],
  }),
  one("topic-meeting", "the mtg on the estate strategy - was sarah bott in the room?", {
    meeting: M23,
    lead: ["Yes"],
  }),
];
