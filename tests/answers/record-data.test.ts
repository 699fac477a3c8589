import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { MinutesDirectory } from "../../src/answers/directory.js";
import { followThroughOf, MeetingTitles } from "../../src/answers/follow-through.js";
import { defineTerm, glossaryOf } from "../../src/answers/glossary.js";
import { postHoldings } from "../../src/answers/posts.js";
import { subjectStem, textMentions } from "../../src/answers/query/mentions.js";
import { loadCorpus } from "../../src/corpus/load.js";
import type { Meeting } from "../../src/corpus/model.js";

const CORPUS = fileURLToPath(new URL("../../corpus/", import.meta.url));

let meetings: Meeting[];
beforeAll(async () => {
  meetings = (await loadCorpus(CORPUS)).meetings;
});

const at = (source: { meeting: Meeting; line: number } | null) =>
  source ? `${source.meeting.file}:${source.line}` : null;

describe("defineTerm", () => {
  it("gives an acronym the minutes spell out with the first place they do", () => {
    const vawg = defineTerm("vawg", glossaryOf(meetings));
    expect(vawg?.expansions[0]).toBe("Violence Against Women and Girls");
    expect(at(vawg?.defined ?? null)).toBe("003_0417dfde59a34df8.txt:57");
    // "RASSO (rape and serious sexual offences)": the expansion after the acronym.
    expect(defineTerm("RASSO", glossaryOf(meetings))?.expansions[0]).toBe(
      "rape and serious sexual offences",
    );
  });

  it("takes the earliest meeting that spells it out, not the first file", () => {
    // PCP is spelt out in 001 (2021) and in 000 (June 2020); 000 comes first in time.
    expect(at(defineTerm("PCP", glossaryOf(meetings))?.defined ?? null)).toBe(
      "000_bc5123fd089beeb5.txt:50",
    );
    // "Metropolitan Police Service (MPS)" in the 2015 attendance list.
    expect(at(defineTerm("MPS", glossaryOf(meetings))?.defined ?? null)).toBe(
      "004_17215f53eb22288e.txt:18",
    );
  });

  it("knows the common bodies the minutes never spell out, with where they first use them", () => {
    const mopac = defineTerm("mopac", glossaryOf(meetings));
    expect(mopac).toMatchObject({
      expansions: ["Mayor's Office for Policing and Crime"],
      defined: null,
      curated: true,
    });
    expect(at(mopac?.firstUsed ?? null)).toBe("004_17215f53eb22288e.txt:14");
    expect(defineTerm("VRU", glossaryOf(meetings))?.expansions[0]).toBe("Violence Reduction Unit");
    expect(defineTerm("met", glossaryOf(meetings))?.acronym).toBe("MPS");
  });

  it("knows nothing of a word that is no acronym", () => {
    expect(defineTerm("qxzv", glossaryOf(meetings))).toBeNull();
  });
});

describe("postHoldings", () => {
  const holders = (post: string) =>
    postHoldings(post, meetings).map((h) => [h.meeting.date, h.holders.map((a) => a.name)]);

  it("follows a post from meeting to meeting by role or title", () => {
    expect(holders("deputy commissioner")).toEqual([
      ["2015-03-10", ["Craig Mackey"]],
      ["2020-06-08", ["Stephen House"]],
      ["2021-02-02", ["Stephen House"]],
      ["2022-04-27", ["Helen Ball"]],
    ]);
  });

  it("reads a post by its acronym or its words", () => {
    // "DMPC" in 2015, 2020, 2023; "Deputy Mayor for Policing and Crime" in 2021.
    expect(holders("dmpc").map(([date]) => date)).toEqual([
      "2015-03-10",
      "2020-06-08",
      "2021-02-02",
      "2023-04-12",
    ]);
    expect(holders("crown prosecution service")[0]).toEqual(["2015-03-10", ["Baljit Ubhey"]]);
    expect(holders("cps")[0]).toEqual(["2015-03-10", ["Baljit Ubhey"]]);
  });

  it("finds no one for a post nobody held", () => {
    expect(holders("archbishop")).toEqual([]);
  });
});

describe("followThroughOf", () => {
  it("links a commitment to a later meeting's item whose title names its subject", () => {
    const dmg = meetings.find((m) => m.id === "dmg-2020-06-08") as Meeting;
    const commitment = dmg.commitments.find((c) => c.line === 46);
    if (!commitment) throw new Error("the DMG's disproportionality commitment was not read");
    const later = followThroughOf(commitment, dmg, meetings);
    expect(later?.meeting.id).toBe("lcrb-2021-02-02");
    expect(later?.shared).toContain("transparency");
  });

  it("is looked up once per snapshot by its directory, which links each commitment alike", () => {
    const directory = new MinutesDirectory(meetings);
    const commitments = meetings.flatMap((m) => m.commitments.map((c) => ({ m, c })));
    expect(commitments.length).toBeGreaterThan(5);
    for (const { m, c } of commitments) {
      const linked = directory.followThrough(c, m);
      expect(linked).toEqual(followThroughOf(c, m, meetings));
      expect(directory.followThrough(c, m)).toBe(linked);
    }
  });

  it("finds nothing after the latest meeting", () => {
    const latest = meetings.find((m) => m.id === "lcrb-2023-04-12") as Meeting;
    for (const commitment of latest.commitments)
      expect(followThroughOf(commitment, latest, meetings)).toBeNull();
  });
});

describe("MeetingTitles", () => {
  it("finds the first meeting from a point on whose item titles a stem starts a word of", () => {
    const titles = new MeetingTitles(meetings);
    // Read meeting by meeting: what the index must agree with.
    const firstReading = (stems: string[], start: number, body: Meeting["body"] | null) =>
      meetings.findIndex(
        (m, i) =>
          i >= start &&
          (!body || m.body === body) &&
          m.items.some((item) => stems.some((stem) => textMentions(item.title, [stem]))),
      );
    const words = [
      ...new Set(meetings.flatMap((m) => m.items.flatMap((i) => i.title.split(/\W+/)))),
    ]
      .map((w) => w.toLowerCase())
      .filter((w) => w.length > 2);
    expect(words.length).toBeGreaterThan(10);
    for (const word of words)
      for (const start of [0, 1, 3])
        for (const body of [null, "LCRB", "DMG"] as const)
          expect(
            titles.firstNaming([subjectStem(word), "zyxwv"], start, body),
            `${word} ${start} ${body}`,
          ).toBe(firstReading([word], start, body));
    expect(titles.firstNaming(["", "zyxwv"], 0, null)).toBe(-1);
  });
});
