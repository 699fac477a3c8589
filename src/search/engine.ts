import { type AnalysedToken, analyseDocument, analyseQuery, type QueryConcept } from "./analyse.js";
import { decideCorrection } from "./correction.js";
import type { PassageDocument } from "./documents.js";
import { EnglishWords } from "./english.js";
import type { Glossary } from "./glossary.js";
import type { PackedPostings } from "./postings.js";
import { holdsSequence, smallestWindow } from "./proximity.js";
import { quoteFor } from "./quote.js";
import {
  addPosting,
  bestOfOtherItems,
  clearReached,
  conceptFrequencies,
  countAll,
  coverageTable,
  keepOnly,
  markAll,
  markCounted,
  refsFrom,
  scoreMatching,
  scoresOf,
  someItemHoldsAll,
  splitAt,
  zeroAll,
} from "./rank-passes.js";
import { cutScore, kthLargest } from "./ranked-order.js";
import { passageShape } from "./substance.js";
import type { MinutesSearch, SearchOptions, SearchResponse, SearchResult } from "./types.js";
import type { Vocabulary } from "./vocabulary.js";

/** Tuning of the ranking; each value is explained where it is used. */
const RANKING = {
  /** Expansion words of an acronym ("violence", "women", "girls" for "vawg") count for less. */
  expansionBoost: 0.5,
  /** Proximity is measured on this many of the best passages only (it re-reads their text). */
  proximityCandidates: 50,
  /** A passage whose concepts sit side by side scores up to (1 + this) times more. */
  proximityWeight: 0.5,
  /**
   * A passage holding a run of the question's words as the phrase it was typed as ("London
   * Policing Board") scores this many times more, above one holding the words apart.
   */
  phraseBoost: 2,
  /** How many words apart the concepts may be before proximity stops counting much. */
  proximitySpread: 6,
  /** Passages read for proximity and phrases kept between questions (see #analysed). */
  rememberedReadings: 2_000,
  /** Answers of holdsPhrase kept between questions (a question asks several, some again). */
  rememberedPhrases: 1_000,
  /** Scores closer than this are a tie, which the more recent meeting wins. */
  tie: 1e-3,
} as const;

const DEFAULT_LIMIT = 5;
const MAX_LIMIT = 100;
/** Longer input is cut: nobody types more, and each word costs time. */
const MAX_QUERY_LENGTH = 1000;
const MAX_CONCEPTS = 24;
/** "Did you mean" rewrites at most this many words, of a query of at most this many subjects. */
const MAX_CORRECTED_WORDS = 2;
const MAX_SUGGESTED_CONCEPTS = 4;
/** A run of this many subject words or fewer names one subject ("Ultra Low Emission" is three). */
const MAX_SUBJECT_WORDS = 3;
/** A question of this many subject words or fewer is weighed as a whole (see `search`). */
const MAX_WEIGHED_CONCEPTS = 4;

interface Concept {
  words: string;
  /** The run of subject words it was typed in (QueryConcept.chunk). */
  chunk: number;
  /** For a quoted phrase: the passages that hold it as written; null for anything else. */
  only: Set<number> | null;
  alternatives: string[][];
  /** The spelling of the minutes searched instead of the word as typed, when confidently a typo. */
  correction: string | null;
  /** The likeliest spelling of the minutes, for "did you mean", even when not confident. */
  suggestion: string | null;
  /**
   * For a word no passage holds: whether it reads as something (an English word, a name, an
   * acronym) rather than as a typo nobody could read ("directr"), which says nothing about
   * whether the minutes cover the subject.
   */
  readable: boolean;
}

/** A concept that no passage holds. */
function unfound(concept: QueryConcept): Concept {
  return {
    words: concept.words,
    chunk: concept.chunk,
    only: null,
    alternatives: [],
    correction: null,
    suggestion: null,
    readable: true,
  };
}

/** The words that were corrected before searching, as typed and as searched. */
function correctionsOf(concepts: Concept[]): Array<{ from: string; to: string }> {
  return concepts.flatMap((c) => (c.correction ? [{ from: c.words, to: c.correction }] : []));
}

interface Candidate {
  ref: number;
  score: number;
  /** Bit c is set when the passage matches concept c. */
  mask: number;
}

/** Matching items in answer order, as far as asked for, and how many match in all. */
interface RankedItems {
  items: Candidate[];
  total: number;
  /**
   * Whether some matching item holds both concepts, in one passage or across its passages; true
   * without asking for any other number of concepts.
   */
  together: boolean;
}

/** See LunrMinutesSearch.#scratch; all zero (itemSlot all -1) between queries. */
interface Scratch {
  scores: Float64Array;
  masks: Uint32Array;
  counts: Uint8Array;
  /** 1 for a passage some term reached, 2 for one among the best few. */
  seen: Uint8Array;
  /** The passages reached, in the order reached. */
  touched: Int32Array;
  /** Those that match, within the filters. */
  matched: Int32Array;
  /** Per item: its index among the ranked items, or -1. */
  itemSlot: Int32Array;
  /** The best passage of each item not among the best few, in the order first matched. */
  others: Int32Array;
  /** The ranked items' scores, for the cut (see #cut), which reorders them. */
  itemScores: Float64Array;
  /** Per item: the concepts its matching passages hold between them (see someItemHoldsAll). */
  itemMasks: Uint32Array;
}

/** With at most this many matching items, all of them are sorted (it costs nothing). */
const FULL_SORT_ITEMS = 1_000;
/** How far below the wanted-th score the cut looks for a gap wider than a tie. */
const CUT_MARGIN = 0.05;

/** A text read into index terms: each word's terms, and the words that have any (no stop words). */
interface Reading {
  terms: string[][];
  words: string[][];
}

/** How rare a concept held by `df` of `total` passages is (BM25's inverse document frequency). */
function rarity(df: number, total: number): number {
  return Math.log(1 + (total - df + 0.5) / (df + 0.5));
}

/** The positions of the words with one of the terms (loops: no closure made per word). */
function wordsHolding(words: readonly string[][], terms: ReadonlySet<string>): number[] {
  const at: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string[];
    for (let k = 0; k < word.length; k++) {
      if (terms.has(word[k] as string)) {
        at.push(i);
        break;
      }
    }
  }
  return at;
}

/** Indexes of the concepts whose bits are set. */
function conceptsIn(mask: number, count: number): number[] {
  const indexes: number[] = [];
  for (let c = 0; c < count; c++) if (mask & (1 << c)) indexes.push(c);
  return indexes;
}

/** Search over the Lunr index of passage documents (see build.ts). */
export class LunrMinutesSearch implements MinutesSearch {
  readonly #documents: PassageDocument[];
  readonly #vocabulary: Vocabulary;
  readonly #glossary: Glossary;
  readonly #postings: PackedPostings;
  readonly #readings = new Map<string, Reading>();
  /** Texts read for quoting (see #analyseForQuote). */
  readonly #quoteReadings = new Map<string, AnalysedToken[]>();
  /** holdsPhrase's answers by the words asked (the index never changes, so neither do they). */
  readonly #phrases = new Map<string, boolean>();
  readonly #itemCount: number;
  #scratchArrays: Scratch | null = null;
  readonly #ordinary: ReadonlySet<string>;
  /** Each passage's meeting date as a number (20230412), for recency. */
  readonly #dayOf: Int32Array;
  /** Each passage's item (PassageDocument.itemKey), read without touching the document. */
  readonly #itemOf: Int32Array;

  constructor(
    documents: PassageDocument[],
    postings: PackedPostings,
    vocabulary: Vocabulary,
    glossary: Glossary,
    ordinary: ReadonlySet<string>,
  ) {
    this.#ordinary = ordinary;
    this.#documents = documents;
    this.#vocabulary = vocabulary;
    this.#glossary = glossary;
    this.#postings = postings;
    this.#itemCount = documents.reduce((count, d) => Math.max(count, d.itemKey + 1), 0);
    this.#dayOf = Int32Array.from(documents, (d) => Number(d.meeting.date.replaceAll("-", "")));
    this.#itemOf = Int32Array.from(documents, (d) => d.itemKey);
  }

  search(query: string, options: SearchOptions = {}): SearchResponse {
    const text = typeof query === "string" ? query : "";
    const limit = wholeNumber(options.limit, DEFAULT_LIMIT, MAX_LIMIT);
    const offset = wholeNumber(options.offset, 0, Number.MAX_SAFE_INTEGER);
    const respond = (note: string | null, suggestions: string[] = []): SearchResponse => ({
      query: text,
      results: [],
      suggestions,
      corrections: [],
      total: 0,
      note,
    });

    const cleaned = text.slice(0, MAX_QUERY_LENGTH);
    if (!/[\p{L}\p{N}]/u.test(cleaned))
      return respond("Nothing to search for: type a subject, such as “fraud” or “VAWG”.");
    const asked = analyseQuery(cleaned, this.#glossary, options.unsearched, (terms) =>
      this.#somePassageHolds([...terms]),
    ).slice(0, MAX_CONCEPTS);
    if (asked.length === 0)
      return respond(
        "Only common words, which would match every meeting: add a subject, such as “fraud” or “VAWG”.",
      );

    const concepts = this.#resolve(asked);
    const found = concepts
      .filter((concept) => concept.alternatives.length > 0)
      .slice(0, MAX_CONCEPTS);
    const missing = concepts.filter((concept) => concept.alternatives.length === 0);
    const suggestions = suggestionsFor(concepts);
    const corrections = correctionsOf(found);
    const silent = `The minutes do not mention ${listed(
      missing.map((c) => c.words),
      "or",
    )}.`;
    if (found.length === 0) return respond(silent, suggestions);

    // A short run of subject words with one missing from the minutes ("knife crime", "honour
    // based violence") names a subject they are silent on, so its other words answer nothing.
    // Words the minutes never use are the rarest of all: the rest of a short question answers
    // only when it carries more weight than the readable words missing ("stop" alone does not
    // answer "stop and search"). In a longer message a missing word may be incidental ("putting
    // together a briefing for my director on…"): the words that answer are searched, and the
    // note says which found nothing.
    const silentChunks = new Set(
      missing
        .filter(
          (concept) =>
            concepts.filter((c) => c.chunk === concept.chunk).length <= MAX_SUBJECT_WORDS,
        )
        .map((concept) => concept.chunk),
    );
    const answering = found.filter((concept) => !silentChunks.has(concept.chunk));
    const unanswered = found.filter((concept) => silentChunks.has(concept.chunk));
    const weighed = missing.length > 0 && concepts.length <= MAX_WEIGHED_CONCEPTS;
    const weightOf = (concept: Concept) => this.#weight(concept);
    const outweighed = () =>
      answering.reduce((sum, c) => sum + weightOf(c), 0) <=
      missing.filter((concept) => concept.readable).length * this.#absentWeight() +
        unanswered.reduce((sum, c) => sum + weightOf(c), 0);
    if (answering.length === 0 || (weighed && outweighed())) {
      const others = unanswered.length > 0 ? unanswered : answering;
      const alone =
        others.length > 0
          ? ` Passages on ${listed(others.map(asSearched), "and")} alone would not answer it.`
          : "";
      return {
        ...respond(`${silent}${alone}`, suggestions),
        corrections,
        ...(others.length > 0
          ? { mentioned: others.map(asSearched), unmentioned: missing.map((c) => c.words) }
          : {}),
      };
    }
    const { items, total, together } = this.#rank(answering, options, offset + limit);
    if (total === 0)
      return respond(
        options.body || options.from || options.to
          ? "No agenda item matches within those filters."
          : `No agenda item mentions ${listed(found.map(asSearched), "or")}.`,
        suggestions,
      );

    const results = items
      .slice(offset, offset + limit)
      .map((c) => this.#result(c, answering, this.#proseStandIn(c, answering)));
    // An answer built on a correction says so first; results on some of the words only must not
    // pass for an answer to all of them.
    const notes = [
      corrections.length > 0
        ? `Showing results for ${listed(
            corrections.map((c) => c.to),
            "and",
          )}: no passage mentions ${listed(
            corrections.map((c) => c.from),
            "or",
          )}.`
        : null,
      missing.length > 0
        ? `No passage mentions ${listed(
            missing.map((c) => c.words),
            "or",
          )}; results match ${listed(answering.map(asSearched), "and")}.`
        : null,
      // "Covid fraud": the minutes speak of Covid (DMG 2020) and of fraud (LCRB 2022), never of
      // both in one agenda item. Only two words are weighed so: of three or more, one is as often
      // the question's own verb ("when was the fraud roundtable proposed") as a subject, and a
      // long message is ranked by how much of it each item covers.
      !together
        ? `No agenda item mentions ${listed(answering.map(asSearched), "and")} together: each result mentions one or the other.`
        : null,
    ].filter((line): line is string => line !== null);
    const note = notes.length > 0 ? notes.join(" ") : null;
    const unmatched = missing.map((c) => c.words);
    return { query: text, results, suggestions, corrections, total, note, unmatched };
  }

  /**
   * Keeps the alternatives some passage holds; splits a phrase no passage holds into its words;
   * corrects unknown words from the vocabulary.
   */
  #resolve(asked: QueryConcept[]): Concept[] {
    return asked.flatMap((concept): Concept[] => {
      if (concept.exact) {
        const only = this.#phraseHolders(concept.exact.map((terms) => new Set(terms)));
        return only.size > 0
          ? [{ ...unfound(concept), alternatives: concept.alternatives, only }]
          : [unfound(concept)];
      }
      const known = concept.alternatives.filter(
        (alternative) => alternative.length > 0 && this.#somePassageHolds(alternative),
      );
      if (known.length > 0) return [{ ...unfound(concept), alternatives: known }];
      // "Nighttime": the minutes' "night time", when no passage holds the word closed up.
      const parts = (concept.parts ?? []).filter(
        (alternative) => alternative.length > 0 && this.#somePassageHolds(alternative),
      );
      if (parts.length > 0) return [{ ...unfound(concept), alternatives: parts }];
      // "anti-social" is the English word "antisocial", which the minutes do not use: "social"
      // alone is not what was asked about.
      if (concept.joined && EnglishWords.shared().read(concept.joined).word)
        return [unfound(concept)];
      if (concept.separately && concept.separately.length > 0)
        return this.#resolve(concept.separately);
      if (!concept.correctable) return [{ ...unfound(concept) }];
      const english = EnglishWords.shared().read(concept.words);
      const typedAsName = concept.typedAsName ?? false;
      const decision = decideCorrection(
        this.#vocabulary.neighbours(concept.words),
        english,
        typedAsName,
      );
      const { correction, suggestion } = decision;
      if (!correction)
        return [
          {
            ...unfound(concept),
            suggestion: suggestion?.word ?? null,
            readable: english.word || english.name || typedAsName,
          },
        ];
      return [
        {
          ...unfound(concept),
          alternatives: [[correction.term]],
          correction: correction.word,
          suggestion: correction.word,
        },
      ];
    });
  }

  /** The weight of a word no passage holds: the rarest there can be. */
  #absentWeight(): number {
    return rarity(0, this.#documents.length);
  }

  /** A concept's weight: its rarity among passages, as ranking weighs it. */
  #weight(concept: Concept): number {
    const holders = new Set<number>();
    for (const [first = "", ...rest] of concept.alternatives) {
      for (const document of this.#postings.get(first)?.documents ?? []) {
        if (concept.only && !concept.only.has(document)) continue;
        if (rest.every((term) => this.#postings.holds(term, document))) holders.add(document);
      }
    }
    return rarity(holders.size, this.#documents.length);
  }

  ordinaryWords(): ReadonlySet<string> {
    return this.#ordinary;
  }

  holdsPhrase(words: string): boolean {
    const text = String(words).slice(0, MAX_QUERY_LENGTH);
    let holds = this.#phrases.get(text);
    if (holds === undefined) {
      const sequence = this.#analyse(text)
        .map((entry) => new Set(entry.terms))
        .filter((terms) => terms.size > 0);
      holds = sequence.length >= 2 && this.#phraseHolders(sequence, 1).size > 0;
      if (this.#phrases.size >= RANKING.rememberedPhrases) this.#phrases.clear();
      this.#phrases.set(text, holds);
    }
    return holds;
  }

  /**
   * Passages whose text or item title holds the words side by side, in order (up to `limit`).
   * Every holder holds a term of each word, so the passages of the rarest word are the ones read
   * ("lcrb data": those with "data", not the 130,000 with "lcrb" at 10,000 meetings), and each
   * text is read once a call: item titles recur at every meeting, and a phrase the minutes never
   * use is looked for in every passage holding all its words.
   */
  #phraseHolders(sequence: ReadonlyArray<ReadonlySet<string>>, limit = Infinity): Set<number> {
    const holders = new Set<number>();
    const words = sequence.map((terms) => [...terms]);
    const holding = (terms: string[]) =>
      terms.reduce((sum, term) => sum + (this.#postings.get(term)?.documents.length ?? 0), 0);
    const counts = words.map(holding);
    const rarest = counts.indexOf(Math.min(...counts));
    const rest = words.filter((_, w) => w !== rarest);
    const read = new Map<string, boolean>();
    for (const term of words[rarest] ?? []) {
      for (const document of this.#postings.get(term)?.documents ?? []) {
        if (holders.has(document)) continue;
        if (!rest.every((terms) => terms.some((t) => this.#postings.holds(t, document)))) continue;
        if (this.#holdsPhrase(document, sequence, read)) holders.add(document);
        if (holders.size >= limit) return holders;
      }
    }
    return holders;
  }

  /** Whether the passage's item title or text holds the sequence; `read` remembers texts read. */
  #holdsPhrase(
    ref: number,
    sequence: ReadonlyArray<ReadonlySet<string>>,
    read?: Map<string, boolean>,
  ): boolean {
    const { item, passage } = this.#document(ref);
    const texts = [item.title, passage?.text ?? ""];
    return texts.some((text) => {
      let holds = read?.get(text);
      if (holds === undefined) {
        holds = holdsSequence(this.#analysed(text).words, sequence);
        read?.set(text, holds);
      }
      return holds;
    });
  }

  /**
   * A text read into index terms, remembered: ranking re-reads the best passages of every
   * question for proximity and phrases, and the same passages come up again and again.
   */
  #analysed(text: string): Reading {
    let analysed = this.#readings.get(text);
    if (!analysed) {
      // Only the terms are kept: whole tokens would hold every word's text and offsets too.
      const terms = this.#analyse(text).map((entry) => entry.terms);
      analysed = { terms, words: terms.filter((word) => word.length > 0) };
      if (this.#readings.size >= RANKING.rememberedReadings) this.#readings.clear();
      this.#readings.set(text, analysed);
    }
    return analysed;
  }

  /**
   * Whether some passage holds every one of the terms. The rarest term's passages are the ones
   * read: an expansion whose words never meet ("violence against women" for a typed acronym)
   * read every passage of its first word, tens of thousands at 10,000 meetings.
   */
  #somePassageHolds(terms: string[]): boolean {
    const postings = terms.map((term) => this.#postings.get(term));
    if (postings.some((posting) => !posting)) return false;
    let rarest = 0;
    for (const [t, posting] of postings.entries())
      if ((posting?.documents.length ?? 0) < (postings[rarest]?.documents.length ?? 0)) rarest = t;
    const walked = postings[rarest];
    if (!walked) return false;
    const others = terms.filter((_, t) => t !== rarest);
    return walked.documents.some((document) =>
      others.every((term) => this.#postings.holds(term, document)),
    );
  }

  #document(ref: number): PassageDocument {
    return this.#documents[ref] as PassageDocument;
  }

  /**
   * Scores every passage that matches any concept, within the filters, and returns the items in
   * answer order (each by its best passage) as far as the first `wanted`, with how many match.
   */
  #rank(concepts: Concept[], options: SearchOptions, wanted: number): RankedItems {
    const boosts = new Map<string, number>();
    for (const concept of concepts) {
      for (const [i, alternative] of concept.alternatives.entries()) {
        const boost = i === 0 ? 1 : RANKING.expansionBoost;
        for (const term of alternative) boosts.set(term, Math.max(boosts.get(term) ?? 0, boost));
      }
    }
    const total = this.#documents.length;
    const scratch = this.#scratch();
    const { scores, masks, counts, seen, touched } = scratch;
    // Only the passages some term reaches are visited, so a query costs what its postings do,
    // not what the corpus does.
    let reached = 0;
    for (const [term, boost] of boosts) {
      const posting = this.#postings.get(term);
      if (posting)
        reached = addPosting(
          posting.documents,
          posting.weights,
          boost,
          scores,
          seen,
          touched,
          reached,
        );
    }
    // Bit c is set when the passage matches concept c (MAX_CONCEPTS stays under 32).
    for (const [c, concept] of concepts.entries()) {
      for (const alternative of concept.alternatives)
        this.#markConcept(alternative, 1 << c, masks, counts);
      // A quoted phrase matches where it is written as typed, not where its words are apart.
      if (concept.only) keepOnly(concept.only, 1 << c, masks, touched, reached);
    }

    // A concept's weight is its rarity among passages, so "fraud" outweighs "board". A passage
    // holding only part of a concept ("police" for "police and crime plan") matches nothing.
    const frequency = conceptFrequencies(concepts.length, masks, touched, reached);
    const weight = frequency.map((df) => rarity(df, total));
    const totalWeight = weight.reduce((sum, w) => sum + w, 0);

    // Each matching passage's score replaces its sum of weights; the best few are kept in score
    // order as they go by.
    const { matched } = scratch;
    const best: Candidate[] = [];
    const filtered = Boolean(options.body || options.from || options.to);
    const weighing = {
      weight,
      totalWeight,
      coverages: coverageTable(weight, totalWeight),
      within: filtered
        ? (document: number) => this.#withinFilters(this.#document(document), options)
        : null,
      size: RANKING.proximityCandidates,
    };
    const matching = scoreMatching(weighing, touched, reached, masks, scores, matched, best);
    // Asked only of two subjects (see the note in `search`).
    const together =
      concepts.length !== 2 ||
      someItemHoldsAll(matched, matching, masks, this.#itemOf, scratch.itemMasks, concepts.length);
    // Proximity only raises scores, so the best few stay ahead of the rest: re-sort just those.
    const runs = phraseRuns(concepts);
    const termSets = concepts.map((concept) => new Set(concept.alternatives.flat()));
    for (const candidate of best)
      candidate.score *= this.#proximity(candidate, termSets) * this.#phrasing(candidate, runs);
    best.sort((a, b) => b.score - a.score);

    // Each item is answered by its first passage in that order: among the best few, else its
    // highest-scoring one.
    const { itemSlot, others } = scratch;
    const itemOf = this.#itemOf;
    const items: Candidate[] = [];
    for (const candidate of best) {
      seen[candidate.ref] = 2;
      const key = itemOf[candidate.ref] as number;
      if (itemSlot[key] !== -1) continue;
      itemSlot[key] = items.length;
      items.push(candidate);
    }
    const fromBest = items.length;
    const otherCount = bestOfOtherItems(
      matched,
      matching,
      seen,
      scores,
      itemOf,
      itemSlot,
      fromBest,
      others,
    );
    const candidate = (ref: number): Candidate => ({
      ref,
      score: scores[ref] as number,
      mask: masks[ref] as number,
    });
    const count = items.length + otherCount;
    // Everything from the cut score up sorts ahead of everything below it (see cutScore).
    const cut =
      count > FULL_SORT_ITEMS ? this.#cut(items, others, otherCount, scores, wanted) : null;
    const kept = refsFrom(others, otherCount, scores, cut);
    kept.sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
    const ordered = [
      ...(cut === null ? items : items.filter((item) => item.score >= cut)),
      ...kept.map(candidate),
    ];
    ordered.sort((a, b) => this.#compare(a, b));

    clearReached(touched, reached, scores, masks, seen, itemOf, itemSlot);
    return { items: ordered, total: count, together };
  }

  /**
   * The score the first `wanted` items (best-few items, then the others' refs) reach down to,
   * with the ties around it, or null when every item must be sorted.
   */
  #cut(
    items: Candidate[],
    others: Int32Array,
    otherCount: number,
    scores: Float64Array,
    wanted: number,
  ): number | null {
    const all = this.#scratch().itemScores.subarray(0, items.length + otherCount);
    for (const [i, item] of items.entries()) all[i] = item.score;
    scoresOf(others, otherCount, scores, all, items.length);
    const floor = kthLargest(all, wanted) * (1 - CUT_MARGIN);
    const { top, below } = splitAt(all, floor);
    top.sort((a, b) => b - a);
    return cutScore(top, wanted, below, RANKING.tie);
  }

  /** Working arrays of one passage each, reused by every query (a search runs start to end). */
  #scratch(): Scratch {
    const total = this.#documents.length;
    this.#scratchArrays ??= {
      scores: new Float64Array(total),
      masks: new Uint32Array(total),
      counts: new Uint8Array(total),
      seen: new Uint8Array(total),
      touched: new Int32Array(total),
      matched: new Int32Array(total),
      itemSlot: new Int32Array(this.#itemCount).fill(-1),
      others: new Int32Array(this.#itemCount),
      itemScores: new Float64Array(this.#itemCount),
      itemMasks: new Uint32Array(this.#itemCount),
    };
    return this.#scratchArrays;
  }

  /** Sets `bit` on every passage that holds all the terms of the alternative. */
  #markConcept(alternative: string[], bit: number, masks: Uint32Array, counts: Uint8Array): void {
    const postings = alternative.map((term) => this.#postings.get(term));
    const [first] = postings;
    if (!first || postings.some((posting) => !posting)) return;
    if (postings.length === 1) {
      markAll(first.documents, bit, masks);
      return;
    }
    for (const posting of postings) if (posting) countAll(posting.documents, 1, counts);
    markCounted(first.documents, postings.length, bit, masks, counts);
    for (const posting of postings) if (posting) zeroAll(posting.documents, counts);
  }

  #withinFilters(document: PassageDocument, options: SearchOptions): boolean {
    const { meeting } = document;
    if (options.body && meeting.body !== options.body) return false;
    if (options.from && meeting.date < options.from) return false;
    if (options.to && meeting.date > options.to) return false;
    return true;
  }

  /** 1 for concepts far apart in the passage, up to 1 + proximityWeight for adjacent ones. */
  /** `termSets` holds each concept's terms (its alternatives' words), made once per query. */
  #proximity(hit: Candidate, termSets: ReadonlyArray<ReadonlySet<string>>): number {
    const matched = conceptsIn(hit.mask, termSets.length);
    const passage = this.#document(hit.ref).passage;
    if (!passage || matched.length < 2) return 1;
    const { terms: tokens } = this.#analysed(passage.text);
    const positions = matched.map((c) => wordsHolding(tokens, termSets[c] as ReadonlySet<string>));
    const window = smallestWindow(positions);
    if (!Number.isFinite(window)) return 1;
    const gap = Math.max(0, window - matched.length);
    return 1 + RANKING.proximityWeight / (1 + gap / RANKING.proximitySpread);
  }

  /** phraseBoost when the passage holds a run of the question's words as typed, else 1. */
  #phrasing(hit: Candidate, runs: PhraseRun[]): number {
    for (const run of runs) {
      if (
        run.concepts.every((c) => hit.mask & (1 << c)) &&
        this.#holdsPhrase(hit.ref, run.sequence)
      )
        return RANKING.phraseBoost;
    }
    return 1;
  }

  #compare(a: Candidate, b: Candidate): number {
    if (Math.abs(a.score - b.score) > RANKING.tie * Math.max(a.score, b.score))
      return b.score - a.score;
    return (this.#dayOf[b.ref] ?? 0) - (this.#dayOf[a.ref] ?? 0) || a.ref - b.ref;
  }

  #analyse = (text: string): AnalysedToken[] => analyseDocument(text, this.#glossary);

  /**
   * #analyse for quoting, remembered: an excerpt reads each sentence of its passage, then the
   * excerpt and its cut again, and the passages quoted come up question after question (about
   * half of what a search allocated at 10,000 meetings was these readings, made anew each time).
   * The readings are only read, never changed.
   */
  #analyseForQuote = (text: string): AnalysedToken[] => {
    let analysed = this.#quoteReadings.get(text);
    if (!analysed) {
      analysed = this.#analyse(text);
      if (this.#quoteReadings.size >= RANKING.rememberedReadings) this.#quoteReadings.clear();
      this.#quoteReadings.set(text, analysed);
    }
    return analysed;
  };

  /**
   * For an item whose best passage is a heading or a list stub, the first prose passage of the
   * item that matches the same concepts, if any: quoting it says more than the stub (or the
   * paragraph the stub would borrow) can. An item's passages are consecutive documents.
   */
  #proseStandIn(candidate: Candidate, concepts: Concept[]): Candidate {
    const { itemKey, passage } = this.#document(candidate.ref);
    if (!passage || passageShape(passage.text) === "prose") return candidate;
    let first = candidate.ref;
    while (first > 0 && this.#document(first - 1).itemKey === itemKey) first--;
    const wanted = conceptsIn(candidate.mask, concepts.length);
    for (let ref = first; ref < this.#documents.length; ref++) {
      const document = this.#document(ref);
      if (document.itemKey !== itemKey) break;
      if (ref === candidate.ref || !document.passage) continue;
      if (!wanted.every((c) => this.#holdsConcept(ref, concepts[c]))) continue;
      if (passageShape(document.passage.text) === "prose") return { ...candidate, ref };
    }
    return candidate;
  }

  #holdsConcept(ref: number, concept: Concept | undefined): boolean {
    if (!concept || (concept.only && !concept.only.has(ref))) return false;
    return concept.alternatives.some((alternative) =>
      alternative.every((term) => this.#postings.holds(term, ref)),
    );
  }

  /** The result for an item's best candidate, quoting `quoted` (the candidate or its stand-in). */
  #result(candidate: Candidate, concepts: Concept[], quoted: Candidate): SearchResult {
    const { meeting, item } = this.#document(candidate.ref);
    const { passage } = this.#document(quoted.ref);
    const matched = new Set(
      conceptsIn(quoted.mask, concepts.length)
        .flatMap((c) => concepts[c]?.alternatives ?? [])
        .filter((alternative) =>
          alternative.every((term) => this.#postings.holds(term, quoted.ref)),
        )
        .flat(),
    );
    const quote = quoteFor(item, passage, matched, this.#analyseForQuote);
    return {
      meetingId: meeting.id,
      date: meeting.date,
      body: meeting.body,
      item: { number: item.number, title: item.title },
      score: Math.round(candidate.score * 1000) / 1000,
      excerpt: quote.excerpt.text,
      highlights: quote.excerpt.highlights,
      source: {
        file: meeting.file,
        line: quote.line,
        ...(meeting.source ? { url: meeting.source.url } : {}),
      },
    };
  }
}

/** Words typed side by side in one run of subject words, as indexes and as terms to match. */
interface PhraseRun {
  concepts: number[];
  sequence: Array<Set<string>>;
}

/** The runs of two or more concepts typed together ("London Policing Board"). */
function phraseRuns(concepts: Concept[]): PhraseRun[] {
  const byChunk = new Map<number, number[]>();
  for (const [c, concept] of concepts.entries()) {
    if (concept.chunk < 0) continue;
    byChunk.set(concept.chunk, [...(byChunk.get(concept.chunk) ?? []), c]);
  }
  return [...byChunk.values()]
    .filter((indexes) => indexes.length >= 2)
    .map((indexes) => ({
      concepts: indexes,
      sequence: indexes.map((c) => new Set(concepts[c]?.alternatives.flat())),
    }));
}

/** A concept as it was searched for: its correction, or the words as typed. */
function asSearched(concept: Concept): string {
  return concept.correction ?? concept.words;
}

/** “a”, “b” and “c”. */
function listed(words: string[], conjunction: "and" | "or"): string {
  const quoted = words.map((word) => `“${word}”`);
  const last = quoted.pop() ?? "";
  return quoted.length > 0 ? `${quoted.join(", ")} ${conjunction} ${last}` : last;
}

/**
 * "Did you mean": the question's subjects with each word that matched nothing replaced by its
 * correction. Only for a short query with few corrections: in a long message an unknown word is
 * more likely a real word the minutes do not use ("director") than a typo, and a rewrite of many
 * words reads as mangled text.
 */
function suggestionsFor(concepts: Concept[]): string[] {
  const corrected = concepts.filter((concept) => concept.suggestion).length;
  if (corrected === 0 || corrected > MAX_CORRECTED_WORDS) return [];
  if (concepts.length > MAX_SUGGESTED_CONCEPTS) return [];
  return [concepts.map((concept) => concept.suggestion ?? concept.words).join(" ")];
}

function wholeNumber(value: number | undefined, fallback: number, max: number): number {
  if (value === undefined || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(0, Math.floor(value)));
}
