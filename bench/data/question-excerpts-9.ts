import { M15, M20, M21, M22, M23, one, type QuestionCase } from "./question-set.js";

/**
 * Comparisons across meetings and answers that say when the minutes are silent, of the kinds the
 * ninth sweep failed on but on other facts and in other words: the measure for the helper
 * excerpts9, written on 2026-12-07 before any change to src/ for them, by reading the five
 * minutes in corpus/ (every expectation checked against the minutes, not against the bot). The
 * sets in bench/data were grepped so no fact is asked again the way an older set asks it, and
 * none of the ninth sweep's questions or facts is reused. Kinds:
 * - compare: a subject in a word the minutes write otherwise ("tech": "technology", "sex
 *   crimes": "sexual offences", "hiring": "recruitment", "coronavirus": "COVID"); two meetings
 *   named in month shorthand ("jun 20 dmg", "mar 15 board") with who was at both; an
 *   organisation's people ("cps reps", "mopac reps") at one meeting "then" another; the boards or
 *   groups each meeting names; a post in the attendance lists ("deputy mayors", "chief crown
 *   prosecutors", "chief execs"); where each meeting was held, and start times the minutes do not
 *   give;
 * - cannot-know: a figure written in digits where the minutes write a word ("the 3 projects",
 *   "the 4 working groups") whose split they do not give; what a mentioned event was about, who
 *   came to it, where it was or when it will be; a councillor's borough or a member's post where
 *   the lists give only the organisation; a report's findings the minutes never give. The answer
 *   must say "the minutes do not", and show what they do record where the question names it;
 * - narrow: yes/no questions whose passage answers in another form of the verb or a related word
 *   ("launched": "was launched", "visit": "have visited", "set up a panel": "a … panel has
 *   also been set up"), and two whose
 *   passage says "not"/"no" (the lead must be "No").
 * Scored at main 94457d2 (no change to src/ made for it; `npm run build:bench && node
 * .bench-build/bench/questions.js --failures`): 9/35: compare 4/15, narrow 1/5, cannot-know 4/15.
 * Every other set as it was (1157/1217; 1166/1252 with this one).
 * Mended after reading the answers at 94457d2 (not because an expectation was wrong about the
 * minutes): too strict (1): "coronavirus: jun 20 dmg vs apr 23 board" wanted the words "minutes do
 * not", where the answer says it as "the minutes of LCRB, 12 April 2023 do not mention “covid”"
 * (now "do not mention"); with it, 10/35 at 94457d2.
 * After the helper excerpts9's rules (a borough or post no line gives; when/where/what caused it;
 * a yes/no verb in the minutes' own word; a bracketed aside; a side written otherwise; sides
 * joined by "n"/"then"; start times and venues side by side; a post typed short; a share of an
 * amount; the bodies a side names; a head-count of a gathering): 30/35 (compare 14/15, narrow
 * 3/5, cannot-know 13/15). Left failing: "sex crimes" (two words, neither the minutes' "sexual
 * offences"), "has the met launched a plan on violence against women and girls?" (the minutes
 * misprint "violence against victim and girls", so no sentence holds "women"), "should
 * communities feel over-policed" (a "should" answered by an aim: "ensure that communities do not
 * feel over-policed"), and two questions about the Deputy Mayor's meeting of 25 January, which the
 * reading takes for a meeting of the minutes and finds none.
 */
const SILENT = "minutes do not";

export const EXCERPTS_9_SET: readonly QuestionCase[] = [
  // A subject in a word the minutes write otherwise, at two meetings.
  one("compare", "tech - jun 2020 dmg vs feb 21 board, what was said?", {
    meetings: [M20, M21],
    says: ["roll out of technology", "championing of technology"],
  }),
  one("compare", "sex crimes: 2020 dmg v apr 22 board", {
    meetings: [M20, M22],
    says: ["sexual offences", "RASSO"],
  }),
  one("compare", "hiring - feb 21 board v apr 23, anything said?", {
    meetingsInclude: [M21],
    says: ["recruitment"],
  }),
  one("compare", "coronavirus: jun 20 dmg vs apr 23 board", {
    meetingsInclude: [M20],
    says: ["COVID", "do not mention"],
  }),
  // Two meetings in month shorthand: who was at both.
  one("compare", "jun 20 dmg n apr 23 board - who attended both?", {
    says: ["Sophie Linden", "Diana Luchford", "Doug Flight", "Barry Hughes", "Sinead Dervin"],
    saysNot: ["Stephen House", "Lynne Owens"],
  }),
  one("compare", "mar 15 board n apr 23 board - anyone at both?", {
    says: ["Doug Flight", "Lib Peck"],
    saysNot: ["John O'Brien", "Lionel Idan"],
  }),
  // An organisation's people at one meeting, then another.
  one("compare", "cps reps - mar 15 board, then apr 23?", {
    meetings: [M15, M23],
    says: ["Baljit Ubhey", "Lionel Idan", "Barry Hughes"],
  }),
  one("compare", "mopac reps - jun 20 dmg, then apr 22?", {
    meetings: [M20, M22],
    says: ["Paul Wylie", "Kenny Bowie"],
  }),
  // The boards or groups each meeting names.
  one("compare", "boards mentioned: jun 2020 dmg v mar 2015 board", {
    meetings: [M15, M20],
    says: ["London Recovery Board", "London Prevent Board"],
  }),
  one("compare", "working groups - 2020 dmg vs apr 23 board", {
    meetings: [M20, M23],
    says: ["Social Recovery Working Group", "four working groups"],
  }),
  // A post in the attendance lists.
  one("compare", "deputy mayors - feb 21 v apr 22, same people?", {
    meetings: [M21, M22],
    says: ["Sophie Linden", "Debbie Weekes-Bernard"],
  }),
  one("compare", "chief crown prosecutors: apr 22 vs apr 23", {
    meetings: [M22, M23],
    says: ["Barry Hughes", "Lionel Idan"],
  }),
  one("compare", "chief execs at the 2015 board vs the june 2020 dmg", {
    meetings: [M15, M20],
    says: ["Nick Smart", "Diana Luchford"],
  }),
  // Where and when each meeting was.
  one("compare", "where was each held - the 2015 board and the 2020 dmg?", {
    meetings: [M15, M20],
    says: ["City Hall", "MS Teams"],
  }),
  one("compare", "start times: feb 21 board v apr 22 board", {
    meetings: [M21, M22],
    says: [SILENT],
  }),
  // A figure in digits whose split the minutes do not give.
  one("cannot-know", "how much did each of the 3 challenge fund projects get?", {
    says: [SILENT, "three projects"],
  }),
  one("cannot-know", "how many people are in each of the 4 working groups?", {
    says: [SILENT, "four working groups"],
  }),
  // What a mentioned event was about, who came, where it was, when it will be.
  one("cannot-know", "what were the causes of the 2020 disorder?", {
    says: [SILENT, "recent disorder"],
  }),
  one("cannot-know", "how many partners came to the deputy mayor's 25 jan mtg?", {
    says: [SILENT],
  }),
  one("cannot-know", "how many attended the fraud roundtable?", { says: [SILENT] }),
  one("cannot-know", "where was the deputy mayor's 25 january meeting held?", { says: [SILENT] }),
  one("cannot-know", "when will the youth action plan be launched?", {
    meetingsInclude: [M21],
    says: [SILENT],
  }),
  one("cannot-know", "when's the new prevent framework due, per 2015?", {
    says: [SILENT, "Prevent framework"],
  }),
  one("cannot-know", "who's the new superintendent for camden?", { says: [SILENT] }),
  one("cannot-know", "what did the vcop review recommend?", { says: [SILENT, "VCOP review"] }),
  one("cannot-know", "how many stalking cases did the cps take on?", { says: [SILENT] }),
  // A borough or a post the lists do not give beside the organisation they do.
  one("cannot-know", "which borough does cllr ian edwards represent?", {
    says: [SILENT, "London Councils"],
  }),
  one("cannot-know", "cllr darren rodwell - what borough?", { says: [SILENT, "London Council"] }),
  one("cannot-know", "what's natasha plummer's job?", { says: [SILENT, "MOPAC"] }),
  one("cannot-know", "carolyn downs - what's her role at london councils?", {
    says: [SILENT, "London Councils"],
  }),
  // Yes/no answered in another form of the verb, or a related word; and two answered "No".
  one("narrow", "has the met launched a plan on violence against women and girls? (apr 22)", {
    meetingsInclude: [M22],
    lead: ["Yes"],
    says: ["launched in April"],
  }),
  one("narrow", "has the cps set up a panel on disproportionality? (apr 23)", {
    meetingsInclude: [M23],
    lead: ["Yes"],
    says: ["scrutiny panel"],
  }),
  one("narrow", "did the crc's ceo visit the prisons? (2015)", {
    meetingsInclude: [M15],
    lead: ["Yes"],
    says: ["visited all of the prisons"],
  }),
  one("narrow", "is the met institutionally corrupt, per the 2015 board?", {
    meetingsInclude: [M15],
    lead: ["No"],
    saysNot: ["Yes:"],
  }),
  one("narrow", "should communities feel over-policed, per the 2020 dmg?", {
    meetingsInclude: [M20],
    lead: ["No"],
    saysNot: ["Yes:"],
  }),
];
