import { chat, M15, M20, M21, M22, M23, one, type QuestionCase } from "./question-set.js";

/**
 * The kinds of question READING the ninth sweep found failing, asked again with other facts and
 * other words: (1) a meeting named by what it discussed in words other than the minutes'
 * ("opening hospitality back up", "the mayoral election being deferred", "the crc's prison
 * visits", "helen ball got welcomed at", "the 2018 charter"), asked yes or no of someone's
 * presence; (2) a subject across meetings left with the asker's filler ("any mtgs where they
 * planned holding one", "when did that crop up", "when's it been brought up"); (3) dates relative
 * to the case's own `today` ("early last month", "two days back", "the week before last", "the
 * middle of this month", "the beginning of the week", "the beginning of last month"); (4) people
 * by the initials a list gives ("KV", "RS in the 2022 attendance"), by organisation in shorthand
 * ("rory murray - police?", "sasha salmon - mopac?", "naomi sterling - whose adviser?"), by
 * presence at the board as against the DMG ("paul wylie - any lcrbs, or only dmg?", "colin allars
 * - been to a board apart from the dmg?") and "was <meeting> X's first board/lcrb?"; (5)
 * follow-ups, filler and typos ("how'd they describe …", "intelligance", "n who'd it report to?",
 * "n the buddy one?", "n what's holding it back?"). Written on 2026-12-07 by the helper asks9 by
 * reading the five minutes in corpus/, before any change to src/ for it; every expectation was
 * checked against the minutes (and each `today`'s weekday with `date`), not against the bot's
 * answers; the sets in bench/data and tests/answers were grepped so that no question of the ninth
 * sweep, nor its facts asked its way, is reused (the corpus is small and well asked: some facts
 * are asked elsewhere, here in other words or by another route).
 * Scored with `npm run build:bench && node .bench-build/bench/questions.js --failures`:
 *   94457d2 (main at 00:42 UTC, no change to src/ made for it): 16/34: topic-meeting 4/8,
 *     across 3/5, relative 2/6, narrow 4/9, follow-up 3/6; the ninth sweep 22/50 and all sets
 *     1157/1217 (without this set) in the same run.
 * Not in any test.
 */
export const ASKED_9_SET: readonly QuestionCase[] = [
  // A meeting named by what it discussed, in words other than the minutes'.
  one("topic-meeting", "the mtg that covered opening hospitality back up - was paul wylie there?", {
    meeting: M20,
    lead: ["Yes"],
  }),
  one("topic-meeting", "the mtg helen ball got welcomed at - was naomi sterling there?", {
    meeting: M22,
    lead: ["Yes"],
  }),
  one(
    "topic-meeting",
    "mtg that talked about the mayoral election being deferred - was andy davis there?",
    { meeting: M20, lead: ["Yes"] },
  ),
  one("topic-meeting", "the mtg where the crc's prison visits came up - was kate gilbert there?", {
    meeting: M15,
    lead: ["Yes"],
  }),
  one("topic-meeting", "the mtg where the crc's prison visits came up - was claire waxman there?", {
    meeting: M15,
    lead: ["No"],
    saysNot: ["Yes:"],
  }),
  one("topic-meeting", "the mtg on recruiting more bame officers - was natasha plummer there?", {
    meeting: M21,
    lead: ["Yes"],
  }),
  one(
    "topic-meeting",
    "mtg where the cps's new scrutiny panel got a mention - was barry hughes there?",
    {
      meeting: M23,
      lead: ["Yes"],
    },
  ),
  one("topic-meeting", "the mtg that noted the 2018 charter - who came from london councils?", {
    meeting: M22,
    says: ["Carolyn Downs", "Gareth Roberts"],
  }),
  // A subject across meetings, with the asker's filler.
  one("across", "roundtable - any mtgs where they planned holding one?", { meetings: [M22] }),
  one("across", "safer streets board - when did that crop up", { meetings: [M21] }),
  one("across", "london policing board - when's it been brought up?", { meetings: [M23] }),
  one("across", "through the gate - which mtgs get into it", { meetings: [M15] }),
  one("across", "play space - when's that been raised", { meetings: [M21] }),
  // Dates relative to the case's own today.
  {
    ...one("relative", "the board early last month - anyone from the nhs?", {
      meeting: M15,
      lead: ["Yes"],
      says: ["Joanne Murfitt"],
    }),
    today: "2015-04-02",
  },
  {
    ...one("relative", "the board two days back - any hmcts rep?", {
      meeting: M21,
      lead: ["Yes"],
      says: ["Damien McCleave"],
    }),
    today: "2021-02-04",
  },
  {
    ...one("relative", "the board the week before last - who came from the cps?", {
      meeting: M22,
      says: ["Barry Hughes", "Lionel Idan"],
    }),
    today: "2022-05-10",
  },
  {
    ...one("relative", "the board in the middle of this month - any apologies from hmcts?", {
      meeting: M23,
      lead: ["Yes"],
      says: ["Joanne Towens"],
    }),
    today: "2023-04-28",
  },
  {
    ...one("relative", "the dmg at the beginning of the week - anyone from the yjb?", {
      meeting: M20,
      lead: ["Yes"],
      says: ["Colin Allars"],
    }),
    today: "2020-06-12",
  },
  {
    ...one("relative", "the board at the beginning of last month - who chaired?", {
      meeting: M21,
      says: ["Sadiq Khan"],
    }),
    today: "2021-03-30",
  },
  // People by initials, organisation or presence.
  one("narrow", "who's KV?", { says: ["Kilvinder Vigurs"] }),
  one("narrow", "RS in the 2022 attendance - who's that?", {
    meetingsInclude: [M22],
    says: ["Rhiannon Sawyer"],
  }),
  one("narrow", "rory murray - police?", { lead: ["Yes"] }),
  one("narrow", "sasha salmon - mopac?", { lead: ["No"], says: ["Private Office"] }),
  one("narrow", "naomi sterling - whose adviser?", {
    says: ["MOPAC"],
    saysNot: ["London Councils"],
  }),
  one("narrow", "paul wylie - any lcrbs, or only dmg?", { lead: ["No"], saysNot: ["Yes:"] }),
  one("narrow", "colin allars - been to a board apart from the dmg?", { lead: ["Yes"] }),
  one("narrow", "was 2022 lionel idan's first board?", { lead: ["No"] }),
  one("narrow", "was apr 23 sarah bott's first lcrb?", { lead: ["Yes"] }),
  // Follow-ups, filler and typos.
  chat(
    [
      "2015 board: what does the cps want?",
      { meetingsInclude: [M15], says: ["court more quickly"] },
    ],
    ["n what's holding it back?", { says: ["system is stretched"] }],
  ),
  chat(
    [
      "apr 23: how'd lynne owens say the new borough superintendants would help?",
      { meetingsInclude: [M23], says: ["neighbourhood policing"] },
    ],
    ["n what were london councils worried abt?", { says: ["Estate Strategy"] }],
  ),
  chat(
    [
      "2015: how'd they describe the crc's progress?",
      { meetingsInclude: [M15], says: ["good progress"] },
    ],
    ["n what was the boroughs' worry before?", { says: ["falling through the gaps"] }],
  ),
  chat(
    [
      "apr 22: what are the intelligance hubs for?",
      { meetingsInclude: [M22], says: ["immediate crime updates"] },
    ],
    ["who's building them?", { says: ["NPS"] }],
  ),
  chat(
    [
      "2015: who'd co-chair the contest board?",
      { meetingsInclude: [M15], says: ["chair of London Councils"] },
    ],
    ["n who'd it report to?", { says: ["report back to LCRB"] }],
  ),
  chat(
    [
      "feb 21: how'd they describe the outreach scheme?",
      { meetingsInclude: [M21], says: ["large and ambitious"] },
    ],
    ["n the buddy one?", { says: ["each new BAME officer"] }],
  ),
];
