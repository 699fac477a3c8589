import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Meeting } from "../corpus/model.js";
import { temporaryPathFor } from "../temporary-file.js";
import { type AcronymEntry, JUSTICE_ACRONYMS } from "./acronyms.js";
import { DERIVATIONS } from "./derivation.js";
import { FIELDS } from "./index-part.js";
import { PackedPostings } from "./postings.js";
import { STEM_VARIANTS } from "./stem.js";
import { STOP_WORDS } from "./stopwords.js";
import type { Spelling } from "./vocabulary.js";

/** Raise whenever analysis code or the file layout changes (the tables are hashed anyway). */
export const SEARCH_CACHE_VERSION = 5;

const CACHE_FILE = /^search-[0-9a-f]{64}\.bin$/;
const MAGIC = Buffer.from("LCRBSRCH");

/**
 * What a cache file holds: the packed index, the spelling vocabulary, the mined acronyms and the
 * words the minutes write in lower case or capitals.
 */
export interface SerialisedSearch {
  hash: string;
  postings: PackedPostings;
  vocabulary: Spelling[];
  acronyms: AcronymEntry[];
  ordinary: string[];
}

interface Header {
  version: number;
  hash: string;
  terms: string[];
  postingCount: number;
  vocabulary: Spelling[];
  acronyms: AcronymEntry[];
  ordinary: string[];
}

// The tables that shape the index: editing one must not leave an index built with the old one.
const ANALYSIS_TABLES = JSON.stringify([
  JUSTICE_ACRONYMS,
  STEM_VARIANTS,
  DERIVATIONS.map(([ending, base]) => [ending.source, base]),
  [...STOP_WORDS],
  FIELDS,
]);

/**
 * A hash of the meetings, the analysis tables and the cache layout: any change to the minutes or
 * to how they are read means a rebuild. `corpusVersion` (LoadedCorpus.version) stands for the
 * meetings when the caller has it: it names them as surely, without serialising them all.
 */
export function corpusHash(meetings: Meeting[], corpusVersion?: string): string {
  return createHash("sha256")
    .update(`lcrb-search-${SEARCH_CACHE_VERSION}\n${ANALYSIS_TABLES}\n`)
    .update(corpusVersion === undefined ? JSON.stringify(meetings) : `corpus ${corpusVersion}`)
    .digest("hex");
}

function cacheFile(dir: string, hash: string): string {
  return join(dir, `search-${hash}.bin`);
}

const align4 = (n: number) => (n + 3) & ~3;

function bytes(array: Uint32Array | Int32Array | Float32Array): Buffer {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength);
}

/**
 * Layout: "LCRBSRCH", header length (uint32), header JSON, padding to 4 bytes, then the posting
 * starts (uint32), documents (int32) and weights (float32) as raw arrays, which load without
 * parsing. The machine that writes the cache is the one that reads it, so byte order is native.
 */
function encode(data: SerialisedSearch): Buffer {
  const { terms, starts, documents, weights } = data.postings.parts();
  const header: Header = {
    version: SEARCH_CACHE_VERSION,
    hash: data.hash,
    terms,
    postingCount: documents.length,
    vocabulary: data.vocabulary,
    acronyms: data.acronyms,
    ordinary: data.ordinary,
  };
  const json = Buffer.from(JSON.stringify(header));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  const padding = Buffer.alloc(
    align4(MAGIC.length + 4 + json.length) - (MAGIC.length + 4 + json.length),
  );
  return Buffer.concat([
    MAGIC,
    length,
    json,
    padding,
    bytes(starts),
    bytes(documents),
    bytes(weights),
  ]);
}

function decode(buffer: Buffer, hash: string): SerialisedSearch | null {
  if (!buffer.subarray(0, MAGIC.length).equals(MAGIC)) return null;
  const jsonLength = buffer.readUInt32LE(MAGIC.length);
  const jsonStart = MAGIC.length + 4;
  const header = JSON.parse(buffer.toString("utf8", jsonStart, jsonStart + jsonLength)) as Header;
  if (
    header.version !== SEARCH_CACHE_VERSION ||
    header.hash !== hash ||
    !Array.isArray(header.ordinary)
  )
    return null;
  let offset = align4(jsonStart + jsonLength);
  // Copy each array out, so it starts on a 4-byte boundary whatever the Buffer's own offset.
  const take = (count: number) => {
    const slice = buffer.buffer.slice(
      buffer.byteOffset + offset,
      buffer.byteOffset + offset + count * 4,
    );
    offset += count * 4;
    if (slice.byteLength !== count * 4) throw new Error("truncated search cache");
    return slice;
  };
  const starts = new Uint32Array(take(header.terms.length + 1));
  const documents = new Int32Array(take(header.postingCount));
  const weights = new Float32Array(take(header.postingCount));
  return {
    hash,
    postings: new PackedPostings(header.terms, starts, documents, weights),
    vocabulary: header.vocabulary,
    acronyms: header.acronyms,
    ordinary: header.ordinary,
  };
}

// The cache only saves time: a missing, unreadable or corrupt file means "build the index".
export async function readSearchCache(dir: string, hash: string): Promise<SerialisedSearch | null> {
  try {
    return decode(await readFile(cacheFile(dir, hash)), hash);
  } catch {
    return null;
  }
}

/** Writes the cache atomically (temporary file, then rename) and removes caches of older corpora. */
export async function writeSearchCache(dir: string, data: SerialisedSearch): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
    const target = cacheFile(dir, data.hash);
    const temporary = temporaryPathFor(target);
    await writeFile(temporary, encode(data));
    await rename(temporary, target);
    for (const name of await readdir(dir)) {
      if (CACHE_FILE.test(name) && name !== `search-${data.hash}.bin`)
        await rm(join(dir, name), { force: true });
    }
  } catch {
    // A read-only or full disk must not stop the bot: the index was built and works without it.
  }
}
