import { describe, expect, it } from "vitest";
import { toTextLines } from "../../../src/corpus/parse/lines.js";
import { buildPassages, continuesAcrossBreak } from "../../../src/corpus/parse/passages.js";

const passages = (text: string) => buildPassages(toTextLines(text).filter((l) => !l.furniture));

describe("buildPassages", () => {
  it("re-joins a paragraph broken mid-sentence across a blank line, keeping its first line (corpus/000)", () => {
    expect(
      passages(
        "Following meetings with community representatives. Work was underway to\n\nbuild police confidence in the use of their powers.\n\nNext paragraph.",
      ),
    ).toEqual([
      {
        text: "Following meetings with community representatives. Work was underway to build police confidence in the use of their powers.",
        line: 1,
      },
      { text: "Next paragraph.", line: 5 },
    ]);
  });

  it("re-joins across a blank line when a bracket is left open (corpus/004 '(chaired by' | 'Martin Esom).')", () => {
    expect(
      passages(
        "4. It would be supported by the London Prevent Board (chaired by\n\nMartin Esom). This was agreed by the Board.",
      ),
    ).toEqual([
      {
        text: "4. It would be supported by the London Prevent Board (chaired by Martin Esom). This was agreed by the Board.",
        line: 1,
      },
    ]);
  });

  it("keeps numbered paragraphs on adjacent lines apart (corpus/004)", () => {
    expect(
      passages("1. The Board discussed it.\n2. The Board considered it.").map((p) => p.line),
    ).toEqual([1, 2]);
  });

  it("keeps list entries apart and does not join a short list entry to the next paragraph (corpus/002)", () => {
    expect(
      passages(
        "1. Feedback on the Turnaround plan\n2. Community engagement\n\nPartners on the board offered their support.",
      ),
    ).toEqual([
      { text: "1. Feedback on the Turnaround plan", line: 1 },
      { text: "2. Community engagement", line: 2 },
      { text: "Partners on the board offered their support.", line: 4 },
    ]);
  });

  it("joins hard-wrapped lines and skips page furniture between them", () => {
    expect(
      passages(
        "3.3 Members agreed that enforcement alone would not reduce violence and that the\n\nPage 2 of 4\nOFFICIAL\n\npartnership should look at Glasgow.",
      ),
    ).toEqual([
      {
        text: "3.3 Members agreed that enforcement alone would not reduce violence and that the partnership should look at Glasgow.",
        line: 1,
      },
    ]);
  });

  it("keeps paragraphs numbered under their minute apart, '3.2' with no stop after it (unseen-minutes-4/29)", () => {
    expect(
      passages(
        "3.1   KBH presented the remand figures for the last two quarters. Remands\n      had risen in the south-east boroughs, mostly for knife offences.\n3.2   KBH to circulate the borough breakdown of remand figures to\n      the Group before the October Board.                               ACTION: KBH\n3.3   Members agreed that bail support should be raised with the Board.",
      ).map((p) => p.line),
    ).toEqual([1, 3, 5]);
    // Written for this test: a figure opening a wrapped line carries the sentence on.
    expect(
      passages("Custody detentions had risen to\n2.5 million over the year.").map((p) => p.text),
    ).toEqual(["Custody detentions had risen to 2.5 million over the year."]);
  });

  it("starts a new passage at each action", () => {
    expect(
      passages("Action 4: HMPPS to share data. Owner: HMPPS.\nAction 5: MPS to repeat the audit."),
    ).toHaveLength(2);
  });

  it("strips markdown emphasis", () => {
    expect(passages("1. ***MPS response to the Casey Review***")[0]?.text).toBe(
      "1. MPS response to the Casey Review",
    );
  });
});

describe("continuesAcrossBreak", () => {
  it.each([
    ["Work was underway to", "build police confidence", true],
    ["the London Prevent Board (chaired by", "Martin Esom). This was agreed.", true],
    ["6. Supporting vulnerable people", "Partners on the board offered their support.", false],
    ["There was no other business.", "and more", false],
  ])("%j + %j → %s", (before, after, joins) => {
    expect(continuesAcrossBreak(before, after)).toBe(joins);
  });
});

describe("buildPassages: a task's checkbox opens an entry (unseen-minutes-7/55)", () => {
  it("keeps tasks on adjacent lines apart, each behind its box", () => {
    expect(
      passages(
        "☐ Caspar Nyquist-Ellery: Share ward-level abstraction figures for September and October with London Councils\n☐ Radhika Venkataraman: Collect examples from boroughs of ward officer gaps affecting local problem-solving\n☑ MOPAC: circulate the revised terms of reference\n☒ London Councils: write to the boroughs",
      ).map((p) => p.line),
    ).toEqual([1, 2, 3, 4]);
  });
});
