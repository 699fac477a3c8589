import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import lunr from "lunr";
import type { Paragraphs } from "./paragraphs.js";

/**
 * Lunr as most projects use it, over the paragraphs of the files: the default pipeline (stop
 * words, Porter stemmer), the person's text handed to `index.search` (a query Lunr cannot parse
 * counts as no results), the index saved as JSON and loaded from it while the files are unchanged.
 */
export async function openNaiveLunr(
  { paragraphs, hash }: Paragraphs,
  cacheDir: string,
): Promise<(query: string) => string[]> {
  const file = join(cacheDir, `naive-lunr-${hash}.json`);
  let index: lunr.Index;
  try {
    index = lunr.Index.load(JSON.parse(await readFile(file, "utf8")));
  } catch {
    index = lunr(function () {
      this.ref("ref");
      this.field("text");
      for (const [ref, paragraph] of paragraphs.entries())
        this.add({ ref: String(ref), text: paragraph.text });
    });
    await mkdir(cacheDir, { recursive: true });
    await writeFile(`${file}.tmp`, JSON.stringify(index));
    await rename(`${file}.tmp`, file);
  }
  return (query) => {
    try {
      return index.search(query).map((hit) => paragraphs[Number(hit.ref)]?.file ?? "");
    } catch {
      return [];
    }
  };
}
