import lunr from "lunr";
import type { Meeting } from "../corpus/model.js";
import { buildIndex } from "./build.js";
import {
  corpusHash,
  DEFAULT_CACHE_DIR,
  readSearchCache,
  SEARCH_CACHE_VERSION,
  writeSearchCache,
} from "./cache.js";
import { passageDocuments } from "./documents.js";
import { LunrMinutesSearch } from "./engine.js";
import { buildGlossary, type Glossary, mineAcronyms } from "./glossary.js";
import type { MinutesSearch } from "./types.js";
import { Vocabulary } from "./vocabulary.js";

export { DEFAULT_CACHE_DIR } from "./cache.js";
export type { MinutesSearch, SearchOptions, SearchResponse, SearchResult } from "./types.js";

/** The glossary for these minutes: curated acronyms plus those the minutes spell out. */
function glossaryFor(meetings: Meeting[]): Glossary {
  const texts = meetings.flatMap((meeting) =>
    meeting.items.flatMap((item) => [item.title, ...item.passages.map((p) => p.text)]),
  );
  return buildGlossary(mineAcronyms(texts));
}

/** Builds the search index over every agenda-item passage of the meetings. */
export function buildSearch(meetings: Meeting[]): MinutesSearch {
  const glossary = glossaryFor(meetings);
  const documents = passageDocuments(meetings);
  const { index, vocabulary } = buildIndex(documents, glossary);
  return new LunrMinutesSearch(documents, index, vocabulary, glossary);
}

/**
 * Like buildSearch, but loads the index from `cacheDir` when it was built for exactly these
 * meetings, and saves it there otherwise. `cacheDir: null` turns the cache off.
 */
export async function openSearch(
  meetings: Meeting[],
  options: { cacheDir?: string | null } = {},
): Promise<MinutesSearch> {
  const cacheDir = options.cacheDir === undefined ? DEFAULT_CACHE_DIR : options.cacheDir;
  if (cacheDir === null) return buildSearch(meetings);
  const glossary = glossaryFor(meetings);
  const documents = passageDocuments(meetings);
  const hash = corpusHash(meetings);
  const cached = await readSearchCache(cacheDir, hash);
  if (cached) {
    try {
      const index = lunr.Index.load(cached.index);
      return new LunrMinutesSearch(documents, index, new Vocabulary(cached.vocabulary), glossary);
    } catch {
      // A cache that Lunr cannot load is rebuilt below and overwritten.
    }
  }
  const { index, vocabulary } = buildIndex(documents, glossary);
  await writeSearchCache(cacheDir, {
    version: SEARCH_CACHE_VERSION,
    hash,
    index: index.toJSON(),
    vocabulary: vocabulary.toJSON(),
  });
  return new LunrMinutesSearch(documents, index, vocabulary, glossary);
}
