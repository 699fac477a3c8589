import type { Intent } from "../answer.js";
import { DISCUSSED } from "../discussed-words.js";
import { OFFICIALS_ASKED } from "../officials-asked.js";
import { askedClause } from "../question.js";
import { asksAnotherBoardMeets, asksHowOftenWeMeet, BOARD_MEETS } from "./board-meets.js";
import type { Aggregation, Target } from "./query.js";

/** One way of asking for a target: the first rule whose pattern matches the question wins. */
export interface TargetRule {
  pattern: RegExp;
  target: Target;
  aggregation: Aggregation;
  /** The row holds only for a question that names no subject (see readTarget). */
  withoutSubject?: true;
  /** The row holds only for a question that names two meetings to set side by side. */
  twoSides?: true;
  /**
   * The row holds too for the question asked after a meeting set before it by a dash or colon:
   * "2015 board - was fraud discussed?", "earlier this year - did the board hear from Dame Lynne?".
   */
  afterBreak?: true;
  /** The row holds only when this says so of the question, read past what a pattern can say. */
  when?: (text: string) => boolean;
}

const ORGANISATIONS = "(?:organi[sz]ations?|agencies|agency|bodies|partners)";
// A clause that names a meeting by what it discussed: "the meeting where …", "the board that …".
// A meeting named by what it took: "the meeting where …", and "the Casey review discussion" (the
// noun names the meeting, as "the fraud meeting" does, and asks nothing about whether it came up).
const MEETING_CLAUSE =
  "(?:(?:meeting|one|session|board)s? (?:where|when|that|at which|in which|which)\\b|the (?:[a-z0-9'&-]+ ){1,5}discussion\\b)";
const ATTENDANCE =
  "(?:attend\\w*|attendees|members|membership|people|organisations?|who was at|representation|represented)";

// How a count is asked for: "how many", "the number of", "a count of", "total number of", and
// "count the …" or "total … meetings" as the first words (the word itself: "counter terrorism" is
// no count).
const HOW_MANY =
  "(?:\\bhow many|\\b(?:the |total |a )?(?:number|count|total) of|^count(?: the| all)?\\b|^total\\b(?= (?:[a-z]+ )?meetings\\b))";
/** The words that ask for a count, which are never the subject counted. */
export const COUNT_WORDS = new RegExp(HOW_MANY, "g");
/**
 * The table of ways to ask. Rows say what a phrase asks for; the planner decides which meetings.
 * A question no row matches takes its target from the intent the rule-based reader gives it.
 */
/** "The last item at the 2022 meeting", "the first agenda item": the end of the agenda asked for. */
export const ITEM_AT_AN_END = /\b(first|opening|last|final|closing) (?:agenda )?item\b/;

/** "Who took the minutes", "the minute taker", "who was clerk to the board". */
export const MINUTE_TAKER =
  /\bwho (?:took|takes|wrote|writes|recorded|records|was taking|is taking|did|does) (?:the )?(?:minutes|notes)\b|\bminute[- ]?(?:takers?|taking|secretary)\b|\bnote[- ]?takers?\b|\b(?:the )?clerk (?:to|of|for) the\b|\bwho (?:was|is) (?:the )?(?:clerk|secretariat)\b/;
/** "More people", "bigger", "better attended": a question weighing two meetings' attendance. */
export const SIZE_COMPARED =
  /\b(?:(?:more|fewer|less) (?:[a-z&']+ ){0,3}?(?:people|attendees|attendance|members|names|partners|came|attended|turned up|apologies|reps?|representatives|from)\b|bigger|larger|smaller|busier|(?:better|worse|more|less) attended)\b/;
/**
 * "Headcount", "turnout", "LC numbers at the DMG v the Casey board", "how many from the MPS at the
 * 2021 board v the fraud board": two meetings weighed by how many came, as SIZE_COMPARED. "How
 * many" counts people only when it says so ("how many MPS officers", "how many from …"): "how
 * many times was knife crime discussed …", "how many actions were agreed …" count something else.
 */
export const COUNT_COMPARED =
  /\b(?:head ?count|turnout|numbers)\b|^how many (?:(?:[a-z&']+ ){0,2}(?:people|ppl|attendees|members|reps?|representatives|officers|councillors|cllrs)|from)\b/;
/**
 * "More agenda items in feb 21 or apr 23?", "bigger agenda: the dmg or the 2015 board?", "more
 * items on the agenda …": the word "agenda" itself, since "items" alone may be anything listed
 * ("which items came up more …", "more action items …").
 */
export const AGENDA_SIZE =
  /\b(?:more|fewer|less|bigger|longer|shorter|larger|smaller|how many)\b.*\bagendas?\b|\bagendas?\b.*\b(?:more|fewer|less|bigger|longer|shorter|larger|smaller)\b/;
/** "Both", "still", "also": those on both sides of an attendance comparison, not who changed. */
// "Any overlap?", "anyone in common?": those on both sides too.
export const ON_BOTH_SIDES = /\b(?:both|still|also|overlap\w*|in common)\b/;

// "How many people got arrested", "how many ppl took part in the workshops": people something
// happened to or who did something, which is no count of an attendance list (and the minutes
// seldom give it); "how many people were there", "how many people came" are.
// "How many people has the London Victims and Witness Service supported": people someone else
// did something for.
const NOT_ATTENDING =
  "(?! (?:(?:got|get|were|was|have been|had been|have|had) (?!at\\b|there\\b|present\\b|in attendance\\b|listed\\b|named\\b)[a-z]+(?:ed|en)\\b|(?:took|take|taking) part\\b|(?:died|arrested|stopped|injured|killed|affected|responded|applied|signed)\\b|(?:has|have|had|did|does|do|will|would) (?:[a-z&'-]+ ){1,6}?(?:support|help|reach|train|recruit|arrest|stop|search|refer|hous|assist|serv|treat|convict|charg|prosecut|sentenc|employ|hir|sack|dismiss|protect|safeguard|interview|contact)[a-z]*\\b))";

/**
 * When or where a meeting was held, as its header records: "what time did it start", "where was
 * the 2015 board held", "how long did it last", "held online", and of two compared, "start times",
 * "which started earlier", "where was each held". Starting and being held are the meeting's only
 * when it is what started or was held: "what work was started", "were any events held" ask a
 * subject (review 3 C11). The one reader of it, for one meeting (TARGET_RULES, where a meeting
 * still to come is the next meeting's answer) and for two compared (read-comparison.ts).
 */
export const WHEN_OR_WHERE_HELD = (() => {
  // What started or was held: the meetings ("each", "it", "which one"), or a meeting named in a
  // few words ("the 2015 board", "the lcrb meeting", "the first one").
  const meetings =
    "(?:each|they|it|both|either|which|which one|(?:the )?(?:[a-z0-9'&-]+ ){0,4}?(?:meetings?|mtgs?|boards?|sessions?|ones?|dmgs?|lcrbs?))";
  // The askers' own words for the meeting, "when did we start?", "where was that held?" (review 4
  // C11): a meeting only when the verb follows straight on and nothing it does follows the verb
  // but a date or the end ("when did we start the fraud work", "when did that initiative start"
  // ask a subject).
  const ours = "(?:we|you|that|this|those|these)";
  const dateOrEnd =
    "(?=\\s*(?:[?.!]|$|then\\b|last\\b|(?:in|on|at) (?:the )?(?:\\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)))";
  return new RegExp(
    [
      "\\b(?:start|finish|end)(?:ing)? times?\\b|\\bwhat time\\b|\\bvenues?\\b|\\blocation\\b|\\bheld where\\b",
      "\\b(?:start|finish)(?:ed)? at what time\\b",
      "\\bhow long (?:was|were|did|is)\\b(?!.*\\b(?:ago|since)\\b)",
      `\\b${meetings} (?:started|began|begins|starts|kicked off|finished|ended) (?:earlier|first|later|sooner|last)\\b`,
      `\\bwhen did ${meetings}\\b.*\\b(?:start|begin|kick off|finish|end)\\b`,
      `\\bwhen did ${ours} (?:start|begin|kick off|finish|end)\\b${dateOrEnd}`,
      // "When was each held" of two meetings; of one, "when was it held" asks its date.
      "\\bwhen (?:was|were|is|are) (?:each|they|both|either|which one|which|(?:the )?(?:two |2 )?(?:meetings|boards|sessions|ones)) (?:held|hosted)\\b",
      `\\bwhere (?:was|were|did|do|is|are) ${meetings}\\b.*\\b(?:held|meet|met|take place|took place|hosted)\\b`,
      `\\bwhere (?:was|were|did|do|is|are) ${ours} (?:held|meet|met|take place|took place|hosted)\\b${dateOrEnd}`,
      "\\bwhere (?:will|would|does|do) (?:the )?(?:new |proposed )?(?:[a-z'&-]+ ){0,4}board (?:meet|be held|sit)\\b",
      "\\b(?:held|met|took place) (?:online|virtually|remotely|in person|on (?:ms |microsoft )?teams|on zoom|on webex|by video)\\b",
    ].join("|"),
  );
})();

// "Where was the mtg held that talked about …", "when did the meeting start that discussed …":
// where or when a meeting named by its subject was held, not where the subject came up.
const HELD_THAT =
  "(?:meeting|one|session)s? (?:held|hosted|start\\w*|begin|began|finish\\w*|end(?:ed)?|take place|took place) (?:that|where|which|at which|in which)\\b";

export const TARGET_RULES: readonly TargetRule[] = [
  // Who took the minutes: a post like any other, which attendance lists seldom name.
  { pattern: MINUTE_TAKER, target: "posts", aggregation: "one" },
  // When or how often another board meets ("when did the london prevent board last meet?", "how
  // often does the efficiency board meet?"): not ours, whose minutes these are (board-meets.ts reads
  // whose); the venue's executor says the minutes record only their own meetings (venue.ts).
  { pattern: BOARD_MEETS, when: asksAnotherBoardMeets, target: "venue", aggregation: "one" },
  // How often one of ours meets, however named ("the main board", "the dmg board"): the meetings
  // the minutes hold and the dates they announce, as the row for "how often does the board meet".
  { pattern: BOARD_MEETS, when: asksHowOftenWeMeet, target: "meetings", aggregation: "timeline" },
  // An organisation's people at a meeting: "list the London Councils reps at the teen homicide
  // meeting", "who's the NHS rep at the VRAP meeting".
  {
    pattern:
      /^(?:list|name|show|give|who(?:'s| is| was| were| are)?)\b.*\b(?:reps?|representatives|delegates?|delegation)\b|^(?:the )?(?:[a-z&]+ ){1,3}(?:reps?|representatives|delegates?|delegation)\b/,
    target: "attendees",
    aggregation: "one",
  },
  // Attendance meeting by meeting: "did attendance go up or down over time", "how many people
  // attended each meeting".
  {
    pattern:
      /^(?:(?:did|has|have|had|is|was|how|what|the|board's|meeting's|lcrb|dmg|our|overall|been|happened to|changed|change|trend in|of)\s+)*(?:attendance|turnout)\b(?! (?:at|of|in|by) (?!(?:the |these |our )?(?:meetings?|board|lcrb|dmg)\b))(?!.*\babout\b).*\b(?:over time|over the years|go(?:ne)? (?:up|down)|went (?:up|down)|ris\w*|rose|fall\w*|fell|trend\w*|grow\w*|grew|drop\w*|declin\w*|increas\w*|decreas\w*)\b|\bhow many (?:people )?(?:attended|came to|came|were at|went to) (?:each|every) meeting\b|\b(?:attendance|turnout) (?:at|for|of) (?:each|every) meeting\b/,
    target: "attendees",
    aggregation: "timeline",
  },
  // How often a board meets: "how often does the board meet", "how regular are the meetings".
  {
    pattern:
      /\bhow (?:often|frequently|regularly) (?:does|do|did|is|are|was|were|has|have) (?:the )?(?:lcrb|dmg|board|group|it|they)(?: (?:usually|normally|generally|actually))? (?:meet|met|sit|sat|convene\w*|get together)\b|\bhow (?:often|frequently|regularly) (?:are|were|is) (?:the )?(?:lcrb |dmg |board )?meetings (?:held)?\W*$|\bhow (?:frequent|regular) (?:are|were|is) (?:the )?(?:meetings|they)\b|\bmeeting (?:frequency|cadence)\b|\bgaps? between (?:the )?meetings\b/,
    target: "meetings",
    aggregation: "timeline",
  },
  // Apologies at two meetings side by side: "compare the apologies at the 2022 and 2023
  // meetings", "apologies 2022 vs 2023", "who sent apologies to both …" ("apologies between 2021
  // and 2023" is a period, not two sides).
  {
    pattern:
      /\bapolog\w*\b.*\b(?:compar\w*|vs\.?|v\.?|versus|against|differ\w*|different|chang\w*|both)\b|\b(?:compar\w*|differ\w*|both)\b.*\bapolog\w*/,
    target: "apologies",
    aggregation: "compare",
  },
  // Which of two meetings had more people: "were there more people at the DMG or at the 2015
  // board?", "was the 2021 board bigger than the 2023 one?".
  {
    pattern: new RegExp(
      `(?:${SIZE_COMPARED.source}|\\b(?:head ?count|turnout)\\b).*\\b(?:or|than|vs|v|versus|against|compared (?:to|with))\\b`,
    ),
    target: "attendees",
    aggregation: "compare",
  },
  // Those at one meeting who came to another too: "who was at the 2015 meeting and was still
  // coming in 2023", "which 2021 attendees were also at the 2023 meeting".
  {
    pattern:
      /\b(?:still|also)\b (?:(?:been )?(?:coming|attending|attended|came|come|going|went|there|at|present|in attendance|turning up|turned up))\b/,
    target: "attendees",
    aggregation: "compare",
  },
  // Attendance between two meetings or years: who joined, who left ("joined the buddy scheme"
  // joined something else).
  {
    pattern:
      /\b(?:joined(?![- ]up\b)(?! (?:the|a|an) (?!(?:board|boards|meetings?|lcrb|dmg|group|next|later|second|latter|\d))[a-z])|left|new (?:faces|members|attendees|people)|who (?:was|were|is|are) new|no longer (?:came|comes|attend\w*)|(?:stopped|started) (?:coming|attending)|dropped (?:out|off)|but (?:not|never) (?:at|to|in)?)\b/,
    target: "attendees",
    aggregation: "compare",
  },
  // "Who attended both the 2022 and 2023 meetings": those at both sides.
  {
    pattern: new RegExp(`\\b${ATTENDANCE}\\b.*\\bboth\\b.*\\band\\b|\\b(?:at|to|in) both\\b`),
    target: "attendees",
    aggregation: "compare",
  },
  {
    pattern: new RegExp(
      `\\b(?:compare|comparison|compared|vs|v|versus|against|chang\\w*|differ\\w*)\\b.*\\b${ATTENDANCE}\\b|\\b${ATTENDANCE}\\b.*\\b(?:compare\\w*|comparison|vs|v|versus|against|chang\\w*|differ\\w*)\\b`,
    ),
    target: "attendees",
    aggregation: "compare",
  },
  // Two meetings' actions side by side: "how many actions were agreed at the 2015 board v the
  // 2022 board", "actions: DMG vs Casey board".
  {
    pattern:
      /\bactions?\b(?!\s+plans?\b).*\b(?:compare|comparison|compared|vs\.?|v\.?|versus|against)\b|\b(?:compare|comparison|compared)\b.*\bactions?\b(?!\s+plans?\b)/,
    target: "actions",
    aggregation: "compare",
    twoSides: true,
  },
  // What two meetings decided, side by side: "what did the board sign off in mar 15 compared to
  // apr 22" (read as "agree"), "decisions: 2015 v 2022"; each meeting's decisions, not its
  // attendance.
  {
    pattern:
      /^(?!.*\b(?:actions?|said|say|says|discuss\w*|talk\w*)\b)(?=.*\b(?:decided|decide|decisions?|agreed|agree|approved|approve|endorsed|resolved)\b).*\b(?:compare|comparison|compared|vs\.?|v\.?|versus|against)\b/,
    target: "decisions",
    aggregation: "compare",
    twoSides: true,
  },
  // Two whole meetings side by side: "compare the April 2022 and April 2023 meetings", "the 2015
  // meeting vs the 2021 one", "how did the 2023 meeting differ from 2022". With a subject ("how
  // has fraud changed since 2021", "different approaches to fraud") the rows below read it.
  {
    pattern:
      /\b(?:compare|comparison|compared|vs\.?|v\.?|versus|against|differ\w*|different|changed? between|what changed)\b/,
    target: "meeting",
    aggregation: "compare",
    withoutSubject: true,
  },
  // A subject at two meetings side by side: "PCP: Feb 2021 vs April 2022", "compare what was
  // said about backlogs in June 2020 and April 2023" ("how did it change between 2020 and 2022"
  // is the stretch of time, read below).
  {
    pattern: /\b(?:compare|comparison|compared|vs\.?|v\.?|versus|against|differ\w*|different)\b/,
    target: "passages",
    aggregation: "compare",
    twoSides: true,
  },
  // Whether a subject came up, yes or no first: "was fraud discussed in 2023", "did they talk
  // about knife crime", "was the casey review on the agenda".
  {
    // "Did Diana Luchford go to the meeting where the Turnaround plan came up" asks about the
    // meeting the clause names, not whether the plan came up.
    pattern: new RegExp(
      `^(?:was|were|did|does|do|has|have|had|is|are)\\b(?:(?!\\b${MEETING_CLAUSE}).)*\\b${DISCUSSED}`,
    ),
    target: "passages",
    aggregation: "whether",
    afterBreak: true,
  },
  // Subjects that come back: "which agenda items recur", "what topics came up most often",
  // "what does the board discuss most".
  {
    pattern:
      /\b(?:topics?|subjects?|issues?|themes?|items?|matters?|things?)\b (?:\w+ )?(?:recurr?\w*|keeps? (?:coming|cropping) up|(?:came|come|comes) up (?:again|repeatedly|more than once)|(?:came|come|comes|are|were|is) (?:up )?(?:again and again|repeatedly))\b|\b(?:recurring|repeated|regular) (?:agenda )?(?:topics?|subjects?|issues?|themes?|items?)\b|^what (?:keeps|kept) (?:coming|cropping) up\b|\b(?:topics?|subjects?|issues?|themes?|items?|matters?)\b.*\b(?:most (?:often|frequently|discussed|common)|more than once|at (?:every|each|several|most) meetings?)\b|\bmost (?:common|frequent|frequently discussed|discussed|regular|recurring) (?:topics?|subjects?|issues?|themes?|items?)\b|^what (?:did|does|do|has|have) .+ (?:discuss|talk about|talked about|discussed) (?:the )?most\b/,
    target: "subjects",
    aggregation: "rank",
  },
  // A meeting's business asked for as its topics: "what topics were discussed at the 2021
  // meeting", "what were the main themes in 2021" (not "what issues were raised about fraud").
  {
    pattern:
      /^(?:what|which)(?: were| are| was| is)?(?: the)?(?: main| key| major| big| other)? (?:topics|issues|subjects|themes|matters|business|things)\b(?!.*\b(?:about|regarding|concerning|relating|related|around|on (?!the agenda)|for (?!the\b)|of (?!the\b))\b)(?=.*\b(?:meetings?|lcrb|dmg|board|group|\d{4}|january|february|march|april|may|june|july|august|september|october|november|december|it|there|then)\b)/,
    target: "meeting",
    aggregation: "one",
  },
  // Agenda items about a subject, across meetings: "list all the agenda items about violence".
  {
    pattern:
      /\b(?:which|what|list|all|every|any)\b.*\b(?:agenda )?items?\b.*\b(?:about|on|regarding|concerning|covering|discussing)\b/,
    target: "passages",
    aggregation: "list",
  },
  // A subject across time: the cited passages in date order.
  {
    pattern:
      /\b(?:timeline|history of|over time|what(?:'?s| has| have)? changed|how (?:has|have|did|does) .+ (?:chang\w*|evolv\w*|mov\w* on|develop\w*|progress\w*))\b/,
    target: "passages",
    aggregation: "timeline",
  },
  // When a subject was first or last discussed.
  {
    pattern: new RegExp(
      `\\b(?:when (?:was|were|did|has|have)\\b.*\\bfirst\\b.*\\b${DISCUSSED}|first (?:time|mention\\w*)\\b|when (?:was|were|did)\\b.*\\bfirst ${DISCUSSED})`,
    ),
    target: "passages",
    aggregation: "first",
  },
  // The latest on a subject is where it last came up: "what's the latest on the police and crime
  // plan", "any update on disproportionality", "most recent mention of the VRU".
  {
    pattern:
      /^(?:(?:what(?:'s| is| was)?|anything|any|give me|tell me) )?(?:the )?(?:latest|newest|most recent)(?: (?:news|updates?|word|position|discussion|mention|thinking))? (?:on|about|regarding|of|re)\b|^(?:any|anything) (?:news|updates?|progress|new) (?:on|about|regarding|with)\b/,
    target: "passages",
    aggregation: "last",
  },
  {
    pattern: new RegExp(
      `\\bwhen (?:was|were|did|has|have)\\b.*\\b(?:last|most recently|latest)\\b.*\\b${DISCUSSED}|\\blast time\\b.*\\b${DISCUSSED}`,
    ),
    target: "passages",
    aggregation: "last",
  },
  // How often a subject came up, and which meetings discussed it.
  {
    pattern: new RegExp(
      `\\bhow (?:often|many times)\\b.*\\b${DISCUSSED}|${HOW_MANY} meetings\\b.*\\b${DISCUSSED}`,
    ),
    target: "passages",
    aggregation: "count",
  },
  {
    pattern: new RegExp(
      `\\b(?:which|what|list(?: the| all| every)?|every|all(?: the)?) meetings?\\b.*\\b${DISCUSSED}|\\b(?:when|where) (?:was|were|did|has|have)\\b(?!.*\\b${HELD_THAT})(?:.*\\b${DISCUSSED})|\\b(?:on )?what (?:day|date) (?:did|has|have)\\b.*\\b${DISCUSSED}`,
    ),
    target: "passages",
    aggregation: "list",
  },
  // Who presented an item or raised a subject is in the passages, not the attendance list: "who
  // gave the operational update", "who raised police corruption" ("who spoke at the 2023 meeting"
  // stays with the attendance).
  {
    pattern:
      /^who (?:gave|presented|introduced|led|delivered|raised|reported|spoke|talked|updated|briefed|tabled|proposed)\b(?! (?:at|in|during|to)\b)/,
    target: "search",
    aggregation: "one",
  },
  // "How long ago was the last meeting": that meeting, whose date the answer gives.
  {
    pattern:
      /^how long (?:ago|since) (?!.*\b(?:discuss\w*|talk\w*|mention\w*|rais\w*|c[oa]me up|covered)\b)/,
    target: "meeting",
    aggregation: "one",
  },
  // The meeting a past meeting's minutes announced as the next one: "the next meeting after the
  // march 2015 one", "did the 2023 minutes set a date for the next board", "when did the 2023
  // minutes say the board would next meet".
  {
    pattern:
      /\bnext (?:lcrb |dmg |board )?(?:meeting|one)s? after\b|\bminutes\b.*\b(?:set|fix\w*|gave|give|giv\w*|name\w*|say|said|announc\w*|schedul\w*)\b.*\bnext (?:lcrb |dmg )?(?:meeting|board|group|lcrb|dmg|one)\b|\bminutes\b.*\b(?:would|will|to) (?:next meet|meet next)\b/,
    target: "scheduled",
    aggregation: "one",
  },
  // The earlier meeting a meeting's minutes speak of: "which meeting's minutes were signed off in
  // april 2022", "whose minutes did the april 2022 meeting approve".
  {
    pattern:
      /\b(?:whose|which meeting'?s?|what|which) minutes\b.*\b(?:signed off|sign\w* off|approv\w*|agreed|agree|accepted|accept|adopted|confirmed|passed)\b|\bminutes of which meeting\b/,
    target: "previous",
    aggregation: "one",
  },
  // Narrow answers about one meeting.
  // When and where one meeting was held (WHEN_OR_WHERE_HELD): "what time did it start", "where was
  // it held", "how long did it last"; a meeting still to come is the next meeting's answer.
  {
    pattern: new RegExp(`^(?!.*\\b(?:next|upcoming|future)\\b).*(?:${WHEN_OR_WHERE_HELD.source})`),
    target: "venue",
    aggregation: "one",
  },
  // Organisations ranked by attendance: "which organisations attended the most meetings".
  {
    pattern: new RegExp(
      `\\b${ORGANISATIONS}\\b.*\\b(?:most|fewest|least|best|rarely|seldom)\\b|\\b(?:most|best|least) represented\\b`,
    ),
    target: "organisations",
    aggregation: "rank",
  },
  // The organisations at a meeting or on a board: "which organisations attended the 2023
  // meeting", "which partners were represented at the DMG", "what agencies sit on the board",
  // "how many organisations were at the April 2023 board".
  {
    pattern: new RegExp(
      `^(?:${HOW_MANY}|which|what|list|name)(?: all)?(?: the| of the)? (?:partner |member )?${ORGANISATIONS}(?: (?:were|was|are|is|have|had|has))? (?:attend\\w*|at|present|represented|there|sit\\w* on|sat on|on the (?:board|lcrb|dmg|group)|members? of|make up|made up|in attendance|came|come|belong\\w* to)\\b`,
    ),
    target: "organisations",
    aggregation: "list",
  },
  // Meetings ranked: "which meeting had the most attendees", "the best attended meeting", "which
  // meeting had the most apologies".
  {
    pattern:
      /\b(?:which|what) (?:lcrb |dmg |board )?(?:meeting|one)s? (?:had|has|have|saw|drew|got|was|were|is)\b.*\b(?:most|fewest|least|biggest|largest|smallest|highest|lowest|best|worst|longest|shortest|busiest|quietest)\b|\b(?:best|worst|most|least|poorly) attended\b|\b(?:biggest|largest|smallest|busiest|longest|shortest) meetings?\b/,
    target: "meetings",
    aggregation: "rank",
  },
  // Those who never did one or the other: "who has never sent apologies", "who never came".
  {
    pattern:
      /^who (?:has |have |had )?never (?:sent|given|gave|made|attended|came|come|been|missed)\b/,
    target: "people",
    aggregation: "rank",
  },
  // People ranked: "who has attended the most meetings", "who sent apologies most often", "who
  // attended every meeting", and an organisation's regulars: "who from MOPAC usually attends",
  // "which London Councils members attend most often".
  {
    pattern:
      /^who (?:from|at|of) (?=.*\b(?:attend\w*|come|comes|came|go|goes|went|turns? up)\b)(?=.*\b(?:usually|normally|regularly|often|always|most|every)\b)|^(?:which|what) .+? (?:members|people|officers|representatives|staff|reps) (?:attend|come|go|turn)\w*\b.*\b(?:most|often|regularly|usually)\b|^who (?:has |have |had )?(?:attended|attends|came|comes|been|gone|went|goes|sent|sends|missed|misses|apologi\w*|gave|given)\b.*\b(?:most|fewest|least|often|regularly|rarely|every|each|all the)\b|\b(?:most|least) (?:regular|frequent) (?:attendees?|members?|people)\b|\bwho (?:are|were) the regulars\b/,
    target: "people",
    aggregation: "rank",
  },
  // Apologies before attendance: "how many people sent apologies" counts apologies, not people.
  {
    pattern: new RegExp(`${HOW_MANY}[^?]*?\\b(?:apolog\\w*|absent|absences|regrets)\\b`),
    target: "apologies",
    aggregation: "count",
  },
  {
    pattern: new RegExp(
      `${HOW_MANY} (?:people |attendees |members |persons |names )?(?:attended|came|were (?:at|there|present)|was (?:at|there)|turned up|went)\\b|${HOW_MANY} (?:people|attendees|members|persons)\\b${NOT_ATTENDING}|${HOW_MANY} from\\b`,
    ),
    target: "attendees",
    aggregation: "count",
  },
  {
    pattern: /\bhow many (?:agenda )?items\b/,
    target: "meeting",
    aggregation: "count",
  },
  {
    pattern:
      /^(?:the )?(?:attendance|attendees|attendee list)\b(?! of\b)|\battendance (?:at|for|list)\b|\battendees (?:at|in|for)\b|^(?:which|what) (?:[a-z&]+ ){0,2}(?:people|members|officers|officials|councillors|staff|attendees) (?:attended|came to|went to|were at|was at|turned up)\b|\bwho (?:went|goes|go)\b|\bwho (?:all )?(?:was|were) (?:there|at)\b|\bwho(?: has|'s| have)? been (?:coming|going) to\b/,
    target: "attendees",
    aggregation: "one",
  },
  // "The dmg w the transition board update - who were the officers?": the list's own heading
  // for those in attendance, not a post to look for (officials-asked.ts).
  { pattern: OFFICIALS_ASKED, target: "attendees", aggregation: "one", afterBreak: true },
  {
    pattern: /\bapolog\w*|\b(?:absent|absences|sent regrets)\b|^who (?:missed|was missing from)\b/,
    target: "apologies",
    aggregation: "one",
  },
  // Chairs across meetings: "who chaired the most meetings", "has the chair changed", "who has
  // chaired the board over the years".
  {
    pattern: /^who (?:has |have )?chaired (?:the )?most\b|\bchaired the most (?:meetings|often)\b/,
    target: "chair",
    aggregation: "rank",
  },
  {
    pattern:
      /\b(?:has|have|did) the chair(?:s|manship)? (?:changed|change)\b|\bwho (?:has|have) chaired\b.*\b(?:over (?:the )?(?:years|time)|since)\b|\bchairs? over (?:the )?(?:years|time)\b|\bhistory of (?:the )?chair\b|\b(?:all|previous|past|former) (?:the )?chairs\b/,
    target: "chair",
    aggregation: "timeline",
  },
  {
    pattern:
      /\bwho (?:(?:co-?)?chaired|(?:co-?)?chairs|(?:was|is|were|are) (?:the )?(?:co-?|joint )?chair\w*|(?:was|is|were) in the chair|presided)\b|\b(?:co-?)?chaired (?:by|it)\b|^(?:co-?)?chair\b|^(?:did|does) (?:the )?[a-z&' -]+? (?:co-?)?chair\b/,
    target: "chair",
    aggregation: "one",
  },
  // One discussion of a meeting, named by its subject: "summarise the fraud discussion", "tell me
  // about the casey review item" (the item, not the whole meeting).
  {
    pattern:
      /^(?:summari[sz]e|summary of|sum up|recap|tell me (?:more )?about|what happened (?:in|during|at)|what was said (?:in|during))\b.*\b(?:discussion|item|debate)\W*$/,
    target: "item",
    aggregation: "one",
  },
  // One agenda item in full: "more on item 3", "the last item at the 2022 meeting", "tell me more".
  {
    pattern: new RegExp(
      `\\bitem (\\d+)\\b|${ITEM_AT_AN_END.source}|\\b(?:tell|show|give) me more\\b|^(?:(?:can you |could you |please )?(?:say|tell|show|give) (?:me )?more|more|more please|go on|keep going|expand|elaborate|more detail\\w*|full text|the full item|whole item|and\\?)\\W*$|\\bmore (?:on|about) (?:it|that|this)\\b|\\b(?:expand|elaborate) on (?:it|that|this)\\b`,
    ),
    target: "item",
    aggregation: "one",
  },
  // What an acronym stands for: "what does MOPAC stand for", "what is the VRU".
  {
    pattern:
      /\b(?:stands?|stood) for\b|\bwhat (?:does|do|did) \S+ mean\b|\bwhat (?:the |an? )?[a-z][a-z&'-]{1,11} (?:is|are|means)\W*$|\b(?:acronym|abbreviation|meaning of|definition of|short for)\b|^what(?:'s| is| are) (?:the |an? )?[a-z][a-z&'-]{1,11}\W*$/,
    target: "glossary",
    aggregation: "one",
  },
  // What someone is to do: "what is MOPAC committed to", "what was promised for the next meeting".
  // Not whom a body reports to ("which body would the CONTEST board report back to?"), which the
  // passage saying so answers.
  {
    pattern:
      /\b(?:commit(?:ted|ments?)|promis\w*|pledg\w*|undert(?:ook|aken|akings?)|carried (?:over|forward)|report(?:ed|ing)? back(?! to\W*$))\b|\bwhat (?:will|would|is|are) .+ (?:do|doing|going to do)\W*$|\bwhat (?:did|does|do) .+ (?:agree|promise|commit) to\b/,
    target: "commitments",
    aggregation: "list",
  },
  // The outcome of a discussion is what it decided: "what was the outcome of the fraud item",
  // "what came out of the night safety discussion", "what was concluded on public service reform"
  // ("what actions came out of it" stays with the actions).
  {
    pattern:
      /^(?!.*\bactions?\b).*\b(?:outcomes? of|results? of|upshot of|conclusions? (?:of|on|about|from|at)|concluded|(?:came|come|comes) out of)\b/,
    target: "decisions",
    aggregation: "list",
  },
  // What was decided: "what was decided about fraud", "what did the DMG agree". Questions about
  // actions stay with the actions answer, and one that also asks what was said or discussed
  // ("what the board has said about youth violence and whether anything was agreed") is a search.
  {
    pattern:
      /^(?!.*\b(?:actions?|said|say|says|discuss\w*|talk\w*)\b).*\b(?:decided|decide|decisions?|agreed|agree|approved|approve|endorsed|endorse|resolved|noted|signed off)\b/,
    target: "decisions",
    aggregation: "list",
  },
  // Who followed or came before someone in their post: "who replaced Craig Mackey", "who did
  // Helen Ball replace", "who was Stephen Greenhalgh's successor".
  {
    pattern:
      /^who (?:replaced|succeeded|took over from|came after|followed|took the place of)\b|^who (?:did|had) .+ (?:replace|succeed|take over from|follow)\b|\b(?:successor|predecessor)s?\b|'s? replacement\b|\breplacement (?:of|to|for)\b/,
    target: "succession",
    aggregation: "one",
  },
  // Who held a post: "who was the deputy commissioner in 2015", "who represents the CPS". "Who's
  // on the Disproportionality Board" asks a body's members, not a post's holder.
  {
    pattern:
      /^who (?:is|was|were|are|has been|had been|held the post of|served as) (?!at\b|there\b|present\b|in attendance\b|absent\b|missing\b|here\b|on\b|going to\b)|^who (?:represents|represented|speaks for|spoke for)\b/,
    target: "posts",
    aggregation: "timeline",
  },
  // One agenda item named by the words before "item": "show me the tackling fraud item", "can I
  // see the counter terrorism item", "the disproportionality item in 2023". Last, so a question
  // asking something of the item ("what was decided in the fraud item") keeps its own target.
  {
    pattern:
      /\b(?:the|that|this) (?!(?:first|opening|last|final|closing|next|previous|same|other|whole|full|agenda)\b)[a-z0-9][^ ]*(?: [^ ]+){0,7}? (?:agenda )?item\b(?!s|\s+\d)/,
    target: "item",
    aggregation: "one",
  },
];

/**
 * The target and aggregation of the first rule that matches `text` (lower case), if any.
 * `hasSubject` says whether the question names a subject, and `hasTwoSides` whether it names two
 * meetings side by side; each is asked only of a row that needs to know, since reading them means
 * reading the meetings first.
 */
export function readTarget(
  text: string,
  hasSubject: () => boolean,
  hasTwoSides: () => boolean = () => false,
): { target: Target; aggregation: Aggregation } | null {
  const rule = TARGET_RULES.find(
    (candidate) =>
      (candidate.pattern.test(text) ||
        (candidate.afterBreak === true && candidate.pattern.test(askedClause(text)))) &&
      (!candidate.withoutSubject || !hasSubject()) &&
      (!candidate.twoSides || hasTwoSides()) &&
      (!candidate.when || candidate.when(text)),
  );
  return rule ? { target: rule.target, aggregation: rule.aggregation } : null;
}

/** The target the rule-based intent reader's answer stands for. */
export const TARGET_OF_INTENT: Record<Intent, Target> = {
  attendees: "attendees",
  meeting: "meeting",
  meetings: "meetings",
  next: "next",
  person: "person",
  actions: "actions",
  help: "help",
  search: "search",
};

/** "Item 3" → "3". */
export function readItemNumber(text: string): string | null {
  return /\bitem (\d+)\b/.exec(text)?.[1] ?? null;
}
