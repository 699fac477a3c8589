import { chat, M15, M20, M21, M22, M23, one, type QuestionCase } from "./question-set.js";

/**
 * A ninth fresh sweep, held out, to measure how well the question reading generalises: nobody
 * tunes against it in the session it was written, and its failures are the point. Written on
 * 2026-12-06 by the helper heldout9 by reading the five minutes in corpus/ in full, and kept
 * outside the repository until it was scored at the end of the session; every expectation was
 * checked against the minutes (not against the bot's answers). Every set in bench/data and the
 * tests under tests/answers were grepped, and each question compared by its words with every
 * string there (a word-overlap score against all 4,838 quoted strings, then a grep of each fact's
 * own words), so no phrasing or near-paraphrase, nor the same fact asked the same way, is reused;
 * the corpus is so well asked by now that most cases ask the less-asked lines (the 2015 board's
 * "galvanized community safety ethos", the quickest part of the process, the DMG's officers, the
 * 2021 board's MPS and MoJ people, the April 2022 board's initials) or ask a known fact another
 * way (relative to today, by initials, yes/no, across meetings). Questions as a borough
 * community-safety officer, MOPAC policy officer, police officer, probation or CPS manager or
 * councillor would type them into Slack, with typos ("superintendant", "exploitaiton",
 * "accomodation", "buisnesses", "prosecuters", "resettelment", "consulation", "counsil", "disoder"),
 * abbreviations and shorthand ("mtg", "w", "abt", "n", "lc", "aob", "ct", "pcp", "dep mayor",
 * "apr 22", "feb 21", "intel hubs", "tech rollout", "vru reps", "chief exec", "DBW" and "CS" for
 * initials) and yes/no: a meeting named by what it discussed (8),
 * a subject across meetings (8), comparisons (7), dates relative to the case's own `today` (6:
 * "the end of last month", "today's dmg", "tuesday just gone", "how long till the next board",
 * "the day before yesterday", "the start of last month"), people by post, organisation, initials
 * or presence (10), conversations of 2 turns with pronouns and ellipsis (5 chats, 10 turns) and
 * things the minutes are silent on (6: the answer must say so, not invent; where the minutes
 * record something near, it must show that too). Expectations hold what a careful clerk's answer
 * must contain (the meeting, names, a lead yes/no or number, "minutes do not" for silence), not
 * its wording. Conventions: someone who "was there" includes officers in attendance (Dan Hales,
 * 2015); "how long till the next board" wants the announced date, not a count of days.
 * Scored with no change to src/ made for it (the set copied into a detached worktree of each
 * commit and registered in bench/questions.ts, `npm run build:bench`), the set as it stands:
 *   a1b11b3 (main at the session's start, 22:05 UTC): 21/50: topic-meeting 4/8, across 6/8,
 *     compare 1/7, relative 4/6, narrow 4/10, follow-up 1/5, cannot-know 1/6;
 *   39151d0 (main at 22:58 UTC), 10c40b4 (23:28), 8fcfc0b (23:33), 293935b (23:35) and dd4d845
 *     (23:41, the commit this set was landed on), failure for failure as at a1b11b3: 21/50, every class the same;
 *     none of the rules
 *     landed in between (a yes/no answered from its excerpt, a comparison's subject set before a
 *     dash, everyday words for formal ones) changes any case's result.
 * The typos are mended where the bot looks for a subject ("exploitaiton", "accomodation",
 * "buisnesses", "prosecuters", "superintendant", "resettelment" all find their lines); "counsil"
 * after "sharing info w" is not (see below).
 * What fails at a1b11b3 (29), by cause:
 * - a meeting named by what it discussed, not found or not asked of (4): "the hmcts tech rollout
 *   update" (the minutes' "the roll out of technology") finds no meeting; "the mtg amy lame was
 *   welcomed at - was gareth roberts there?" is searched as words ("The minutes do not record
 *   Gareth Roberts on 'amy lame welcomed'") though he is in that meeting's list; "the mtg that
 *   talked about bribe taking - was dan hales there?" and "... linking city hall n london councils
 *   on ct - was rebecca lawrence there?" find the 2015 board but give its summary, no yes or no;
 * - a subject across meetings not read (2): "evidence base - which mtgs talk about building one"
 *   (the filler "building" empties the search) and "partnership board - when's that come up" (read
 *   as "when is the next board");
 * - comparisons (6): the April 2022 board's "following the pandemic" not found for "covid" (said
 *   not to mention it); "apr 22 board n june 2020 dmg - who was at both?" reads "apr" as the DMG's
 *   subject (no meeting); "vru reps - feb 21 board, then apr 22?" reads "vru reps" as a subject
 *   (no meeting); "new boards", "chief exec" (London Councils' CEO, John O'Brien) and "which
 *   started earlier" (the meetings' times) are searched as words in the items, not read as the
 *   boards the minutes name, a post in the attendance lists or the meetings' times;
 * - dates relative to today (2): "the day before yesterday" and "the start of last month" are not
 *   read as dates (no meeting);
 * - people by initials, organisation or presence (6): "who's DBW?" and "CS in the apr 22 list"
 *   (initials in brackets after the names in the April 2022 list) are searched as words; "michelle
 *   chapman - met?" and "andy davis - whose officer?" say only that no item names them; "has clive
 *   grimshaw ever been to a board, not the dmg?" answers "Yes" on his DMG attendance; "was 2023
 *   ella watson's first board?" reads "watson's first board" as a post and answers "No";
 * - follow-ups, filler and a typo (4): "n which bit's struggling?" does not carry the 2015 passage
 *   it follows ("The CJS system is the area that is experiencing problems"); "2015: what would
 *   sharing info w counsil heads do?" is read as a question about commitments and, with
 *   "counsil" not mended, shows no passage (the chat's "did anywhere else manage it?", the West
 *   Midlands, is not reached); "feb 21 board: how'd they describe the current pcp?" and "feb 21:
 *   why'd the dep mayor call a mtg on 25 jan?" find nothing ("describe", "call" taken as
 *   subjects);
 * - silence not said (5): "how much of the £60m goes on perpetrator work?" says "The minutes do not
 *   mention '60m'" (not read as "£60 million"), so the passage that gives the £60 million without
 *   its split is not shown; where the 2020 disorder was, how many came to the early May meetings
 *   with community representatives (answered "which meeting?"), when the Turnaround plan
 *   consultation closes, and which borough Nesil Caliskan is from (her London Councils listing is
 *   given, the silence on her borough not said) all show passages or a person with no "the
 *   minutes do not".
 * Mended after reading the answers at a1b11b3 (none because an expectation was wrong about the
 * minutes):
 * - too lax (2): "has clive grimshaw ever been to a board, not the dmg?" passed its lead "No" on
 *   "no apologies recorded" in the answer's second line, while the answer led "Yes: Clive Grimshaw
 *   was present at the DMG"; it (and the other lead "No") now also wants no "Yes:". "how much of
 *   the £60m goes on perpetrator work?" passed on "The minutes do not mention '60m'", untrue of
 *   the £60 million passage; it now also wants "60 million" (the passage a clerk would show);
 * - too strict (3): "women: feb 21 v apr 22" wanted "Night Safety Charter" where the item "Women's
 *   safety at night" answers it (now "safety at night"); "london councils' chief exec - same in
 *   2015 and feb 21?" wanted a lead "Yes", but the 2021 list gives John O'Brien no post (now his
 *   name); "which started earlier" wanted "15:30" where the minutes write "3:30" (now the DMG's
 *   "14:00");
 * - made to want what the minutes do record beside the silence (1): "which borough is nesil
 *   caliskan from?" also wants "London Councils".
 * Replaced while writing, before any scoring, because the grep found the fact asked already (so
 * the set never held them): the victims commissioner at the pre-handcuffing-review meeting
 * (question-sweep6's buddy-scheme meeting), the NHS at the through-the-gate meeting ("the
 * corruption lcrb - who came from nhs england?"), Lib Peck from Lambeth ("who was lambeth's cllr
 * at the 2015 board"), the Mayor's private office at the My Ends meeting, the April 2023
 * apologies by count, the LCJB, HMICFRS, devolution, mental health, youth violence, rape and
 * sexual offences, reoffending and community engagement across meetings, councillors and
 * apologies "feb 21 v apr 23" / "2022 and 2023", the MoJ 2015 v 2021, backlogs June 2020 v April
 * 2023, the DMG v the Casey board by size, Doug Flight's and Kilvinder Vigurs's meeting counts,
 * the chair of the Prevent board, Cllr Cornelius's borough, the challenge fund's grants, the
 * newspaper, the workshops' turnout, the chair of the London Policing Board and when its partners
 * will hear, and the chats on council spending ("could it be pooled with anything?"), Lynne
 * Owens's six asks, the fraud roundtable, the challenge fund and BAME recruitment.
 * question-excerpts-8 (landed while this set was held out) asks two of its facts with the meeting
 * named: the June 2020 DMG's any other business ("today's dmg - any aob?" asks it by today) and the
 * West Midlands (the second turn of the chat on sharing information asks it by ellipsis); both
 * kept, as asked another way.
 * Not in any test.
 */

const SILENT = "minutes do not";

export const SWEEP9_SET: readonly QuestionCase[] = [
  // A meeting named by what it discussed.
  one("topic-meeting", "mtg w the hmcts tech rollout update - anyone from hmcts actually there?", {
    meeting: M20,
    lead: ["No"],
    saysNot: ["Yes:"],
  }),
  one(
    "topic-meeting",
    "the mtg where the cps said the system's stretched - was baljit ubhey there?",
    {
      meeting: M15,
      lead: ["Yes"],
    },
  ),
  one("topic-meeting", "the mtg amy lame was welcomed at - was gareth roberts there?", {
    meeting: M22,
    lead: ["Yes"],
  }),
  one(
    "topic-meeting",
    "the mtg that went over a superintendant for each borough - was connie stygall there?",
    {
      meeting: M23,
      lead: ["Yes"],
    },
  ),
  one("topic-meeting", "mtg that talked about bribe taking - was dan hales there?", {
    meeting: M15,
    lead: ["Yes"],
  }),
  one("topic-meeting", "the mtg that talked abt my ends - did rory murray come?", {
    meeting: M21,
    lead: ["Yes"],
  }),
  one("topic-meeting", "the mtg about intel hubs w the nps - who from the cps?", {
    meeting: M22,
    says: ["Barry Hughes", "Lionel Idan"],
  }),
  one(
    "topic-meeting",
    "mtg that talked abt linking city hall n london councils on ct - was rebecca lawrence there?",
    {
      meeting: M15,
      lead: ["Yes"],
    },
  ),
  // A subject across meetings.
  one("across", "drugs - which mtgs?", { meetings: [M15] }),
  one("across", "home office - has it come up, when?", { meetings: [M15, M21] }),
  one("across", "evidence base - which mtgs talk about building one", {
    meetings: [M20, M21, M22],
  }),
  one("across", "exploitaiton - anywhere?", { meetings: [M21] }),
  one("across", "accomodation - how many mtgs", { meetings: [M21], lead: ["1"] }),
  one("across", "local buisnesses - any mtg?", { meetings: [M22] }),
  one("across", "prosecuters - when were they last mentioned", {
    meeting: M23,
    says: ["12 April 2023"],
  }),
  one("across", "partnership board - when's that come up", { meetings: [M22] }),
  // Comparisons.
  one("compare", "covid - dmg 2020 v apr 22 board, what was said each time", {
    meetings: [M20, M22],
    says: ["Recovery", "pandemic"],
  }),
  one("compare", "apr 22 board n june 2020 dmg - who was at both?", {
    says: [
      "Sophie Linden",
      "Diana Luchford",
      "Claire Waxman",
      "Sinead Dervin",
      "Doug Flight",
      "Barry Hughes",
    ],
    saysNot: ["Colin Allars", "Helen Ball"],
  }),
  one("compare", "vru reps - feb 21 board, then apr 22?", {
    meetings: [M21, M22],
    says: ["Lib Peck", "Rhiannon Sawyer"],
  }),
  one("compare", "new boards mentioned: feb 21 v apr 23", {
    meetings: [M21, M23],
    says: ["Efficiency Board", "London Policing Board"],
  }),
  one("compare", "london councils' chief exec - same in 2015 and feb 21?", {
    says: ["John O'Brien"],
  }),
  one("compare", "women: feb 21 v apr 22 - what did each say", {
    meetings: [M21, M22],
    says: ["services for women", "safety at night"],
  }),
  one("compare", "which started earlier, the 2015 board or the june 2020 dmg?", {
    meetings: [M15, M20],
    says: ["14:00"],
  }),
  // Dates relative to today.
  {
    ...one("relative", "the board at the end of last month - whose minutes did they approve?", {
      meeting: M22,
      says: ["24 January 2022"],
    }),
    today: "2022-05-09",
  },
  {
    ...one("relative", "today's dmg - any aob?", { meeting: M20, says: ["no other business"] }),
    today: "2020-06-08",
  },
  {
    ...one("relative", "tuesday just gone - was georgia gould there?", {
      meeting: M21,
      lead: ["Yes"],
    }),
    today: "2021-02-04",
  },
  {
    ...one("relative", "how long till the next board?", { says: ["9 June 2015"] }),
    today: "2015-05-01",
  },
  {
    ...one("relative", "the board the day before yesterday - any word on resettelment?", {
      meeting: M23,
      says: ["Probation and Prisons"],
    }),
    today: "2023-04-14",
  },
  {
    ...one("relative", "the board at the start of last month - anything under aob?", {
      meeting: M21,
      says: ["Efficiency Board"],
    }),
    today: "2021-03-01",
  },
  // One meeting, one fact; people by post, organisation, initials or presence.
  one("narrow", "who's DBW?", { says: ["Debbie Weekes-Bernard"] }),
  one("narrow", "michelle chapman - met?", { lead: ["Yes"] }),
  one("narrow", "has clive grimshaw ever been to a board, not the dmg?", {
    lead: ["No"],
    saysNot: ["Yes:"],
  }),
  one("narrow", "CS in the apr 22 list - who's that?", {
    meetingsInclude: [M22],
    says: ["Claudia Strut"],
    saysNot: ["Helen Ball"],
  }),
  one("narrow", "althea loderick - which org, n was she there?", {
    says: ["London Councils", "12 April 2023"],
  }),
  one("narrow", "was 2023 ella watson's first board?", { lead: ["Yes"] }),
  one("narrow", "who's tom burnham", { says: ["MOPAC", "2 February 2021"] }),
  one("narrow", "who's the lc mayor in the 2015 attendance", { says: ["Jules Pipe"] }),
  one("narrow", "how many boards has james bottomley been at", { lead: ["2"] }),
  one("narrow", "andy davis - whose officer?", { says: ["MOPAC"], saysNot: ["London Councils"] }),
  // Things the minutes never discuss, or do not record.
  one("cannot-know", "how much of the £60m goes on perpetrator work?", {
    says: [SILENT, "60 million"],
  }),
  one("cannot-know", "where in london was the 2020 disoder?", { says: [SILENT] }),
  one("cannot-know", "how many turned up to the early may mtgs w community reps?", {
    says: [SILENT],
  }),
  one("cannot-know", "when does the turnaround plan consulation close?", { says: [SILENT] }),
  one("cannot-know", "how many BCUs are there?", { says: [SILENT] }),
  one("cannot-know", "which borough is nesil caliskan from?", {
    says: [SILENT, "London Councils"],
  }),
  // Conversations.
  chat(
    [
      "2015 board: which part of the justice process is quickest?",
      { meetingsInclude: [M15], says: ["led by the police"] },
    ],
    ["n which bit's struggling?", { says: ["experiencing problems"] }],
  ),
  chat(
    [
      "2015: what would sharing info w counsil heads do?",
      { meetingsInclude: [M15], says: ["galvanized"] },
    ],
    ["did anywhere else manage it?", { says: ["West Midlands"] }],
  ),
  chat(
    [
      "feb 21 board: how'd they describe the current pcp?",
      { meetingsInclude: [M21], says: ["broad and ambitious"] },
    ],
    ["who helped deliver it?", { says: ["key LCRB partners"] }],
  ),
  chat(
    [
      "feb 21: why'd the dep mayor call a mtg on 25 jan?",
      { meetingsInclude: [M21], says: ["support from partners"] },
    ],
    ["what else was it meant to agree?", { says: ["actions and outcomes"] }],
  ),
  chat(
    [
      "apr 23: what's mopac doing about casey's point on its oversight?",
      { meetingsInclude: [M23], says: ["accept the recommendations"] },
    ],
    ["who told them that?", { says: ["Mayor and DMPC"] }],
  ),
];
