import type { Meeting } from "../corpus/model.js";
import type { AcronymEntry } from "./acronyms.js";
import { buildIndex } from "./build.js";
import { corpusHash, readSearchCache, writeSearchCache } from "./cache.js";
import { type PassageDocument, passageDocuments } from "./documents.js";
import { LunrMinutesSearch } from "./engine.js";
import { buildGlossary, type Glossary, mineAcronyms } from "./glossary.js";
import { itemTexts } from "./index-part.js";
import { IndexThreads } from "./parallel-build.js";
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

/** Builds the search index over every agenda-item passage of the meetings, in this thread. */
export function buildSearch(meetings: Meeting[]): MinutesSearch {
  const acronyms = minedAcronyms(meetings);
  const glossary = buildGlossary(acronyms);
  const documents = passageDocuments(meetings);
  const { postings, vocabulary, ordinary } = buildIndex(documents, glossary);
  return new LunrMinutesSearch(documents, postings, vocabulary, glossary, ordinary);
}

/**
 * Like buildSearch, but loads the index from `cacheDir` when it was built for exactly these
 * meetings, and saves it there otherwise. `cacheDir: null` turns the cache off. Pass the loaded
 * corpus's `corpusVersion` to key the cache by it instead of by a hash of every meeting. A build
 * over many meetings reads them in worker threads when cores are idle (`threads` overrides that).
 */
export async function openSearch(
  meetings: Meeting[],
  options: { cacheDir: string | null; corpusVersion?: string; threads?: number },
): Promise<MinutesSearch> {
  const { cacheDir, threads } = options;
  const hash = cacheDir === null ? null : corpusHash(meetings, options.corpusVersion);
  const cached = cacheDir === null || hash === null ? null : await readSearchCache(cacheDir, hash);
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
  // The threads start first, so that they load while the acronyms are mined here.
  const itemCount = meetings.reduce((n, meeting) => n + meeting.items.length, 0);
  const pool = IndexThreads.start(itemCount, threads);
  let acronyms: AcronymEntry[];
  let glossary: Glossary;
  let documents: PassageDocument[];
  try {
    acronyms = minedAcronyms(meetings);
    glossary = buildGlossary(acronyms);
    documents = passageDocuments(meetings);
  } catch (error) {
    await pool.stop();
    throw error;
  }
  const { postings, vocabulary, ordinary } = await pool.build(
    itemTexts(documents),
    acronyms,
    glossary,
  );
  if (cacheDir !== null && hash !== null)
    await writeSearchCache(cacheDir, {
      hash,
      postings,
      vocabulary: vocabulary.toJSON(),
      acronyms,
      ordinary: [...ordinary],
    });
  return new LunrMinutesSearch(documents, postings, vocabulary, glossary, ordinary);
}
