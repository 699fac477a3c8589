import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import MiniSearch from "minisearch";
import type { Paragraphs } from "./paragraphs.js";

const OPTIONS = { fields: ["text"] };

/**
 * MiniSearch with its documented defaults over the same paragraphs: the index saved with
 * JSON.stringify and restored with MiniSearch.loadJSON while the files are unchanged.
 */
export async function openMiniSearch(
  { paragraphs, hash }: Paragraphs,
  cacheDir: string,
): Promise<(query: string) => string[]> {
  const file = join(cacheDir, `minisearch-${hash}.json`);
  let index: MiniSearch;
  try {
    index = MiniSearch.loadJSON(await readFile(file, "utf8"), OPTIONS);
  } catch {
    index = new MiniSearch(OPTIONS);
    index.addAll(paragraphs.map((paragraph, id) => ({ id, text: paragraph.text })));
    await mkdir(cacheDir, { recursive: true });
    await writeFile(`${file}.tmp`, JSON.stringify(index));
    await rename(`${file}.tmp`, file);
  }
  return (query) => index.search(query).map((hit) => paragraphs[Number(hit.id)]?.file ?? "");
}
