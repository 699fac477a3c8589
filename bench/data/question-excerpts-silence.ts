import { chat, M15, M20, M21, M22, M23, one, type QuestionCase } from "./question-set.js";

/**
 * Which passage and which sentence answers, and when the minutes are silent though passages near
 * the subject exist: the measure for the seventh sweep's excerpt and silence failures, written on
 * 2026-12-06 by the helper excerpts7 before any change to src/ for them. Every expectation was
 * checked against the five minutes in corpus/ (not against the bot), and the sets in bench/data
 * were grepped so no fact is asked again the way an older set asks it (nor as the seventh sweep
 * phrases its work list). Classes:
 * - narrow: the answer is a sentence of the item that is not its lead ("Previously the borough's
 *   main anxiety was …"), a word the minutes write otherwise ("the law": "legislative change";
 *   "voluntary sector": "third sector"), someone's organisation across meetings (each meeting's
 *   line, not one), and controls whose thing asked the minutes do give (a list of services, a
 *   count, a purpose), which silence must leave alone;
 * - cannot-know: a purpose, a membership, a list of boroughs, a number or a finding asked of
 *   something the minutes only mention: the answer must say they do not give it;
 * - follow-up: 2-turn conversations, a pronoun for someone an excerpt named ("was she at the
 *   meeting?") and a follow-up whose answer is another sentence of the same item.
 * Scored at main 01a6981 (no change made), 15/32: narrow 12/18, cannot-know 2/9, follow-up 1/5.
 */
const SILENT = "minutes do not";

export const EXCERPTS_SILENCE_SET: readonly QuestionCase[] = [
  // The sentence that answers, not the item's lead.
  one("narrow", "what used to worry the boroughs about the CRC?", {
    meetingsInclude: [M15],
    says: ["falling through the gaps"],
  }),
  one("narrow", "june 2020 dmg - what was the work on police powers meant to avoid?", {
    meetingsInclude: [M20],
    says: ["over-policed"],
  }),
  one("narrow", "why did the 2015 board say the met holds back on sharing info?", {
    meetingsInclude: [M15],
    says: ["compromise future work"],
  }),
  one("narrow", "is extremism just a borough problem, per 2015?", {
    meetingsInclude: [M15],
    says: ["across London"],
  }),
  one("narrow", "what will the revised turnaround plan draw on?", {
    meetingsInclude: [M23],
    says: ["HMICFRS"],
  }),
  one("narrow", "what concerns did london councils raise in 2023?", {
    meetingsInclude: [M23],
    says: ["BCU model"],
  }),
  one("narrow", "feb 21 - what did the PCP do for people fleeing domestic abuse?", {
    meetingsInclude: [M21],
    says: ["emergency accommodation"],
  }),
  one("narrow", "what has collective leadership from the LCRB achieved, per 2015?", {
    meetingsInclude: [M15],
    says: ["valuable achievements"],
  }),
  one("narrow", "do boroughs spend the same on services for ex-offenders?", {
    meetingsInclude: [M15],
    says: ["disparity"],
  }),
  // The minutes' own words for the question's.
  one("narrow", "did anyone push for a change in the law on recruitment?", {
    meetingsInclude: [M21],
    says: ["legislative change"],
  }),
  one("narrow", "is the voluntary sector part of the adult disproportionality work?", {
    meetingsInclude: [M23],
    says: ["third sector"],
  }),
  one("narrow", "what did the 2015 board say happens when people leave jail?", {
    meetingsInclude: [M15],
    says: ["mental health"],
  }),
  // Someone's organisation, at every meeting that lists them.
  one("narrow", "ian bickers - who's he with?", { says: ["HMPPS", "London Prisons"] }),
  one("narrow", "which organisation does claire waxman represent?", {
    says: ["Victims Commissioner", "MOPAC"],
  }),
  one("narrow", "lionel idan's organisation?", {
    says: ["Crown Prosecution Service", "CPS South"],
  }),
  // Controls: the thing asked is in the passage, so no silence.
  one("narrow", "which services updated the 2020 dmg on covid recovery?", {
    meetingsInclude: [M20],
    says: ["Probation", "HMCTS"],
    saysNot: [SILENT],
  }),
  one("narrow", "how many priority boroughs does prevent cover?", {
    meetingsInclude: [M15],
    says: ["17"],
    saysNot: [SILENT],
  }),
  one("narrow", "what's the london-wide contest board for?", {
    meetingsInclude: [M15],
    says: ["link between City Hall and London Councils"],
    saysNot: [SILENT],
  }),
  // Mentioned, but what is asked of it is not given.
  one("cannot-know", "what is the transition board responsible for?", { says: [SILENT] }),
  one("cannot-know", "what does the strategic coordination group do?", { says: [SILENT] }),
  one("cannot-know", "who's on the disproportionality board?", { says: [SILENT] }),
  one("cannot-know", "which boroughs is the VRU doing play space work with?", { says: [SILENT] }),
  one("cannot-know", "how many businesses have signed up to the women's night safety charter?", {
    says: [SILENT],
  }),
  one("cannot-know", "what did the CPS's commissioned review conclude?", { says: [SILENT] }),
  one("cannot-know", "how many BAME officers have joined the buddy scheme?", { says: [SILENT] }),
  one("cannot-know", "who's going to be on the efficiency board?", { says: [SILENT] }),
  one("cannot-know", "what's the LCJB's role?", { says: [SILENT] }),
  // Conversations.
  chat(
    [
      "whose view of mopac's oversight did london councils bring up in 2023?",
      { meetingsInclude: [M23], says: ["Baroness Casey"] },
    ],
    ["was she at the meeting?", { lead: ["No"] }],
  ),
  chat(
    [
      "who reported on disproportionality progress at the 2023 board?",
      { meetingsInclude: [M23], says: ["Sophie Linden"] },
    ],
    ["was she at the june 2020 dmg as well?", { meeting: M20, lead: ["Yes"] }],
  ),
  chat(
    ["who spoke on the casey report in 2023?", { says: ["Lynne Owens"] }],
    ["was she at the 2022 board too?", { meeting: M22, lead: ["No"] }],
  ),
  chat(
    [
      "apr 22 - what did the mayor say about women at night?",
      { meetingsInclude: [M22], says: ["night time economy"] },
    ],
    ["and what were members encouraged to do?", { says: ["local businesses"] }],
  ),
  chat(
    [
      "what was the 2015 board told about reoffending?",
      { meetingsInclude: [M15], says: ["Reoffending rates are higher"] },
    ],
    ["what could devolution do about it?", { says: ["whole system approach"] }],
  ),
];
