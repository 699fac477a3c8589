import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ordinaryWords } from "../../src/answers/minutes-words.js";
import { addDays } from "../../src/corpus/calendar.js";
import { buildSearch, openSearch } from "../../src/search/index.js";
import { MEETINGS } from "./fixtures.js";
import { markedExcerpt } from "./marked.js";

const search = buildSearch(MEETINGS);
const top = (query: string, options = {}) => search.search(query, { limit: 3, ...options }).results;
const topItem = (query: string) => {
  const [first] = top(query);
  return first ? `${first.meetingId} ${first.item.title}` : null;
};

describe("buildSearch", () => {
  it.each([
    ["what did the board say about fraud?", "lcrb-2022-04-27 Tackling fraud"],
    ["VAWG", "lcrb-2022-04-27 Operational update"],
    ["violence against women and girls", "lcrb-2022-04-27 Operational update"],
    ["terrorists", "lcrb-2015-03-10 Counter Terrorism"],
    ["CT", "lcrb-2015-03-10 Counter Terrorism"],
    ["counter-terrorism", "lcrb-2015-03-10 Counter Terrorism"],
    ["homicides", "lcrb-2022-04-27 Operational update"],
    ["rape and serious sexual offences", "lcrb-2022-04-27 Operational update"],
    ["PCP", "dmg-2020-06-08 Police and Crime Plan"],
    ["corruption in the met", "lcrb-2015-03-10 Any other business"],
    ["Baroness Casey's report", "lcrb-2023-04-12 Casey Review"],
    ["PRE-CHARGE", "lcrb-2023-04-12 Disproportionality"],
    ["murders of teenagers", "lcrb-2022-04-27 Operational update"],
    ["crown prosecution", "lcrb-2022-04-27 Operational update"],
    ["racial disparities in the justice system", "lcrb-2023-04-12 Disproportionality"],
    // Everyday words the minutes write formally: "the deferral of the mayoral election", "the
    // system is stretched", "predominately about the obtaining of information".
    ["mayoral election postponed", "dmg-2020-06-08 Police and Crime Plan"],
    ["justice system under strain", "lcrb-2015-03-10 Public Service Reform"],
    ["what is corruption mostly about now", "lcrb-2015-03-10 Any other business"],
  ])("answers %j with %s", (query, expected) => {
    expect(topItem(query)).toBe(expected);
  });

  // Questions from a blind tester, each a case of a general rule.
  it.each([
    // Derived nouns match their verbs: "devolving" finds "Devolution".
    ["devolving criminal justice to london", "lcrb-2015-03-10 Public Service Reform"],
    // A typo inside a hyphenated word is corrected part by part, though "governance" matched.
    ["counter-terrorisim governance", "lcrb-2015-03-10 Counter Terrorism"],
    // "fraudsters" is read as "fraud", which outranks the common "MOPAC".
    ["what is mopac doing about fraudsters", "lcrb-2022-04-27 Tackling fraud"],
    // The verb finds the deed ("defrauded" → fraud); "being", "done", "getting" are frame words.
    ["what's being done about people getting defrauded", "lcrb-2022-04-27 Tackling fraud"],
  ])("answers the blind tester's %j with %s", (query, expected) => {
    expect(topItem(query)).toBe(expected);
  });

  it("ranks a rare matched word above a common one: 'fraud' outweighs 'MPS'", () => {
    const [first, second] = top("mps fraud");
    expect(first?.item.title).toBe("Tackling fraud");
    expect(first?.score).toBeGreaterThan(2 * (second?.score ?? 0));
  });

  it("suggests the corrected spelling when another word of the query matched as typed", () => {
    expect(search.search("counter-terrorisim governance").suggestions).toEqual([
      "counter terrorism governance",
    ]);
    expect(search.search("terrorisim governance").suggestions).toEqual(["terrorism governance"]);
  });

  it("leaves everyday verbs out of a suggestion rather than 'correcting' them", () => {
    const response = search.search("what's being done about people getting defrauded");
    expect(response.suggestions).toEqual([]);
    // No correction note; only that the two words never meet in one item of these minutes.
    expect(response.note).toBe(
      "No agenda item mentions “people” and “defrauded” together: each result mentions one or the other.",
    );
  });

  it("offers no suggestion rewriting a long rambling message", () => {
    const response = search.search(
      "putting together briefing for my directr on knife crim youth violense over the yeers",
    );
    expect(response.results.length).toBeGreaterThan(0);
    expect(response.suggestions).toEqual([]);
  });

  it.each([
    ["^2", /common words/],
    ["2", /common words/],
  ])("does not search list-marker numbers: %j", (query, why) => {
    const response = search.search(query);
    expect(response.results).toEqual([]);
    expect(response.note).toMatch(why);
  });

  it("says which words no passage mentions when the results match only the others", () => {
    const response = search.search("knife crime, and serious youth violence");
    expect(response.results.length).toBeGreaterThan(0);
    expect(response.note).toBe(
      "No passage mentions “knife”; results match “serious”, “youth” and “violence”.",
    );
    expect(search.search("fraud roundtable").note).toBeNull();
  });

  it("answers nothing when the subject's own words are missing, and says which", () => {
    // Before issue 11 "knife crime" answered with passages on "crime" alone.
    const response = search.search("knife crime");
    expect(response.results).toEqual([]);
    expect(response.note).toBe(
      "The minutes do not mention “knife”. Passages on “crime” alone would not answer it.",
    );
  });

  it("returns at most one result per agenda item, its best passage", () => {
    const results = top("MPS", { limit: 10 });
    const keys = results.map((r) => `${r.meetingId} ${r.item.title}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBeGreaterThan(1);
  });

  it("cites the passage's file and line and bolds the matched words", () => {
    const [result] = top("teen homicide");
    expect(result?.source).toEqual({ file: "003_0417dfde59a34df8.txt", line: 59 });
    expect(result?.item).toEqual({ number: "3", title: "Operational update" });
    expect(result && markedExcerpt(result)).toContain("*teen homicide*");
  });

  it("corrects a misspelt word and says what it searched for", () => {
    const response = search.search("homocide");
    expect(response.suggestions).toEqual(["homicide"]);
    expect(response.results[0]?.item.title).toBe("Operational update");
  });

  it.each([
    ["what is the", /common words/],
    ["", /Nothing to search for/],
    ["?!:~^+-*", /Nothing to search for/],
  ])("returns nothing for %j, and says why", (query, why) => {
    const response = search.search(query);
    expect(response.results).toEqual([]);
    expect(response.total).toBe(0);
    expect(response.note).toMatch(why);
  });

  it("searches a phrase's words one by one when no passage holds the whole phrase", () => {
    const response = search.search("what about the youth justice board?");
    expect(response.note).toBeNull();
    expect(response.results.some((result) => markedExcerpt(result).includes("*youth*"))).toBe(true);
  });

  it("says which words no agenda item mentions", () => {
    const response = search.search("zebra");
    expect(response.results).toEqual([]);
    expect(response.note).toContain("zebra");
  });

  it("filters by body and by an inclusive date range", () => {
    expect(top("police", { body: "DMG" }).map((r) => r.body)).toEqual(["DMG"]);
    const dated = top("MPS", { from: "2022-04-27", to: "2022-04-27", limit: 10 });
    expect(dated.map((r) => r.date)).toEqual(["2022-04-27"]);
    expect(search.search("fraud", { to: "2020-01-01" }).note).toMatch(/filters/);
  });

  it("breaks ties by recency: of two identical items, the later meeting's comes first", () => {
    const [older] = MEETINGS.filter((m) => m.id === "dmg-2020-06-08");
    if (!older) throw new Error("fixture missing");
    const later = { ...older, id: "dmg-2021-06-07", date: "2021-06-07", file: "later.txt" };
    const twins = buildSearch([older, later]);
    const dates = twins.search("no other business").results.map((r) => r.date);
    expect(dates).toEqual(["2021-06-07", "2020-06-08"]);
  });

  it("pages with offset and counts every matching item in total", () => {
    const all = search.search("MPS", { limit: 100 });
    const page = search.search("MPS", { limit: 1, offset: 1 });
    expect(page.total).toBe(all.total);
    expect(page.results[0]).toEqual(all.results[1]);
  });

  it("pages through thousands of matching items as one ordering, the latest meeting first on ties", () => {
    // Copies of the meetings a week apart: far more matching items than are sorted whole.
    const copies = Array.from({ length: 400 }, (_, n) =>
      MEETINGS.map((m) => ({
        ...m,
        id: `${m.id}-${n}`,
        file: `${n}-${m.file}`,
        date: addDays(m.date, 7 * n),
      })),
    ).flat();
    const many = buildSearch(copies);
    const all = many.search("MPS", { limit: 100 });
    expect(all.total).toBeGreaterThan(1_000);
    const pages = [0, 30, 60].flatMap(
      (offset) => many.search("MPS", { limit: 30, offset }).results,
    );
    expect(pages).toEqual(all.results.slice(0, 90));
    // Copies of one item score alike: the later meeting's comes first.
    const tied = all.results.filter((r) => r.score === all.results[0]?.score);
    expect(tied.length).toBeGreaterThan(1);
    expect(tied.map((r) => r.date)).toEqual(
      tied
        .map((r) => r.date)
        .sort()
        .reverse(),
    );
  });

  it("never throws, whatever it is given", () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const alphabet = ":~^+-*?!\"'’“()[]{}<>@#&|\\/ aeiouMPS0123456789\u00e9\u4e2d\u{1F600}\n\t";
    const inputs = [
      "a".repeat(100_000),
      "fraud ".repeat(5_000),
      "<@U1> <#C1|x> <!channel> <https://x.org|y>",
      "\u0000\u200b\ufeff",
      "+fraud -vawg ~2 title:casey^10 *",
      ...Array.from({ length: 300 }, () =>
        Array.from(
          { length: Math.floor(random() * 40) },
          () => alphabet[Math.floor(random() * alphabet.length)],
        ).join(""),
      ),
    ];
    for (const input of inputs) {
      const response = search.search(input, { limit: 3 });
      expect(response.results.length).toBeLessThanOrEqual(3);
    }
    expect(search.search("fraud", { limit: -1, offset: Number.NaN }).results).toEqual([]);
  });
});

describe("openSearch", () => {
  let dir: string | null = null;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = null;
  });

  it("saves the index on first start and answers the same from the cache", async () => {
    dir = await mkdtemp(join(tmpdir(), "lcrb-search-"));
    const built = await openSearch(MEETINGS, { cacheDir: dir });
    expect((await readdir(dir)).filter((name) => name.endsWith(".bin"))).toHaveLength(1);
    const cached = await openSearch(MEETINGS, { cacheDir: dir });
    for (const query of ["fraud", "VAWG", "homocide", "met"]) {
      expect(cached.search(query)).toEqual(built.search(query));
    }
  });

  it("keeps the words the minutes write in lower case or capitals, as reading them gives", async () => {
    dir = await mkdtemp(join(tmpdir(), "lcrb-search-"));
    await openSearch(MEETINGS, { cacheDir: dir });
    const cached = await openSearch(MEETINGS, { cacheDir: dir });
    const read = ordinaryWords(MEETINGS);
    expect([...(cached.ordinaryWords?.() ?? [])].sort()).toEqual([...read].sort());
    expect(read.has("police")).toBe(true);
    expect(read.has("mopac")).toBe(true);
  });

  it("rebuilds when the minutes change, and over a corrupt cache file", async () => {
    dir = await mkdtemp(join(tmpdir(), "lcrb-search-"));
    await openSearch(MEETINGS, { cacheDir: dir });
    const [file] = await readdir(dir);
    await writeFile(join(dir, file ?? "x"), "{not json");
    const rebuilt = await openSearch(MEETINGS, { cacheDir: dir });
    expect(rebuilt.search("fraud").results[0]?.item.title).toBe("Tackling fraud");
    const fewer = await openSearch(MEETINGS.slice(0, 1), { cacheDir: dir });
    expect(fewer.search("fraud").results).toEqual([]);
    expect(await readdir(dir)).toHaveLength(1);
  });

  it("works without a cache", async () => {
    const search = await openSearch(MEETINGS, { cacheDir: null });
    expect(search.search("fraud").results[0]?.item.title).toBe("Tackling fraud");
  });
});
