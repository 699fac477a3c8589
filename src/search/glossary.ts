import { JOINING_WORDS } from "../corpus/lexicon.js";
import { type AcronymEntry, JUSTICE_ACRONYMS } from "./acronyms.js";
import { stemWord } from "./stem.js";
import { tokenize } from "./tokenize.js";

/** A phrase that names an acronym's subject, as the stems its words reduce to. */
export interface GlossaryPhrase {
  stems: string[];
  acronym: string;
}

/** Acronyms both ways: what each acronym stands for, and which phrases stand for an acronym. */
export interface Glossary {
  /** Lower-case acronym or alias → the acronym's index term ("met" → "mps"). */
  acronyms: Map<string, string>;
  /** Aliases that are also everyday words, read as the acronym only when capitalised ("Met"). */
  everydayAliases: Set<string>;
  /** Acronym term → its expansions as stem sequences. */
  expansions: Map<string, string[][]>;
  /** Expansion phrases keyed by their first stem, longest first. */
  phrases: Map<string, GlossaryPhrase[]>;
}

// Mined acronyms need three letters: "Sadiq Khan (SK)" in attendance lists would otherwise make
// every person's initials an acronym.
const MIN_MINED_LETTERS = 3;
const MAX_EXPANSION_WORDS = 10;

// "Violence Against Women and Girls (VAWG)": the expansion is a run of words before the brackets.
// The brackets are found first and the words read backwards from them: one regex for both
// backtracks over every paragraph and was most of the start-up time.
const BRACKETED_ACRONYM = /\(\s*([A-Z][A-Za-z]{1,9})\s*\)/g;
const WORDS_BEFORE = /([\p{L}'’&-]+(?:[ \t]+[\p{L}'’&-]+){0,12})[ \t]*$/u;
const LOOK_BACK = 200;
// "RASSO (rape and serious sexual offences)": the expansion is the whole bracket.
const ACRONYM_THEN_EXPANSION = /\b([A-Z][A-Za-z]{1,9})\s*\(\s*([\p{L}'’&\- ]{3,120})\)/gu;

/** An acronym and the words one passage of the minutes spells it out with. */
export interface AcronymPair {
  acronym: string;
  expansion: string;
}

/** Finds "Expansion (ACRO)" and "ACRO (expansion)" pairs in text from the minutes. */
export function mineAcronyms(texts: Iterable<string>): AcronymEntry[] {
  const found = new Map<string, Set<string>>();
  for (const text of texts)
    for (const { acronym, expansion } of acronymPairs(text)) {
      const key = acronym.toUpperCase();
      const set = found.get(key) ?? new Set<string>();
      set.add(expansion);
      found.set(key, set);
    }
  return [...found].map(([acronym, expansions]) => ({ acronym, expansions: [...expansions] }));
}

/** The acronyms one text defines, in the order it defines them. */
export function acronymPairs(text: string): AcronymPair[] {
  const pairs: AcronymPair[] = [];
  for (const match of text.matchAll(BRACKETED_ACRONYM)) {
    const acronym = match[1] ?? "";
    const before =
      WORDS_BEFORE.exec(text.slice(Math.max(0, match.index - LOOK_BACK), match.index))?.[1] ?? "";
    const letters = acronymLetters(acronym);
    if (letters.length < MIN_MINED_LETTERS) continue;
    const words = before.split(/[ \t]+/).slice(-MAX_EXPANSION_WORDS);
    for (let first = words.length - 1; first >= 0; first--) {
      const candidate = words.slice(first);
      if (spellsAcronym(candidate, letters)) {
        pairs.push({ acronym, expansion: candidate.join(" ") });
        break;
      }
    }
  }
  for (const match of text.matchAll(ACRONYM_THEN_EXPANSION)) {
    const [, acronym = "", inside = ""] = match;
    const letters = acronymLetters(acronym);
    const words = inside.trim().split(/\s+/);
    if (letters.length >= MIN_MINED_LETTERS && spellsAcronym(words, letters))
      pairs.push({ acronym, expansion: words.join(" ") });
  }
  return pairs;
}

// "MoJ" is spelt by its capitals (M, J); "VAWG" by all its letters.
function acronymLetters(acronym: string): string {
  const capitals = acronym.replace(/[^A-Z]/g, "");
  return (capitals.length >= 2 ? capitals : acronym).toLowerCase();
}

/** Whether the words' initials spell the letters, each word giving one letter or (if minor) none. */
function spellsAcronym(words: string[], letters: string): boolean {
  const initials = words.map((word) => word.replace(/^[^\p{L}&]+/u, "").toLowerCase());
  if (initials.length === 0 || initials[0]?.[0] !== letters[0]) return false;
  const match = (w: number, l: number): boolean => {
    if (l === letters.length) return w === initials.length;
    if (w === initials.length) return false;
    const word = initials[w] ?? "";
    if (word[0] === letters[l] && match(w + 1, l + 1)) return true;
    // A joining word may be skipped ("Violence Against Women and Girls" is VAWG) or counted ("Rape
    // and Serious Sexual Offences" is RASSO): both happen in the minutes.
    return JOINING_WORDS.has(word) && match(w + 1, l);
  };
  return match(0, 0);
}

/** Builds the glossary from the curated table plus the pairs mined from the minutes. */
export function buildGlossary(mined: AcronymEntry[] = []): Glossary {
  const glossary: Glossary = {
    acronyms: new Map(),
    everydayAliases: new Set(),
    expansions: new Map(),
    phrases: new Map(),
  };
  for (const entry of [...JUSTICE_ACRONYMS, ...mined]) {
    const term = acronymTerm(entry.acronym);
    if (!term) continue;
    if (!glossary.acronyms.has(term)) glossary.acronyms.set(term, term);
    const canonical = glossary.acronyms.get(term) ?? term;
    for (const alias of entry.aliases ?? []) {
      const aliasTerm = acronymTerm(alias);
      if (!aliasTerm) continue;
      glossary.acronyms.set(aliasTerm, canonical);
      glossary.everydayAliases.add(aliasTerm);
    }
    const known = glossary.expansions.get(canonical) ?? [];
    for (const expansion of entry.expansions) {
      const stems = phraseStems(expansion);
      if (stems.length < 2 || known.some((k) => k.join(" ") === stems.join(" "))) continue;
      known.push(stems);
      const first = stems[0] ?? "";
      const list = glossary.phrases.get(first) ?? [];
      list.push({ stems, acronym: canonical });
      list.sort((a, b) => b.stems.length - a.stems.length);
      glossary.phrases.set(first, list);
    }
    glossary.expansions.set(canonical, known);
  }
  return glossary;
}

/** The index term of an acronym: its letters in lower case, never stemmed ("MPS" → "mps"). */
export function acronymTerm(acronym: string): string | null {
  const parts = tokenize(acronym).flatMap((token) => token.parts);
  return parts.length === 1 ? (parts[0] ?? null) : null;
}

/** The stems a phrase's words reduce to, as phrase matching compares them. */
export function phraseStems(phrase: string): string[] {
  return tokenize(phrase).flatMap((token) => token.parts.map(stemWord));
}
