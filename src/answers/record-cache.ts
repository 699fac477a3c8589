import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { temporaryPathFor } from "../temporary-file.js";
import type { RecordWords } from "./record-mentions.js";

/**
 * The records' words (RecordWords) saved beside the parsed meetings and the search index, keyed
 * by the corpus version: at 10,000 meetings reading them takes 650 ms, which the first decisions
 * or commitments question about a subject paid after every start; a start on unchanged minutes
 * reads them back in a few milliseconds. Raise the version when wordsOf, recordText or the layout
 * change (the corpus version covers the parser and the minutes).
 */
export const RECORD_CACHE_VERSION = 1;

const CACHE_FILE = /^records-[0-9a-f]{64}\.bin$/;
const MAGIC = Buffer.from("LCRBRECS");

interface Header {
  version: number;
  key: string;
  words: string[];
  recordCount: number;
  holderCount: number;
}

/** Where a store keeps its file, and what names the meetings read. */
export interface RecordStore {
  dir: string;
  corpusVersion: string;
  /**
   * What loadRecordCache read at start (null: nothing usable), so no question reads the file; left
   * out, the first question needing the words reads it.
   */
  words?: RecordWords | null;
}

function keyOf(store: RecordStore): string {
  return createHash("sha256")
    .update(`lcrb-records-${RECORD_CACHE_VERSION}\ncorpus ${store.corpusVersion}`)
    .digest("hex");
}

const fileOf = (dir: string, key: string) => join(dir, `records-${key}.bin`);
const align4 = (n: number) => (n + 3) & ~3;

/**
 * Layout: "LCRBRECS", header length (uint32), header JSON, padding to 4 bytes, then the starts
 * and the holders as raw int32 arrays (native byte order: the machine that writes the cache is
 * the one that reads it).
 */
function encode(key: string, words: RecordWords): Buffer {
  const header: Header = {
    version: RECORD_CACHE_VERSION,
    key,
    words: words.words,
    recordCount: words.recordCount,
    holderCount: words.holders.length,
  };
  const json = Buffer.from(JSON.stringify(header));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  const used = MAGIC.length + 4 + json.length;
  const bytes = (array: Int32Array) =>
    Buffer.from(array.buffer, array.byteOffset, array.byteLength);
  return Buffer.concat([
    MAGIC,
    length,
    json,
    Buffer.alloc(align4(used) - used),
    bytes(words.starts),
    bytes(words.holders),
  ]);
}

function decode(buffer: Buffer, key: string): RecordWords | null {
  if (!buffer.subarray(0, MAGIC.length).equals(MAGIC)) return null;
  const jsonLength = buffer.readUInt32LE(MAGIC.length);
  const jsonStart = MAGIC.length + 4;
  const header = JSON.parse(buffer.toString("utf8", jsonStart, jsonStart + jsonLength)) as Header;
  if (header.version !== RECORD_CACHE_VERSION || header.key !== key) return null;
  if (!Array.isArray(header.words)) return null;
  let offset = align4(jsonStart + jsonLength);
  const take = (count: number) => {
    const start = buffer.byteOffset + offset;
    offset += count * 4;
    if (offset > buffer.length) throw new Error("truncated records cache");
    // Read in place when the bytes start on a 4-byte boundary (a whole file read into its own
    // buffer does), else copied out to one.
    return start % 4 === 0
      ? new Int32Array(buffer.buffer, start, count)
      : new Int32Array(buffer.buffer.slice(start, start + count * 4));
  };
  const starts = take(header.words.length + 1);
  const holders = take(header.holderCount);
  // A reading that points outside itself is not one: never trusted, read afresh.
  if (starts[0] !== 0 || starts[header.words.length] !== holders.length) return null;
  if (!ascending(starts) || !within(holders, header.recordCount)) return null;
  return { words: header.words, starts, holders, recordCount: header.recordCount };
}

// Checks of their own, each one loop: the optimiser takes a function with one hot loop at once.
function ascending(values: Int32Array): boolean {
  for (let i = 1; i < values.length; i++)
    if ((values[i] as number) < (values[i - 1] as number)) return false;
  return true;
}

function within(values: Int32Array, limit: number): boolean {
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number;
    if (value < 0 || value >= limit) return false;
  }
  return true;
}

/**
 * The saved reading for these minutes, or null. Synchronous: the first question needing it
 * waits for it either way, and reading a few megabytes takes a few milliseconds. A missing,
 * foreign, corrupt or truncated file is null (the caller reads the records afresh).
 */
export function readRecordCache(store: RecordStore): RecordWords | null {
  try {
    const key = keyOf(store);
    return decode(readFileSync(fileOf(store.dir, key)), key);
  } catch {
    return null;
  }
}

/**
 * readRecordCache, read while the rest of a start is: a question then finds the words in memory.
 * Reading megabytes into a buffer while questions are answered is also when the collector chose
 * to mark the whole heap (300 ms at 10,000 meetings), and at start that cost falls on no question.
 */
export async function loadRecordCache(store: RecordStore): Promise<RecordWords | null> {
  try {
    const key = keyOf(store);
    return decode(await readFile(fileOf(store.dir, key)), key);
  } catch {
    return null;
  }
}

/**
 * Saves the reading (temporary file, then rename, so another replica never reads half of it)
 * and removes the readings of other minutes. A disk that cannot be written only costs time.
 */
export async function writeRecordCache(store: RecordStore, words: RecordWords): Promise<void> {
  try {
    const key = keyOf(store);
    await mkdir(store.dir, { recursive: true });
    const target = fileOf(store.dir, key);
    const temporary = temporaryPathFor(target);
    await writeFile(temporary, encode(key, words));
    await rename(temporary, target);
    for (const name of await readdir(store.dir)) {
      if (CACHE_FILE.test(name) && name !== `records-${key}.bin`)
        await rm(join(store.dir, name), { force: true });
    }
  } catch {
    // The reading was made and works without its copy on disk.
  }
}
