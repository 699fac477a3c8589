import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { addDays, monthName, monthNumber, pad2, toIsoDate } from "../src/corpus/calendar.js";

// "Monday 8 June 2020", "12th April 2023", "27 April 2022": the written dates of the seed minutes.
const WRITTEN_DATE =
  /\b(?:(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(\d{1,2})(st|nd|rd|th)?\s+([A-Z][a-z]+)\s+(\d{4})\b/g;

/**
 * Rewrites every written date in minutes text `weeks` weeks later. Whole weeks keep each weekday
 * true to its date, so a copy reads as the same meeting held on another day.
 */
export function shiftDates(text: string, weeks: number): string {
  return text.replace(
    WRITTEN_DATE,
    (whole, weekday: string | undefined, day, suffix, month, year) => {
      const number = monthNumber(month);
      const iso = number > 0 ? toIsoDate(Number(year), number, Number(day)) : null;
      if (!iso) return whole;
      const shifted = addDays(iso, weeks * 7);
      const [y, m, d] = shifted.split("-").map(Number) as [number, number, number];
      const name = new Date(`${shifted}T00:00:00Z`).toLocaleDateString("en-GB", {
        weekday: "long",
        timeZone: "UTC",
      });
      return `${weekday ? `${name} ` : ""}${d}${suffix ?? ""} ${monthName(m)} ${y}`;
    },
  );
}

/**
 * A corpus of `count` minutes files in `dir`: copies of the seed files in turn, each with its
 * dates moved a different number of weeks on, as the issue's 1,000-meeting measurement made them.
 * Copies are numbered from `from`, so a later call can add files that are none of the earlier
 * ones. Returns the paths written.
 */
export async function writeCorpusCopies(
  seedDir: string,
  dir: string,
  count: number,
  from = 0,
): Promise<string[]> {
  const names = (await readdir(seedDir)).filter((name) => /\.(txt|md)$/i.test(name)).sort();
  const texts = await Promise.all(names.map((name) => readFile(join(seedDir, name), "utf8")));
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (let n = from; n < from + count; n++) {
    const seed = n % texts.length;
    const copy = Math.floor(n / texts.length);
    const path = join(dir, `${pad2(seed)}-copy-${String(copy).padStart(5, "0")}.txt`);
    await writeFile(path, shiftDates(texts[seed] as string, copy + 1));
    written.push(path);
  }
  return written;
}
