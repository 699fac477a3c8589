import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { LoadedFile } from "./load.js";

/** Raise when the layout of a cache file changes. */
const FORMAT = 1;
const MAGIC = "LCRBMEET";

/**
 * The parsed meetings of one corpus directory, kept on disk so a start parses only the files that
 * changed since. Entries are keyed by the file's path and the hash of its content; the whole
 * cache by the parser's version. It only saves time: a cache that is missing, truncated, corrupt,
 * or written by another parser is ignored (and replaced), never trusted.
 */
export type MeetingCache = ReadonlyMap<string, LoadedFile>;

interface Header {
  format: number;
  parser: string;
  /** sha256 of the body, so a damaged file is never read as meetings. */
  checksum: string;
}

type Entry = [file: string, loaded: LoadedFile];

let parserKey: Promise<string> | null = null;

/**
 * A hash of the corpus code as it runs (the parser, the model it builds, and this cache): any
 * change to it makes cached meetings stale. It covers PARSER_VERSION, which parse/index defines,
 * and also a parser change whose author forgot to raise it. Importing the constant instead would
 * load the whole parser on every start, which a start with every file cached does not need.
 * Reading the ~40 small files costs a few milliseconds.
 */
export function currentParserKey(): Promise<string> {
  parserKey ??= (async () => {
    const root = dirname(fileURLToPath(import.meta.url));
    const names = (await readdir(root, { recursive: true }))
      .filter((name) => [".js", ".ts"].includes(extname(name)) && !name.endsWith(".d.ts"))
      .sort();
    const hash = createHash("sha256");
    for (const name of names) hash.update(`${name}\0`).update(await readFile(join(root, name)));
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
    const text = await readFile(cacheFile(cacheDir, corpusDir), "utf8");
    const headerEnd = text.indexOf("\n", MAGIC.length + 1);
    if (!text.startsWith(`${MAGIC}\n`) || headerEnd < 0) return new Map();
    const header = JSON.parse(text.slice(MAGIC.length + 1, headerEnd)) as Header;
    const body = text.slice(headerEnd + 1);
    if (
      header.format !== FORMAT ||
      header.parser !== (await currentParserKey()) ||
      header.checksum !== sha256(body)
    )
      return new Map();
    const entries = JSON.parse(body) as Entry[];
    return Array.isArray(entries) ? new Map(entries) : new Map();
  } catch {
    return new Map();
  }
}

/**
 * Saves the files' readings, writing a temporary file and renaming it over the cache, so a start
 * on another replica never reads half a cache. A disk that cannot be written only costs time.
 */
export async function writeMeetingCache(
  cacheDir: string,
  corpusDir: string,
  files: MeetingCache,
): Promise<void> {
  const target = cacheFile(cacheDir, corpusDir);
  const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
  try {
    const body = JSON.stringify([...files]);
    const header: Header = {
      format: FORMAT,
      parser: await currentParserKey(),
      checksum: sha256(body),
    };
    await mkdir(cacheDir, { recursive: true });
    await writeFile(temporary, `${MAGIC}\n${JSON.stringify(header)}\n${body}`);
    await rename(temporary, target);
  } catch {
    await rm(temporary, { force: true }).catch(() => undefined);
  }
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
