import type { Meeting } from "../corpus/model.js";
import type { AcronymEntry } from "./acronyms.js";
import { buildIndex } from "./build.js";
import { corpusHash, DEFAULT_CACHE_DIR, readSearchCache, writeSearchCache } from "./cache.js";
import { passageDocuments } from "./documents.js";
import { LunrMinutesSearch } from "./engine.js";
import { buildGlossary, mineAcronyms } from "./glossary.js";
import type { MinutesSearch } from "./types.js";
import { Vocabulary } from "./vocabulary.js";

export { DEFAULT_CACHE_DIR } from "./cache.js";
export type { MinutesSearch, SearchOptions, SearchResponse, SearchResult } from "./types.js";

/** Acronyms the minutes spell out themselves ("Violence Against Women and Girls (VAWG)"). */
function minedAcronyms(meetings: Meeting[]): AcronymEntry[] {
  return mineAcronyms(
    meetings.flatMap((meeting) =>
      meeting.items.flatMap((item) => [item.title, ...item.passages.map((p) => p.text)]),
    ),
  );
}

/** Builds the search index over every agenda-item passage of the meetings. */
export function buildSearch(meetings: Meeting[]): MinutesSearch {
  const glossary = buildGlossary(minedAcronyms(meetings));
  const documents = passageDocuments(meetings);
  const { postings, vocabulary } = buildIndex(documents, glossary);
  return new LunrMinutesSearch(documents, postings, vocabulary, glossary);
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
  const documents = passageDocuments(meetings);
  const hash = corpusHash(meetings);
  const cached = await readSearchCache(cacheDir, hash);
  if (cached) {
    const glossary = buildGlossary(cached.acronyms);
    const vocabulary = new Vocabulary(cached.vocabulary);
    return new LunrMinutesSearch(documents, cached.postings, vocabulary, glossary);
  }
  const acronyms = minedAcronyms(meetings);
  const glossary = buildGlossary(acronyms);
  const { postings, vocabulary } = buildIndex(documents, glossary);
  await writeSearchCache(cacheDir, { hash, postings, vocabulary: vocabulary.toJSON(), acronyms });
  return new LunrMinutesSearch(documents, postings, vocabulary, glossary);
}
