import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdir, open, readdir, readFile, rename, rm } from "node:fs/promises";
import { dirname, extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { temporaryPathFor } from "../temporary-file.js";
import type { LoadedFile } from "./load.js";
import type { NextMeeting, Problem } from "./model.js";

/** Raise when the layout of a cache file changes. */
const FORMAT = 2;
const MAGIC = "LCRBMEET";

/** corpus/schedule.yml as last read: the hash of its text and what it gave. */
export interface ScheduleReading {
  hash: string;
  meetings: NextMeeting[];
  problems: Problem[];
}

/**
 * The parsed meetings of one corpus directory, kept on disk so a start parses only the files that
 * changed since. Entries are keyed by the file's path and the hash of its content; the whole
 * cache by the parser's version. It only saves time: a cache that is missing, truncated, corrupt,
 * or written by another parser is ignored (and replaced), never trusted.
 */
export interface MeetingCache {
  files: ReadonlyMap<string, LoadedFile>;
  /** The schedule as read with these files, so a start needs no YAML reader; null for none. */
  schedule: ScheduleReading | null;
}

const EMPTY: MeetingCache = { files: new Map(), schedule: null };

interface Header {
  format: number;
  parser: string;
  /** sha256 of the body, so a damaged file is never read as meetings. */
  checksum: string;
}

interface Body {
  files: Array<[file: string, loaded: LoadedFile]>;
  schedule: ScheduleReading | null;
}

let parserKey: Promise<string> | null = null;

// The bundle's build (scripts/build.mjs) sets this to the hash of src/corpus/ it bundled: there
// the corpus code is spread over chunks shared with the rest of the app. Undefined where the
// modules run one file each (the sources under vitest, a tsc build), which hash their own folder.
declare const LCRB_CORPUS_CODE_HASH: string | undefined;

/**
 * A hash of the corpus code (the parser, the model it builds, and this cache): any change to it
 * makes cached meetings stale. It covers PARSER_VERSION, which parse/index defines, and also a
 * parser change whose author forgot to raise it. Importing the constant instead would load the
 * whole parser on every start, which a start with every file cached does not need.
 */
export function currentParserKey(): Promise<string> {
  parserKey ??=
    typeof LCRB_CORPUS_CODE_HASH === "string"
      ? Promise.resolve(LCRB_CORPUS_CODE_HASH)
      : (async () => {
          const root = dirname(fileURLToPath(import.meta.url));
          const names = (await readdir(root, { recursive: true }))
            .filter((name) => [".js", ".ts"].includes(extname(name)) && !name.endsWith(".d.ts"))
            .sort();
          const hash = createHash("sha256");
          // Read synchronously: a hundred small files cost a few milliseconds this way, several
          // times that through the thread pool.
          for (const name of names) hash.update(`${name}\0`).update(readFileSync(join(root, name)));
          return hash.digest("hex");
        })();
  return parserKey;
}

// One cache file per corpus directory, so two corpora sharing a cache directory do not evict
// each other; replicas reading the same directory share one.
function cacheFile(cacheDir: string, corpusDir: string): string {
  const key = createHash("sha256").update(resolve(corpusDir)).digest("hex").slice(0, 16);
  return join(cacheDir, `meetings-${key}.json`);
}

export async function readMeetingCache(cacheDir: string, corpusDir: string): Promise<MeetingCache> {
  try {
    // Checked and decoded as bytes: hashing a 90 MB string re-encodes it first, which cost more
    // than reading it.
    const bytes = await readFile(cacheFile(cacheDir, corpusDir));
    const start = MAGIC.length + 1;
    const headerEnd = bytes.indexOf(NEWLINE, start);
    if (bytes.toString("latin1", 0, start) !== `${MAGIC}\n` || headerEnd < 0) return EMPTY;
    const header = JSON.parse(bytes.toString("utf8", start, headerEnd)) as Header;
    const body = bytes.subarray(headerEnd + 1);
    if (
      header.format !== FORMAT ||
      header.parser !== (await currentParserKey()) ||
      header.checksum !== sha256(body)
    )
      return EMPTY;
    const { files, schedule } = JSON.parse(body.toString("utf8")) as Body;
    return Array.isArray(files) ? { files: new Map(files), schedule: schedule ?? null } : EMPTY;
  } catch {
    return EMPTY;
  }
}

const NEWLINE = 0x0a;

/**
 * Saves the files' readings and the schedule's, writing a temporary file and renaming it over the
 * cache, so a start on another replica never reads half a cache. A disk that cannot be written
 * only costs time.
 */
export async function writeMeetingCache(
  cacheDir: string,
  corpusDir: string,
  cache: MeetingCache,
): Promise<void> {
  const target = cacheFile(cacheDir, corpusDir);
  const temporary = temporaryPathFor(target);
  try {
    const parser = await currentParserKey();
    await mkdir(cacheDir, { recursive: true });
    const file = await open(temporary, "w");
    try {
      // The body is written and hashed a few hundred entries at a time: as one JSON string it
      // was 180 MB at 10,000 meetings, and its bytes 90 MB more, on top of the meetings. The
      // header goes first with a placeholder checksum of the same length, then over it.
      const header = (checksum: string) =>
        `${MAGIC}\n${JSON.stringify({ format: FORMAT, parser, checksum } satisfies Header)}\n`;
      const headerLength = Buffer.byteLength(header(PLACEHOLDER));
      await file.write(header(PLACEHOLDER));
      const checksum = createHash("sha256");
      let position = headerLength;
      const write = async (text: string) => {
        const bytes = Buffer.from(text);
        checksum.update(bytes);
        await file.write(bytes, 0, bytes.length, position);
        position += bytes.length;
      };
      // The same bytes as JSON.stringify of a Body.
      const entries = [...cache.files];
      await write('{"files":[');
      for (let i = 0; i < entries.length; i += ENTRIES_PER_WRITE) {
        const chunk = entries.slice(i, i + ENTRIES_PER_WRITE).map((entry) => JSON.stringify(entry));
        await write(`${i > 0 ? "," : ""}${chunk.join(",")}`);
      }
      await write(`],"schedule":${JSON.stringify(cache.schedule ?? null)}}`);
      await file.write(header(checksum.digest("hex")), 0, "utf8");
    } finally {
      await file.close();
    }
    await rename(temporary, target);
  } catch {
    await rm(temporary, { force: true }).catch(() => undefined);
  }
}

const ENTRIES_PER_WRITE = 256;
const PLACEHOLDER = "0".repeat(64);

function sha256(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}
