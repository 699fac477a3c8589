import { MONTH_NAMES } from "../corpus/calendar.js";
import { sentencesOf } from "../corpus/record/sentences.js";
import { MAX_EXCERPT_LENGTH } from "../search/excerpt.js";
import { wordStems as stems, stemWord } from "../search/stem.js";
import { isStopWord } from "../search/stopwords.js";
import { SYNONYMS } from "../search/synonyms.js";
import { normaliseWord } from "../search/tokenize.js";
import type { Highlight, SearchResult } from "../search/types.js";
import { passageAskedNow, passageDoingAsked } from "./asked-elsewhere.js";
import { type AskedKind, askedKind } from "./asked-kind.js";
import type { AnswerContext } from "./context.js";
import { asksYesOrNo } from "./question.js";
import { resultPassage } from "./result-passage.js";
import { MEMBERS_NAMED } from "./untold-description.js";

// A time as the minutes write one: a month, a year, a season, the next meeting, "in due course".
export const TIME = new RegExp(
  `\\b(?:${MONTH_NAMES.join("|")}|(?:19|20)\\d\\d|spring|summer|autumn|winter|next (?:meeting|LCRB|DMG|Board|Group|year|month)|in due course)\\b`,
  "i",
);
// A stretch of time as the minutes write one: "over the coming two months", "within six weeks".
const DURATION =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|few|several|coming)\s+(?:days?|weeks?|months?|years?)\b/i;
// People spoken of as a group: they answer "who" as a name does ("with young people, communities
// and VCS organisations"); and government as the minutes name it ("commissioned from the
// centre").
const GROUPS =
  /\b(?:partners?|partner agencies|young people|communities|members|agencies|organisations|officers|prosecutors|boroughs|councils|residents|the centre|(?:central |local )?government)\b/gi;
// A run of capitalised words or acronyms ("London Councils", "West Midlands", "COO").
const NAME_RUN = /(?:[A-Z][\p{L}'’&-]*)(?:\s+(?:of\s+|and\s+)?[A-Z][\p{L}'’&-]*)*/gu;
// A sentence opening on a word that points back ("This paper", "It would", "She discussed")
// reads only after the sentence it points to.
const POINTS_BACK =
  /^(?:this|these|that|those|it|its|they|their|he|his|she|her|such|the former|the latter)\b/i;
// A sentence that only says a report was made ("The MPS work … was summarised", "There was a
// short update on …"): what was reported follows it.
const ANNOUNCES =
  /\b(?:was|were) (?:summarised|outlined|presented|reported|described|set out|discussed|considered)\.?$|^there was an? (?:\w+ )?(?:update|summary|overview|presentation) on\b|\b(?:gave|provided|received) an? (?:\w+ )?(?:update|summary|overview|presentation)\b/i;

// The papers a thing may be written down in ("clearly spelt out in the contract").
const DOCUMENT =
  /\b(?:contracts?|agreements?|papers?|reports?|plans?|strateg(?:y|ies)|frameworks?|charters?|terms of reference|protocols?|memorand(?:um|a)|polic(?:y|ies)|guidance|documents?|legislation|minutes)\b/gi;
// How the minutes say how much or how well: a comparison, a change, or progress. Not a fall
// through or into something ("offenders falling through the gaps"), which is no degree.
const DEGREE =
  /\b(?:higher|lower|highest|lowest|quicker|quickest|slower|slowest|faster|fastest|better|worse|best|worst|fewer|increas\w*|decreas\w*|rise|rises|rising|risen|rose|(?:fall|falls|falling|fell)(?! (?:through|into|under|within|apart|out)\b)|improv\w*|worsen\w*|progress\w*|stretched)\b/gi;

// What something is for, as the minutes say it: "would be designed to provide", "was to
// monitor", "in order to encourage local businesses to sign up".
export const PURPOSE_SAID =
  /\b(?:designed to|in order to|so as to|aims? to|with the aim|purpose|remit|responsible for|tasked with|set up to|(?:is|was|are|were|would be|will be) to \w+|(?:would|will) (?:provide|monitor|oversee|support|deliver|ensure|lead|coordinate|co-ordinate|bring|help))\b/i;
// A reason, as the minutes give one: "stemmed from a concern that …", "because of this", "would
// help all partners … in establishing the level of resources needed".
export const REASON_SAID =
  /\b(?:because|stemm(?:ed|ing|s) from|due to|owing to|as a result of|result(?:ed|s|ing)? in|led to|leads? to|would lead to|so that|in order to|concerns? that|the reason|given that|meant that|has meant|would help|will help|in light of)\b/i;
// The first thing done: "The initial work would be to establish a new Prevent framework".
const FIRST_SAID =
  /\b(?:initial(?:ly)?|first (?:step|task|job|priority|phase|stage|piece|thing|action)s?|to begin with|in the first instance|(?:start|begin)(?:ning|ing)? (?:with|by))\b/i;
const SAID_OF_KIND = { purpose: PURPOSE_SAID, reason: REASON_SAID, first: FIRST_SAID } as const;

// A sentence listing what it names: "Notable achievements included …"; the noun listed.
const LISTS = /\b([\p{L}]+) (?:included|includes|include)\b/iu;

/** A sentence shorter than this reads with its neighbour (search/excerpt.ts does the same). */
const SHORT_SENTENCE = 160;

interface Sentence {
  text: string;
  /** Distinct subject words it holds, and how many times in all. */
  distinct: number;
  /** The distinct words, those of the question asked now counting twice. */
  weight: number;
  /** How many pairs of words it writes side by side as the question does. */
  together: number;
  hits: number;
  /** How many answers of the asked kind it names. */
  answers: number;
  /** Distinct subject words it holds that the question asked now holds too. */
  own: number;
}

/** How many answers of `kind` a sentence names that the question (or the meeting's name) does not. */
function answersIn(sentence: string, kind: AskedKind["kind"], known: ReadonlySet<string>): number {
  if (kind === "time") return TIME.test(sentence) || DURATION.test(sentence) ? 1 : 0;
  const unknown = (words: string) =>
    stems(words).some((stem) => !known.has(stem) && !/^(?:of|and)$/.test(stem));
  // "Would include attendees from the police, NOMS, Health and the Home Office": the members
  // named after the words saying who is on it.
  if (kind === "members") {
    const marker = MEMBERS_NAMED.exec(sentence);
    if (!marker) return 0;
    const after = sentence.slice(marker.index);
    return [...after.matchAll(NAME_RUN)].filter((run) => unknown(run[0])).length || 1;
  }
  if (kind === "purpose" || kind === "reason" || kind === "first")
    return SAID_OF_KIND[kind].test(sentence) ? 1 : 0;
  if (kind === "document" || kind === "degree")
    return [...sentence.matchAll(kind === "document" ? DOCUMENT : DEGREE)].filter((m) =>
      unknown(m[0]),
    ).length;
  // The sentence's first word is capitalised for being first, not for being a name.
  const opening = /^\S+\s*/.exec(sentence)?.[0].length ?? 0;
  let count = 0;
  for (const run of sentence.slice(opening).matchAll(NAME_RUN)) if (unknown(run[0])) count++;
  if (kind === "someone")
    for (const group of sentence.matchAll(GROUPS)) if (unknown(group[0])) count++;
  return count;
}

/**
 * The sentences of a result's passage that best answer the question, as the excerpt to show:
 * the sentence holding most of the subject's words (the kind's own noun left out) that also
 * names an answer of the kind asked; when the best one names none, the sentence beside it that
 * does (the nearest, or for "who"/a plural the one naming most); a sentence that points back
 * ("This paper showed …") with the sentence it points to; and a sentence that only says a report
 * was made, with what was reported; a short one with the sentence beside it that holds more of
 * the subject. Kept to a chat message's length. A question asking no kind keeps the sentence the
 * search chose (`excerpt`) and is only read on from it. Null: the search's excerpt stands.
 */
export function askedWindow(
  passage: string,
  asked: string,
  subject: readonly string[],
  known: ReadonlySet<string>,
  excerpt: string,
): string | null {
  const kind = askedKind(asked);
  const texts = sentencesOf(passage);
  if (texts.length === 0) return null;
  const terms = new Set(
    subject
      .flatMap((word) => word.split(/[^\p{L}\p{N}]+/u))
      .filter((word) => word && !kind?.kindWords.has(word))
      .map((word) => stemWord(normaliseWord(word)))
      // The minutes' words for an everyday one, as the search reads it ("pooled": "combined").
      .flatMap((stem) => [stem, ...(SYNONYMS[stem] ?? [])]),
  );
  // A follow-up's subject holds the last answer's words too ("who are they working with on it?"
  // after new recruits' support): the words asked now weigh twice those carried over.
  const askedNow = new Set(stems(asked).flatMap((stem) => [stem, ...(SYNONYMS[stem] ?? [])]));
  // Two words asked side by side and written side by side ("working with" → "work with the Home
  // Office") say more than the same words apart.
  const askedWords = (asked.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map(normaliseWord);
  const pairs = new Set(
    askedWords
      .slice(1)
      .map((word, i) => [askedWords[i] ?? "", word])
      // A pair led by a content word, not the kind's own noun ("the board", "which city" are not).
      .filter(([first = ""]) => !isStopWord(first) && !kind?.kindWords.has(first))
      .map((pair) => pair.map(stemWord).join(" ")),
  );
  const sentences: Sentence[] = texts.map((text) => {
    const all = stems(text);
    const found = all.filter((stem) => terms.has(stem));
    const distinct = new Set(found);
    const together = new Set(
      all
        .slice(1)
        .map((stem, i) => `${all[i]} ${stem}`)
        .filter((pair) => pairs.has(pair)),
    );
    return {
      text,
      together: together.size,
      distinct: distinct.size,
      weight: [...distinct].reduce((sum, stem) => sum + (askedNow.has(stem) ? 2 : 1), 0),
      hits: found.length,
      answers: kind ? answersIn(text, kind.kind, known) : 0,
      own: [...distinct].filter((stem) => askedNow.has(stem)).length,
    };
  });
  // The shown sentences, from `from` to `to`, while they fit.
  const fits = (from: number, to: number) =>
    texts.slice(from, to + 1).join(" ").length <= MAX_EXCERPT_LENGTH;
  const score = (s: Sentence) => s.weight + s.together + (s.answers > 0 ? 1 : 0);
  let anchor = 0;
  if (kind) {
    for (const [i, s] of sentences.entries()) {
      const best = sentences[anchor] as Sentence;
      if (score(s) > score(best) || (score(s) === score(best) && s.hits > best.hits)) anchor = i;
    }
    if ((sentences[anchor]?.distinct ?? 0) === 0) return null;
  } else {
    const chosen = excerpt.replace(/^…/, "").replace(/…$/, "");
    anchor = texts.findIndex((text) => chosen.includes(text) || text.includes(chosen));
    if (anchor < 0) return null;
    // "Victims and witnesses": a sentence writing the question's words as it does, beside all
    // the words the search's sentence holds, says it better.
    const searched = sentences[anchor] as Sentence;
    for (const [i, s] of sentences.entries())
      if (
        s.together > 0 &&
        s.weight >= searched.weight &&
        s.together > (sentences[anchor] as Sentence).together
      )
        anchor = i;
    // "Did partners sign up to deliver the youth action plan?": a yes or no is said by the
    // sentence holding most of the words asked ("Partners committed their support to the plan and
    // the delivery of the actions"), not by one naming the plan the search weighed most.
    if (asksYesOrNo(asked))
      for (const [i, s] of sentences.entries())
        if (s.weight > (sentences[anchor] as Sentence).weight) anchor = i;
    // "And what's the CPS done on it?" after out-of-court disposals: a sentence holding none of
    // the words asked now answers the last question, not this one; the sentence holding most of
    // them does, when there is one.
    const carried = [...terms].some((stem) => !askedNow.has(stem));
    if (carried && (sentences[anchor] as Sentence).own === 0) {
      let best = -1;
      for (const [i, s] of sentences.entries()) {
        const current = sentences[best];
        if (
          s.own > 0 &&
          (!current || s.own > current.own || (s.own === current.own && s.weight > current.weight))
        )
          best = i;
      }
      if (best >= 0) anchor = best;
    }
  }
  let shown = anchor;
  if (kind && (sentences[anchor]?.answers ?? 0) === 0) {
    const answering = sentences
      .map((s, i) => ({ s, i }))
      .filter(({ s }) => s.answers > 0 && s.distinct > 0)
      .sort(
        (a, b) =>
          (kind.many ? b.s.answers - a.s.answers : 0) ||
          Math.abs(a.i - anchor) - Math.abs(b.i - anchor) ||
          b.s.distinct - a.s.distinct,
      );
    const [first] = answering;
    if (!first) return null;
    shown = first.i;
  }
  let from = Math.min(anchor, shown);
  let to = Math.max(anchor, shown);
  if (!fits(from, to)) from = to = shown;
  if (POINTS_BACK.test(texts[from] ?? "") && from > 0 && fits(from - 1, to)) from -= 1;
  if (ANNOUNCES.test(texts[to] ?? "") || ANNOUNCES.test(texts[from] ?? ""))
    while (to + 1 < texts.length && fits(from, to + 1)) to += 1;
  // "There were significant achievements …", then "Notable achievements included …": the
  // sentence saying which follows the one saying there were some, and answers "what were they".
  const next = texts[to + 1];
  const listed = next ? LISTS.exec(next)?.[1] : undefined;
  if (listed && stems(texts[to] ?? "").includes(stemWord(normaliseWord(listed)))) {
    if (fits(from, to + 1)) to += 1;
    else from = to = to + 1;
  }
  // A short sentence alone reads with its neighbour, as the search's own excerpts do.
  if (from === to && (texts[from]?.length ?? 0) < SHORT_SENTENCE) {
    const before = sentences[from - 1];
    const after = sentences[to + 1];
    if (after && (!before || after.hits >= before.hits) && fits(from, to + 1)) to += 1;
    else if (before && fits(from - 1, to)) from -= 1;
  }
  return texts.slice(from, to + 1).join(" ");
}

/**
 * Words that name no answer: the question's own ("the Met" in a question about the Met) and the
 * meeting's name ("London Crime Reduction Board"), as stems.
 */
export function knownWords(asked: string, meetingTitle: string): Set<string> {
  return new Set([...stems(asked), ...stems(meetingTitle)]);
}

/** Where the words highlighted in `before` stand in `after`, whole words only. */
function movedHighlights(
  before: string,
  highlights: readonly Highlight[],
  after: string,
): Highlight[] {
  const words = new Set(highlights.map(([start, end]) => before.slice(start, end).toLowerCase()));
  const spans: Highlight[] = [];
  const lower = after.toLowerCase();
  for (const word of words) {
    if (!word) continue;
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + word.length)) {
      const edge = (i: number) =>
        i < 0 || i >= lower.length || !/[\p{L}\p{N}]/u.test(lower[i] ?? "");
      if (edge(at - 1) && edge(at + word.length)) spans.push([at, at + word.length]);
    }
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

/**
 * Each result's excerpt chosen by what the question asks (see {@link askedWindow}) from its whole
 * passage, so the lines shown answer it; the citation stays the passage's line. Results whose
 * passage is one sentence, or whose excerpt already is the window, are left as they are.
 */
export function withAskedExcerpts(
  asked: string,
  subject: readonly string[],
  results: readonly SearchResult[],
  context: AnswerContext,
): SearchResult[] {
  const kind = askedKind(asked)?.kind;
  return results.map((result) => {
    const found = resultPassage(result, context);
    const passage = found?.passages[found.at];
    if (!found || !passage) return result;
    const meeting = context.meetings.find((m) => m.id === result.meetingId);
    const known = knownWords(asked, meeting?.title ?? "");
    const answers = (text: string | null) =>
      text !== null && kind !== undefined && answersIn(text, kind, known) > 0;
    let window = askedWindow(passage.text, asked, subject, known, result.excerpt);
    let line = passage.line;
    // "How long were they given?" after the item's action: when the passage found says nothing
    // of the kind asked, the nearest passage of the same item about the subject that does ("…
    // developed as proposed over the coming two months"), cited at its own line.
    // "What did MOPAC say they'd give partners on fraud?": another passage of the item holding as
    // many of the subject's words and the deed asked ("give": "would provide … the tools") says
    // it; the search weighed the subject alone.
    // "So what's next for it?" after the Youth Action Plan: the passage of the item holding the
    // words asked now, when the one found by the words carried over holds none.
    const deed = kind
      ? null
      : (passageDoingAsked(asked, subject, found.passages, found.at) ??
        passageAskedNow(asked, subject, found.passages, found.at));
    const doing = deed ? found.passages[deed.index] : undefined;
    if (deed && doing) {
      const there = askedWindow(doing.text, asked, subject, known, deed.sentence);
      if (there) {
        window = there;
        line = doing.line;
      }
    }
    if (kind && !answers(window) && !answers(result.excerpt)) {
      const nearest = found.passages
        .map((other, i) => ({ other, distance: Math.abs(i - found.at) }))
        .filter(({ distance }) => distance > 0)
        .sort((a, b) => a.distance - b.distance);
      for (const { other } of nearest) {
        const there = askedWindow(other.text, asked, subject, known, "");
        if (!answers(there)) continue;
        window = there;
        line = other.line;
        break;
      }
    }
    if (!window || window === result.excerpt) return result;
    if (line === passage.line && result.excerpt.includes(window)) return result;
    // The search's own sentence, shown first as before, keeps its marks as they were.
    const highlights = window.startsWith(result.excerpt)
      ? result.highlights
      : movedHighlights(result.excerpt, result.highlights, window);
    return { ...result, excerpt: window, highlights, source: { ...result.source, line } };
  });
}
