import type { Meeting } from "../corpus/model.js";
import type { AcronymEntry } from "./acronyms.js";
import { buildIndex } from "./build.js";
import { corpusHash, readSearchCache, writeSearchCache } from "./cache.js";
import { passageDocuments } from "./documents.js";
import { LunrMinutesSearch } from "./engine.js";
import { buildGlossary, mineAcronyms } from "./glossary.js";
import type { MinutesSearch } from "./types.js";
import { Vocabulary } from "./vocabulary.js";

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
  return freshIndex(meetings).search;
}

/**
 * Like buildSearch, but loads the index from `cacheDir` when it was built for exactly these
 * meetings, and saves it there otherwise. `cacheDir: null` turns the cache off. Pass the loaded
 * corpus's `corpusVersion` to key the cache by it instead of by a hash of every meeting.
 */
export async function openSearch(
  meetings: Meeting[],
  options: { cacheDir: string | null; corpusVersion?: string },
): Promise<MinutesSearch> {
  const { cacheDir } = options;
  if (cacheDir === null) return buildSearch(meetings);
  const hash = corpusHash(meetings, options.corpusVersion);
  const cached = await readSearchCache(cacheDir, hash);
  if (cached) {
    const glossary = buildGlossary(cached.acronyms);
    const vocabulary = new Vocabulary(cached.vocabulary);
    return new LunrMinutesSearch(
      passageDocuments(meetings),
      cached.postings,
      vocabulary,
      glossary,
      new Set(cached.ordinary),
    );
  }
  const fresh = freshIndex(meetings);
  await writeSearchCache(cacheDir, { hash, ...fresh.serialisable });
  return fresh.search;
}

/** Mines the acronyms and builds the Lunr index: the work a cache hit saves. */
function freshIndex(meetings: Meeting[]) {
  const acronyms = minedAcronyms(meetings);
  const glossary = buildGlossary(acronyms);
  const documents = passageDocuments(meetings);
  const { postings, vocabulary, ordinary } = buildIndex(documents, glossary);
  return {
    search: new LunrMinutesSearch(documents, postings, vocabulary, glossary, ordinary),
    serialisable: { postings, vocabulary: vocabulary.toJSON(), acronyms, ordinary: [...ordinary] },
  };
}
