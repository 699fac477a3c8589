import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Meeting } from "../corpus/model.js";
import type { Spelling } from "./vocabulary.js";

/** Raise whenever analysis or index layout changes, so old caches are never read as new ones. */
export const SEARCH_CACHE_VERSION = 1;

/** Where the app keeps its index cache unless told otherwise (in .gitignore). */
export const DEFAULT_CACHE_DIR = ".lcrb-cache";

const CACHE_FILE = /^search-[0-9a-f]{64}\.json$/;

/** What a cache file holds: the serialised Lunr index and the spelling vocabulary. */
export interface SerialisedSearch {
  version: number;
  hash: string;
  index: object;
  vocabulary: Spelling[];
}

/** A hash of the meetings (and of the cache layout): any change to the minutes means a rebuild. */
export function corpusHash(meetings: Meeting[]): string {
  return createHash("sha256")
    .update(`lcrb-search-${SEARCH_CACHE_VERSION}\n`)
    .update(JSON.stringify(meetings))
    .digest("hex");
}

function cacheFile(dir: string, hash: string): string {
  return join(dir, `search-${hash}.json`);
}

// The cache only saves time: a missing, unreadable or corrupt file means "build the index".
export async function readSearchCache(dir: string, hash: string): Promise<SerialisedSearch | null> {
  try {
    const data = JSON.parse(await readFile(cacheFile(dir, hash), "utf8")) as SerialisedSearch;
    const valid =
      data.version === SEARCH_CACHE_VERSION &&
      data.hash === hash &&
      typeof data.index === "object" &&
      Array.isArray(data.vocabulary);
    return valid ? data : null;
  } catch {
    return null;
  }
}

/** Writes the cache atomically (temporary file, then rename) and removes caches of older corpora. */
export async function writeSearchCache(dir: string, data: SerialisedSearch): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
    const target = cacheFile(dir, data.hash);
    const temporary = `${target}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify(data));
    await rename(temporary, target);
    for (const name of await readdir(dir)) {
      if (CACHE_FILE.test(name) && name !== `search-${data.hash}.json`)
        await rm(join(dir, name), { force: true });
    }
  } catch {
    // A read-only or full disk must not stop the bot: the index was built and works without it.
  }
}
