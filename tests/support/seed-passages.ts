import { readdirSync, readFileSync } from "node:fs";
import { parseMinutes } from "../../src/corpus/parse/index.js";

/** Every passage of every agenda item of the seed minutes in corpus/, as parsed. */
export function seedPassages(): string[] {
  const dir = new URL("../../corpus/", import.meta.url);
  return readdirSync(dir)
    .filter((file) => file.endsWith(".txt"))
    .flatMap((file) => {
      const meeting = parseMinutes(readFileSync(new URL(file, dir), "utf8"), file).meeting;
      return meeting?.items.flatMap((item) => item.passages.map((p) => p.text)) ?? [];
    });
}
