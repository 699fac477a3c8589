import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

/**
 * What a weekend project indexes, with no minutes parsing at all: every .txt/.md file split on
 * blank lines, each paragraph a document. The naive Lunr and MiniSearch engines read the same
 * files as ours this way.
 */
export interface Paragraph {
  file: string;
  text: string;
}

export interface Paragraphs {
  paragraphs: Paragraph[];
  /** A hash of every file's name and content, which their saved indexes are keyed by. */
  hash: string;
}

export async function readParagraphs(dir: string): Promise<Paragraphs> {
  const names = (await readdir(dir, { recursive: true }))
    .filter((name) => /\.(txt|md)$/i.test(name))
    .sort();
  const hash = createHash("sha256");
  const paragraphs: Paragraph[] = [];
  for (const file of names) {
    const text = await readFile(join(dir, file), "utf8");
    hash.update(`${file}\0${text}\0`);
    for (const paragraph of text.split(/\n\s*\n/))
      if (paragraph.trim()) paragraphs.push({ file, text: paragraph });
  }
  return { paragraphs, hash: hash.digest("hex") };
}
