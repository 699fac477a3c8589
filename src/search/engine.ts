import lunr from "lunr";
import { type AnalysedToken, analyseDocument, analyseQuery, type QueryConcept } from "./analyse.js";
import type { PassageDocument } from "./documents.js";
import { excerptOf } from "./excerpt.js";
import type { Glossary } from "./glossary.js";
import { stripChatMarkup } from "./markup.js";
import { smallestWindow } from "./proximity.js";
import type { MinutesSearch, SearchOptions, SearchResponse, SearchResult } from "./types.js";
import type { Vocabulary } from "./vocabulary.js";

/** Tuning of the ranking; each value is explained where it is used. */
const RANKING = {
  /** Expansion words of an acronym ("violence", "women", "girls" for "vawg") count for less. */
  expansionBoost: 0.5,
  /** Proximity is measured on this many of the best passages only (it re-reads their text). */
  proximityCandidates: 200,
  /** A passage whose concepts sit side by side scores up to (1 + this) times more. */
  proximityWeight: 0.5,
  /** How many words apart the concepts may be before proximity stops counting much. */
  proximitySpread: 6,
  /** Scores closer than this are a tie, which the more recent meeting wins. */
  tie: 1e-3,
} as const;

const DEFAULT_LIMIT = 5;
const MAX_LIMIT = 100;
/** Longer input is cut: nobody types more, and each word costs time. */
const MAX_QUERY_LENGTH = 1000;
const MAX_CONCEPTS = 24;
/** Corrections offered per unknown word. */
const MAX_CORRECTIONS = 3;

interface Concept {
  words: string;
  alternatives: string[][];
  /** The spelling found in the minutes when the word as typed was not. */
  correction: string | null;
}

interface Candidate {
  ref: number;
  score: number;
  matched: Set<string>;
  concepts: number[];
}

/** Search over the Lunr index of passage documents (see build.ts). */
export class LunrMinutesSearch implements MinutesSearch {
  readonly #documents: PassageDocument[];
  readonly #index: lunr.Index;
  readonly #vocabulary: Vocabulary;
  readonly #glossary: Glossary;
  readonly #terms: Set<string>;

  constructor(
    documents: PassageDocument[],
    index: lunr.Index,
    vocabulary: Vocabulary,
    glossary: Glossary,
  ) {
    this.#documents = documents;
    this.#index = index;
    this.#vocabulary = vocabulary;
    this.#glossary = glossary;
    this.#terms = new Set(
      Object.keys((index as unknown as { invertedIndex: object }).invertedIndex),
    );
  }

  search(query: string, options: SearchOptions = {}): SearchResponse {
    const text = typeof query === "string" ? query : "";
    const limit = wholeNumber(options.limit, DEFAULT_LIMIT, MAX_LIMIT);
    const offset = wholeNumber(options.offset, 0, Number.MAX_SAFE_INTEGER);
    const respond = (note: string | null, suggestions: string[] = []): SearchResponse => ({
      query: text,
      results: [],
      suggestions,
      total: 0,
      note,
    });

    const cleaned = stripChatMarkup(text).slice(0, MAX_QUERY_LENGTH);
    if (!/[\p{L}\p{N}]/u.test(cleaned))
      return respond("Nothing to search for: type a subject, such as “fraud” or “VAWG”.");
    const asked = analyseQuery(cleaned, this.#glossary).slice(0, MAX_CONCEPTS);
    if (asked.length === 0)
      return respond(
        "Only common words, which would match every meeting: add a subject, such as “fraud” or “VAWG”.",
      );

    const concepts = this.#resolve(asked);
    const found = concepts.filter((concept) => concept.alternatives.length > 0);
    const suggestions = suggestionsFor(concepts);
    if (found.length === 0) {
      const missing = concepts.map((concept) => `“${concept.words}”`).join(", ");
      return respond(`No agenda item mentions ${missing}.`, suggestions);
    }

    const candidates = this.#rank(found, options);
    const byItem = new Map<number, Candidate>();
    for (const candidate of candidates) {
      const key = this.#document(candidate.ref).itemKey;
      const best = byItem.get(key);
      if (!best || candidate.score > best.score) byItem.set(key, candidate);
    }
    const items = [...byItem.values()].sort((a, b) => this.#compare(a, b));
    if (items.length === 0)
      return respond("No agenda item matches within those filters.", suggestions);

    const results = items.slice(offset, offset + limit).map((c) => this.#result(c));
    return { query: text, results, suggestions, total: items.length, note: null };
  }

  /** Keeps the alternatives the index knows; corrects unknown words from the vocabulary. */
  #resolve(asked: QueryConcept[]): Concept[] {
    return asked.map((concept) => {
      const known = concept.alternatives.filter(
        (alternative) =>
          alternative.length > 0 && alternative.every((term) => this.#terms.has(term)),
      );
      if (known.length > 0 || !concept.correctable)
        return { words: concept.words, alternatives: known, correction: null };
      const near = this.#vocabulary.nearest(concept.words, MAX_CORRECTIONS);
      return {
        words: concept.words,
        alternatives: [...new Set(near.map(({ term }) => term))].map((term) => [term]),
        correction: near[0]?.word ?? null,
      };
    });
  }

  #document(ref: number): PassageDocument {
    return this.#documents[ref] as PassageDocument;
  }

  /** Scores every passage that matches any concept, within the filters. */
  #rank(concepts: Concept[], options: SearchOptions): Candidate[] {
    const boosts = new Map<string, number>();
    for (const concept of concepts) {
      for (const [i, alternative] of concept.alternatives.entries()) {
        const boost = i === 0 ? 1 : RANKING.expansionBoost;
        for (const term of alternative) boosts.set(term, Math.max(boosts.get(term) ?? 0, boost));
      }
    }
    const hits = this.#index.query((query) => {
      for (const [term, boost] of boosts) {
        query.term(term, { usePipeline: false, boost, wildcard: lunr.Query.wildcard.NONE });
      }
    });

    const conceptsOf = (matched: Set<string>): number[] =>
      concepts.flatMap((concept, c) =>
        concept.alternatives.some((alternative) => alternative.every((term) => matched.has(term)))
          ? [c]
          : [],
      );
    // A passage holding only part of a concept ("police" for "police and crime plan") is no match.
    const all = hits
      .map((hit) => {
        const matched = new Set(Object.keys(hit.matchData.metadata));
        return { ref: Number(hit.ref), score: hit.score, matched, concepts: conceptsOf(matched) };
      })
      .filter((hit) => hit.concepts.length > 0);

    // A concept's weight is its rarity among passages, so "fraud" outweighs "board".
    const frequency = concepts.map(() => 0);
    for (const hit of all) for (const c of hit.concepts) frequency[c] = (frequency[c] ?? 0) + 1;
    const total = this.#documents.length;
    const weight = frequency.map((df) => Math.log(1 + (total - df + 0.5) / (df + 0.5)));
    const totalWeight = weight.reduce((sum, w) => sum + w, 0);

    const inFilters = all.filter((hit) => this.#withinFilters(this.#document(hit.ref), options));
    for (const hit of inFilters) {
      const coverage = hit.concepts.reduce((sum, c) => sum + (weight[c] ?? 0), 0) / totalWeight;
      hit.score *= coverage * coverage;
    }
    inFilters.sort((a, b) => b.score - a.score);
    for (const hit of inFilters.slice(0, RANKING.proximityCandidates)) {
      if (hit.concepts.length > 1) hit.score *= this.#proximity(hit, concepts);
    }
    return inFilters;
  }

  #withinFilters(document: PassageDocument, options: SearchOptions): boolean {
    const { meeting } = document;
    if (options.body && meeting.body !== options.body) return false;
    if (options.from && meeting.date < options.from) return false;
    if (options.to && meeting.date > options.to) return false;
    return true;
  }

  /** 1 for concepts far apart in the passage, up to 1 + proximityWeight for adjacent ones. */
  #proximity(hit: Candidate, concepts: Concept[]): number {
    const passage = this.#document(hit.ref).passage;
    if (!passage) return 1;
    const tokens = this.#analyse(passage.text);
    const positions = hit.concepts.map((c) => {
      const terms = new Set(concepts[c]?.alternatives.flat());
      return tokens.flatMap((entry, i) => (entry.terms.some((t) => terms.has(t)) ? [i] : []));
    });
    const window = smallestWindow(positions);
    if (!Number.isFinite(window)) return 1;
    const gap = Math.max(0, window - hit.concepts.length);
    return 1 + RANKING.proximityWeight / (1 + gap / RANKING.proximitySpread);
  }

  #compare(a: Candidate, b: Candidate): number {
    if (Math.abs(a.score - b.score) > RANKING.tie * Math.max(a.score, b.score))
      return b.score - a.score;
    const dateOrder = this.#document(b.ref).meeting.date.localeCompare(
      this.#document(a.ref).meeting.date,
    );
    return dateOrder || a.ref - b.ref;
  }

  #analyse = (text: string): AnalysedToken[] => analyseDocument(text, this.#glossary);

  #result(candidate: Candidate): SearchResult {
    const { meeting, item, passage } = this.#document(candidate.ref);
    return {
      meetingId: meeting.id,
      date: meeting.date,
      body: meeting.body,
      item: { number: item.number, title: item.title },
      score: Math.round(candidate.score * 1000) / 1000,
      excerpt: excerptOf(passage?.text ?? item.title, candidate.matched, this.#analyse),
      source: { file: meeting.file, line: passage?.line ?? item.line },
    };
  }
}

/** "Did you mean": the question's subjects with each unknown word replaced by its correction. */
function suggestionsFor(concepts: Concept[]): string[] {
  if (!concepts.some((concept) => concept.correction)) return [];
  return [concepts.map((concept) => concept.correction ?? concept.words).join(" ")];
}

function wholeNumber(value: number | undefined, fallback: number, max: number): number {
  if (value === undefined || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(0, Math.floor(value)));
}
