import { chat, M15, M20, M21, M22, M23, one, type QuestionCase } from "./question-set.js";

/**
 * An eighth fresh sweep, held out, to measure how well the question reading generalises: nobody
 * tunes against it in the session it was written, and its failures are the point. Written on
 * 2026-12-06 by the helper heldout8 by reading the five minutes in corpus/ in full, and kept
 * outside the repository until it was scored at the end of the session; every expectation was
 * checked against the minutes (not against the bot's answers). Every set in bench/data and the
 * tests under tests/answers were grepped, and each question compared by its words with every
 * string there, so no phrasing or near-paraphrase, nor the same fact asked the same way, is
 * reused; where the corpus has no fact left unasked, the fact is asked another way (relative to
 * today, by a post, in a follow-up). Questions as a borough community-safety officer, MOPAC policy
 * officer, police officer, probation or CPS manager or councillor would type them into Slack, with
 * typos ("transtion", "finacial", "proffesional", "harrassment"), abbreviations and shorthand
 * ("nhse", "nps", "LC", "wk's", "apols", "recs", "n", "w", "abt", "TP" for an attendee's initials)
 * and yes/no: a meeting named by what it discussed (8), a subject across meetings (8), comparisons
 * (7), dates relative to the case's own `today` (6: "last wk's", "10 days ago", "on the 27th",
 * "this week's", "the june board" asked in May, "yesterday's" of someone who missed that one), one-meeting facts, people by post,
 * organisation, initials or presence (10), conversations of 2-3 turns with pronouns and ellipsis
 * (5 chats, 11 turns) and things the minutes are silent on (6: the answer must say so, not
 * invent). Expectations hold what a careful clerk's answer must contain (the meeting, names, a lead
 * yes/no or number, "minutes do not" for silence), not its wording.
 * Scored with no change to src/ made for it (the set copied into a detached worktree of each
 * commit and registered in bench/questions.ts, `npm run build:bench`), the set as it stands:
 *   01a6981 (the session's start, scored again 20:55 UTC on the set as it stands): 23/50:
 *     topic-meeting 6/8, across 4/8, compare 4/7, relative 1/6, narrow 3/10, follow-up 2/5,
 *     cannot-know 3/6;
 *   f1fce03 (main at 20:55 UTC, after the session's other helpers had landed) and a8871d1 (main
 *     at 21:00 UTC, the commit this set was landed on), failure for failure the same: 26/50: topic-meeting 6/8, across 4/8, compare 5/7, relative 1/6, narrow
 *     4/10, follow-up 3/5, cannot-know 3/6. The three that came right between them: "deputy
 *     mayors: 2015 board v apr 22", "were the june 2020 dmg's notes signed off?" and the chat
 *     opening "june 2020 dmg: what came out of the early may meetings w community reps?".
 * What fails at f1fce03 and a8871d1 (24), by cause:
 * - dates relative to today (5): "last wk's board" and "this week's board" are not read as dates
 *   (no meeting); "the board 10 days ago" ("N days ago") and "the board on the 27th" (a day of
 *   the month alone) are not read either, the latest meeting is taken by chance and the people
 *   asked ("anyone from the CRC?", "anyone from the private office?") get the whole attendance,
 *   with no yes or no; "what day's the june board, and what time?" asked on 20 May 2015 gives the
 *   8 June 2020 DMG, five years after today, not the 9 June 2015 board the March minutes announce;
 * - people asked by post, initials, organisation or surname (6): "the waltham forest ceo" (Martin
 *   Esom, "CEO Waltham Forest") gives the meeting's summary; "mopac's strategy director at the
 *   mtg that planned the 8 july board" is read as the 8 July board (no minutes), not the DMG
 *   that planned it; "whats the dep mayor for social integration called" does not look in the
 *   attendance lists' posts; "who's TP in the apr 22 attendance?" gives the whole list, not the
 *   "(TP)" it names; "is roisin briody mopac?" says only that no item names her; "plummer n
 *   bottomley - at both the feb 21 board and the 2023 one?" lists the 14 at both, no "Yes";
 * - a subject not read from an across question (4): the filler "stuff", "bring them up",
 *   "mention them" ("pre-charge stuff", "witnesses", "outcomes": every meeting or "What
 *   subject?"), and "BCUs", a plural acronym, not matched to "BCU";
 * - the right meeting or passage, but not what was asked of it (5): disproportionality "june 2020
 *   dmg v apr 23 board" compared as attendance, not as the subject; "what did the 2015 board hold
 *   up as good joined-up working?" read as a comparison ("joined"); "do councils know how
 *   dangerous some offenders are" finds nothing ("Local authorities know the serious threat some
 *   offenders pose"); "did partners sign up to deliver the youth action plan?" shows the 25
 *   January sentence, not "Partners committed their support"; "n what did setting up the vru
 *   bring?" (after the PCP's work for women) shows the VRU update, not "The creation of the VRU
 *   brought about a preventative public health approach";
 * - a yes/no not led where the passage is shown (1): "is the dmg a subgroup of the london
 *   recovery board?";
 * - silence not said (3): a BAME recruitment target (the legislative change passage instead),
 *   the time of the September 2020 DMG (its date given, the missing time not said), when the
 *   London Prevent Board last met (the CONTEST passages instead).
 * Mended after reading the answers at 01a6981 (none because an expectation was wrong about the
 * minutes):
 * - too strict on the answer's form (2): "which org was cheryl de freitas sending apols for?" and
 *   "is roisin briody mopac?" wanted the 2023 / 2021 meeting among the answer's meetings, which an
 *   answer about a person need not carry (the first answer said "Listed as YJB (2023)", cited);
 *   they now want the organisation with the meeting's date, and "Yes" with "2021".
 * - too lax (3): "the board 10 days ago - anyone from the CRC?" and "who's TP in the apr 22
 *   attendance?" passed on the whole attendance list, and "the board on the 27th - anyone from the
 *   private office?" passed its lead "No" on the "not" of "You did not say which meeting"; they
 *   now also want the lead "Yes", and none of the list's other people.
 * Replaced after the first scoring at 01a6981 (25/50), before the scores above, because a closer
 * grep found the fact asked already or the case tested nothing of its class: "how many from mopac at the
 * mtg where the youth plan was co-produced w young ppl" (question-sweep3's "MOPAC attendance: DMG
 * vs Feb 2021" and question-sweep4's "and in 2021?" list them), "yesterday's board - what did
 * london councils raise?" (its "what did London Councils raise at the Casey meeting"), "tuesday's
 * board - was the CRC there?" (question-asked-relative's "tuesday's board - was the NHS there?",
 * landed while this set was written), and "yesterday's board - was ed wardley there?" (he came
 * to one meeting only, so the day asked did not matter); and, when question-excerpts-silence
 * (c2cfd13) and a closer check of question-compare-shorthand and tests/answers/asked-excerpt
 * showed them asked, "is extremism a london-wide problem or just some boroughs, per the 2015
 * board?" (its "is extremism just a borough problem, per 2015?"), the follow-ups "and the revised
 * turnaround plan - what'll feed into it?" (its "what will the revised turnaround plan draw
 * on?"), "n what shouldn't communities feel?" (its police powers "meant to avoid"), "n for
 * domestic abuse victims?" (its "people fleeing domestic abuse") and "n which review came out of
 * it?" (question-sweep5's "what did it do for victims?"), "probation at the 2015 board vs the
 * casey one - who?" (question-compare-shorthand's "probation 2015 v 2023"), "prevent -
 * commissioned locally or centrally?" (asked-excerpt's "who commissions it?"), "nps rep at the
 * mtg about rooting out unacceptable behaviour" (question-sweep5's "probation attendance DMG vs
 * Apr 22") and "LC ppl at the mtg that planned the 8 july board?" (question-sweep3's
 * London Councils at the DMG).
 * Not in any test.
 */
const SILENT = "minutes do not";

export const SWEEP8_SET: readonly QuestionCase[] = [
  // A meeting named by what it discussed.
  one("topic-meeting", "who from nhse was at the mtg covering the transtion board", {
    meeting: M20,
    says: ["Sinead Dervin"],
  }),
  one("topic-meeting", "the mtg that talked about BWV - was hmpps there?", {
    meeting: M21,
    lead: ["Yes"],
    says: ["Ian Bickers"],
  }),
  one(
    "topic-meeting",
    "was mopac's C&P director at the mtg about rooting out unacceptable behaviour?",
    {
      meeting: M22,
      lead: ["Yes"],
      says: ["Will Balakrishnan"],
    },
  ),
  one("topic-meeting", "was sarah bott at the mtg that went over out of court disposals", {
    meeting: M23,
    lead: ["Yes"],
  }),
  one(
    "topic-meeting",
    "was the waltham forest ceo at the mtg on collective leadership n finacial constraints?",
    {
      meeting: M15,
      lead: ["Yes"],
      says: ["Martin Esom"],
    },
  ),
  one("topic-meeting", "was paul rowan at the mtg that mentioned the people referral unit?", {
    meeting: M21,
    lead: ["Yes"],
  }),
  one("topic-meeting", "what date was the mtg that talked abt a whole system approach", {
    meeting: M15,
    says: ["10 March 2015"],
  }),
  one("topic-meeting", "was mopac's strategy director at the mtg that planned the 8 july board?", {
    meeting: M20,
    lead: ["Yes"],
    says: ["Paul Wylie"],
  }),
  // A subject across meetings.
  one("across", "pre-charge stuff - which mtgs?", { meetings: [M23] }),
  one("across", "when did the board last mention the college of policing?", {
    meeting: M21,
    says: ["2 February 2021"],
  }),
  one("across", "proffesional standards - how many mtgs?", { meetings: [M22], lead: ["1"] }),
  one("across", "witnesses - which mtgs bring them up", { meetings: [M20, M21] }),
  one("across", "BCUs - list the mtgs", { meetings: [M21, M23] }),
  one("across", "harrassment - has it come up at all?", { meetings: [M22] }),
  one("across", "outcomes - which mtgs mention them", { meetings: [M20, M21, M22] }),
  one("across", "race equality - how often has it come up?", { meetings: [M20], lead: ["1"] }),
  // Comparisons.
  one("compare", "yjb at the dmg v the apr 22 board - same person?", {
    meetings: [M20, M22],
    says: ["Colin Allars", "Claudia Strut"],
  }),
  one("compare", "night time economy: june 2020 dmg v apr 22 board", {
    meetings: [M20, M22],
    says: ["hospitality", "women"],
  }),
  one("compare", "deputy mayors: 2015 board v apr 22", {
    meetings: [M15, M22],
    says: ["Stephen Greenhalgh", "Sophie Linden", "Weekes-Bernard"],
  }),
  one("compare", "disproportionality - june 2020 dmg v apr 23 board, what's moved on?", {
    meetings: [M20, M23],
    ordered: true,
    says: ["workforce", "working groups"],
  }),
  one("compare", "dmg june 2020 attendees who also turned up to the casey board?", {
    meetings: [M20, M23],
    says: ["Sophie Linden", "Diana Luchford", "Doug Flight", "Barry Hughes", "Sinead Dervin"],
  }),
  one("compare", "plummer n bottomley - at both the feb 21 board and the 2023 one?", {
    lead: ["Yes"],
    says: ["Natasha Plummer", "James Bottomley"],
  }),
  one("compare", "cps reps: 2015 board v casey board", {
    meetings: [M15, M23],
    says: ["Baljit Ubhey", "Lionel Idan", "Barry Hughes"],
  }),
  // Dates relative to today.
  {
    ...one("relative", "last wk's board - what did they say on teen homicide?", {
      meeting: M22,
      says: ["targeted strategies"],
    }),
    today: "2022-05-04",
  },
  {
    ...one("relative", "the board 10 days ago - anyone from the CRC?", {
      meeting: M15,
      lead: ["Yes"],
      says: ["Nick Smart"],
      saysNot: ["Boris Johnson"],
    }),
    today: "2015-03-20",
  },
  {
    ...one("relative", "the board on the 27th - anyone from the private office?", {
      meeting: M22,
      lead: ["No"],
      saysNot: ["Yes:", "Naomi Sterling", "Tina Price"],
    }),
    today: "2022-05-10",
  },
  {
    ...one("relative", "this week's board - did it cover the assessment centre?", {
      meeting: M21,
      lead: ["Yes"],
    }),
    today: "2021-02-05",
  },
  {
    ...one("relative", "what day's the june board, and what time?", {
      says: ["9 June 2015", "12:00"],
    }),
    today: "2015-05-20",
  },
  {
    ...one("relative", "yesterday's board - was diana luchford there?", {
      meeting: M21,
      lead: ["No"],
      saysNot: ["Yes:"],
    }),
    today: "2021-02-03",
  },
  // One meeting, one fact.
  one("narrow", "is roisin briody mopac?", { lead: ["Yes"], says: ["2021"] }),
  one("narrow", "which org was cheryl de freitas sending apols for?", {
    says: ["YJB", "12 April 2023"],
  }),
  one("narrow", "how often has tom pickup come?", { lead: ["1"], says: ["2 February 2021"] }),
  one("narrow", "whats the dep mayor for social integration called", {
    says: ["Debbie Weekes"],
  }),
  one("narrow", "were the june 2020 dmg's notes signed off?", {
    meetingsInclude: [M20],
    lead: ["Yes"],
  }),
  one("narrow", "what did the 2015 board hold up as good joined-up working?", {
    meetingsInclude: [M15],
    says: ["Transforming Rehabilitation"],
  }),
  one("narrow", "is the dmg a subgroup of the london recovery board?", {
    meetingsInclude: [M20],
    lead: ["Yes"],
  }),
  one("narrow", "do councils know how dangerous some offenders are, per the 2015 board?", {
    meetingsInclude: [M15],
    says: ["serious threat"],
  }),
  one("narrow", "fiona taylor - at the casey board?", {
    meeting: M23,
    lead: ["No"],
    says: ["apologies"],
  }),
  one("narrow", "who's TP in the apr 22 attendance?", {
    meetingsInclude: [M22],
    says: ["Tina Price"],
    saysNot: ["Helen Ball"],
  }),
  // Things the minutes never discuss, or do not record.
  one("cannot-know", "what did the turnaround plan cost?", { says: [SILENT] }),
  one("cannot-know", "how big is the met's BAME recruitment target?", { says: [SILENT] }),
  one("cannot-know", "how much is the secure estate budget for through the gate?", {
    says: [SILENT],
  }),
  one("cannot-know", "how many recommendations did casey make?", { says: [SILENT] }),
  one("cannot-know", "what time's the sept 2020 dmg?", { says: [SILENT, "7 September 2020"] }),
  one("cannot-know", "when did the london prevent board last meet?", { says: [SILENT] }),
  // Conversations.
  chat(
    [
      "apr 23: what's happening to the parts of casey that aren't formal recs?",
      { meetingsInclude: [M23], says: ["collated"] },
    ],
    ["did partners offer to help?", { says: ["offered their support"] }],
  ),
  chat(
    [
      "june 2020 dmg: what came out of the early may meetings w community reps?",
      { meetingsInclude: [M20], says: ["action plan"] },
    ],
    ["what's it meant to enhance?", { says: ["accountability and transparency"] }],
  ),
  chat(
    [
      "feb 21 - did partners sign up to deliver the youth action plan?",
      { meetingsInclude: [M21], says: ["committed their support"] },
    ],
    ["so what's next for it?", { says: ["finalise"] }],
  ),
  chat(
    [
      "apr 22: what did the met say about young black women in gangs?",
      { meetingsInclude: [M22], says: ["delivery group"] },
    ],
    ["where did that work come from?", { says: ["Mayor's action plan"] }],
  ),
  chat(
    [
      "feb 21 - what did the pcp do for women in the cjs?",
      { meetingsInclude: [M21], says: ["services for women"] },
    ],
    ["n what did setting up the vru bring?", { says: ["preventative public health approach"] }],
  ),
];
