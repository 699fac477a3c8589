import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/**
 * Which words are English, and which are names, from the British English Hunspell dictionary
 * (npm `dictionary-en-gb`, the SCOWL word list with its affix rules; MIT and BSD). A word the
 * minutes do not use but English does ("hate", "acid", "zone") is a subject the minutes are
 * silent on, never a typo for a word they do use ("date", "aid", "one"); a name the dictionary
 * knows ("Cressida", "Dick") is a person the minutes do not mention, never another person.
 *
 * Only the parts of Hunspell this dictionary uses are read: one-letter flags, suffix and prefix
 * rules with strip, add and condition, and prefixes combined with suffixes.
 */
export interface EnglishReading {
  /** Written in lower case in the dictionary, or formed from such an entry by its rules. */
  word: boolean;
  /** Only ever written with a capital ("Cressida", "Casey"): a name of a person or place. */
  name: boolean;
}

interface AffixRule {
  flag: string;
  strip: string;
  add: string;
  condition: RegExp;
  /** Whether the rule combines with rules of the other side (prefix with suffix). */
  combines: boolean;
}

interface Entry {
  /** Flags of the lower-case entry, or null when the dictionary has none. */
  word: string | null;
  /** Flags of the capitalised entries, or null. */
  name: string | null;
}

const NOT_ENGLISH: EnglishReading = { word: false, name: false };

/** The English dictionary, read from its package once, on first use. */
export class EnglishWords {
  readonly #entries: Map<string, Entry>;
  readonly #suffixes: AffixRule[];
  readonly #prefixes: AffixRule[];

  constructor(aff: string, dic: string) {
    const { suffixes, prefixes } = parseAffixes(aff);
    this.#suffixes = suffixes;
    this.#prefixes = prefixes;
    this.#entries = parseEntries(dic);
  }

  static #shared: EnglishWords | null = null;

  /** The dictionary of the `dictionary-en-gb` package. */
  static shared(): EnglishWords {
    if (!EnglishWords.#shared) {
      const folder = dirname(createRequire(import.meta.url).resolve("dictionary-en-gb"));
      EnglishWords.#shared = new EnglishWords(
        readFileSync(join(folder, "index.aff"), "utf8"),
        readFileSync(join(folder, "index.dic"), "utf8"),
      );
    }
    return EnglishWords.#shared;
  }

  /** How the dictionary reads a lower-case word. */
  read(word: string): EnglishReading {
    if (word.length === 0) return NOT_ENGLISH;
    const reading = { word: false, name: false };
    const note = (flags: Entry, required: string[]) => {
      if (flags.word !== null && required.every((flag) => flags.word?.includes(flag)))
        reading.word = true;
      if (flags.name !== null && required.every((flag) => flags.name?.includes(flag)))
        reading.name = true;
    };
    this.#readSuffixed(word, [], note);
    for (const prefix of this.#prefixes) {
      if (!word.startsWith(prefix.add)) continue;
      const rest = prefix.strip + word.slice(prefix.add.length);
      if (!prefix.condition.test(rest)) continue;
      this.#readSuffixed(rest, [prefix.flag], note, prefix.combines);
    }
    // A name is a name only when English has no such word ("Nick" the person, "nick" the verb).
    return { word: reading.word, name: reading.name && !reading.word };
  }

  #readSuffixed(
    word: string,
    required: string[],
    note: (entry: Entry, required: string[]) => void,
    suffixesAllowed = true,
  ): void {
    const entry = this.#entries.get(word);
    if (entry) note(entry, required);
    if (!suffixesAllowed) return;
    for (const suffix of this.#suffixes) {
      if (!word.endsWith(suffix.add)) continue;
      if (required.length > 0 && !suffix.combines) continue;
      const stem = word.slice(0, word.length - suffix.add.length) + suffix.strip;
      if (!suffix.condition.test(stem)) continue;
      const stemEntry = this.#entries.get(stem);
      if (stemEntry) note(stemEntry, [...required, suffix.flag]);
    }
  }
}

function parseAffixes(aff: string): { suffixes: AffixRule[]; prefixes: AffixRule[] } {
  const suffixes: AffixRule[] = [];
  const prefixes: AffixRule[] = [];
  const combines = new Map<string, boolean>();
  for (const line of aff.split("\n")) {
    const fields = line.trim().split(/\s+/);
    const [kind, flag = "", third = "", fourth = "", fifth = "."] = fields;
    if (kind !== "SFX" && kind !== "PFX") continue;
    // The header line ("SFX S Y 4") says whether the flag combines and how many rules follow.
    if (fields.length === 4 && /^\d+$/.test(fourth)) {
      combines.set(`${kind}${flag}`, third === "Y");
      continue;
    }
    const strip = third === "0" ? "" : third;
    const add = (fourth === "0" ? "" : fourth).split("/")[0] ?? "";
    const rule: AffixRule = {
      flag,
      strip,
      add: add.toLowerCase(),
      condition: new RegExp(kind === "SFX" ? `${fifth}$` : `^${fifth}`),
      combines: combines.get(`${kind}${flag}`) ?? false,
    };
    (kind === "SFX" ? suffixes : prefixes).push(rule);
  }
  return { suffixes, prefixes };
}

function parseEntries(dic: string): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  // The first line is the entry count; an entry is "word" or "word/FLAGS".
  for (const line of dic.split("\n").slice(1)) {
    const slash = line.indexOf("/");
    const written = (slash === -1 ? line : line.slice(0, slash)).trim();
    if (written.length === 0) continue;
    const flags = slash === -1 ? "" : line.slice(slash + 1).trim();
    const key = written.toLowerCase();
    const entry = entries.get(key) ?? { word: null, name: null };
    if (written === key) entry.word = (entry.word ?? "") + flags;
    else entry.name = (entry.name ?? "") + flags;
    entries.set(key, entry);
  }
  return entries;
}
