import { closedCompound, compoundParts } from "./compounds.js";
import { type Glossary, phraseStems } from "./glossary.js";
import { looseNameLength } from "./loose-names.js";
import { stemWord } from "./stem.js";
import { isStopWord } from "./stopwords.js";
import { PHRASE_SYNONYMS, SYNONYMS } from "./synonyms.js";
import {
  CAPITALISED,
  CAPITALS,
  readWords,
  tokenize,
  type WordParts,
  type WordToken,
} from "./tokenize.js";

/** A word of a passage with the index terms it contributes (none for stop words). */
export interface AnalysedToken {
  token: WordToken;
  terms: string[];
}

// Capitalised words this long or shorter are read as acronyms and kept from the stemmer
// ("MPS" must stay "mps", not become "mp"); longer ones are headings in capitals ("TERRORISM").
const MAX_UNKNOWN_ACRONYM = 7;
// A two-letter word in lower case ("da", "ho") is an acronym only when written in capitals.
const MIN_LOWER_CASE_ACRONYM = 3;

interface Part {
  token: number;
  word: string;
  stem: string;
  capitals: boolean;
  capitalised: boolean;
}

function partsOf(tokens: WordToken[]): Part[] {
  const parts: Part[] = [];
  for (const [index, token] of tokens.entries()) {
    for (const [p, word] of token.parts.entries()) {
      parts.push({
        token: index,
        word,
        stem: stemWord(word),
        capitals: token.capitals[p] ?? false,
        capitalised: token.capitalised[p] ?? false,
      });
    }
  }
  return parts;
}

/** Glossary phrases found in a run of stems: [first, one after the last, acronym term]. */
function findPhrases(
  stems: readonly string[],
  glossary: Glossary,
): Array<[number, number, string]> {
  const found: Array<[number, number, string]> = [];
  for (let i = 0; i < stems.length; i++) {
    const candidates = glossary.phrases.get(stems[i] ?? "");
    if (!candidates) continue;
    const phrase = candidates.find((c) => c.stems.every((stem, k) => stems[i + k] === stem));
    if (!phrase) continue;
    found.push([i, i + phrase.stems.length, phrase.acronym]);
    i += phrase.stems.length - 1;
  }
  return found;
}

/** The index term of one word of the minutes (one part of a token), or null for a stop word. */
function documentTerm(
  word: string,
  stem: string,
  capitals: boolean,
  capitalised: boolean,
  glossary: Glossary,
): string | null {
  const acronym = glossary.acronyms.get(word);
  if (acronym) {
    const everyday = glossary.everydayAliases.has(word);
    if (everyday ? capitalised : capitals || word.length >= MIN_LOWER_CASE_ACRONYM) return acronym;
  }
  if (isStopWord(word)) return null;
  if (capitals && word.length <= MAX_UNKNOWN_ACRONYM) return word;
  return stem;
}

/**
 * Reads the words of minutes text into index terms, adding each word's terms to `terms` in order
 * and, per word, the length `terms` has after them to `ends`: stems for ordinary words, acronyms
 * as written, the joined form of hyphenated words, and the acronym of any phrase that spells one
 * out. The stems are worked out once, in one array, and no object is made per word: the index
 * reads every word of the minutes this way.
 */
function readTerms(words: WordParts, glossary: Glossary, terms: string[], ends: number[]): void {
  const { parts, flags } = words;
  const stems: string[] = new Array(parts.length);
  for (let p = 0; p < parts.length; p++) stems[p] = stemWord(parts[p] as string);
  // Phrase acronyms are rare: only the words inside a phrase get a list.
  const phrases = findPhrases(stems, glossary);
  let acronyms: Map<number, string[]> | null = null;
  if (phrases.length > 0) {
    const wordOf: number[] = [];
    for (let w = 0; w < words.ends.length; w++)
      while (wordOf.length < (words.ends[w] as number)) wordOf.push(w);
    acronyms = new Map();
    for (const [from, to, acronym] of phrases)
      for (let p = from; p < to; p++) {
        const w = wordOf[p] as number;
        const list = acronyms.get(w) ?? [];
        list.push(acronym);
        acronyms.set(w, list);
      }
  }
  let part = 0;
  // Indexed loops, not iterators: the index runs this over every word once per start, much of it
  // before the optimising compiler has seen it, where each iterator step made an array.
  for (let w = 0; w < words.ends.length; w++) {
    const end = words.ends[w] as number;
    const first = terms.length;
    const start = part;
    for (; part < end; part++) {
      const flag = flags[part] as number;
      const term = documentTerm(
        parts[part] as string,
        stems[part] as string,
        (flag & CAPITALS) !== 0,
        (flag & CAPITALISED) !== 0,
        glossary,
      );
      if (term) terms.push(term);
    }
    if (end - start > 1) terms.push(stemWord(parts.slice(start, end).join("")));
    for (const acronym of acronyms?.get(w) ?? [])
      if (!terms.includes(acronym, first)) terms.push(acronym);
    ends.push(terms.length);
  }
}

/**
 * Reads text from the minutes into index terms per word: stems for ordinary words, acronyms as
 * written, the joined form of hyphenated words, and the acronym of any phrase that spells one out
 * (so "Violence Against Women and Girls" is also found as "vawg").
 */
export function analyseDocument(text: string, glossary: Glossary): AnalysedToken[] {
  const tokens = tokenize(text);
  const words: WordParts = { parts: [], flags: [], ends: [] };
  for (const token of tokens) {
    for (const [p, part] of token.parts.entries()) {
      words.parts.push(part);
      words.flags.push(flagsOf(token, p));
    }
    words.ends.push(words.parts.length);
  }
  const terms: string[] = [];
  const ends: number[] = [];
  readTerms(words, glossary, terms, ends);
  return tokens.map((token, i) => ({ token, terms: terms.slice(ends[i - 1] ?? 0, ends[i]) }));
}

function flagsOf(token: WordToken, part: number): number {
  return (token.capitals[part] ? CAPITALS : 0) | (token.capitalised[part] ? CAPITALISED : 0);
}

/**
 * The index terms of a text, in order, as analyseDocument reads them; `word` is told the first
 * term of each one-part word (for the spelling vocabulary).
 */
export function documentTerms(
  text: string,
  glossary: Glossary,
  word?: (word: string, term: string) => void,
): string[] {
  const words: WordParts = { parts: [], flags: [], ends: [] };
  readWords(text, words);
  const terms: string[] = [];
  const ends: number[] = [];
  readTerms(words, glossary, terms, ends);
  if (word) {
    let part = 0;
    for (let w = 0; w < words.ends.length; w++) {
      const end = words.ends[w] as number;
      // A word's terms run from where the word before's end; a stop word has none.
      const from = ends[w - 1] ?? 0;
      const first = (ends[w] as number) > from ? terms[from] : undefined;
      if (end - part === 1 && first) word(words.parts[part] as string, first);
      part = end;
    }
  }
  return terms;
}

/**
 * One subject of a question. It matches a passage when every term of any one of its alternatives
 * is there: "vawg" matches by the acronym or by "violence", "women" and "girls".
 */
export interface QueryConcept {
  /** The words as typed, for "did you mean". */
  words: string;
  alternatives: string[][];
  /** Whether a misspelling of it may be corrected (single ordinary words, not numbers). */
  correctable: boolean;
  /**
   * Typed with a capital, or in capitals, after the question's first word: a name or an acronym
   * the person means as written, never to be corrected into another.
   */
  typedAsName?: boolean;
  /**
   * Which run of the question's subject words it belongs to: words between stop words or
   * punctuation name one subject together ("honour based violence", "knife crime"), so when one
   * of them is missing from the minutes the others alone do not answer for it.
   */
  chunk: number;
  /** A hyphenated word written as one ("anti-social" → "antisocial"), to read as a whole word. */
  joined?: string;
  /**
   * For a phrase in quotation marks: the terms its words may read as, in order. It matches only
   * a passage holding them side by side (stop words aside), not one holding them apart.
   */
  exact?: string[][];
  /**
   * For a phrase or a hyphenated word: its words as concepts of their own, for when no passage
   * holds the whole.
   */
  separately?: QueryConcept[];
  /**
   * For a word English writes closed up ("nighttime"): its parts, searched only when no passage
   * holds it as typed (the minutes' "night time economy"), since a held word is not to be
   * widened to passages holding its parts apart (compounds.ts).
   */
  parts?: string[][];
}

/** Whether a query word is passed over: a stop word, or one the caller asks not to search for. */
type Unsearched = (word: string) => boolean;

function contentStems(stems: string[], unsearched: Unsearched): string[] {
  return stems.filter((stem) => !unsearched(stem));
}

function acronymConcept(
  words: string,
  acronym: string,
  glossary: Glossary,
  unsearched: Unsearched,
): QueryConcept {
  const expansions = (glossary.expansions.get(acronym) ?? []).map((stems) =>
    contentStems(stems, unsearched),
  );
  return { words, alternatives: [[acronym], ...expansions], correctable: false, chunk: 0 };
}

// "…" or “…” around words: a phrase to match as written. Single quotes are apostrophes too.
const QUOTED = /["“”]([^"“”]+)["“”]/g;

/** Character ranges of the phrases in quotation marks. */
function quotedSpans(text: string): Array<[number, number]> {
  return [...text.matchAll(QUOTED)].map((match) => [
    match.index + 1,
    match.index + match[0].length - 1,
  ]);
}

/** For each token, the run of subject words it belongs to (see QueryConcept.chunk). */
function chunksOf(text: string, tokens: WordToken[], unsearched: Unsearched): number[] {
  let chunk = 0;
  return tokens.map((token, i) => {
    const previous = tokens[i - 1];
    const between = previous ? text.slice(previous.end, token.start) : "";
    const stop = token.parts.every(unsearched);
    if (stop || /\S/.test(between) || previous?.parts.every(unsearched)) chunk++;
    return chunk;
  });
}

/**
 * Reads a question into concepts: chat markup is expected to be gone; question words and stop
 * words are dropped (and `unsearched`, the caller's own); glossary phrases become their acronym;
 * acronyms bring their expansions.
 */
export function analyseQuery(
  text: string,
  glossary: Glossary,
  unsearchedWords: ReadonlySet<string> = new Set(),
  heldTogether: (terms: readonly string[]) => boolean = () => false,
): QueryConcept[] {
  const unsearched: Unsearched = (word) => isStopWord(word) || unsearchedWords.has(word);
  const tokens = tokenize(text);
  const parts = partsOf(tokens);
  const chunks = chunksOf(text, tokens, unsearched);
  const concepts: QueryConcept[] = [];
  const consumed = new Set<number>();
  for (const [start, end] of quotedSpans(text)) {
    const inside = [...tokens.entries()].filter(([, t]) => t.start >= start && t.end <= end);
    const exact = inside.flatMap(([, token]) =>
      token.parts.every(unsearched)
        ? []
        : [[stemWord(token.parts.join("")), ...token.parts.map(stemWord)]],
    );
    if (exact.length < 2) continue;
    concepts.push({
      words: inside.map(([, token]) => token.surface).join(" "),
      alternatives: [exact.map((terms) => terms[0] ?? "")],
      correctable: false,
      chunk: -1 - concepts.length,
      exact,
    });
    for (const [index] of inside) consumed.add(index);
  }
  for (const [from, to, acronym] of findPhrases(
    parts.map((part) => part.stem),
    glossary,
  )) {
    if (parts.slice(from, to).some((part) => consumed.has(part.token))) continue;
    const words = parts.slice(from, to).map((part) => part.word);
    const concept = acronymConcept(words.join(" "), acronym, glossary, unsearched);
    concept.alternatives.push(
      contentStems(
        parts.slice(from, to).map((part) => part.stem),
        unsearched,
      ),
    );
    const spanned = new Set(parts.slice(from, to).map((part) => part.token));
    concept.chunk = chunks[parts[from]?.token ?? 0] ?? 0;
    concept.separately = [...spanned].flatMap((index) => {
      const token = tokens[index];
      const word = token && wordConcept(token, glossary, unsearched, false);
      if (word) word.chunk = concept.chunk;
      return word ? [word] : [];
    });
    concepts.push(concept);
    for (const index of spanned) consumed.add(index);
  }
  for (const [from, to, acronym] of findLooseNames(
    parts,
    glossary,
    unsearched,
    consumed,
    heldTogether,
  )) {
    const run = parts.slice(from, to);
    const concept = acronymConcept(
      run.map((part) => part.word).join(" "),
      acronym,
      glossary,
      unsearched,
    );
    concept.alternatives.unshift(
      contentStems(
        run.map((part) => part.stem),
        unsearched,
      ),
    );
    concept.chunk = chunks[parts[from]?.token ?? 0] ?? 0;
    concept.separately = run.flatMap((part) => {
      const token = tokens[part.token];
      const word = token && wordConcept(token, glossary, unsearched, false);
      if (word) word.chunk = concept.chunk;
      return word ? [word] : [];
    });
    concepts.push(concept);
    for (const part of run) consumed.add(part.token);
  }
  for (const [index, token] of tokens.entries()) {
    const next = tokens[index + 1];
    if (consumed.has(index) || !next || consumed.has(index + 1)) continue;
    if (chunks[index] !== chunks[index + 1]) continue;
    const concept = compoundConcept(token, next, glossary, unsearched);
    if (!concept) continue;
    concept.chunk = chunks[index] ?? 0;
    for (const part of concept.separately ?? []) part.chunk = concept.chunk;
    concepts.push(concept);
    consumed.add(index);
    consumed.add(index + 1);
  }
  for (const [index, token] of tokens.entries()) {
    if (consumed.has(index)) continue;
    const concept = wordConcept(token, glossary, unsearched);
    if (!concept) continue;
    concept.chunk = chunks[index] ?? 0;
    for (const part of concept.separately ?? []) part.chunk = concept.chunk;
    if (index > 0 && (token.capitalised[0] || token.capitals[0])) concept.typedAsName = true;
    concepts.push(concept);
  }
  return dedupe(concepts.filter((concept) => concept.alternatives.some((alt) => alt.length > 0)));
}

function wordConcept(
  token: WordToken,
  glossary: Glossary,
  unsearched: Unsearched,
  asAcronym = true,
): QueryConcept | null {
  const { parts } = token;
  if (parts.length > 1) {
    const joined = parts.join("");
    const alternatives = [
      [stemWord(joined)],
      [joined],
      contentStems(parts.map(stemWord), unsearched),
    ];
    // "Ex-offenders", "ex-prisoners": what they were is what the minutes call them ("when
    // offenders come out of prisons"), a weaker alternative after the word as typed.
    if (parts[0] === "ex" && parts.length > 1)
      alternatives.push(contentStems(parts.slice(1).map(stemWord), unsearched));
    // When no form matches ("counter-terrorisim"), each part is searched, and corrected, alone.
    const separately = parts.flatMap((part) => {
      const concept = wordConcept({ ...token, parts: [part] }, glossary, unsearched, asAcronym);
      return concept ? [concept] : [];
    });
    return {
      words: parts.join("-"),
      alternatives,
      correctable: false,
      separately,
      chunk: 0,
      joined,
    };
  }
  const word = parts[0] ?? "";
  const acronym = asAcronym ? glossary.acronyms.get(word) : undefined;
  if (acronym) {
    const concept = acronymConcept(word, acronym, glossary, unsearched);
    if (glossary.everydayAliases.has(word)) concept.alternatives.push([stemWord(word)]);
    return concept;
  }
  if (unsearched(word)) return null;
  const stem = stemWord(word);
  const alternatives = stem === word ? [[stem]] : [[stem], [word]];
  for (const synonym of SYNONYMS[stem] ?? []) alternatives.push([synonym]);
  for (const phrase of PHRASE_SYNONYMS[stem] ?? [])
    alternatives.push(contentStems(phraseStems(phrase), unsearched));
  const split = compoundParts(word).map((pair) => contentStems(pair.map(stemWord), unsearched));
  return {
    words: word,
    alternatives,
    correctable: !/\d/.test(word),
    chunk: 0,
    ...(split.length > 0 ? { parts: split } : {}),
  };
}

/**
 * Two words typed apart that English writes as one ("night life": nightlife), as one concept: the
 * two words as typed, or the closed-up word with its own synonyms ("nightlife" is the minutes'
 * "night time economy"); each word alone when no passage holds either.
 */
function compoundConcept(
  first: WordToken,
  second: WordToken,
  glossary: Glossary,
  unsearched: Unsearched,
): QueryConcept | null {
  const [a] = first.parts;
  const [b] = second.parts;
  if (first.parts.length !== 1 || second.parts.length !== 1 || !a || !b) return null;
  if (unsearched(a) || unsearched(b) || glossary.acronyms.has(a) || glossary.acronyms.has(b))
    return null;
  const closed = closedCompound(a, b);
  if (!closed) return null;
  const whole = wordConcept({ ...first, parts: [closed] }, glossary, unsearched);
  if (!whole) return null;
  const separately = [first, second].flatMap((token) => {
    const concept = wordConcept(token, glossary, unsearched);
    return concept ? [concept] : [];
  });
  return {
    words: `${a} ${b}`,
    alternatives: [[stemWord(a), stemWord(b)], ...whole.alternatives],
    correctable: false,
    chunk: 0,
    separately,
  };
}

/**
 * Runs of subject words naming an acronym's expansion loosely ("black asian officers": Black,
 * Asian and Minority Ethnic; "ethnic minority"), where no expansion is written whole
 * (loose-names.ts) and no passage holds the run's words as typed ("police crime plan" and
 * "deputy mayor" are the minutes' own words, searched as they are): [first part, one after the
 * last, acronym term].
 */
function findLooseNames(
  parts: readonly Part[],
  glossary: Glossary,
  unsearched: Unsearched,
  consumed: ReadonlySet<number>,
  heldTogether: (terms: readonly string[]) => boolean,
): Array<[number, number, string]> {
  const found: Array<[number, number, string]> = [];
  for (let i = 0; i < parts.length; i++) {
    if (consumed.has(parts[i]?.token ?? -1) || unsearched(parts[i]?.word ?? "")) continue;
    // The content words from here on, up to the first word already read or an acronym of its own.
    const run: number[] = [];
    for (let j = i; j < parts.length; j++) {
      const part = parts[j] as Part;
      if (consumed.has(part.token) || glossary.acronyms.has(part.word)) break;
      if (!unsearched(part.word)) run.push(j);
    }
    const stems = run.map((j) => parts[j]?.stem ?? "");
    let best: [number, string] | null = null;
    for (const [acronym, expansions] of glossary.expansions)
      for (const expansion of expansions) {
        const length = looseNameLength(stems, contentStems(expansion, unsearched));
        if (length > (best?.[0] ?? 0)) best = [length, acronym];
      }
    if (!best || heldTogether(stems.slice(0, best[0]))) continue;
    const last = run[best[0] - 1] ?? i;
    found.push([i, last + 1, best[1]]);
    i = last;
  }
  return found;
}

function dedupe(concepts: QueryConcept[]): QueryConcept[] {
  const seen = new Set<string>();
  return concepts.filter((concept) => {
    const key = concept.alternatives.map((alt) => alt.join("+")).join("|");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
